"""SIGTERM as an exception, so a development command stopped with it stops what it started.

Python's default SIGTERM ends the process at once: ``finally`` blocks and context managers do not run, and
private services, worker processes or a local Airflow started by the command would be left running.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Stopped(SystemExit):
    """Raised in the main thread when SIGTERM arrives; exits with 143 (128 + SIGTERM) if nothing catches it."""


def _raise_stopped(signum: int, _frame: FrameType | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the clean-up short
    raise Stopped(128 + signum)


@contextmanager
def sigterm_raises() -> Iterator[None]:
    """Inside: SIGTERM raises :class:`Stopped` (the clean-up of every enclosing ``with``/``finally`` runs, further
    SIGTERMs ignored while it does); the previous handler is restored on the way out. Outside the main thread
    (where no handler can be set) it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_stopped)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
