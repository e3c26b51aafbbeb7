"""``newsline similar``: related coverage that is not the same story.

One query, core Elasticsearch only: ``more_like_this`` on the article's title, lead and text (its
distinctive terms) plus boosts for sharing its people, organisations, places and keywords; the article's
own story (``story_key``) is excluded, and the hits are collapsed by story, so each related story appears
once, by its most similar member.
"""

from __future__ import annotations

from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.search import collapse
from pipeline.search.exceptions import NotFoundError, SearchError
from pipeline.search.lookup import document_id
from pipeline.search.query import SUMMARY_FIELDS, summary
from pipeline.settings import ElasticsearchSettings

MLT_FIELDS = ["title", "lead", "text"]
SHARED = {"persons.keyword": 2.0, "organizations.keyword": 1.5, "places.keyword": 1.0, "keywords.keyword": 1.0}
MAX_SHARED = 20


def _shared_clauses(doc: dict[str, Any]) -> list[dict[str, Any]]:
    clauses = []
    for field, boost in SHARED.items():
        values = [v for v in doc.get(field.split(".")[0]) or [] if isinstance(v, str)][:MAX_SHARED]
        if values:
            clauses.append({"terms": {field: values, "boost": boost}})
    return clauses


def similar_query(index: str, doc_id: str, doc: dict[str, Any], limit: int) -> dict[str, Any]:
    mlt = {"more_like_this": {"fields": MLT_FIELDS, "like": [{"_index": index, "_id": doc_id}],
                              "min_term_freq": 1, "min_doc_freq": 1, "max_query_terms": 40,
                              "minimum_should_match": "20%", "boost": 1.0}}
    story = doc.get("story_key") or doc.get("story_id") or doc_id
    exclude = [{"term": {"story_key": story}}, {"term": {"story_id": story}}, {"ids": {"values": [doc_id]}}]
    return {
        "query": {"bool": {"should": [mlt, *_shared_clauses(doc)], "minimum_should_match": 1,
                           "must_not": exclude}},
        "size": limit,
        "_source": SUMMARY_FIELDS + ["keywords", "organizations", "places"],
        "collapse": collapse.collapse_clause(SUMMARY_FIELDS, {}, 5, first_seen=False),
    }


def _shared(doc: dict[str, Any], hit: dict[str, Any]) -> dict[str, list[str]]:
    out = {}
    for field in ("persons", "organizations", "places", "keywords"):
        mine = {v.lower() for v in doc.get(field) or []}
        common = [v for v in hit.get(field) or [] if v.lower() in mine]
        if common:
            out[field] = common
    return out


def similar(client: Elasticsearch, es: ElasticsearchSettings, id_or_url: str, limit: int = 10) -> dict[str, Any]:
    if not 1 <= limit <= 100:
        raise SearchError(f"limit must be between 1 and 100, got {limit}")
    doc_id = document_id(id_or_url)
    found = client.search(index=es.read_alias, query={"ids": {"values": [doc_id]}}, size=1)["hits"]["hits"]
    if not found:
        raise NotFoundError(f"no document with id {doc_id} (from {id_or_url!r})")
    doc, index = found[0]["_source"], found[0]["_index"]
    try:
        response = client.search(index=es.read_alias, **similar_query(index, doc_id, doc, limit))
    except ApiError as exc:
        raise SearchError(f"similar failed: {exc.message} (status {exc.meta.status})") from None
    hits = []
    for raw in response["hits"]["hits"]:
        hit = summary(raw)
        hit["copies"], hit["sources"] = collapse.members(raw)
        hit["shared"] = _shared(doc, raw.get("_source", {}))
        hits.append(hit)
    return {"id": doc_id, "title": doc.get("title"), "story_key": doc.get("story_key") or doc.get("story_id"),
            "hits": hits}
