"""The one backoff: capped exponential, jittered into [half, full] of the capped wait, or exact without jitter."""

from __future__ import annotations

import pytest

from pipeline.backoff import Backoff


def test_without_jitter_the_wait_doubles_up_to_the_cap() -> None:
    backoff = Backoff(initial_s=0.5, max_s=3.0, max_retries=5, jitter=0)
    assert [backoff.delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert list(backoff.delays()) == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert backoff.delay(10_000) == 3.0  # no overflow far out


def test_jitter_stays_between_half_and_the_whole_capped_wait() -> None:
    backoff = Backoff(initial_s=1.0, max_s=8.0, max_retries=6)
    for attempt in range(6):
        capped = backoff.capped(attempt)
        waits = [backoff.delay(attempt) for _ in range(200)]
        assert all(capped / 2 <= w <= capped for w in waits)
        assert len(set(waits)) > 1  # jittered
    assert len(list(backoff.delays())) == 6


def test_an_invalid_backoff_is_refused() -> None:
    with pytest.raises(ValueError, match="invalid backoff"):
        Backoff(initial_s=1.0, max_s=2.0, jitter=2)
