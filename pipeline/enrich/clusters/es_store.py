"""The cluster store in one Elasticsearch index shared by every enrich worker, on any host.

Documents: ``m:<article id>`` members (with their shingles, unindexed) and ``b:<band key>`` buckets (the
first member that fell in it). Reads are one realtime ``mget`` (no refresh needed between batches), writes
one ``bulk`` of ``create`` actions (first writer wins; a replay changes nothing and reports conflicts).
A story is the members carrying its id, so it has no document of its own to update under contention.
Errors (classified by :mod:`pipeline.index.errors`): connection, timeout, 429 and 5xx (whole request or one
bulk item) are ``ClusterStoreBusy``; 401/403, TLS and a missing index are ``MisconfiguredError``; anything else
refused is ``ClusterStoreError``. No scripts, no ingest pipelines.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.enrich.clusters.exceptions import ClusterStoreBusy, ClusterStoreError
from pipeline.enrich.clusters.store import RETRY_S, ClusterStore, Lookup, Member, Story, Writes, Written
from pipeline.exceptions import MisconfiguredError
from pipeline.index.definitions import load_definition
from pipeline.index.errors import Failure, classify_status, es_errors, reason

log = logging.getLogger(__name__)

DEFINITION = "clusters-index"  # config/elasticsearch/clusters-index.json


def _member(source: dict[str, Any]) -> Member:
    return Member(source["article_id"], source["story_id"], source["source"], source["at"], frozenset(source["shingles"]))


def _member_body(member: Member) -> dict[str, Any]:
    return {"kind": "member", "article_id": member.article_id, "story_id": member.story_id, "source": member.source,
            "at": member.at, "shingles": sorted(member.shingles)}


def _classify(index: str, status: int, error: Any) -> Exception:
    failure = classify_status(status, error)
    message = f"cluster index {index}: {status} {reason(error)[:300]}"
    if failure is Failure.MISCONFIGURED:
        return MisconfiguredError(message)
    if failure is Failure.OUTAGE:
        return ClusterStoreBusy(message)
    return ClusterStoreError(message)


class ElasticsearchClusterStore(ClusterStore):
    def __init__(self, client: Elasticsearch, index: str, retry_s: float = RETRY_S) -> None:
        self.es, self.index, self.retry_s = client, index, retry_s

    def _calls(self) -> AbstractContextManager[None]:
        return es_errors(f"cluster index {self.index}", outage=ClusterStoreBusy, misconfigured=MisconfiguredError,
                         rejected=ClusterStoreError)

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
                    raise ClusterStoreError(f"cannot create cluster index {self.index}: {exc}") from exc

    def _mget(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        if not ids:
            return {}
        with self._calls():
            docs = self.es.mget(index=self.index, ids=list(ids), realtime=True)["docs"]
        failed = [d for d in docs if "error" in d]
        if failed:
            raise _classify(self.index, 404 if "index_not_found" in str(failed[0]["error"]) else 500, failed[0]["error"])
        return {d["_id"]: d["_source"] for d in docs if d.get("found")}

    def lookup(self, article_ids: Sequence[str], keys: Sequence[str]) -> Lookup:
        found = self._mget([f"m:{i}" for i in article_ids] + [f"b:{k}" for k in keys])
        members = {doc_id[2:]: _member(s) for doc_id, s in found.items() if doc_id.startswith("m:")}
        buckets = {doc_id[2:]: s["article_id"] for doc_id, s in found.items() if doc_id.startswith("b:")}
        return Lookup(members, buckets)

    def members(self, article_ids: Sequence[str]) -> dict[str, Member]:
        return {doc_id[2:]: _member(s) for doc_id, s in self._mget([f"m:{i}" for i in article_ids]).items()}

    def write(self, writes: Writes) -> Written:
        operations: list[dict[str, Any]] = []
        for member in writes.members:  # members before their buckets: a visible bucket has a readable owner
            operations += [{"create": {"_id": f"m:{member.article_id}"}}, _member_body(member)]
        for member in writes.moved:
            operations += [{"index": {"_id": f"m:{member.article_id}"}}, _member_body(member)]
        for key, owner in writes.buckets.items():
            operations += [{"create": {"_id": f"b:{key}"}}, {"kind": "bucket", "article_id": owner}]
        with self._calls():
            items = self.es.bulk(index=self.index, operations=operations)["items"]
        conflicts, failure = [], None
        for item in items:
            (action, result), = item.items()
            status = result.get("status", 0)
            if status == 409 and action == "create":
                conflicts.append(result["_id"])
            elif status >= 300 and failure is None:
                failure = _classify(self.index, status, result.get("error"))
        if failure is not None:
            raise failure  # the whole assignment is retried; what did get written is idempotent
        return Written(frozenset(c[2:] for c in conflicts if c.startswith("m:")),
                       frozenset(c[2:] for c in conflicts if c.startswith("b:")))

    def delete_buckets(self, keys: Sequence[str]) -> None:
        """Remove buckets (tests of the repair; never on the assignment path)."""
        with self._calls():
            self.es.bulk(index=self.index, operations=[{"delete": {"_id": f"b:{k}"}} for k in keys], refresh=True)

    def story(self, story_id: str) -> Story | None:
        """The story as its members say after a refresh (members are searched, not read in real time)."""
        with self._calls():
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
