"""The SQLite database under ``<state>/ingest/``: one connection shared by a process's threads, WAL mode.

The ingest store (URL claims) and the re-check store (revisions) keep their tables in the same file; both
open it here, so the WAL switch and each schema are applied by one process at a time.

A full filesystem is not a bug: SQLite refuses the write (``SQLITE_FULL``), rolls the statement back and
leaves the database as it was, so the error is raised as :class:`StateFullError` (one line naming the file)
and any transaction left open is rolled back; the next write after space returns goes through.
"""

from __future__ import annotations

import errno
import fcntl
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.ingest.exceptions import StateFullError


def is_full(exc: BaseException) -> bool:
    """True for "no space left" from SQLite (SQLITE_FULL) or the OS (ENOSPC, EDQUOT)."""
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def full_error(path: Path) -> StateFullError:
    return StateFullError(f"state store {path}: no space left on its filesystem; nothing was lost "
                          f"(the last write was rolled back); free space and run again")


class SharedConnection:
    """A connection usable from several threads (calls serialised by a lock), with ``schema`` applied."""

    def __init__(self, path: Path, schema: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
            with open(path.with_suffix(".init.lock"), "w") as lock:  # WAL switch + schema: one process at a time
                fcntl.flock(lock, fcntl.LOCK_EX)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.executescript(schema)
        except (OSError, sqlite3.Error) as exc:
            if is_full(exc):
                raise full_error(path) from None
            raise

    @contextmanager
    def cursor(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            try:
                yield self.db.cursor()
            except (OSError, sqlite3.Error) as exc:
                if not is_full(exc):
                    raise
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise full_error(self.path) from None

    def close(self) -> None:
        self.db.close()
