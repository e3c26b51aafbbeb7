"""Facet counts (terms aggregations) returned beside the hits."""

from __future__ import annotations

from typing import Any

# facet name -> field
FACETS: dict[str, str] = {
    "sources": "source",
    "languages": "language",
    "countries": "countries",
    "persons": "persons.keyword",
    "organizations": "organizations.keyword",
    "places": "places.keyword",
    "events": "event_id",  # cross-language events (enrich.events): articles and stories per event
}


def aggregations(size: int) -> dict[str, Any]:
    """Terms per facet, each bucket with the number of distinct stories (``story_key``) behind its articles."""
    stories = {"stories": {"cardinality": {"field": "story_key"}}}
    return {name: {"terms": {"field": field, "size": size}, "aggs": stories} for name, field in FACETS.items()}


def parse(aggs: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """``{"persons": [{"value": "Hakan Fidan", "count": 3, "stories": 1}, ...], ...}``: articles and stories."""
    return {
        name: [{"value": b["key"], "count": b["doc_count"], "stories": int(b.get("stories", {}).get("value", 0))}
               for b in aggs.get(name, {}).get("buckets", [])]
        for name in FACETS
    }
