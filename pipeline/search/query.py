"""Full-text search over the read alias. User text goes in as a query string value, never as JSON.

The text is a ``simple_query_string`` (never a parse error; ``"phrases"``, ``-not``, ``a | b``, ``pre*``).
A second, operator-free clause on the same words is a filter, so a document must contain at least one
word the user typed: ``-x``, ``*`` or ``a | -b`` cannot widen a search to everything.
"""

from __future__ import annotations

import re
from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.search import facets
from pipeline.search.exceptions import SearchError
from pipeline.search.filters import SearchFilters, filter_clauses, sort_clause
from pipeline.settings import ElasticsearchSettings

SEARCH_FIELDS = ["title^3", "description^2", "text", "persons^2", "organizations^2", "places^2", "keywords"]
SUMMARY_FIELDS = ["id", "url", "title", "source", "published_at", "fetched_at", "language", "hostname",
                  "countries", "persons", "story_id", "indexed_at"]
FLAGS = "AND|OR|NOT|PHRASE|PRECEDENCE|PREFIX|ESCAPE|WHITESPACE"
MAX_QUERY_CHARS = 1000
HIGHLIGHT = {
    "pre_tags": ["<<"],
    "post_tags": [">>"],
    "encoder": "default",
    "fields": {"text": {"fragment_size": 180, "number_of_fragments": 2}, "title": {"number_of_fragments": 0}},
}


def clean_text(text: str) -> str:
    """The query text, or a :class:`SearchError` saying why it cannot be searched."""
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(f"query is {len(text)} characters long; the limit is {MAX_QUERY_CHARS}")
    text = re.sub(r"(?<!\w)\*", " ", text)  # a bare * would be a prefix query on nothing: match all
    if text.strip() and not re.search(r"\w", text):
        raise SearchError("query has no words to search for (only punctuation/operators)")
    return text.strip()


def _text_clauses(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    common = {"query": text, "fields": SEARCH_FIELDS, "lenient": True}
    must = {"simple_query_string": {**common, "default_operator": "and", "flags": FLAGS}}
    guard = {"simple_query_string": {**common, "default_operator": "or", "flags": "NONE"}}
    return [must], [guard]


def build_query(
    text: str, limit: int, filters: SearchFilters | None = None, facet_size: int = 10
) -> dict[str, Any]:
    filters = filters or SearchFilters()
    text = clean_text(text)
    if not text and filters.empty:
        raise SearchError("empty query: give search words, a filter (--story, --person, ...) or both")
    must, guard = _text_clauses(text) if text else ([], [])
    body: dict[str, Any] = {
        "query": {"bool": {"must": must or [{"match_all": {}}], "filter": guard + filter_clauses(filters)}},
        "size": limit,
        "_source": SUMMARY_FIELDS,
        "highlight": HIGHLIGHT,
        "track_total_hits": True,
        "aggs": facets.aggregations(facet_size),
    }
    if must:  # highlight what the user asked for, not the guard's negated words
        body["highlight"] = {**HIGHLIGHT, "highlight_query": must[0]}
    sort = sort_clause(filters, bool(text))
    if sort:
        body["sort"] = sort
    return body


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
        "fetched_at": source.get("fetched_at"),
        "language": source.get("language"),
        "score": raw.get("_score"),
        "snippet": snippet,
        "hostname": source.get("hostname"),
        "countries": source.get("countries", []),
        "persons": source.get("persons", []),
        "story_id": source.get("story_id"),
        "indexed_at": source.get("indexed_at"),
    }


def run_search(
    client: Elasticsearch, es: ElasticsearchSettings, text: str, limit: int = 10,
    filters: SearchFilters | None = None, facet_size: int = 10,
) -> dict[str, Any]:
    if not 1 <= limit <= 1000:
        raise SearchError(f"limit must be between 1 and 1000, got {limit}")
    body = build_query(text, limit, filters, facet_size)
    try:
        response = client.search(index=es.read_alias, **body)
    except ApiError as exc:
        if exc.meta.status in (401, 403):
            raise  # credentials: the CLI names the setting to fix
        if exc.meta.status == 404:
            raise SearchError(f"no index behind the read alias {es.read_alias}; run `newsline setup`") from None
        raise SearchError(f"search failed: {exc.message} (status {exc.meta.status})") from None
    return {
        "total": response["hits"]["total"]["value"],
        "hits": [_hit(raw) for raw in response["hits"]["hits"]],
        "facets": facets.parse(response.get("aggregations", {})),
    }
