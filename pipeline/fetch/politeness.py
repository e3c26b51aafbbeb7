"""Per-host politeness: at most ``concurrency`` requests in flight and ``delay`` seconds between starts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0


class HostGates:
    """Shared by every thread of a run; ``slot(host, delay)`` blocks until a request may start."""

    def __init__(self, concurrency: int) -> None:
        self._concurrency = concurrency
        self._lock = threading.Lock()
        self._hosts: dict[str, _Host] = {}
        self.starts: dict[str, list[float]] = {}

    def _host(self, host: str) -> _Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(threading.BoundedSemaphore(self._concurrency))
                self.starts[host] = []
            return self._hosts[host]

    @contextmanager
    def slot(self, host: str, delay: float) -> Iterator[None]:
        state = self._host(host)
        with state.slots:
            with state.lock:
                wait = state.next_start - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                now = time.monotonic()
                state.next_start = now + delay
                self.starts[host].append(now)
            yield
