"""Full-text search over the read alias. User text goes in as a query string value, never as JSON.

Results are one hit per story unless ``SearchOptions.collapse`` is off (:mod:`pipeline.search.collapse`
says which count is which); ranking and the hybrid order are in :mod:`pipeline.search.ranking`.

The text is a ``simple_query_string`` (never a parse error; ``"phrases"``, ``-not``, ``a | b``, ``pre*``).
A second, operator-free clause on the same words is a filter, so a document must contain at least one
word the user typed: ``-x``, ``*`` or ``a | -b`` cannot widen a search to everything. A passage a reader
remembers ranks by its words' proximity and survives one wrong word (:mod:`pipeline.search.proximity`).
"""

from __future__ import annotations

import re
from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.search import collapse, facets, proximity
from pipeline.search.exceptions import SearchError
from pipeline.search.filters import SearchFilters, filter_clauses, sort_clause
from pipeline.search.options import MAX_WINDOW, SearchOptions
from pipeline.search.ranking import SEARCH_FIELDS, hybrid
from pipeline.settings import ElasticsearchSettings

SUMMARY_FIELDS = ["id", "url", "title", "source", "published_at", "fetched_at", "language", "hostname",
                  "countries", "persons", "story_id", "story_key", "indexed_at", "quotes"]
FLAGS = "AND|OR|NOT|PHRASE|PRECEDENCE|PREFIX|ESCAPE|WHITESPACE"
MAX_QUERY_CHARS = 1000
HIGHLIGHT = {
    "pre_tags": ["<<"],
    "post_tags": [">>"],
    "encoder": "default",
    "fields": {"text": {"fragment_size": 180, "number_of_fragments": 2}, "title": {"number_of_fragments": 0}},
}
__all__ = ["SEARCH_FIELDS", "SUMMARY_FIELDS", "build_query", "clean_text", "query_parts", "run_search", "summary"]


def clean_text(text: str) -> str:
    """The query text, or a :class:`SearchError` saying why it cannot be searched."""
    if len(text) > MAX_QUERY_CHARS:
        raise SearchError(f"query is {len(text)} characters long; the limit is {MAX_QUERY_CHARS}")
    text = re.sub(r"(?<!\w)\*", " ", text)  # a bare * would be a prefix query on nothing: match all
    if text.strip() and not re.search(r"\w", text):
        raise SearchError("query has no words to search for (only punctuation/operators)")
    return text.strip()


