"""Article body on newspaper4k's saved pages against the text newspaper4k expects (``tests/data/txt``).

The measure is token F1 over bags of tokens (casefolded): words where a script separates them with spaces, single
characters where it does not (Chinese, Japanese, Thai, Burmese), so a body in any language is scored alike.
Per page: precision = shared tokens / tokens of the extracted body, recall = shared tokens / tokens of the
expected text; the figures are the means over pages (a page with no body scores 0). The expected texts are
newspaper4k's own extraction as its authors accepted it, so the figure measures agreement with a reviewed
reference, not a hand-written one.

Two extractors on the same bytes, as on trafilatura's pages (:mod:`tests.extract.realworld.bodies`): newsline's
ingest path and ``trafilatura.extract`` alone with newsline's options.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass

from tests.extract.realworld import BodyPage, TextPage
from tests.extract.realworld.bodies import EXTRACTORS

# scripts written without spaces between words: one token per character
UNSPACED = "\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
TOKEN = re.compile(rf"[{UNSPACED}]|[^\W{UNSPACED}]+")


def tokens(text: str) -> Counter[str]:
    return Counter(TOKEN.findall(text.casefold()))


@dataclass(frozen=True)
class Overlap:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def overlap(body: str, expected: str) -> Overlap:
    got, want = tokens(body), tokens(expected)
    shared = sum((got & want).values())
    return Overlap(shared / max(sum(got.values()), 1), shared / max(sum(want.values()), 1))


@dataclass(frozen=True)
class TextFigures:
    extractor: str
    pages: int
    empty: int
    precision: float
    recall: float
    f1: float
    cpu_ms_per_page: float

    def as_dict(self) -> dict[str, float | int | str]:
        return {"extractor": self.extractor, "pages": self.pages, "empty": self.empty,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
                "cpu_ms_per_page": round(self.cpu_ms_per_page, 1)}

    def __str__(self) -> str:
        return (f"{self.extractor:<12} pages {self.pages}  P {self.precision:.3f}  R {self.recall:.3f}  "
                f"token F1 {self.f1:.3f}  no body {self.empty}  {self.cpu_ms_per_page:.0f} ms CPU/page")


def run(pages: list[TextPage], extractor: str) -> tuple[TextFigures, list[Overlap]]:
    """The extractor's mean token precision, recall and F1 on ``pages``, and each page's (in order)."""
    extract = EXTRACTORS[extractor]
    started = time.process_time()
    bodies = [extract(BodyPage(p.name, p.url, p.html, (), ())) for p in pages]
    cpu_ms = (time.process_time() - started) * 1000 / max(len(pages), 1)
    each = [overlap(body, page.text) for page, body in zip(pages, bodies, strict=True)]
    return TextFigures(extractor, len(pages), sum(not b for b in bodies),
                       statistics.mean(o.precision for o in each), statistics.mean(o.recall for o in each),
                       statistics.mean(o.f1 for o in each), cpu_ms), each


def by_language(pages: list[TextPage], each: list[Overlap]) -> dict[str, dict[str, float | int]]:
    """Mean token F1 per language of the pages (and their count)."""
    groups: dict[str, list[float]] = {}
    for page, o in zip(pages, each, strict=True):
        groups.setdefault(page.language, []).append(o.f1)
    return {lang: {"pages": len(v), "f1": round(statistics.mean(v), 3)} for lang, v in sorted(groups.items())}
