"""Golden pages: the extractor's fields match the reviewed expectations; body text F1 stays above the floor.

Expectations come from ``python -m tests.extract.golden.regenerate`` (review the diff); the reference body text in
``gold/`` is the article as written by ``build_pages.py``, independent of the extractor.
"""

from __future__ import annotations

import json
import statistics

import pytest

from tests.extract.golden.harness import EXPECTED, F1_FLOOR_MEAN, F1_FLOOR_PAGE, extract_fields, f1, gold_text, names

ARTICLES = [n for n in names() if gold_text(n).strip()]
NON_ARTICLES = [n for n in names() if not gold_text(n).strip()]


def expected(name: str) -> dict[str, object]:
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def test_every_page_has_an_expectation() -> None:
    assert len(ARTICLES) >= 6 and len(NON_ARTICLES) >= 3
    assert sorted(p.stem for p in EXPECTED.glob("*.json")) == names()


@pytest.mark.parametrize("name", ARTICLES)
def test_article_fields_match(name: str) -> None:
    got = extract_fields(name)
    text = got.pop("text")
    want = expected(name)
    assert f1(text, gold_text(name)) >= F1_FLOOR_PAGE
    for field in ("title", "page_title", "authors", "author_organizations", "published_at", "sitename", "categories",
                  "tags", "image", "language"):
        assert got[field] == want[field], f"{name}.{field}"


@pytest.mark.parametrize("name", NON_ARTICLES)
def test_non_articles_are_skipped_with_a_reason(name: str) -> None:
    got = extract_fields(name)
    assert got == {"skipped": expected(name)["skipped"]}


def test_mean_body_f1_floor() -> None:
    scores = [f1(str(extract_fields(n)["text"]), gold_text(n)) for n in ARTICLES]
    assert statistics.mean(scores) >= F1_FLOOR_MEAN, dict(zip(ARTICLES, scores, strict=True))


def test_accents_survive_a_latin1_page() -> None:
    fields = extract_fields("culture-theatre-fr")
    assert fields["title"] == "Besançon : le vieux théâtre va rouvrir ses portes"
    assert "« C'est une décision historique pour la ville »" in str(fields["text"])