def _text_clauses(text: str, recall: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    common = {"query": text, "fields": SEARCH_FIELDS, "lenient": True}
    every = {"simple_query_string": {**common, "default_operator": "and", "flags": FLAGS}}
    guard = [{"simple_query_string": {**common, "default_operator": "or", "flags": "NONE"}}]
    if not (recall and proximity.remembered(text)):
        return [every], guard
    # plain words only: "or" cannot turn a -x into "anything but x"; a document without one of the words
    # must hold the passage's order, so a reprint that has the words scattered does not come back
    words = {"default_operator": "or", "minimum_should_match": proximity.REMEMBERED, "flags": FLAGS}
    kept = {"bool": {"should": [every, proximity.order_kept(text)], "minimum_should_match": 1}}
    return [{"simple_query_string": {**common, **words}}], [*guard, kept]


def query_parts(text: str, filters: SearchFilters, recall: bool = False) -> tuple[dict[str, Any], dict[str, Any]]:
    """The bool query for cleaned ``text`` under ``filters``, and the highlight that shows its words.

    With ``recall`` (searches, not watchlists) a remembered passage may miss a word and the words' proximity
    ranks (:mod:`pipeline.search.proximity`); either way every other word the user typed is required.
    """
    must, guard = _text_clauses(text, recall) if text else ([], [])
    query: dict[str, Any] = {"bool": {"must": must or [{"match_all": {}}], "filter": guard + filter_clauses(filters)}}
    near = proximity.proximity_clause(text) if recall and proximity.plain(text) else None
    if near:
        query["bool"]["should"] = [near]
    highlight = {**HIGHLIGHT, "highlight_query": must[0]} if must else HIGHLIGHT  # not the guard's negated words
    return query, highlight


def build_query(
    text: str, limit: int, filters: SearchFilters | None = None, facet_size: int = 10,
    options: SearchOptions | None = None,
) -> dict[str, Any]:
    filters = filters or SearchFilters()
    options = options or SearchOptions(collapse=False)
    text = clean_text(text)
    if not text and filters.empty:
        raise SearchError("empty query: give search words, a filter (--story, --person, ...) or both")
    if options.offset + limit > MAX_WINDOW:
        raise SearchError(f"offset + limit must stay within {MAX_WINDOW}")
    query, highlight = query_parts(text, filters, recall=True)
    if filters.sort == "hybrid" and text:
        query = hybrid(query, options.half_life, options.hybrid_floor)
    body: dict[str, Any] = {
        "query": query,
        "size": limit,
        "_source": SUMMARY_FIELDS,
        "highlight": highlight,
        "track_total_hits": True,
        "aggs": {**facets.aggregations(facet_size), "stories": collapse.stories_agg()},
    }
    if options.offset:
        body["from"] = options.offset
    if options.collapse and not filters.stories:  # --story lists the members themselves
        body["collapse"] = collapse.collapse_clause(SUMMARY_FIELDS, highlight, options.copies_sources,
                                                    options.first_seen)
    sort = sort_clause(filters, bool(text))
    if sort:
        body["sort"] = sort
    return body


def _quotes_by(source: dict[str, Any], speakers: tuple[str, ...]) -> list[dict[str, Any]]:
    wanted = {s.strip().casefold() for s in speakers}
    return [q for q in source.get("quotes") or () if (q.get("speaker") or "").casefold() in wanted]


def _hit(raw: dict[str, Any], collapsed: bool = False, first_seen: bool = False,
         speakers: tuple[str, ...] = ()) -> dict[str, Any]:
    shown = collapse.first_member(raw) if first_seen else raw
    hit = summary(shown, speakers)
    if first_seen:
        hit["score"] = raw.get("_score")  # the story's rank comes from its best match
    if collapsed:
        hit["copies"], hit["sources"] = collapse.members(raw)
    return hit


def summary(raw: dict[str, Any], speakers: tuple[str, ...] = ()) -> dict[str, Any]:
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
        "story_key": source.get("story_key"),
        "indexed_at": source.get("indexed_at"),
        "quotes": _quotes_by(source, speakers),  # the quotes of the --speaker persons
    }


def run_search(
    client: Elasticsearch, es: ElasticsearchSettings, text: str, limit: int = 10,
    filters: SearchFilters | None = None, facet_size: int = 10, options: SearchOptions | None = None,
) -> dict[str, Any]:
    if not 1 <= limit <= 1000:
        raise SearchError(f"limit must be between 1 and 1000, got {limit}")
    options = options or SearchOptions(collapse=False)
    body = build_query(text, limit, filters, facet_size, options)
    try:
        response = client.search(index=es.read_alias, **body)
    except ApiError as exc:
        if exc.meta.status in (401, 403):
            raise  # credentials: the CLI names the setting to fix
        if exc.meta.status == 404:
            raise SearchError(f"no index behind the read alias {es.read_alias}; run `newsline setup`") from None
        raise SearchError(f"search failed: {exc.message} (status {exc.meta.status})") from None
    collapsed = "collapse" in body
    aggs = response.get("aggregations", {})
    speakers = filters.speakers if filters else ()
    return {
        "total": response["hits"]["total"]["value"],
        "total_stories": int(aggs.get("stories", {}).get("value", 0)),
        "collapsed": collapsed,
        "offset": options.offset,
        "hits": [_hit(raw, collapsed, options.first_seen and collapsed, speakers) for raw in response["hits"]["hits"]],
        "facets": facets.parse(aggs),
    }
