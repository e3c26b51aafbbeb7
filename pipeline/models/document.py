"""Fields set at indexing for search: the article's ``lead`` and its ``story_key``.

``lead`` is the first paragraphs of the text up to ``LEAD_WORDS`` words (cut inside a paragraph if the first
is longer), searched with a higher weight than the body. ``story_key`` is the story cluster id, or the
article's own id when it has none, so collapsing by story never lumps unclustered articles together.
Both are computed by the index worker (``EnrichedArticle.to_document``) and by migration copies.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from typing import Any

LEAD_WORDS = 60


def lead(text: str, words: int = LEAD_WORDS) -> str:
    """The first paragraphs of ``text`` while they fit in ``words`` words (at least the start of the first)."""
    kept: list[str] = []
    count = 0
    for paragraph in (p.strip() for p in re.split(r"\n\s*\n|\n", text or "")):
        if not paragraph:
            continue
        size = len(paragraph.split())
        if count + size > words:
            if not kept:
                kept.append(" ".join(paragraph.split()[:words]))
            break
        kept.append(paragraph)
        count += size
    return "\n\n".join(kept)


def story_key(doc: MutableMapping[str, Any]) -> str:
    return str(doc.get("story_id") or doc.get("id") or "")


def add_search_fields(doc: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """Set ``lead`` and ``story_key`` on a document (in place, also returned); idempotent."""
    doc["lead"] = lead(str(doc.get("text") or ""))
    doc["story_key"] = story_key(doc)
    return doc
