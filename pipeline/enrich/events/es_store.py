"""The event store in one Elasticsearch index shared by every enrich worker (``<prefix>-events``).

One document per linked article (``_id``: the article id) with its vector, time, keys, event and evidence.
``nearest`` is an approximate kNN search (HNSW, cosine) filtered to the time window; the cosine used for the
decision is recomputed from the stored vector (the index quantises its copy). Reads of members are one
realtime ``mget``; writes one ``bulk`` of ``create`` actions refreshed before it returns (``wait_for``), so
the next batch's kNN sees them; a replay's creates conflict and change nothing.
Errors (classified by :mod:`pipeline.index.errors`): connection, timeout, 429 and 5xx are ``EventStoreBusy``;
401/403, TLS and a missing index are ``MisconfiguredError``; anything else refused is ``EventStoreError``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.enrich.events.exceptions import EventStoreBusy, EventStoreError
from pipeline.enrich.events.store import RETRY_S, EventMember, EventStore, cosine
from pipeline.exceptions import MisconfiguredError
from pipeline.index.definitions import load_definition
from pipeline.index.errors import Failure, classify_status, es_errors, reason

log = logging.getLogger(__name__)

DEFINITION = "events-index"  # config/elasticsearch/events-index.json
NUM_CANDIDATES_FACTOR = 10
MAX_NUM_CANDIDATES = 1000


def _member(source: dict[str, Any]) -> EventMember:
    return EventMember(source["article_id"], source["event_id"], source["at"], tuple(source["vector"]),
                       frozenset(source.get("keys") or ()), source.get("language"), source.get("evidence") or {})


def _body(member: EventMember) -> dict[str, Any]:
    return {"article_id": member.article_id, "event_id": member.event_id, "at": member.at,
            "language": member.language, "vector": list(member.vector), "keys": sorted(member.keys),
            "evidence": member.evidence}


def _classify(index: str, status: int, error: Any) -> Exception:
    failure = classify_status(status, error)
    message = f"event index {index}: {status} {reason(error)[:300]}"
    if failure is Failure.MISCONFIGURED:
        return MisconfiguredError(message)
    if failure is Failure.OUTAGE:
        return EventStoreBusy(message)
    return EventStoreError(message)


class ElasticsearchEventStore(EventStore):
    def __init__(self, client: Elasticsearch, index: str, retry_s: float = RETRY_S) -> None:
        self.es, self.index, self.retry_s = client, index, retry_s

    def _calls(self) -> AbstractContextManager[None]:
        return es_errors(f"event index {self.index}", outage=EventStoreBusy, misconfigured=MisconfiguredError,
                         rejected=EventStoreError)

    def ensure(self) -> None:
        """Create the index (or add the fields a newer version maps) before the first batch."""
        body = load_definition(DEFINITION)
        with self._calls():
            if self.es.indices.exists(index=self.index):
                self.es.indices.put_mapping(index=self.index, properties=body["mappings"]["properties"])
                return
            try:
                self.es.indices.create(index=self.index, **body)
            except ApiError as exc:  # another worker may have created it meanwhile
                if not self.es.indices.exists(index=self.index):
                    raise EventStoreError(f"cannot create event index {self.index}: {exc}") from exc

    def members(self, article_ids: Sequence[str]) -> dict[str, EventMember]:
        if not article_ids:
            return {}
        with self._calls():
            docs = self.es.mget(index=self.index, ids=list(article_ids), realtime=True)["docs"]
        failed = [d for d in docs if "error" in d]
        if failed:
            raise _classify(self.index, 404 if "index_not_found" in str(failed[0]["error"]) else 500, failed[0]["error"])
        return {d["_id"]: _member(d["_source"]) for d in docs if d.get("found")}

    def nearest(self, vector: Sequence[float], since: str, until: str, k: int) -> list[tuple[EventMember, float]]:
        knn = {"field": "vector", "query_vector": list(vector), "k": k,
               "num_candidates": min(MAX_NUM_CANDIDATES, k * NUM_CANDIDATES_FACTOR),
               "filter": {"range": {"at": {"gte": since, "lte": until}}}}
        with self._calls():
            hits = self.es.search(index=self.index, knn=knn, size=k, source={"exclude_vectors": False})["hits"]["hits"]
        members = [_member(h["_source"]) for h in hits]
        return sorted(((m, cosine(vector, m.vector)) for m in members), key=lambda s: (-s[1], s[0].article_id))

    def write(self, members: Sequence[EventMember]) -> None:
        operations: list[dict[str, Any]] = []
        for member in members:
            operations += [{"create": {"_id": member.article_id}}, _body(member)]
        with self._calls():
            items = self.es.bulk(index=self.index, operations=operations, refresh="wait_for")["items"]
        for item in items:
            (_action, result), = item.items()
            status = result.get("status", 0)
            if status >= 300 and status != 409:
                raise _classify(self.index, status, result.get("error"))  # the linking is retried whole

    def event(self, event_id: str) -> list[EventMember]:
        with self._calls():
            self.es.indices.refresh(index=self.index)
            hits = self.es.search(index=self.index, size=1000, query={"term": {"event_id": event_id}},
                                  sort=[{"at": "asc"}, {"article_id": "asc"}])["hits"]["hits"]
        return [_member(h["_source"]) for h in hits]
