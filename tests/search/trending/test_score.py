"""The burst score on hand-made counts: what bursts, what does not, and why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.search.exceptions import SearchError
from pipeline.search.trending.score import Activity, StoryCounts, TrendParams, burst, rank, surprise, window_edges

PARAMS = TrendParams()
WINDOWS = PARAMS.baseline_windows + PARAMS.spans
STEADY = Activity((100,) * WINDOWS)


def story(key: str, articles: list[int], sources: list[int] | None = None) -> StoryCounts:
    """Counts for the last windows given (earlier ones empty); spans count sources as distinct across windows."""
    sources = sources or articles
    arts = (0,) * (WINDOWS - len(articles)) + tuple(articles)
    srcs = (0,) * (WINDOWS - len(sources)) + tuple(sources)
    return StoryCounts(key, arts, srcs, tuple(sum(srcs[-m:]) for m in range(1, PARAMS.spans + 1)))


def test_surprise_is_the_poisson_upper_tail_in_log10() -> None:
    assert surprise(0, 3.0) == 0.0
    assert surprise(1, 0.01) == pytest.approx(-__import__("math").log10(1 - __import__("math").exp(-0.01)))
    assert surprise(5, 5.0) == pytest.approx(-__import__("math").log10(0.5595), abs=1e-3)
    assert surprise(60, 0.02) > 100  # far tails stay finite and ordered
    assert surprise(61, 0.02) > surprise(60, 0.02)


def test_a_brand_new_story_with_five_sources_beats_a_steady_one_with_the_same_flow() -> None:
    new = story("new", [5])
    steady = story("steady", [5] * WINDOWS)
    ranked = rank([steady, new], STEADY, PARAMS)
    assert [b.key for b in ranked] == ["new", "steady"]
    assert ranked[0].bursting and ranked[0].score > 10
    assert not ranked[1].bursting and ranked[1].score < 1


def test_few_sources_or_one_busy_outlet_do_not_burst() -> None:
    assert not burst(story("two", [2]), STEADY, PARAMS).bursting
    assert not burst(story("three", [3]), STEADY, PARAMS).bursting  # under min_sources, whatever the score
    spam = burst(story("spam", [20], [1]), STEADY, PARAMS)
    assert not spam.bursting and spam.score < 2


def test_a_slow_start_builds_evidence_over_the_last_windows() -> None:
    slow = story("slow", [2, 2, 2])  # 6 distinct sources over three windows, never more than 2 in one
    assert burst(story("slow", [2]), STEADY, PARAMS).score < PARAMS.threshold
    assert burst(slow, STEADY, PARAMS).bursting


def test_the_day_s_rhythm_scales_the_expectation() -> None:
    grown = story("grown", [1] * (WINDOWS - 1) + [3])
    busy = Activity((50,) * (WINDOWS - 1) + (150,))  # every story triples at the morning peak
    assert burst(grown, busy, PARAMS).score < burst(grown, STEADY, PARAMS).score
    assert burst(grown, busy, PARAMS).expected_sources > burst(grown, STEADY, PARAMS).expected_sources


def test_stories_quiet_now_are_not_ranked() -> None:
    assert rank([story("gone", [5, 0])], STEADY, PARAMS) == []


def test_window_edges_end_now_and_want_an_aware_time() -> None:
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    edges = window_edges(now, PARAMS)
    assert edges[-1] == now and len(edges) == WINDOWS + 1
    assert edges[0] == now - timedelta(hours=WINDOWS)
    with pytest.raises(SearchError, match="time-zone"):
        window_edges(datetime(2026, 3, 1, 12), PARAMS)
    with pytest.raises(SearchError, match="window"):
        TrendParams(window=timedelta(seconds=5))
