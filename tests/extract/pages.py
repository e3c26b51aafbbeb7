"""Small hand-made pages for the metadata rules' unit tests."""

from __future__ import annotations

import json
from typing import Any

from pipeline.extract.page import Page, parse_html

BODY = "".join(f"<p>Sentence {i} of an article long enough for trafilatura to keep as the main text.</p>"
               for i in range(8))


def html(head: str = "", body: str = "", jsonld: Any = None, title: str | None = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>' if jsonld is not None else ""
    title_tag = f"<title>{title}</title>" if title is not None else ""
    return f"<html><head>{title_tag}{head}{script}</head><body>{body}</body></html>"


def meta(tags: dict[str, str]) -> str:
    out = []
    for name, value in tags.items():
        attr = "property" if name.startswith(("og:", "article:")) else "name"
        out.append(f'<meta {attr}="{name}" content="{value}">')
    return "".join(out)


def page(text: str, url: str | None = "https://www.example.de/politik/story") -> Page:
    return Page.of(parse_html(text), url)
