"""Precision and recall per entity kind of the enrichment on a labelled sample (``ner_samples/<lang>.json``).

An expected name counts as found when an extracted entity of that kind has the same name, case- and
accent-insensitively, or one of them contains the other as whole words ("Bayern" ~ "FC Bayern München" is
not enough: containment needs the shorter one to be at least two words or the whole of a one-word name's match).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

SAMPLES = Path(__file__).parent / "ner_samples"
KINDS = {"persons": "person", "organizations": "organization", "places": "place"}


def load(lang: str) -> list[dict[str, Any]]:
    return list(json.loads((SAMPLES / f"{lang}.json").read_text(encoding="utf-8")))


def fold(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).replace("-", " ").split())


def same(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 2 and f" {short} " in f" {long} "


def scores(expected: list[list[str]], found: list[list[str]]) -> tuple[float, float]:
    """(precision, recall) over articles: each found name matched against the article's expected names."""
    hits_p = sum(any(same(f, e) for e in exp) for exp, fnd in zip(expected, found, strict=True) for f in fnd)
    hits_r = sum(any(same(e, f) for f in fnd) for exp, fnd in zip(expected, found, strict=True) for e in exp)
    total_p, total_r = sum(map(len, found)), sum(map(len, expected))
    return (hits_p / total_p if total_p else 1.0), (hits_r / total_r if total_r else 1.0)
