"""Golden-page harness: load a gzipped page, extract it as the pipeline does, score the body text."""

from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path
from typing import Any

from pipeline.extract import ExtractionError, extract_html
from pipeline.fetch.charset import decode

HERE = Path(__file__).parent
PAGES = HERE / "pages"
GOLD = HERE / "gold"
EXPECTED = HERE / "expected"
URL = "https://news.example.org/{name}"
TOKEN = re.compile(r"\w+", re.UNICODE)
F1_FLOOR_PAGE = 0.90  # every article page
F1_FLOOR_MEAN = 0.95  # over all article pages


def names() -> list[str]:
    return sorted(p.name.removesuffix(".html.gz") for p in PAGES.glob("*.html.gz"))


def html_of(name: str) -> str:
    return decode(gzip.decompress((PAGES / f"{name}.html.gz").read_bytes()))


def gold_text(name: str) -> str:
    return (GOLD / f"{name}.txt").read_text(encoding="utf-8")


def f1(candidate: str, reference: str) -> float:
    """Bag-of-tokens F1 (case-folded), the usual measure for main-text extraction."""
    got, want = Counter(TOKEN.findall(candidate.casefold())), Counter(TOKEN.findall(reference.casefold()))
    overlap = sum((got & want).values())
    if not got or not want or not overlap:
        return 1.0 if not got and not want else 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def extract_fields(name: str) -> dict[str, Any]:
    """What the pipeline's extractor makes of the page: metadata fields, or the skip reason."""
    try:
        page = extract_html(html_of(name), url=URL.format(name=name))
    except ExtractionError as exc:
        return {"skipped": exc.reason}
    return {
        "title": page.title,
        "authors": list(page.authors),
        "author_organizations": list(page.author_organizations),
        "page_title": page.page_title,
        "published_at": page.published_at.isoformat() if page.published_at else None,
        "sitename": page.sitename,
        "categories": list(page.categories),
        "tags": list(page.tags),
        "image": page.image,
        "language": page.language,
        "description": page.description,
        "text_chars": len(page.text),
        "text": page.text,
    }
