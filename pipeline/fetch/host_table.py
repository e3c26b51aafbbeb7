"""Per-host start spacing shared by every process on one machine: a SQLite table of each host's next start.

``reserve(host, delay)`` runs one short ``BEGIN IMMEDIATE`` transaction: start = max(now, next_start), write
start + delay, commit. The caller sleeps until ``start`` outside the transaction, so a process waiting for its
turn holds no lock. Times are wall-clock (``time.time()``): monotonic clocks are per process. A backward step of
the wall clock lengthens the next wait by at most the step; rows only ever hold a time <= last start + delay.
Only the spacing is shared: the concurrency limit stays per process (see ``HostGates``).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA = "CREATE TABLE IF NOT EXISTS hosts (host TEXT PRIMARY KEY, next_start REAL NOT NULL)"
UPSERT = (
    "INSERT INTO hosts (host, next_start) VALUES (?, ?) ON CONFLICT (host) DO UPDATE SET next_start = excluded.next_start"
)


class HostTable:
    """One connection per process (thread-safe); concurrent processes wait up to ``busy_timeout_s`` for the lock."""

    def __init__(self, path: Path, busy_timeout_s: float = 30.0) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False)
        try:
            self._db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            self._db.execute(SCHEMA)
        except sqlite3.Error:
            self._db.close()
            raise

    def reserve(self, host: str, delay: float) -> float:
        """Reserve the next start for ``host``; returns it (wall-clock seconds), not before now."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                now = time.time()  # read under the lock: waiting for it may have taken a while
                row = self._db.execute("SELECT next_start FROM hosts WHERE host = ?", (host,)).fetchone()
                start = max(now, row[0]) if row else now
                self._db.execute(UPSERT, (host, start + delay))
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        if start - now > 0.001:
            log.debug("host slot reserved host=%s wait_s=%.3f delay_s=%.2f", host, start - now, delay)
        return start

    def close(self) -> None:
        with self._lock:
            self._db.close()
