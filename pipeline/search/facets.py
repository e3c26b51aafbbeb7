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
}


def aggregations(size: int) -> dict[str, Any]:
    return {name: {"terms": {"field": field, "size": size}} for name, field in FACETS.items()}


def parse(aggs: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """``{"persons": [{"value": "Hakan Fidan", "count": 1}, ...], ...}``."""
    return {
        name: [{"value": bucket["key"], "count": bucket["doc_count"]} for bucket in aggs.get(name, {}).get("buckets", [])]
        for name in FACETS
    }
