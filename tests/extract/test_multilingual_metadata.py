"""Metadata on the labelled multilingual set (tests/extract/multilingual): headline, publication day and hour,
authors and author organisations, over the whole set and per language, each held to a floor a little below
what the rules measure (the issue's targets: headline >= 0.90, day >= 0.98, hour >= 0.90, authors F1 >= 0.90).

Runs without services: each page goes through charset decoding, ``extract_html`` and ``build_article`` as a page
fetched now with no feed date. ``python -m bench.metadata_eval --misses`` prints the table and every miss.
"""

from __future__ import annotations

import math

import pytest

from tests.extract.metadata_scores import Scored, evaluate, render, summary
from tests.extract.multilingual import load_cases

# measured on the 80-page set (8 languages) when the floors were set: headline 1.000, day 1.000, hour 1.000,
# authors F1 1.000, author organisations F1 0.942 (the labels leave generic newsroom credits such as "Redaktion"
# and the site's own name out; the rules then filed the desks as organisations); since the site's desk alone is no
# credit, organisations 0.996; floors sit a little below
FLOORS = {"headline": 0.95, "day": 0.98, "hour": 0.95, "authors_f1": 0.95, "orgs_f1": 0.95}
# every language with at least this many pages is held to its own floor as well (10 pages each: one miss = 0.9)
LANGUAGE_FLOORS = {"headline": 0.90, "day": 0.90, "hour": 0.90, "authors_f1": 0.90}
MIN_PAGES_PER_LANGUAGE = 5


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, float | int]]:
    scored: list[Scored] = evaluate(load_cases())
    result = summary(scored)
    print("\n" + render(result))
    return result


def test_the_set_is_large_and_multilingual(table: dict[str, dict[str, float | int]]) -> None:
    assert table["all"]["pages"] >= 60
    assert len([lang for lang in table if lang != "all" and table[lang]["pages"] >= MIN_PAGES_PER_LANGUAGE]) >= 6


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_whole_set_floor(table: dict[str, dict[str, float | int]], metric: str) -> None:
    assert table["all"][metric] >= FLOORS[metric], render(table)


@pytest.mark.parametrize("metric", sorted(LANGUAGE_FLOORS))
def test_per_language_floor(table: dict[str, dict[str, float | int]], metric: str) -> None:
    low = {lang: row[metric] for lang, row in table.items()
           if lang != "all" and row["pages"] >= MIN_PAGES_PER_LANGUAGE and not math.isnan(row[metric])
           and row[metric] < LANGUAGE_FLOORS[metric]}
    assert low == {}, render(table)
