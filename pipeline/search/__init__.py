"""Searching and reading indexed articles."""

from __future__ import annotations

from typing import Any

from pipeline.index.client import make_client
from pipeline.search.events import event_stories, why_event
from pipeline.search.exceptions import NotFoundError, SearchError
from pipeline.search.filters import SearchFilters
from pipeline.search.lookup import count, document_id, show
from pipeline.search.options import SearchOptions
from pipeline.search.query import build_query, run_search
from pipeline.settings import Settings


def search(
    settings: Settings, text: str, limit: int = 10, filters: SearchFilters | None = None, facet_size: int = 10,
    options: SearchOptions | None = None,
) -> dict[str, Any]:
    """Top ``limit`` hits for ``text`` under ``filters``: ``{"total": N, "total_stories": S, "hits": [...],
    "facets": {...}}``; one hit per story unless ``options.collapse`` is off."""
    options = options or SearchOptions.from_settings(settings.search)
    with make_client(settings.elasticsearch) as client:
        return run_search(client, settings.elasticsearch, text, limit, filters, facet_size, options)


def similar_to(settings: Settings, id_or_url: str, limit: int = 10) -> dict[str, Any]:
    from pipeline.search.similar import similar

    with make_client(settings.elasticsearch) as client:
        return similar(client, settings.elasticsearch, id_or_url, limit)


def show_document(settings: Settings, id_or_url: str, with_event: bool = False) -> dict[str, Any]:
    """The stored document (its embedding left out); ``with_event``: plus ``event``, the stories of its event
    by language (:func:`pipeline.search.events.event_stories`)."""
    with make_client(settings.elasticsearch) as client:
        doc = show(client, settings.elasticsearch, id_or_url)
        doc.pop("embedding", None)
        if with_event and doc.get("event_id"):
            doc["event"] = event_stories(client, settings.elasticsearch, doc["event_id"])
        return doc


def count_documents(settings: Settings) -> int:
    with make_client(settings.elasticsearch) as client:
        return count(client, settings.elasticsearch)


__all__ = [
    "NotFoundError", "SearchError", "SearchFilters", "SearchOptions", "build_query", "count", "count_documents",
    "document_id", "event_stories", "run_search", "search", "show", "show_document", "similar_to", "why_event",
]
