"""Logging setup: one line per event, ``key=value`` pairs, UTC timestamps."""

from __future__ import annotations

import logging
import sys
import time


class UTCFormatter(logging.Formatter):
    def converter(self, timestamp: float | None) -> time.struct_time:
        return time.gmtime(timestamp)


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        UTCFormatter("ts=%(asctime)sZ level=%(levelname)s logger=%(name)s %(message)s", "%Y-%m-%dT%H:%M:%S")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # client libraries log every reconnect attempt; newsline reports the outcome itself
    quiet = logging.DEBUG if level == "DEBUG" else logging.CRITICAL
    for noisy in ("kafka", "elastic_transport", "urllib3", "trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(quiet)
