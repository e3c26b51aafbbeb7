"""Watermark arithmetic of ``pipeline.index.disk``: percentages capped by max_headroom, absolute free space."""

from __future__ import annotations

import pytest

from pipeline.index.disk import parse_bytes, used_threshold

GB = 1024**3


@pytest.mark.parametrize(("value", "expected"), [("100GB", 100 * GB), ("500mb", 500 * 1024**2), ("1.5kb", 1536),
                                                 ("-1", None), ("95%", None), (None, None)])
def test_parse_bytes(value: str | None, expected: int | None) -> None:
    assert parse_bytes(value) == expected


def test_percentage_on_a_small_disk_is_the_percentage() -> None:
    assert used_threshold("95%", "100GB", 100 * GB) == 95 * GB


def test_percentage_on_a_large_disk_is_capped_by_the_headroom() -> None:
    # 5% of 10 TB is 500 GB free; max_headroom 100GB lowers the free space required to 100 GB
    assert used_threshold("95%", "100GB", 10_000 * GB) == 9_900 * GB


def test_ratio_and_absolute_free_space() -> None:
    assert used_threshold("0.9", None, 100 * GB) == 90 * GB
    assert used_threshold("5gb", None, 100 * GB) == 95 * GB
    assert used_threshold("nonsense", None, 100 * GB) is None
