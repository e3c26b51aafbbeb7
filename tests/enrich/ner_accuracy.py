"""Precision and recall per entity kind of the enrichment on a labelled sample (``ner_samples/<lang>.json``).

The expected names were written down before any model ran, as an editor records them (nominative, full name).
An extracted name matches an expected one when, case- and accent-insensitively, they are equal, the gazetteer
gives both the same canonical name ("NATO" ~ "North Atlantic Treaty Organization"), a name of two or more words
is contained in the other as whole words ("Bayer Leverkusen" ~ "Bayer 04 Leverkusen" is not, "Olaf Scholz" in
"Bundeskanzler Olaf Scholz" is), or two names of two or more words differ only in their case endings
("Rotes Kreuz" ~ "Rote Kreuz"). One-word names must be equal ("Bayern" is not "Bayer").
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from pipeline.enrich import enrich_batch
from pipeline.enrich.entities.gazetteer import default
from pipeline.models import EnrichedArticle
from pipeline.models.enriched import EntityKind
from tests.enrich.helpers import article

SAMPLES = Path(__file__).parent / "ner_samples"
KINDS: dict[str, EntityKind] = {"persons": "person", "organizations": "organization", "places": "place"}
ENDING = re.compile(r"(?:es|en|er|em|e|s)$")


def load(lang: str) -> list[dict[str, Any]]:
    return list(json.loads((SAMPLES / f"{lang}.json").read_text(encoding="utf-8")))


def fold(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).replace("-", " ").split())


def _stems(name: str) -> list[str]:
    return [ENDING.sub("", word) if len(word) > 3 else word for word in name.split()]


def _canonical(name: str) -> str:
    entry = default().lookup(name)
    return fold(entry.name) if entry else fold(name)


def same(a: str, b: str) -> bool:
    a, b = _canonical(a), _canonical(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short.split()) < 2:
        return False
    return f" {short} " in f" {long} " or _stems(a) == _stems(b)


def scores(expected: list[list[str]], found: list[list[str]]) -> tuple[float, float]:
    """(precision, recall) over articles: each found name matched against the article's expected names."""
    hits_p = sum(any(same(f, e) for e in exp) for exp, fnd in zip(expected, found, strict=True) for f in fnd)
    hits_r = sum(any(same(e, f) for f in fnd) for exp, fnd in zip(expected, found, strict=True) for e in exp)
    total_p, total_r = sum(map(len, found)), sum(map(len, expected))
    return (hits_p / total_p if total_p else 1.0), (hits_r / total_r if total_r else 1.0)


def enriched(sample: str) -> tuple[list[dict[str, Any]], list[EnrichedArticle]]:
    """The articles of ``ner_samples/<sample>.json`` (its language: the name up to an underscore), enriched."""
    lang = sample.split("_")[0]
    samples = load(sample)
    articles = [article(str(s["title"]), str(s["text"]), f"https://example.{lang}/{sample}/{i}", "example")
                for i, s in enumerate(samples)]
    results = enrich_batch(articles)
    assert all(isinstance(r, EnrichedArticle) for r in results), results
    return samples, [r for r in results if isinstance(r, EnrichedArticle)]


def assert_floors(sample: str, floors: dict[str, tuple[float, float]]) -> None:
    """The sample's articles are detected in its language, get entities, and meet ``floors`` (kind -> (P, R))."""
    samples, results = enriched(sample)
    lang = sample.split("_")[0]
    assert len(samples) >= 5
    for result in results:
        assert result.enrichment.language.code == lang and "entities" not in result.enrichment.skipped
    for key, kind in KINDS.items():
        precision, recall = scores([list(s[key]) for s in samples], [r.enrichment.names(kind) for r in results])
        floor_p, floor_r = floors[kind]
        assert precision >= floor_p and recall >= floor_r, f"{sample} {kind}: P {precision:.3f} R {recall:.3f}"
