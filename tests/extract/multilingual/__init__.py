"""The multilingual labelled set: article pages in several languages with hand-written expected values.

``pages/<lang>-<nn>.html.gz`` is the page as a publisher serves it, ``expected/<lang>-<nn>.json`` what an editor
records of it (headline, raw page title, times, authors, agencies, salient entities and quotes). The labels were
written by hand before any extractor ran on the pages; README.md says how the set was made and what each field means.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
PAGES = HERE / "pages"
EXPECTED = HERE / "expected"


@dataclass(frozen=True)
class Case:
    name: str
    language: str
    html: bytes
    expected: dict[str, Any]


def load_cases() -> list[Case]:
    """Every page with its expected values, sorted by name; a page without its JSON (or the reverse) is an error."""
    pages = {p.name.removesuffix(".html.gz"): p for p in PAGES.glob("*.html.gz")}
    labels = {p.stem: p for p in EXPECTED.glob("*.json")}
    if pages.keys() != labels.keys():
        missing = sorted(pages.keys() ^ labels.keys())
        raise ValueError(f"pages and expected values do not pair up: {missing}")
    cases = []
    for name in sorted(pages):
        expected = json.loads(labels[name].read_text(encoding="utf-8"))
        cases.append(Case(name, expected["language"], gzip.decompress(pages[name].read_bytes()), expected))
    return cases
