"""Retry timing: exponential backoff with jitter, or the server's Retry-After."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from pipeline.backoff import Backoff


def backoff(attempt: int, initial: float, maximum: float) -> float:
    """Seconds before retry ``attempt`` (1-based): half the capped exponential plus up to half again."""
    return Backoff(initial, maximum).delay(attempt - 1)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
