"""Article body on the trafilatura comparison pages, scored the way trafilatura's own evaluation does.

Per page: an expected snippet found in the body is a true positive, one missing a false negative; an unwanted
snippet present is a false positive, one absent a true negative (no body at all: every expected snippet
missed, every unwanted one absent). Precision, recall, F1 and accuracy are taken over the sums of all pages.

Two extractors on the same saved bytes:
- ``newsline``: the ingest path, bytes decoded as a fetched page is (:func:`pipeline.fetch.charset.decode`),
  :func:`pipeline.extract.extract_html`, :func:`pipeline.extract.article.build_article` and the default size
  limits a record is published with; a page it skips (no article) has no body.
- ``trafilatura``: ``trafilatura.extract`` alone on the bytes, with the options newsline passes
  (``favor_precision=True``, ``include_comments=False``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import trafilatura

from pipeline.extract import ExtractionError
from pipeline.extract.article import Origin, build_article
from pipeline.models.limits import TextLimits, apply_limits
from pipeline.settings import LimitsSettings
from tests.extract.metadata_scores import extracted
from tests.extract.realworld import BodyPage

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
LIMITS = TextLimits(LimitsSettings().max_text_bytes, LimitsSettings().max_title_chars)


def newsline_body(page: BodyPage) -> str:
    """The text newsline publishes for the page, or "" when it records no article."""
    try:
        found = extracted(page.html, page.url)
    except ExtractionError:
        return ""
    article = build_article(found, Origin(source="realworld", fetched_at=FETCHED, final_url=page.url))
    return apply_limits(article, LIMITS).text


def trafilatura_body(page: BodyPage) -> str:
    """``trafilatura.extract`` on the page's bytes with newsline's options, or "" when it finds nothing."""
    return trafilatura.extract(page.html, url=page.url, include_comments=False, favor_precision=True) or ""


EXTRACTORS: dict[str, Callable[[BodyPage], str]] = {"newsline": newsline_body, "trafilatura": trafilatura_body}


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0


def score(page: BodyPage, body: str) -> Counts:
    """One page's counts for ``body`` (trafilatura's rule: plain substring tests)."""
    if not body:
        return Counts(fn=len(page.wanted), tn=len(page.unwanted))
    found = sum(snippet in body for snippet in page.wanted)
    leaked = sum(snippet in body for snippet in page.unwanted)
    return Counts(found, len(page.wanted) - found, leaked, len(page.unwanted) - leaked)


@dataclass(frozen=True)
class BodyFigures:
    extractor: str
    pages: int
    empty: int  # pages with no body
    counts: Counts
    cpu_ms_per_page: float

    def as_dict(self) -> dict[str, float | int | str]:
        c = self.counts
        return {"extractor": self.extractor, "pages": self.pages, "empty": self.empty, "tp": c.tp, "fn": c.fn,
                "fp": c.fp, "tn": c.tn, "precision": round(c.precision, 3), "recall": round(c.recall, 3),
                "f1": round(c.f1, 3), "accuracy": round(c.accuracy, 3),
                "cpu_ms_per_page": round(self.cpu_ms_per_page, 1)}

    def __str__(self) -> str:
        c = self.counts
        return (f"{self.extractor:<12} pages {self.pages}  P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
                f"accuracy {c.accuracy:.3f}  no body {self.empty}  {self.cpu_ms_per_page:.0f} ms CPU/page")


def run(pages: list[BodyPage], extractor: str) -> tuple[BodyFigures, list[str]]:
    """The extractor's figures on ``pages`` and its body for each page (in order)."""
    extract = EXTRACTORS[extractor]
    started = time.process_time()
    bodies = [extract(page) for page in pages]
    cpu_ms = (time.process_time() - started) * 1000 / max(len(pages), 1)
    total = sum((score(page, body) for page, body in zip(pages, bodies, strict=True)), Counts())
    return BodyFigures(extractor, len(pages), sum(not b for b in bodies), total, cpu_ms), bodies


def differences(pages: list[BodyPage], left: list[str], right: list[str]) -> list[str]:
    """One line per page where the two bodies score differently: the snippets each gets right that the other
    does not."""
    lines = []
    for page, a, b in zip(pages, left, right, strict=True):
        if score(page, a) == score(page, b):
            continue
        lost = [s for s in page.wanted if s in b and s not in a] + [s for s in page.unwanted if s in a and s
                                                                     not in b]
        won = [s for s in page.wanted if s in a and s not in b] + [s for s in page.unwanted if s in b and s
                                                                    not in a]
        lines.append(f"{page.name} {page.url} chars {len(a)}/{len(b)} worse on {lost} better on {won}")
    return lines
