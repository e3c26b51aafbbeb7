"""The Elasticsearch documents newsline writes, built from an :class:`EnrichedArticle`: one home.

- :func:`article_document`: the article index document: article fields at top level, enrichment fields and
  entity facets, the revision history, ``indexed_at``, Kibana's time field ``published_or_fetched_at``, and the
  fields set for search (:func:`add_search_fields`).
- :func:`revision_document`: the revisions index document ``<article id>:<revision>`` with its external version.

``lead`` is the first paragraphs of the text up to ``LEAD_WORDS`` words (cut inside a paragraph if the first
is longer), searched with a higher weight than the body. ``story_key`` is the story cluster id, or the
article's own id when it has none, so collapsing by story never lumps unclustered articles together.
Both are set by the sink (:mod:`pipeline.index.sink`) and by migration copies (:mod:`pipeline.index.copy`).
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from datetime import datetime, timedelta
from typing import Any

from pipeline.models import EnrichedArticle
from pipeline.models.article import current_revision, revision_history
from pipeline.models.enriched import ENRICHMENT_FIELDS, FACETS
from pipeline.models.record import EPOCH
from pipeline.settings import Settings

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


def article_document(enriched: EnrichedArticle, indexed_at: datetime) -> dict[str, Any]:
    """The article index document: article fields at top level plus enrichment fields and facets."""
    article = enriched.article
    doc = article.model_dump(mode="json")
    enrichment = enriched.enrichment.model_dump(mode="json")
    doc["language"] = enrichment["language"]["code"] or doc.get("language")
    doc["language_hint"] = article.language
    doc["language_confidence"] = enrichment["language"]["confidence"]
    doc.update({name: enrichment[name] for name in ENRICHMENT_FIELDS})
    doc.update({facet: enriched.enrichment.names(kind) for facet, kind in FACETS.items()})
    doc["entities"] = enrichment["entities"]
    doc["enrichment"] = {
        "provenance": enrichment["provenance"],
        "skipped": enrichment["skipped"],
        "enriched_at": enrichment["enriched_at"],
    }
    doc["revisions"] = [r.model_dump(mode="json") for r in revision_history(article)]
    doc["indexed_at"] = indexed_at.isoformat()
    doc["published_or_fetched_at"] = doc.get("published_at") or doc["fetched_at"]  # Kibana's time field
    add_search_fields(doc)  # lead, story_key
    return doc


def micros(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(microseconds=1)


def revisions_alias(settings: Settings) -> str:
    """The alias every revision document is written through (``<index_prefix>-<revisions.index_suffix>``)."""
    return f"{settings.elasticsearch.index_prefix}-{settings.revisions.index_suffix}"


def revision_document(enriched: EnrichedArticle, indexed_at: datetime) -> tuple[str, dict[str, Any], int]:
    """``(doc id, body, external version)`` of the revision an enriched article carries."""
    article = enriched.article
    info = current_revision(article)
    body = {
        "article_id": article.id, "revision": info.revision, "fetched_at": info.fetched_at.isoformat(),
        "content_sha256": info.content_sha256, "title": article.title, "text": article.text,
        "url": info.url or article.url, "canonical_url": article.canonical_url, "source": article.source,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "indexed_at": indexed_at.isoformat(),
    }
    return f"{article.id}:{info.revision}", body, micros(info.fetched_at)
