"""The detector on generated traffic with planted bursts (tests/search/trending/stream.py), window by window.

Floors are the figures reported in the README ("Trending"), rounded down: five seeded streams of three days the
parameters and rules were tuned on (seeds 1-5), and five held out (seeds 6-10), never looked at while tuning.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pipeline.search.trending.score import TrendParams
from tests.search.trending.stream import evaluate, generate

TUNED_SEEDS, HELD_OUT_SEEDS = range(1, 6), range(6, 11)


@cache
def results(seeds: range) -> list[dict[str, Any]]:
    return [evaluate(generate(seed), TrendParams()) for seed in seeds]


def within_two(seeds: range, kind: str | None = None) -> float:
    delays = [d for r in results(seeds) for d, k in zip(r["delays"], r["kinds"], strict=True) if kind in (None, k)]
    return sum(d is not None and d <= 2 for d in delays) / len(delays)


def summary(seeds: range) -> dict[str, float]:
    delays = [d for r in results(seeds) for d in r["delays"]]
    alarms = sum(r["false_alarms"] for r in results(seeds))
    days = sum(r["days"] for r in results(seeds))
    return {"bursts": len(delays), "within_two": within_two(seeds), "new_within_two": within_two(seeds, "new"),
            "growth_within_two": within_two(seeds, "growth"),
            "detected": sum(d is not None for d in delays) / len(delays), "false_alarms_per_day": alarms / days}


def test_the_stream_is_a_day_or_more_with_bursts_planted_after_the_warm_up() -> None:
    stream = generate(1)
    assert stream.hours >= 24 and len(stream.planted) >= 30 and len(stream.events) > 5000
    assert generate(1).events == stream.events  # seeded
    assert generate(6).events != stream.events  # the held-out seeds are other streams


def test_false_alarms_stay_under_one_a_day() -> None:
    assert summary(TUNED_SEEDS)["false_alarms_per_day"] < 0.5  # 0.25 measured
    assert summary(HELD_OUT_SEEDS)["false_alarms_per_day"] < 0.5  # 0.33 measured


def test_most_bursts_are_flagged_within_two_windows_of_their_start() -> None:
    figures = summary(TUNED_SEEDS)
    assert figures["within_two"] >= 0.90, figures
    assert figures["detected"] >= 0.91, figures


def test_held_out_streams_are_detected_as_well_as_the_tuned_ones() -> None:
    figures = summary(HELD_OUT_SEEDS)
    assert figures["within_two"] >= 0.92, figures
    assert figures["detected"] >= 0.95, figures
    assert figures["growth_within_two"] >= 0.91 and figures["new_within_two"] >= 0.91, figures


def test_developments_of_a_running_story_are_flagged_about_as_often_as_new_stories() -> None:
    figures = summary(TUNED_SEEDS)
    assert figures["growth_within_two"] >= 0.90, figures  # 0.87 with the day's rhythm raising the new sources
    assert figures["new_within_two"] >= 0.88, figures
