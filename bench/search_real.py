"""Known-item search on real publisher pages: ``python -m bench.search_real [--every N] [--misses] [--keep]``.

The pages are the two sets of saved publisher pages ``tests/extract/realworld`` takes from Go modules (pinned
by version and hash): go-readability's labelled article pages and htmldate's 1,000 news, magazine and blog
pages (mostly German and English, 2011-2022). Each goes through the pipeline's own path (charset decoding,
``extract_html``, ``build_article``, as ``tests/extract/metadata_scores.article_of``); a page kept has at least
``MIN_WORDS`` words of body, and its language is what the enricher detects (py3langid on title and body).
Pages the extractor gives the same body (or a body the story clusterer would put in one story with an earlier
page's) count once. The rest is the scheme of :mod:`bench.search_pages`: a third of the articles reprinted
three times as distractors, synthetic background news, eight consecutive words from 30/50/70% of each body
(as written and with one word misremembered), asked with the current search body and the all-words body it
replaced, interleaved. Writes ``bench/results/search_real.json`` (whole set only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.search_pages import POSITIONS, Original, evaluate
from pipeline.enrich.clusters.minhash import shingle_hashes
from pipeline.enrich.clusters.store import THRESHOLD
from pipeline.enrich.steps.language import identify
from pipeline.models import Article

OUT = Path(__file__).parent / "results" / "search_real.json"
MIN_WORDS = 150
FETCHED_AT = datetime(2026, 9, 13, 12, tzinfo=UTC)  # after every saved page, as tests/extract/realworld/dates


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    html: bytes


def pages(every: int = 1) -> list[Page]:
    """The readability pages, then every ``every``-th htmldate page, in a fixed order."""
    from tests.extract.realworld import dated_pages, readability_cases

    found = [Page(f"readability/{c.name}", c.expected["url"], c.html) for c in readability_cases()]
    return found + [Page(f"htmldate/{p.name}", p.url, p.html) for p in dated_pages(every)]


def _article(page: Page) -> Article | None:
    from tests.extract.metadata_scores import article_of

    article = article_of(page.html, page.url, FETCHED_AT)
    return article if article is not None and len(article.text.split()) >= MIN_WORDS else None


class Distinct:
    """Bodies seen so far: whether a new one is the same story as one of them (shingle Jaccard, as clustered)."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.holders: dict[int, list[int]] = {}

    def add(self, text: str) -> bool:
        """Record ``text`` and say True, or say False when it is the same story as an earlier body."""
        shingles = shingle_hashes(text)
        shared: dict[int, int] = {}
        for shingle in shingles:
            for other in self.holders.get(shingle, ()):
                shared[other] = shared.get(other, 0) + 1
        if any(n / (len(shingles) + self.sizes[other] - n) >= THRESHOLD for other, n in shared.items()):
            return False
        for shingle in shingles:
            self.holders.setdefault(shingle, []).append(len(self.sizes))
        self.sizes.append(len(shingles))
        return True


def originals(found: Iterable[Page]) -> tuple[list[Original], dict[str, int]]:
    """The articles of ``found`` a reader could look for, with their language; and what was left out."""
    kept: list[Original] = []
    seen = Distinct()
    left = {"no_article_or_short": 0, "same_story": 0}
    for page in found:
        article = _article(page)
        if article is None:
            left["no_article_or_short"] += 1
        elif not seen.add(article.text):
            left["same_story"] += 1
        else:
            kept.append((article, identify(f"{article.title}\n{article.text}")[0] or "und", ()))
    return kept, left


def run(settings: Any, every: int = 1, limit: int | None = None, background: int = 300, keep: bool = False,
        misses: bool = False, positions: tuple[float, ...] = POSITIONS) -> dict[str, Any]:
    """Extract the pages, keep the first ``limit`` articles, index them with distractors and ask every query."""
    found, left = originals(pages(every))
    report = evaluate(settings, background, keep=keep, misses=misses, found=found[:limit], tag="real",
                      positions=positions)
    return {"pages": len(found) + sum(left.values()), "left_out": left, **report}


def main(argv: Sequence[str] | None = None) -> int:
    from pipeline.settings import load_settings

    parser = argparse.ArgumentParser(prog="python -m bench.search_real", description=__doc__.split("\n")[0])
    parser.add_argument("--every", type=int, default=1, help="htmldate pages: every n-th only (default all)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles")
    parser.add_argument("--background", type=int, default=300, help="synthetic background articles")
    parser.add_argument("--keep", action="store_true", help="keep the scratch index")
    parser.add_argument("--misses", action="store_true", help="list the queries not in the top 3")
    args = parser.parse_args(argv)
    report = run(load_settings(), args.every, args.limit, args.background, args.keep, args.misses)
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()
    if args.every == 1 and args.limit is None:
        OUT.write_text(json.dumps({k: v for k, v in report.items() if k not in ("misses", "more_duplicates")}, indent=2,
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
