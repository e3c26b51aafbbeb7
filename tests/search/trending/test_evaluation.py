"""The detector on generated traffic with planted bursts (tests/search/trending/stream.py), window by window.

Floors are the figures reported in the README ("Trending"), rounded down: five seeded streams of three days.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pipeline.search.trending.score import TrendParams
from tests.search.trending.stream import evaluate, generate

SEEDS = range(1, 6)


@cache
def results() -> list[dict[str, Any]]:
    return [evaluate(generate(seed), TrendParams()) for seed in SEEDS]


def within_two(kind: str | None = None) -> float:
    delays = [d for r in results() for d, k in zip(r["delays"], r["kinds"], strict=True) if kind in (None, k)]
    return sum(d is not None and d <= 2 for d in delays) / len(delays)


def summary() -> dict[str, float]:
    delays = [d for r in results() for d in r["delays"]]
    alarms = sum(r["false_alarms"] for r in results())
    days = sum(r["days"] for r in results())
    return {"bursts": len(delays), "within_two": within_two(), "new_within_two": within_two("new"),
            "growth_within_two": within_two("growth"), "detected": sum(d is not None for d in delays) / len(delays),
            "false_alarms_per_day": alarms / days}


def test_the_stream_is_a_day_or_more_with_bursts_planted_after_the_warm_up() -> None:
    stream = generate(1)
    assert stream.hours >= 24 and len(stream.planted) >= 30 and len(stream.events) > 5000
    assert generate(1).events == stream.events  # seeded


def test_false_alarms_stay_under_one_a_day() -> None:
    assert summary()["false_alarms_per_day"] < 0.5


def test_most_bursts_are_flagged_within_two_windows_of_their_start() -> None:
    figures = summary()
    assert figures["within_two"] >= 0.87, figures
    assert figures["detected"] >= 0.88, figures


def test_developments_of_a_running_story_are_flagged_about_as_often_as_new_stories() -> None:
    figures = summary()
    assert figures["growth_within_two"] >= 0.85, figures  # outlets new to the story: 0.70 on distinct sources alone
    assert figures["new_within_two"] >= 0.88, figures
