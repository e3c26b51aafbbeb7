"""Scoring the metadata rules on the labelled multilingual set: headline, publication day and hour, authors and
author organisations, over the whole set and per language (``python -m bench.metadata_eval`` prints the table).

Each page goes through the pipeline's own path (charset decoding, ``extract_html``, ``build_article``) with no
feed date, as a page fetched now: what a page must say for itself.
"""

from __future__ import annotations

import functools
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pipeline.extract import Extracted, ExtractionError, extract_html
from pipeline.extract.article import Origin, build_article
from pipeline.extract.page import squash
from pipeline.fetch.charset import decode
from pipeline.models import Article

METRICS = ("headline", "day", "hour", "authors_f1", "orgs_f1")


@dataclass(frozen=True)
class Scored:
    name: str
    language: str
    scores: dict[str, float | None]  # None: not applicable to this page (hour of a page dated to the day only)
    got: dict[str, Any]


@functools.lru_cache(maxsize=4096)
def extracted(html: bytes, url: str | None) -> Extracted:
    """``extract_html`` on the decoded page, once per page and URL in a test run: several labelled sets share
    pages (241 of the 1,671 extractions of tests/extract/test_real_pages.py), and ``Extracted`` is frozen."""
    return extract_html(decode(html), url)


def article_of(html: bytes, url: str | None, fetched_at: datetime, served_at: datetime | None = None) -> Article | None:
    try:
        page = extracted(html, url)
    except ExtractionError:
        return None
    origin = Origin(source="eval", fetched_at=fetched_at, requested_url=url, final_url=url, served_at=served_at)
    return build_article(page, origin)


def _instant(value: str | None) -> datetime | None:
    if not value:
        return None
    stamp = datetime.fromisoformat(value)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def names_f1(got: Iterable[str], want: Iterable[str]) -> float:
    g, w = {squash(n).casefold() for n in got}, {squash(n).casefold() for n in want}
    if not g and not w:
        return 1.0
    hits = len(g & w)
    return 0.0 if not hits else 2 * hits / (len(g) + len(w))


def _names(got: Iterable[str], expected: dict[str, Any], key: str) -> float | None:
    return names_f1(got, expected[key] or ()) if key in expected else None  # a label left out: not scored


def _day_and_hour(got: datetime | None, expected: dict[str, Any]) -> tuple[float | None, float | None]:
    if "published_at" not in expected:  # a label left out: not scored
        return None, None
    want = _instant(expected.get("published_at"))
    if want is None:
        return float(got is None), None
    if got is None:
        return 0.0, 0.0 if expected.get("published_precision") == "minute" else None
    stated = "T" in str(expected["published_at"]) or " " in str(expected["published_at"]).strip()
    # a labelled date without time is the site's calendar day: compared with the found time's own local date
    day = float((got.astimezone(want.tzinfo).date() if stated else got.date()) == want.date())
    if expected.get("published_precision") != "minute":
        return day, None
    return day, float(abs(got - want) <= timedelta(hours=1))


def score(name: str, language: str, html: bytes, expected: dict[str, Any], fetched_at: datetime,
          served_at: datetime | None = None) -> Scored:
    article = article_of(html, expected.get("url"), fetched_at, served_at)
    if article is None:
        zero: dict[str, float | None] = {m: 0.0 if _labelled(expected, m) else None for m in METRICS}
        return Scored(name, language, zero, {"skipped": True})
    day, hour = _day_and_hour(article.published_at, expected)
    scores: dict[str, float | None] = {
        "headline": float(squash(article.title) == squash(expected["headline"])) if "headline" in expected else None,
        "day": day, "hour": hour,
        "authors_f1": _names(article.authors, expected, "authors"),
        "orgs_f1": _names(article.author_organizations, expected, "author_organizations"),
    }
    got = {"headline": article.title, "published_at": article.published_at.isoformat() if article.published_at else None,
           "authors": list(article.authors), "author_organizations": list(article.author_organizations)}
    return Scored(name, language, scores, got)


def _labelled(expected: dict[str, Any], metric: str) -> bool:
    key = {"day": "published_at", "hour": "published_at", "authors_f1": "authors",
           "orgs_f1": "author_organizations"}.get(metric, metric)
    return key in expected and (metric != "hour" or expected.get("published_precision") == "minute")


def evaluate(cases: Iterable[Any], fetched_at: datetime | None = None) -> list[Scored]:
    """Every case (``name``, ``language``, ``html``, ``expected``, and ``served_at`` where its set records when the
    page was saved) scored."""
    now = fetched_at or datetime.now(UTC)
    return [score(c.name, c.language, c.html, c.expected, now, getattr(c, "served_at", None)) for c in cases]


def summary(scored: list[Scored]) -> dict[str, dict[str, float | int]]:
    """Mean of each metric (over the pages it applies to) for every language and for ``all``."""
    groups: dict[str, list[Scored]] = {"all": scored}
    for s in scored:
        groups.setdefault(s.language, []).append(s)
    table: dict[str, dict[str, float | int]] = {}
    for group, items in sorted(groups.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        row: dict[str, float | int] = {"pages": len(items)}
        for metric in METRICS:
            values = [v for s in items if (v := s.scores[metric]) is not None]
            row[metric] = round(statistics.mean(values), 3) if values else float("nan")
        table[group] = row
    return table


def render(table: dict[str, dict[str, float | int]]) -> str:
    header = f"{'language':10s} {'pages':>5s} " + " ".join(f"{m:>10s}" for m in METRICS)
    lines = [header, "-" * len(header)]
    for group, row in table.items():
        lines.append(f"{group:10s} {row['pages']:>5d} " + " ".join(f"{row[m]:>10.3f}" for m in METRICS))
    return "\n".join(lines)


def misses(scored: list[Scored], expected: dict[str, dict[str, Any]]) -> list[str]:
    """One line per page and metric below 1 (what a reviewer looks at to find genuine bugs)."""
    out = []
    for s in scored:
        for metric in METRICS:
            value = s.scores[metric]
            if value is not None and value < 1.0:
                out.append(f"{s.name} {metric}={value:.2f} got={s.got} want={_want(expected[s.name], metric)}")
    return out


def _want(expected: dict[str, Any], metric: str) -> object:
    keys = {"headline": "headline", "day": "published_at", "hour": "published_at", "authors_f1": "authors",
            "orgs_f1": "author_organizations"}
    return expected.get(keys[metric])
