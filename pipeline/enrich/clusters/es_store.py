"""The cluster store in one Elasticsearch index shared by every enrich worker, on any host.

Documents: ``m:<article id>`` members (with their shingles, unindexed) and ``b:<band key>`` buckets (the
first member that fell in it). Reads are one realtime ``mget`` (no refresh needed between batches), writes
one ``bulk`` of ``create`` actions (first writer wins; a replay changes nothing and reports conflicts).
A story is the members carrying its id, so it has no document of its own to update under contention.
Errors (through :mod:`pipeline.index.store_index`): connection, timeout, 429 and 5xx (whole request or one
bulk item) are ``ClusterStoreBusy``; 401/403, TLS and a missing index are ``MisconfiguredError``; anything else
refused is ``ClusterStoreError``. No scripts, no ingest pipelines.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.enrich.clusters.exceptions import ClusterStoreBusy, ClusterStoreError
from pipeline.enrich.clusters.store import RETRY_S, ClusterStore, Lookup, Member, Story, Writes, Written
from pipeline.index.store_index import IndexBacked, StoreIndex

log = logging.getLogger(__name__)

DEFINITION = "clusters-index"  # config/elasticsearch/clusters-index.json


def _member(source: dict[str, Any]) -> Member:
    return Member(source["article_id"], source["story_id"], source["source"], source["at"], frozenset(source["shingles"]))


def _member_body(member: Member) -> dict[str, Any]:
    return {"kind": "member", "article_id": member.article_id, "story_id": member.story_id, "source": member.source,
            "at": member.at, "shingles": sorted(member.shingles)}


class ElasticsearchClusterStore(IndexBacked, ClusterStore):
    def __init__(self, client: Elasticsearch, index: str, retry_s: float = RETRY_S) -> None:
        self.retry_s = retry_s
        self.store = StoreIndex(client, index, "cluster index", DEFINITION, ClusterStoreBusy, ClusterStoreError)

    def lookup(self, article_ids: Sequence[str], keys: Sequence[str]) -> Lookup:
        found = self.store.mget([f"m:{i}" for i in article_ids] + [f"b:{k}" for k in keys])
        members = {doc_id[2:]: _member(s) for doc_id, s in found.items() if doc_id.startswith("m:")}
        buckets = {doc_id[2:]: s["article_id"] for doc_id, s in found.items() if doc_id.startswith("b:")}
        return Lookup(members, buckets)

    def members(self, article_ids: Sequence[str]) -> dict[str, Member]:
        return {doc_id[2:]: _member(s) for doc_id, s in self.store.mget([f"m:{i}" for i in article_ids]).items()}

    def write(self, writes: Writes) -> Written:
        operations: list[dict[str, Any]] = []
        for member in writes.members:  # members before their buckets: a visible bucket has a readable owner
            operations += [{"create": {"_id": f"m:{member.article_id}"}}, _member_body(member)]
        for member in writes.moved:
            operations += [{"index": {"_id": f"m:{member.article_id}"}}, _member_body(member)]
        for key, owner in writes.buckets.items():
            operations += [{"create": {"_id": f"b:{key}"}}, {"kind": "bucket", "article_id": owner}]
        with self.store.calls():
            items = self.es.bulk(index=self.index, operations=operations)["items"]
        conflicts, failure = [], None
        for item in items:
            (action, result), = item.items()
            status = result.get("status", 0)
            if status == 409 and action == "create":
                conflicts.append(result["_id"])
            elif status >= 300 and failure is None:
                failure = self.store.classify(status, result.get("error"))
        if failure is not None:
            raise failure  # the whole assignment is retried; what did get written is idempotent
        return Written(frozenset(c[2:] for c in conflicts if c.startswith("m:")),
                       frozenset(c[2:] for c in conflicts if c.startswith("b:")))

    def delete_buckets(self, keys: Sequence[str]) -> None:
        """Remove buckets (tests of the repair; never on the assignment path)."""
        with self.store.calls():
            self.es.bulk(index=self.index, operations=[{"delete": {"_id": f"b:{k}"}} for k in keys], refresh=True)

    def story(self, story_id: str) -> Story | None:
        """The story as its members say after a refresh (members are searched, not read in real time)."""
        with self.store.calls():
            self.es.indices.refresh(index=self.index)
            found = self.es.search(
                index=self.index, size=1, track_total_hits=True,
                query={"bool": {"filter": [{"term": {"kind": "member"}}, {"term": {"story_id": story_id}}]}},
                sort=[{"at": "asc"}, {"article_id": "asc"}],
            )["hits"]
        if not found["hits"]:
            return None
        first = found["hits"][0]["_source"]
        return Story(story_id, first["article_id"], first["source"], first["at"], found["total"]["value"])
