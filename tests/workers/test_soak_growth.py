"""bench.soak's growth verdict: medians of the warm-up and final windows per worker kind."""

from __future__ import annotations

from typing import Any

from bench.soak import MAX_GROWTH, curve, exceeded, growth, windows


def samples(minutes: int, enrich_kb: Any, index_kb: int = 100_000) -> list[dict[str, Any]]:
    return [{"t": m * 60.0, "lag": 0, "processes": [
        {"kind": "enrich", "role": "supervisor", "rss_kb": 10_000, "fds": 8},
        {"kind": "enrich", "role": "child", "rss_kb": enrich_kb(m), "fds": 20},
        {"kind": "index", "role": "child", "rss_kb": index_kb, "fds": 18},
    ]} for m in range(minutes + 1)]


def test_windows_are_minutes_5_to_10_and_the_last_10_for_an_hour_quarters_for_short_runs() -> None:
    assert windows(3600.0) == ((300.0, 600.0), (3000.0, 3600.0 + 1e-9))
    assert windows(400.0) == ((100.0, 200.0), (300.0, 400.0 + 1e-9))


def test_flat_memory_after_warm_up_passes_and_a_steady_leak_fails() -> None:
    flat = growth(samples(60, lambda m: 300_000 + min(m, 5) * 10_000))
    assert flat["enrich"]["growth"] == 0.0 and flat["index"]["growth"] == 0.0
    assert exceeded(flat, MAX_GROWTH) == []
    leaking = growth(samples(60, lambda m: 300_000 + m * 2_000))  # +2 MB a minute
    assert leaking["enrich"]["warm_median"] == 10_000 + 300_000 + 7 * 2_000  # minutes 5-9, median 7
    assert exceeded(leaking, MAX_GROWTH) == ["enrich"]


def test_curve_has_a_row_every_ten_minutes_and_the_last_sample() -> None:
    rows = curve(samples(25, lambda m: 300_000))
    assert [r["minute"] for r in rows] == [0.0, 10.0, 20.0, 25.0]
    assert rows[0]["enrich_rss_mib"] == round(310_000 / 1024, 1) and rows[0]["index_fds"] == 18
