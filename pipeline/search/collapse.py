"""One hit per story: Elasticsearch ``collapse`` on ``story_key`` with ``inner_hits`` for the other copies.

The hits are stories, each shown by its best-matching member (or its earliest with ``first_seen``), with
``copies`` (how many other members match the same query) and ``sources`` (the distinct sources of the
members read, earliest first, at most ``SearchOptions.copies_sources`` members). Counts in a result:

- ``total``: matching articles (every copy counted), exact;
- ``total_stories``: distinct stories among them (``cardinality`` on ``story_key``: exact up to 40,000
  stories, approximate beyond), the number of collapsed hits there are to page through;
- facet ``count``: articles per value; facet ``stories``: stories per value.

Paging (``offset``) walks stories when collapsed and articles otherwise.
"""

from __future__ import annotations

from typing import Any

FIELD = "story_key"
PRECISION = 40_000
COPY_FIELDS = ["id", "source", "url", "published_or_fetched_at"]


def collapse_clause(
    summary_fields: list[str], highlight: dict[str, Any], copies: int, first_seen: bool
) -> dict[str, Any]:
    earliest = [{"published_or_fetched_at": {"order": "asc", "missing": "_last"}}, {"id": "asc"}]
    inner: list[dict[str, Any]] = [{"name": "copies", "size": copies, "_source": COPY_FIELDS, "sort": earliest}]
    if first_seen:
        inner.append({"name": "first", "size": 1, "_source": summary_fields, "sort": earliest,
                      "highlight": highlight})
    return {"field": FIELD, "inner_hits": inner}


def stories_agg() -> dict[str, Any]:
    return {"cardinality": {"field": FIELD, "precision_threshold": PRECISION}}


def members(raw: dict[str, Any]) -> tuple[int, list[str]]:
    """(other copies matching, distinct sources earliest first) of a collapsed hit."""
    inner = raw.get("inner_hits", {}).get("copies", {}).get("hits", {})
    total = int(inner.get("total", {}).get("value", 1))
    sources = [h.get("_source", {}).get("source") for h in inner.get("hits", [])]
    return max(total - 1, 0), [s for s in dict.fromkeys(sources) if s]


def first_member(raw: dict[str, Any]) -> dict[str, Any]:
    """The earliest member's raw hit (``first_seen``), else the hit itself."""
    first = raw.get("inner_hits", {}).get("first", {}).get("hits", {}).get("hits", [])
    return dict(first[0]) if first else raw
