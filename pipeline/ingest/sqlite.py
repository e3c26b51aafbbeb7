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
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.ingest.exceptions import StateFullError

LOW_SPACE_BYTES = 1 << 20  # an I/O error with less than this free is taken for a full disk


def _free_bytes(path: Path) -> int | None:
    try:
        stat = os.statvfs(path.parent)
    except OSError:
        return None
    return stat.f_bavail * stat.f_frsize


def is_full(exc: BaseException, path: Path) -> bool:
    """True for "no space left": SQLite's SQLITE_FULL, the OS's ENOSPC/EDQUOT, or an SQLite I/O error (opening
    a WAL database maps its ``-shm`` file, which fails as "disk I/O error") while the filesystem has no room."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in str(exc):
        return True
    io_error = (code is not None and code & 0xFF == sqlite3.SQLITE_IOERR) or "disk I/O error" in str(exc)
    free = _free_bytes(path)
    return io_error and free is not None and free < LOW_SPACE_BYTES


def full_error(path: Path) -> StateFullError:
    return StateFullError(f"state store {path}: no space left on its filesystem (the refused write was rolled "
                          f"back, the database is unchanged); free space and run again")


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
            if is_full(exc, path):
                raise full_error(path) from None
            raise

    @contextmanager
    def cursor(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            try:
                yield self.db.cursor()
            except (OSError, sqlite3.Error) as exc:
                if not is_full(exc, self.path):
                    raise
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise full_error(self.path) from None

    def close(self) -> None:
        self.db.close()
