"""The re-check schedule: fixed offsets (hours) after an article's first fetch, then never."""

from __future__ import annotations

from collections.abc import Sequence

HOUR_S = 3600.0


def next_check_at(first_fetched_at: float, schedule_h: Sequence[float], now: float) -> float | None:
    """The first step of the schedule after ``now`` (epoch seconds); None once every step has passed.

    Steps missed while nothing ran are skipped, not caught up one by one: a check late by a day is followed
    by the next step still ahead, not by a burst of checks.
    """
    for hours in schedule_h:
        at = first_fetched_at + hours * HOUR_S
        if at > now:
            return at
    return None


def scheduled(published_at: float | None, now: float, max_age_h: float) -> bool:
    """Whether an article is recent enough to be re-checked on schedule (undated ones are)."""
    return published_at is None or now - published_at <= max_age_h * HOUR_S
