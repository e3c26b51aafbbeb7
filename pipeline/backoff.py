"""The one backoff of newsline: capped exponential delays with jitter.

``Backoff(initial_s, max_s, max_retries)``: retry ``attempt`` (0-based) waits ``min(max_s, initial_s * 2**attempt)``
of which the fraction ``jitter`` is random (the default 0.5 waits between half and all of it, "equal jitter": the
waits stay spread out when many clients retry at once, and never drop near zero).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    initial_s: float
    max_s: float
    max_retries: int = 0
    jitter: float = 0.5  # 0: exact delays; 1: anywhere between 0 and the capped delay

    def __post_init__(self) -> None:
        if self.initial_s < 0 or self.max_s < 0 or self.max_retries < 0 or not 0 <= self.jitter <= 1:
            raise ValueError(f"invalid backoff {self!r}")

    def capped(self, attempt: int) -> float:
        """The delay before retry ``attempt`` (0-based) without jitter."""
        return min(self.max_s, self.initial_s * 2 ** min(attempt, 64))

    def delay(self, attempt: int) -> float:
        """The delay before retry ``attempt`` (0-based), jittered."""
        capped = self.capped(attempt)
        return capped * (1 - self.jitter) + random.uniform(0, capped * self.jitter)  # noqa: S311 - jitter, not crypto

    def delays(self) -> Iterator[float]:
        """One jittered delay per allowed retry (``max_retries`` of them)."""
        return (self.delay(attempt) for attempt in range(self.max_retries))
