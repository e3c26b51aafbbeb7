"""Full-text search over the read alias. User text goes in as a query string value, never as JSON."""

from __future__ import annotations

from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.search.exceptions import SearchError
from pipeline.settings import ElasticsearchSettings

SEARCH_FIELDS = ["title^3", "description^2", "text"]
SUMMARY_FIELDS = ["id", "url", "title", "source", "published_at", "language", "hostname"]


def build_query(text: str, limit: int) -> dict[str, Any]:
    return {
        "query": {
            "simple_query_string": {
                "query": text,
                "fields": SEARCH_FIELDS,
                "default_operator": "and",
                "lenient": True,
            }
        },
        "size": limit,
        "_source": SUMMARY_FIELDS,
        "highlight": {
            "pre_tags": ["<<"],
            "post_tags": [">>"],
            "fields": {"text": {"fragment_size": 180, "number_of_fragments": 2}, "title": {"number_of_fragments": 0}},
        },
        "track_total_hits": True,
    }


def _hit(raw: dict[str, Any]) -> dict[str, Any]:
    source = raw.get("_source", {})
    highlight = raw.get("highlight", {})
    snippet = " … ".join(highlight.get("text", [])) or (highlight.get("title") or [""])[0]
    return {
        "id": raw["_id"],
        "url": source.get("url"),
        "title": source.get("title"),
        "source": source.get("source"),
        "published_at": source.get("published_at"),
        "language": source.get("language"),
        "score": raw.get("_score"),
        "snippet": snippet,
        "hostname": source.get("hostname"),
    }


def run_search(client: Elasticsearch, es: ElasticsearchSettings, text: str, limit: int = 10) -> dict[str, Any]:
    if not text.strip():
        raise SearchError("empty query")
    if not 1 <= limit <= 1000:
        raise SearchError(f"limit must be between 1 and 1000, got {limit}")
    try:
        response = client.search(index=es.read_alias, **build_query(text, limit))
    except ApiError as exc:
        raise SearchError(f"search failed: {exc.message} (status {exc.meta.status})") from None
    return {
        "total": response["hits"]["total"]["value"],
        "hits": [_hit(raw) for raw in response["hits"]["hits"]],
    }
