"""Per-host politeness: at most ``concurrency`` requests in flight and ``delay`` seconds between starts."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.fetch.host_table import HostTable

log = logging.getLogger(__name__)


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0


class HostGates:
    """Shared by every thread of a run; ``slot(host, delay)`` blocks until a request may start.

    Without a table the spacing holds within this process only. After ``share(path)`` the spacing between starts
    (politeness delay, robots crawl-delay) holds across every process sharing that SQLite file (see
    :mod:`pipeline.fetch.host_table`). The concurrency limit is always per process: N overlapping runs may have
    N * ``concurrency`` requests in flight to one host, their starts still ``delay`` apart.
    """

    def __init__(self, concurrency: int, table: HostTable | None = None) -> None:
        self._concurrency = concurrency
        self._lock = threading.Lock()
        self._hosts: dict[str, _Host] = {}
        self._table = table
        self.starts: dict[str, list[float]] = {}

    def share(self, path: Path) -> None:
        """Space starts across processes through the table at ``path`` (idempotent; call before fetching)."""
        with self._lock:
            if self._table is not None and self._table.path == path:
                return
            if self._table is not None:
                self._table.close()
            self._table = HostTable(path)
        log.info("host spacing shared path=%s", path)

    @property
    def table(self) -> HostTable | None:
        """The shared spacing table, once :meth:`share` has been called."""
        return self._table

    def close(self) -> None:
        with self._lock:
            if self._table is not None:
                self._table.close()
                self._table = None

    def _host(self, host: str) -> _Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(threading.BoundedSemaphore(self._concurrency))
                self.starts[host] = []
            return self._hosts[host]

    def _wait(self, host: str, state: _Host, delay: float) -> float:
        local = state.next_start - time.monotonic()
        table = self._table
        if table is None:
            return local
        try:
            return table.reserve(host, delay) - time.time()
        except sqlite3.Error as exc:
            log.warning("host table unusable path=%s host=%s error=%r spacing=in-process", table.path, host, exc)
            return local

    @contextmanager
    def slot(self, host: str, delay: float) -> Iterator[None]:
        state = self._host(host)
        with state.slots:
            with state.lock:
                wait = self._wait(host, state, delay)
                if wait > 0:
                    time.sleep(wait)
                now = time.monotonic()
                state.next_start = now + delay
                self.starts[host].append(now)
            yield
