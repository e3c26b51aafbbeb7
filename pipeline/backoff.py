"""The one backoff: capped exponential waits, with or without jitter, for every retry loop.

``delay(attempt)`` is the wait before retry ``attempt`` (0-based): ``initial_s * 2**attempt`` capped at
``max_s``; with ``jitter`` half of that plus up to half again (so retries of many clients spread out).
Iterating a :class:`Backoff` yields the waits of its ``max_retries`` retries.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

MAX_EXPONENT = 62  # 2**62 * any sane initial wait is far past any cap; avoids float overflow


@dataclass(frozen=True)
class Backoff:
    initial_s: float
    max_s: float
    max_retries: int = 0
    jitter: bool = True

    def capped(self, attempt: int) -> float:
        """The wait before retry ``attempt`` without jitter."""
        return min(self.max_s, self.initial_s * 2 ** min(max(attempt, 0), MAX_EXPONENT))

    def delay(self, attempt: int) -> float:
        base = self.capped(attempt)
        if not self.jitter:
            return base
        return base / 2 + random.uniform(0, base / 2)  # noqa: S311 - jitter, not cryptography

    def delays(self) -> Iterator[float]:
        return (self.delay(attempt) for attempt in range(self.max_retries))

    def __iter__(self) -> Iterator[float]:
        return self.delays()
