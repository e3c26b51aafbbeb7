"""Copying documents between indices without ``_reindex``: point-in-time + search_after, then bulk.

Copies are written like the index worker writes: ``version=<fetched_at in µs>`` with
``version_type=external_gte`` (through :func:`pipeline.index.bulk.bulk_index`), so a copy never replaces a newer
version of the article (e.g. one written through the write alias during a migration's catch-up pass: the copy
comes back 409 and counts as skipped), and the new index keeps the external versions that guard later writes.
Where the destination may already hold the id (several source indices after a rollover, the catch-up pass),
a copy is sent only if the one there is older by (version, ``indexed_at``): on equal versions (a re-enrichment)
the later indexed copy wins, and sources are read newest index version first.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.backoff import Backoff
from pipeline.index.bulk import BulkLimits, Outcome, bulk_index, document_version
from pipeline.index.document import add_search_fields
from pipeline.index.exceptions import MigrationError

log = logging.getLogger(__name__)

KEEP_ALIVE = "2m"
COPY_BACKOFF = Backoff(initial_s=0.5, max_s=10.0, max_retries=5)


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
                track_total_hits=False, version=True, **extra,
            )
            hits = response["hits"]["hits"]
            if not hits:
                return
            pit = response.get("pit_id", pit)
            for source in (hit["_source"] for hit in hits):  # before mapping_version 3 there was no time field
                source.setdefault("published_or_fetched_at", source.get("published_at") or source.get("fetched_at"))
                add_search_fields(source)  # before mapping_version 4 there was no lead/story_key
            after = hits[-1]["sort"]
            yield hits
    finally:
        client.close_point_in_time(id=pit)


def _version(hit: dict[str, Any]) -> int | None:
    """The version a copy is written with: the document's ``fetched_at`` in µs, else its stored version."""
    version = document_version(hit["_source"])
    return version if version is not None else hit.get("_version")


def _newer(client: Elasticsearch, dest: str, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The hits whose copy in ``dest`` is missing or older by (version, ``indexed_at``)."""
    current = client.mget(index=dest, ids=[h["_id"] for h in hits], source_includes=["indexed_at"])["docs"]
    newer = []
    for hit, there in zip(hits, current, strict=True):
        mine = (_version(hit) or 0, str(hit["_source"].get("indexed_at", "")))
        if not there.get("found") or (int(there.get("_version", 0)), str(there["_source"].get("indexed_at", ""))) < mine:
            newer.append(hit)
    return newer


def _write(
    client: Elasticsearch, dest: str, hits: list[dict[str, Any]], report: CopyReport, backoff: Backoff,
    limits: BulkLimits,
) -> None:
    if not hits:
        return
    docs = {h["_id"]: h["_source"] for h in hits}
    versions = {h["_id"]: v for h in hits if (v := _version(h)) is not None}
    outcomes = bulk_index(client, dest, docs, backoff, versions=versions, require_alias=False, limits=limits)
    for doc_id, outcome in outcomes.items():
        if outcome.kind is Outcome.SUPERSEDED:  # a newer version reached dest meanwhile (through the write alias)
            report.skipped += 1
        elif not outcome.ok:
            raise MigrationError(f"copy of {doc_id} into {dest} failed: {outcome.error}")
        elif outcome.result == "created":
            report.created += 1
        else:
            report.replaced += 1


def _newest_first(indices: list[str]) -> list[str]:
    def number(name: str) -> int:
        match = re.search(r"-v(\d+)$", name)
        return int(match.group(1)) if match else -1

    return sorted(indices, key=lambda name: (number(name), name), reverse=True)


def copy_documents(
    client: Elasticsearch, sources: list[str], dest: str, *, batch: int = 500, indexed_since: str | None = None,
    backoff: Backoff = COPY_BACKOFF, limits: BulkLimits = BulkLimits(),  # noqa: B008 - frozen dataclass
) -> CopyReport:
    """Copy all documents (or, with ``indexed_since``, those indexed since then) from ``sources`` to ``dest``."""
    report = CopyReport()
    query = {"range": {"indexed_at": {"gte": indexed_since}}} if indexed_since else None
    compare = bool(indexed_since) or len(sources) > 1  # else one source into a fresh index: no id is there yet
    for source in _newest_first(sources):  # on a tie, the copy in the newer index version wins
        for hits in scan(client, [source], batch, query):
            report.read += len(hits)
            newer = _newer(client, dest, hits) if compare else hits
            report.skipped += len(hits) - len(newer)
            _write(client, dest, newer, report, backoff, limits)
    log.info("documents copied sources=%s dest=%s catch_up=%s %s", ",".join(sources), dest,
             bool(indexed_since), " ".join(f"{k}={v}" for k, v in report.to_dict().items()))
    return report
