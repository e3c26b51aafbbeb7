"""Copying documents between indices without ``_reindex``: point-in-time + search_after, then bulk.

A document is written to the destination only if it is missing there (``create``) or the copy there is
older by ``indexed_at`` (``index`` guarded by ``if_seq_no``/``if_primary_term``), so the newest version wins
when the same id sits in several source indices (after a rollover), and the catch-up pass (documents indexed
into the old indices while the first pass ran) never overwrites a newer write made through the write alias.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.exceptions import MigrationError

log = logging.getLogger(__name__)

KEEP_ALIVE = "2m"


@dataclass
class CopyReport:
    read: int = 0
    created: int = 0
    replaced: int = 0
    skipped: int = 0

    @property
    def written(self) -> int:
        return self.created + self.replaced

    def to_dict(self) -> dict[str, int]:
        return {"read": self.read, "created": self.created, "replaced": self.replaced, "skipped": self.skipped}


def scan(
    client: Elasticsearch, indices: list[str], batch: int, query: dict[str, Any] | None = None
) -> Iterator[list[dict[str, Any]]]:
    """The documents of ``indices`` (matching ``query``) as one consistent snapshot, ``batch`` at a time."""
    pit = client.open_point_in_time(index=",".join(indices), keep_alive=KEEP_ALIVE)["id"]
    after: list[Any] | None = None
    try:
        while True:
            extra: dict[str, Any] = {"search_after": after} if after else {}
            if query:
                extra["query"] = query
            response = client.search(
                pit={"id": pit, "keep_alive": KEEP_ALIVE}, size=batch, sort=["_shard_doc"],
                track_total_hits=False, **extra,
            )
            hits = response["hits"]["hits"]
            if not hits:
                return
            pit = response.get("pit_id", pit)
            for source in (hit["_source"] for hit in hits):  # before mapping_version 3 there was no time field
                source.setdefault("published_or_fetched_at", source.get("published_at") or source.get("fetched_at"))
            after = hits[-1]["sort"]
            yield hits
    finally:
        client.close_point_in_time(id=pit)


def _newer_ops(client: Elasticsearch, dest: str, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Bulk operations for the hits whose copy in ``dest`` is missing or older (by ``indexed_at``)."""
    current = client.mget(index=dest, ids=[h["_id"] for h in hits], source_includes=["indexed_at"])["docs"]
    operations: list[dict[str, Any]] = []
    for hit, there in zip(hits, current, strict=True):
        if not there.get("found"):
            operations += [{"create": {"_index": dest, "_id": hit["_id"]}}, hit["_source"]]
        elif str(there["_source"].get("indexed_at", "")) < str(hit["_source"].get("indexed_at", "")):
            guard = {"if_seq_no": there["_seq_no"], "if_primary_term": there["_primary_term"]}
            operations += [{"index": {"_index": dest, "_id": hit["_id"], **guard}}, hit["_source"]]
    return operations


def _write(client: Elasticsearch, dest: str, operations: list[dict[str, Any]], report: CopyReport) -> None:
    if not operations:
        return
    for item in client.bulk(operations=operations)["items"]:
        (result,) = item.values()
        if result["status"] == 409:  # a newer version is already there
            report.skipped += 1
        elif result.get("error"):
            error = result["error"]
            raise MigrationError(f"copy of {result['_id']} into {dest} failed: {error.get('type')}: {error.get('reason')}")
        elif "create" in item:
            report.created += 1
        else:
            report.replaced += 1


def copy_documents(
    client: Elasticsearch, sources: list[str], dest: str, *, batch: int = 500, indexed_since: str | None = None
) -> CopyReport:
    """Copy all documents (or, with ``indexed_since``, those indexed since then) from ``sources`` to ``dest``."""
    report = CopyReport()
    query = {"range": {"indexed_at": {"gte": indexed_since}}} if indexed_since else None
    for hits in scan(client, sources, batch, query):
        report.read += len(hits)
        if indexed_since or len(sources) > 1:
            operations = _newer_ops(client, dest, hits)
            report.skipped += len(hits) - len(operations) // 2
        else:  # one source into a fresh index: no id can be there yet
            operations = [op for h in hits for op in ({"create": {"_index": dest, "_id": h["_id"]}}, h["_source"])]
        _write(client, dest, operations, report)
    log.info("documents copied sources=%s dest=%s catch_up=%s %s", ",".join(sources), dest,
             bool(indexed_since), " ".join(f"{k}={v}" for k, v in report.to_dict().items()))
    return report
