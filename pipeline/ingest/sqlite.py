"""The SQLite database under ``<state>/ingest/``: one connection shared by a process's threads, WAL mode.

The ingest store (URL claims) and the re-check store (revisions) keep their tables in the same file; both
open it here, so the WAL switch and each schema are applied by one process at a time.
"""

from __future__ import annotations

import fcntl
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class SharedConnection:
    """A connection usable from several threads (calls serialised by a lock), with ``schema`` applied."""

    def __init__(self, path: Path, schema: str) -> None:
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
        with open(path.with_suffix(".init.lock"), "w") as lock:  # WAL switch + schema: one process at a time
            fcntl.flock(lock, fcntl.LOCK_EX)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(schema)

    @contextmanager
    def cursor(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            yield self.db.cursor()

    def close(self) -> None:
        self.db.close()
