"""Logging setup: one line per event, ``key=value`` pairs, UTC timestamps."""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

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


def redact_records() -> None:
    """Redact every log record where it is made, whichever handler writes it (Airflow's task log handlers do not
    go through :func:`configure`'s). Idempotent."""
    make = logging.getLogRecordFactory()
    if getattr(make, "newsline_redacts", False):
        return
    redacting = RedactingFilter()

    def redacted_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        redacting.filter(record)
        return record

    redacted_record.newsline_redacts = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacted_record)


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
