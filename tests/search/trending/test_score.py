"""The burst score on hand-made counts: what bursts, what does not, and why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.search.exceptions import SearchError
from pipeline.search.trending.score import (
    Activity,
    StoryCounts,
    TrendParams,
    burst,
    new_per_window,
    rank,
    span_score,
    surprise,
    window_edges,
)

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


def running(key: str, new: list[int], per_window: int = 5) -> StoryCounts:
    """A story covered by ``per_window`` outlets every window since before the baseline, ``new`` the sources new
    to it in the last windows (the rest of each window's sources are its regulars)."""
    news = (0,) * (WINDOWS - len(new)) + tuple(new)
    arts = tuple(per_window + n for n in news)
    return StoryCounts(key, arts, arts, tuple(per_window + sum(news[-m:]) for m in range(1, PARAMS.spans + 1)), news)


def test_outlets_new_to_a_running_story_make_it_burst_where_its_distinct_sources_do_not() -> None:
    grown = running("grown", [4])  # its 5 regulars and 4 outlets that never covered it: 9 sources
    without = StoryCounts("grown", grown.articles, grown.sources, grown.span_sources)  # new sources not counted
    assert not burst(without, STEADY, PARAMS).bursting
    scored = burst(grown, STEADY, PARAMS)
    assert scored.bursting and scored.new_sources == 4 and scored.expected_new_sources < 0.1
    assert burst(running("steady", [0]), STEADY, PARAMS).score < 1
    assert not burst(running("one", [1]), STEADY, PARAMS).bursting  # one more outlet is no burst
    assert burst(running("slow", [1, 1, 2]), STEADY, PARAMS).bursting  # new outlets over three windows add up


def test_a_story_that_keeps_drawing_new_outlets_is_measured_against_that_pace() -> None:
    churn = running("churn", [2] * WINDOWS)  # two outlets new to it every window, as in its baseline
    assert not burst(churn, STEADY, PARAMS).bursting
    assert burst(churn, STEADY, PARAMS).expected_new_sources > 1.5


def test_a_busy_hour_does_not_raise_the_expected_new_sources_but_a_quiet_one_lowers_them() -> None:
    baseline = [2] * PARAMS.baseline_windows  # two new outlets a window, as in a churning story

    def expected_at(ratio: float) -> tuple[float, float]:
        _, _, lam_u, lam_n = span_score(6, 6, baseline, baseline, 1, ratio, PARAMS, (3, baseline))
        return lam_u, lam_n

    (steady_u, steady_n), (busy_u, busy_n), (quiet_u, quiet_n) = expected_at(1.0), expected_at(2.0), expected_at(0.5)
    assert busy_u == pytest.approx(2 * steady_u) and quiet_u == pytest.approx(steady_u / 2)  # regulars follow the day
    assert busy_n == pytest.approx(steady_n) and quiet_n == pytest.approx(steady_n / 2)


def test_new_sources_are_binned_by_their_first_article() -> None:
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    edges = window_edges(now, PARAMS)
    firsts = [now - timedelta(days=3), edges[0], now - timedelta(minutes=1), now - timedelta(minutes=59),
              now - timedelta(hours=1, minutes=1), now]  # before the windows, in the first, two in the last, ...
    counts = new_per_window(firsts, edges)
    assert len(counts) == WINDOWS and counts[0] == 1 and counts[-1] == 2 and counts[-2] == 1 and sum(counts) == 4


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
