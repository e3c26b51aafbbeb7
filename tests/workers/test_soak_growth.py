"""bench.soak's growth verdict: the RSS floor (descriptors: the median) of the warm-up and final windows per kind."""

from __future__ import annotations

import random
from typing import Any

from bench.soak import MAX_GROWTH, curve, exceeded, growth, quantile, windows


def samples(minutes: int, enrich_kb: Any, index_kb: int = 100_000, per_minute: int = 1) -> list[dict[str, Any]]:
    return [{"t": i * 60.0 / per_minute, "lag": 0, "processes": [
        {"kind": "enrich", "role": "supervisor", "rss_kb": 10_000, "fds": 8},
        {"kind": "enrich", "role": "child", "rss_kb": enrich_kb(i / per_minute), "fds": 20},
        {"kind": "index", "role": "child", "rss_kb": index_kb, "fds": 18},
    ]} for i in range(minutes * per_minute + 1)]


def test_windows_are_minutes_5_to_10_and_the_last_10_for_an_hour_quarters_for_short_runs() -> None:
    assert windows(3600.0) == ((300.0, 600.0), (3000.0, 3600.0 + 1e-9))
    assert windows(400.0) == ((100.0, 200.0), (300.0, 400.0 + 1e-9))


def test_flat_memory_after_warm_up_passes_and_a_steady_leak_fails() -> None:
    flat = growth(samples(60, lambda m: 300_000 + min(m, 5) * 10_000))
    assert flat["enrich"]["growth"] == 0.0 and flat["index"]["growth"] == 0.0
    assert exceeded(flat, MAX_GROWTH) == []
    leaking = growth(samples(60, lambda m: 300_000 + m * 2_000))  # +2 MB a minute
    assert leaking["enrich"]["warm_median"] == 10_000 + 300_000 + 7 * 2_000  # minutes 5-9, median 7
    assert leaking["enrich"]["warm_floor"] == 10_000 + 300_000 + 5 * 2_000  # minutes 5-9: p10 of 5 samples
    assert exceeded(leaking, MAX_GROWTH) == ["enrich"]


# the enrich group's RSS (MB) at minutes 0-16 of a 16-minute soak sampled once a minute: troughs 600-615 MB all
# through, the 840-870 MB peaks (a batch in hand) only from minute 9
SIXTEEN_MINUTES = [60, 600, 601, 659, 605, 679, 611, 663, 665, 843, 845, 614, 857, 615, 709, 859, 866]


def test_a_batch_sawtooth_with_a_flat_floor_passes_where_medians_of_few_samples_would_fail() -> None:
    sparse = growth(samples(16, lambda m: SIXTEEN_MINUTES[int(m)] * 1024 - 10_000))
    assert sparse["enrich"]["final_median"] > 1.1 * sparse["enrich"]["warm_median"]  # the median misreads it
    assert sparse["enrich"]["growth"] < MAX_GROWTH
    rng = random.Random(5)
    dense = growth(samples(16, lambda m: 600_000 + rng.choice((0, 250_000)), per_minute=6))
    assert dense["enrich"]["samples"] == [24, 25] and abs(dense["enrich"]["growth"]) < 0.01
    assert dense["enrich"]["final_peak"] >= 850_000


def test_a_floor_that_rises_under_the_sawtooth_fails() -> None:
    rng = random.Random(6)
    report = growth(samples(16, lambda m: 600_000 + m * 10_000 + rng.choice((0, 250_000)), per_minute=6))
    assert report["enrich"]["final_floor"] > report["enrich"]["warm_floor"]
    assert exceeded(report, MAX_GROWTH) == ["enrich"]


def test_descriptors_compare_medians_and_the_quantile_is_the_lower_nearest_rank() -> None:
    report = growth(samples(60, lambda m: 300_000), "fds")
    assert report["enrich"]["level"] == "median" and report["enrich"]["growth"] == 0.0
    assert quantile([5, 1, 4, 2, 3], 0.1) == 1 and quantile(list(range(11)), 0.1) == 1


def test_curve_has_a_row_every_ten_minutes_and_the_last_sample() -> None:
    rows = curve(samples(25, lambda m: 300_000))
    assert [r["minute"] for r in rows] == [0.0, 10.0, 20.0, 25.0]
    assert rows[0]["enrich_rss_mib"] == round(310_000 / 1024, 1) and rows[0]["index_fds"] == 18
