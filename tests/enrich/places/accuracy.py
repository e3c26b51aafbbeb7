"""Accuracy of the place resolver on the labelled set (``labelled.yaml``): the share of mentions resolved to
the GeoNames entry labelled for them (an unlabelled place, ``geonames_id: null``, counts when left unresolved)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pipeline.enrich.places.geonames import Gazetteer, default
from pipeline.enrich.places.resolve import resolve

LABELLED = Path(__file__).parent / "labelled.yaml"


def load() -> list[dict[str, Any]]:
    return list(yaml.safe_load(LABELLED.read_text(encoding="utf-8")))


def misses(cases: list[dict[str, Any]], gazetteer: Gazetteer | None = None) -> tuple[int, list[str]]:
    """(mentions, description of every mention resolved to another entry than labelled)."""
    gazetteer = gazetteer or default()
    total, wrong = 0, []
    for case in cases:
        found = resolve([p["mention"] for p in case["places"]], gazetteer, case.get("groups", ()))
        for place, got in zip(case["places"], found, strict=True):
            total += 1
            got_id = got.geonames_id if got else None
            if got_id != place["geonames_id"]:
                what = f"{got.name} {got.country}-{got.admin1} {got.kind}" if got else "nothing"
                wrong.append(f"[{case['lang']}] {place['mention']!r} -> {what}, labelled {place['is']} | {case['text']}")
    return total, wrong


def accuracy(cases: list[dict[str, Any]] | None = None) -> float:
    total, wrong = misses(cases if cases is not None else load())
    return 1 - len(wrong) / total
