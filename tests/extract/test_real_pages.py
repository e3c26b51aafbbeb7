"""Metadata on real publisher pages (tests/extract/realworld: saved pages shipped by two Go modules, pinned by
version and hash), held to floors a little below what the rules measure; ``python -m bench.real_pages
--misses`` prints the whole table, the 1,000-page date figures and every miss.

- readability pages (63 labelled news and blog articles, 8 languages): headline, publication day and hour,
  authors and author organisations.
- htmldate pages: the publication day on a fixed fifth of the 1,000 pages (every 5th), against the day recorded
  by hand, and never below what htmldate's own fast search finds on the same pages; the date rules were tuned on
  the odd-indexed pages, so the even-indexed ones of the fifth are also held to a floor of their own.
"""

from __future__ import annotations

import pytest

from tests.extract.metadata_scores import Scored, evaluate, render, summary
from tests.extract.realworld import DatedPage, dated_pages, readability_cases
from tests.extract.realworld.dates import DayFigures, halves, results

# measured when set (the rules were corrected on these pages, so the figures are not blind): headline 1.000,
# day 0.963, hour 1.000, authors F1 0.982, organisations F1 1.000; before the corrections: headline 0.905,
# authors 0.853, organisations 0.859
FLOORS = {"headline": 0.95, "day": 0.92, "hour": 0.95, "authors_f1": 0.93, "orgs_f1": 0.93}


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, float | int]]:
    scored: list[Scored] = evaluate(readability_cases())
    result = summary(scored)
    print("\n" + render(result))
    return result


@pytest.fixture(scope="module")
def days() -> tuple[list[DatedPage], dict[str, DayFigures]]:
    pages = dated_pages(every=5)
    found = halves(pages, results(pages))
    print(f"\n{found}")
    return pages, found


def test_the_real_set_covers_several_languages(table: dict[str, dict[str, float | int]]) -> None:
    assert table["all"]["pages"] >= 60
    assert len([lang for lang in table if lang != "all"]) >= 6


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_real_pages_floor(table: dict[str, dict[str, float | int]], metric: str) -> None:
    assert table["all"][metric] >= FLOORS[metric], render(table)


def test_publication_day_on_the_htmldate_pages(days: tuple[list[DatedPage], dict[str, DayFigures]]) -> None:
    pages, split = days
    found = split["all"]
    assert found.pages == len(pages) >= 190
    # 0.875 on this fifth when set (htmldate fast 0.815, extensive 0.850; 0.894 on all 1,000 pages); 0.830 before
    # the rules were tuned on the odd-indexed pages
    assert found.newsline >= 0.86, found
    assert found.newsline >= found.htmldate_fast, found


def test_publication_day_on_the_held_out_half(days: tuple[list[DatedPage], dict[str, DayFigures]]) -> None:
    held_out = days[1]["even_held_out"]
    assert held_out.pages >= 95
    # 0.940 on these 100 pages when set (htmldate fast 0.880, extensive 0.920; 0.900 on all 500 even-indexed
    # pages, 0.892 there before the rules were tuned on the odd ones)
    assert held_out.newsline >= 0.92, held_out
    assert held_out.newsline >= held_out.htmldate_fast, held_out
