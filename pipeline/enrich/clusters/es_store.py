"""The cluster store in one Elasticsearch index shared by every enrich worker, on any host.

Documents: ``m:<article id>`` members, ``b:<band key>`` buckets, ``s:<story id>`` stories. Members and
buckets are written with ``op_type=create`` (first writer wins, a replay changes nothing); a story is
updated with ``if_seq_no``/``if_primary_term`` and retried on conflict, so concurrent workers never lose
a join. Reads are realtime GETs, so no refresh is needed between articles. No scripts, no ingest pipelines.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from elasticsearch import ConflictError, Elasticsearch, NotFoundError
from elasticsearch.helpers import bulk

from pipeline.enrich.clusters.store import ClusterStore, Member, Story
from pipeline.exceptions import NewslineError

log = logging.getLogger(__name__)

MAPPINGS = {
    "dynamic": False,
    "properties": {
        "kind": {"type": "keyword"}, "story_id": {"type": "keyword"}, "source": {"type": "keyword", "ignore_above": 1024},
        "at": {"type": "date"}, "first_article_id": {"type": "keyword"}, "first_at": {"type": "date"},
    },
}
MAX_TRIES = 20


class ClusterStoreError(NewslineError):
    """The shared cluster store could not be updated."""


def _member(source: dict[str, Any]) -> Member:
    return Member(source["article_id"], source["story_id"], source["source"], source["at"], frozenset(source["shingles"]))


class ElasticsearchClusterStore(ClusterStore):
    def __init__(self, client: Elasticsearch, index: str) -> None:
        self.es, self.index = client, index

    def ensure(self) -> None:
        if not self.es.indices.exists(index=self.index):
            try:
                self.es.indices.create(index=self.index, mappings=MAPPINGS,
                                       settings={"number_of_shards": 1, "number_of_replicas": 0})
            except Exception as exc:  # noqa: BLE001 - another worker may have created it meanwhile
                if not self.es.indices.exists(index=self.index):
                    raise ClusterStoreError(f"cannot create cluster index {self.index}: {exc}") from exc

    def _mget(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        if not ids:
            return []
        docs = self.es.mget(index=self.index, ids=list(ids))["docs"]
        return [d["_source"] for d in docs if d.get("found")]

    def member(self, article_id: str) -> Member | None:
        found = self._mget([f"m:{article_id}"])
        return _member(found[0]) if found else None

    def members(self, article_ids: Sequence[str]) -> list[Member]:
        return [_member(s) for s in self._mget([f"m:{i}" for i in article_ids])]

    def bucket_owners(self, keys: Sequence[str]) -> list[str]:
        return [s["article_id"] for s in self._mget([f"b:{k}" for k in keys])]

    def _create(self, doc_id: str, body: dict[str, Any]) -> bool:
        try:
            self.es.index(index=self.index, id=doc_id, document=body, op_type="create")
            return True
        except ConflictError:
            return False

    def add_member(self, member: Member) -> Member:
        body = {**asdict(member), "kind": "member", "shingles": sorted(member.shingles)}
        if self._create(f"m:{member.article_id}", body):
            return member
        stored = self.member(member.article_id)
        if stored is None:
            raise ClusterStoreError(f"member {member.article_id} conflicts but cannot be read")
        return stored

    def claim_buckets(self, keys: Sequence[str], article_id: str) -> None:
        """One bulk request of creates; a bucket another member holds already answers 409 and is left alone."""
        actions = [{"_op_type": "create", "_index": self.index, "_id": f"b:{k}", "kind": "bucket", "article_id": article_id}
                   for k in keys]
        _, errors = bulk(self.es, actions, raise_on_error=False, raise_on_exception=False)
        failed = [e for e in errors if isinstance(e, dict) and e.get("create", {}).get("status") != 409]  # type: ignore[union-attr]
        if failed:
            raise ClusterStoreError(f"cannot write LSH buckets: {str(failed[0])[:300]}")

    def story(self, story_id: str) -> Story | None:
        found = self._mget([f"s:{story_id}"])
        return Story(**{k: v for k, v in found[0].items() if k != "kind"}) if found else None

    def join_story(self, member: Member) -> Story:
        for _ in range(MAX_TRIES):
            try:
                current = self.es.get(index=self.index, id=f"s:{member.story_id}")
            except NotFoundError:
                story = Story(member.story_id, member.article_id, member.source, member.at)
                if self._create(f"s:{story.story_id}", {**asdict(story), "kind": "story"}):
                    return story
                continue
            story = Story(**{k: v for k, v in current["_source"].items() if k != "kind"}).joined(member)
            try:
                self.es.index(index=self.index, id=f"s:{story.story_id}", document={**asdict(story), "kind": "story"},
                              if_seq_no=current["_seq_no"], if_primary_term=current["_primary_term"])
                return story
            except ConflictError:
                log.debug("story update conflict story=%s retrying", member.story_id)
        raise ClusterStoreError(f"story {member.story_id}: too many concurrent updates")
