"""Logging setup: one line per event, ``key=value`` pairs, UTC timestamps."""

from __future__ import annotations

import logging
import sys
import time

from pipeline.redact import redact_text


class RedactingFilter(logging.Filter):
    """Masks credentials and token values in every record a handler writes (httpx logs each request URL)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True  # a malformed record: logging itself reports it
        redacted = redact_text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


class UTCFormatter(logging.Formatter):
    def converter(self, timestamp: float | None) -> time.struct_time:
        return time.gmtime(timestamp)


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        UTCFormatter("ts=%(asctime)sZ level=%(levelname)s logger=%(name)s %(message)s", "%Y-%m-%dT%H:%M:%S")
    )
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # client libraries log every reconnect attempt; newsline reports the outcome itself
    quiet = logging.DEBUG if level == "DEBUG" else logging.CRITICAL
    for noisy in ("kafka", "elastic_transport", "urllib3", "trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(quiet)
