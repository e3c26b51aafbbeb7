"""The detector on generated traffic with planted bursts (tests/search/trending/stream.py), window by window.

Floors are the figures reported in the README ("Trending"), each set so that two more bursts missed (or two more
false alarms) fail it: five seeded streams of three days the parameters and rules were tuned on (seeds 1-5), and
five held out (seeds 6-10), never looked at while tuning.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from pipeline.search.trending.score import TrendParams
from tests.search.trending.reach import IN_TIME, background, cost, missed, sources_in_time
from tests.search.trending.stream import Stream, evaluate, generate

TUNED_SEEDS, HELD_OUT_SEEDS = range(1, 6), range(6, 11)
TARGET = 0.97  # "bursts detected within two windows of their start" (issue 20) read as nearly all: 175 of 180


@cache
def stream(seed: int) -> Stream:
    return generate(seed)


@cache
def results(seeds: range) -> list[dict[str, Any]]:
    return [evaluate(stream(seed), TrendParams()) for seed in seeds]


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


def reach(seeds: range) -> dict[str, int]:
    """Bursts within reach of the source floor in time (tests/search/trending/reach.py), and of those flagged in
    time."""
    params, within, flagged, bursts = TrendParams(), 0, 0, 0
    for seed, result in zip(seeds, results(seeds), strict=True):
        for sources, delay in zip(sources_in_time(stream(seed), params), result["delays"], strict=True):
            bursts += 1
            within += sources >= params.min_sources
            flagged += sources >= params.min_sources and delay is not None and delay < IN_TIME
    return {"bursts": bursts, "within_reach": within, "flagged": flagged}


def test_the_stream_is_a_day_or_more_with_bursts_planted_after_the_warm_up() -> None:
    first = stream(1)
    assert first.hours >= 24 and len(first.planted) >= 30 and len(first.events) > 5000
    assert generate(1).events == first.events  # seeded
    assert stream(6).events != first.events  # the held-out seeds are other streams


def test_false_alarms_stay_under_one_a_day() -> None:
    assert summary(TUNED_SEEDS)["false_alarms_per_day"] < 0.4  # 0.25 measured (3 in 12.1 days)
    assert summary(HELD_OUT_SEEDS)["false_alarms_per_day"] < 0.45  # 0.33 measured (4)


def test_most_bursts_are_flagged_within_two_windows_of_their_start() -> None:
    figures = summary(TUNED_SEEDS)
    assert figures["within_two"] >= 0.90, figures  # 0.906 measured (163 of 180)
    assert figures["detected"] >= 0.915, figures  # 0.922 (166)


def test_held_out_streams_are_detected_as_well_as_the_tuned_ones() -> None:
    figures = summary(HELD_OUT_SEEDS)
    assert figures["within_two"] >= 0.925, figures  # 0.933 measured (168 of 180)
    assert figures["detected"] >= 0.96, figures  # 0.967 (174)
    assert figures["growth_within_two"] >= 0.91 and figures["new_within_two"] >= 0.92, figures  # 56/60, 112/120


def test_developments_of_a_running_story_are_flagged_about_as_often_as_new_stories() -> None:
    figures = summary(TUNED_SEEDS)  # developments: 0.867 when the day's rhythm raised the expected new sources
    assert figures["growth_within_two"] >= 0.90, figures  # 0.917 (55 of 60)
    assert figures["new_within_two"] >= 0.89, figures  # 0.900 (108 of 120)


def test_the_bursts_the_source_floor_reaches_in_time_are_flagged_in_time() -> None:
    tuned, held_out = reach(TUNED_SEEDS), reach(HELD_OUT_SEEDS)
    assert tuned["flagged"] >= tuned["within_reach"] - 2, tuned  # 163 of 164 measured
    assert held_out["flagged"] >= held_out["within_reach"] - 3, held_out  # 168 of 170
    # the streams plant bursts with fewer distinct sources in time than the floor: 0.97 is beyond its reach
    assert tuned["within_reach"] < TARGET * tuned["bursts"] and held_out["within_reach"] < TARGET * held_out["bursts"]


def test_flagging_enough_bursts_for_the_target_would_flag_as_strong_background_more_than_once_a_day() -> None:
    """A detector that never finds a story less bursting for more recent counts or a smaller baseline flags, with a
    burst, every background (story, window) at least as strong (reach.py): on the tuned seeds, the bursts it would
    have to add for 0.97 within two windows come with more than one such false alarm a day."""
    params, figures = TrendParams(), summary(TUNED_SEEDS)
    rows = background((stream(seed) for seed in TUNED_SEEDS), params)
    found = [m for seed, r in zip(TUNED_SEEDS, results(TUNED_SEEDS), strict=True)
             for m in missed(stream(seed), r["delays"], params, rows)]
    more = math.ceil(TARGET * figures["bursts"]) - round(figures["within_two"] * figures["bursts"])
    at_least, _ = cost(found, more)
    assert more > 0 and at_least / sum(r["days"] for r in results(TUNED_SEEDS)) > 1  # 12 more: 2.40 a day measured
