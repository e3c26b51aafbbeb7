"""The event store in one Elasticsearch index shared by every enrich worker (``<prefix>-events``).

One document per linked article (``_id``: the article id) with its vector, time, keys, event and evidence.
``nearest`` is an approximate kNN search (HNSW, cosine) filtered to the time window; the cosine used for the
decision is recomputed from the stored vector (the index quantises its copy). Reads of members are one
realtime ``mget``; writes one ``bulk`` of ``create`` actions refreshed before it returns (``wait_for``), so
the next batch's kNN sees them; a replay's creates conflict and change nothing. ``story_members`` is one
search collapsed on ``story_id`` (earliest member of each story).
Errors (through :mod:`pipeline.index.store_index`): connection, timeout, 429 and 5xx are ``EventStoreBusy``;
401/403, TLS and a missing index are ``MisconfiguredError``; anything else refused is ``EventStoreError``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.enrich.events.exceptions import EventStoreBusy, EventStoreError
from pipeline.enrich.events.store import RETRY_S, EventMember, EventStore, cosine
from pipeline.index.store_index import IndexBacked, StoreIndex

log = logging.getLogger(__name__)

DEFINITION = "events-index"  # config/elasticsearch/events-index.json
NUM_CANDIDATES_FACTOR = 10
MAX_NUM_CANDIDATES = 1000


def _member(source: dict[str, Any]) -> EventMember:
    return EventMember(source["article_id"], source["event_id"], source["at"], tuple(source["vector"]),
                       frozenset(source.get("keys") or ()), source.get("language"), source.get("evidence") or {},
                       source.get("story_id"))


def _body(member: EventMember) -> dict[str, Any]:
    return {"article_id": member.article_id, "event_id": member.event_id, "at": member.at,
            "language": member.language, "vector": list(member.vector), "keys": sorted(member.keys),
            "evidence": member.evidence, "story_id": member.story_id}


class ElasticsearchEventStore(IndexBacked, EventStore):
    def __init__(self, client: Elasticsearch, index: str, retry_s: float = RETRY_S) -> None:
        self.retry_s = retry_s
        self.store = StoreIndex(client, index, "event index", DEFINITION, EventStoreBusy, EventStoreError)

    def members(self, article_ids: Sequence[str]) -> dict[str, EventMember]:
        return {doc_id: _member(source) for doc_id, source in self.store.mget(article_ids).items()}

    def story_members(self, story_ids: Sequence[str]) -> dict[str, EventMember]:
        if not story_ids:
            return {}
        with self.store.calls():
            hits = self.es.search(index=self.index, size=len(story_ids), query={"terms": {"story_id": list(story_ids)}},
                                  collapse={"field": "story_id"}, sort=[{"at": "asc"}, {"article_id": "asc"}],
                                  source={"exclude_vectors": False})["hits"]["hits"]
        members = [_member(h["_source"]) for h in hits]
        return {m.story_id: m for m in members if m.story_id}

    def nearest(self, vector: Sequence[float], since: str, until: str, k: int) -> list[tuple[EventMember, float]]:
        knn = {"field": "vector", "query_vector": list(vector), "k": k,
               "num_candidates": min(MAX_NUM_CANDIDATES, k * NUM_CANDIDATES_FACTOR),
               "filter": {"range": {"at": {"gte": since, "lte": until}}}}
        with self.store.calls():
            hits = self.es.search(index=self.index, knn=knn, size=k, source={"exclude_vectors": False})["hits"]["hits"]
        members = [_member(h["_source"]) for h in hits]
        return sorted(((m, cosine(vector, m.vector)) for m in members), key=lambda s: (-s[1], s[0].article_id))

    def write(self, members: Sequence[EventMember]) -> None:
        operations: list[dict[str, Any]] = []
        for member in members:
            operations += [{"create": {"_id": member.article_id}}, _body(member)]
        with self.store.calls():
            items = self.es.bulk(index=self.index, operations=operations, refresh="wait_for")["items"]
        for item in items:
            (_action, result), = item.items()
            status = result.get("status", 0)
            if status >= 300 and status != 409:
                raise self.store.classify(status, result.get("error"))  # the linking is retried whole

    def event(self, event_id: str) -> list[EventMember]:
        with self.store.calls():
            self.es.indices.refresh(index=self.index)
            hits = self.es.search(index=self.index, size=1000, query={"term": {"event_id": event_id}},
                                  sort=[{"at": "asc"}, {"article_id": "asc"}])["hits"]["hits"]
        return [_member(h["_source"]) for h in hits]
