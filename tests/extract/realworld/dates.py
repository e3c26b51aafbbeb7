"""Publication day on the htmldate pages: newsline's choice against the day recorded by hand, with htmldate's own
finds on the same pages (fast and extensive search, as its authors recorded them) as the baseline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from tests.extract.metadata_scores import article_of
from tests.extract.realworld import DatedPage

# the pages were saved between 2011 and 2022: "now" is after all of them, so no stamp is in the future
FETCHED_AT = datetime(2026, 9, 13, 12, tzinfo=UTC)


@dataclass(frozen=True)
class DayResult:
    name: str
    url: str
    want: str
    got: str | None
    htmldate_extensive: str
    index: int = 0


@dataclass(frozen=True)
class DayFigures:
    pages: int
    newsline: float
    htmldate_fast: float
    htmldate_extensive: float
    no_date: int  # pages newsline gave no day for (no article found, or no date)


def day_of(page: DatedPage) -> str | None:
    article = article_of(page.html, page.url, FETCHED_AT)
    if article is None or article.published_at is None:
        return None
    at = article.published_at
    # a day-precise stamp is the site's calendar date; a full time is read on the site's own clock
    return at.date().isoformat()


def results(pages: Iterable[DatedPage]) -> list[DayResult]:
    return [DayResult(p.name, p.url, p.day, day_of(p), p.htmldate_extensive, p.index) for p in pages]


def figures(pages: list[DatedPage], found: list[DayResult]) -> DayFigures:
    n = max(len(pages), 1)
    return DayFigures(
        pages=n,
        newsline=round(sum(r.got == r.want for r in found) / n, 3),
        htmldate_fast=round(sum(p.htmldate_fast == p.day for p in pages) / n, 3),
        htmldate_extensive=round(sum(p.htmldate_extensive == p.day for p in pages) / n, 3),
        no_date=sum(r.got is None for r in found),
    )


def halves(pages: list[DatedPage], found: list[DayResult]) -> dict[str, DayFigures]:
    """Figures on the odd-indexed pages (the ones the date rules were tuned on), the even-indexed ones (held
    out) and all of them; a half with no page in the selection is left out."""
    split = {"odd_tuned_on": 1, "even_held_out": 0}
    out = {}
    for label, parity in split.items():
        chosen = [i for i, p in enumerate(pages) if p.index % 2 == parity]
        if chosen:
            out[label] = figures([pages[i] for i in chosen], [found[i] for i in chosen])
    out["all"] = figures(pages, found)
    return out
