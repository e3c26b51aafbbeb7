"""Copies of an article in earlier index versions (after ``newsline index rollover``).

Versions guard writes within one index only. After a rollover the read alias spans several index versions, and
an article written again would land in the new write index beside its copy in an older one: two hits, and an
older text that could win. So, while the read alias spans more than one index, the index worker asks once per
batch (one ``ids`` search over the read alias) where its articles already are: an incoming document older than
a stored copy is superseded, not written; once a document is written, its copies in the older indices are
deleted (after the write, so the article is never missing from search; a crash in between leaves the batch
uncommitted and the next attempt deletes them). ``newsline index migrate`` still merges what an older build
left behind.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.errors import Failure, classify_status, es_errors, one_line
from pipeline.index.exceptions import IndexMisconfiguredError, IndexUnavailableError
from pipeline.settings import ElasticsearchSettings

log = logging.getLogger(__name__)

MAX_HITS = 10_000  # the default index.max_result_window


@dataclass(frozen=True)
class Copy:
    """A stored copy of an article outside the write index, with its external version."""

    index: str
    version: int | None


def layout(client: Elasticsearch, es: ElasticsearchSettings) -> tuple[list[str], str | None]:
    """The indices behind the read alias, and the write index (None unless one is flagged or alone)."""
    with es_errors("reading the aliases"):
        found = client.options(ignore_status=404).indices.get_alias(name=f"{es.read_alias},{es.write_alias}")
    if found.meta.status == 404:
        return [], None
    read = sorted(name for name, data in found.items() if es.read_alias in data.get("aliases", {}))
    writers = {name: data["aliases"][es.write_alias] for name, data in found.items()
               if es.write_alias in data.get("aliases", {})}
    flagged = [name for name, alias in writers.items() if alias.get("is_write_index")]
    write = flagged[0] if len(flagged) == 1 else (next(iter(writers)) if len(writers) == 1 else None)
    return read, write


def earlier_copies(client: Elasticsearch, es: ElasticsearchSettings, ids: Collection[str]) -> dict[str, list[Copy]]:
    """Per id, its copies in indices behind the read alias other than the write index (empty while the read
    alias spans one index: then there is nothing to look for and no request is made beyond the alias lookup)."""
    if not ids:
        return {}
    read, write = layout(client, es)
    if len(read) < 2 or write is None:
        return {}
    with es_errors("looking up earlier copies"):
        response = client.search(index=es.read_alias, query={"ids": {"values": list(ids)}}, source=False,
                                 version=True, track_total_hits=False, size=min(MAX_HITS, len(ids) * len(read)))
    copies: dict[str, list[Copy]] = defaultdict(list)
    for hit in response["hits"]["hits"]:
        if hit["_index"] != write:
            copies[hit["_id"]].append(Copy(hit["_index"], hit.get("_version")))
    return dict(copies)


def newer_elsewhere(copies: Mapping[str, list[Copy]], versions: Mapping[str, int]) -> dict[str, Copy]:
    """The ids whose stored copy in an earlier index is newer than the incoming version (to be superseded)."""
    newer = {}
    for doc_id, found in copies.items():
        best = max(found, key=lambda c: c.version or 0)
        if doc_id in versions and (best.version or 0) > versions[doc_id]:
            newer[doc_id] = best
    return newer


def delete_copies(client: Elasticsearch, copies: Mapping[str, list[Copy]]) -> int:
    """Delete the given copies (already gone counts as deleted); the number deleted. Any other failure raises:
    the caller's batch is retried whole, which writes (idempotently) and deletes again."""
    operations: list[Mapping[str, Any]] = [{"delete": {"_index": c.index, "_id": doc_id}}
                                           for doc_id, found in copies.items() for c in found]
    if not operations:
        return 0
    with es_errors("deleting earlier copies"):
        response = client.bulk(operations=operations)
    failed = [item["delete"] for item in response["items"] if item["delete"]["status"] not in (200, 404)]
    if failed:
        statuses = sorted({int(f["status"]) for f in failed})
        if all(classify_status(status) is Failure.OUTAGE for status in statuses):
            raise IndexUnavailableError(f"deleting {len(failed)} earlier copies failed with {statuses}")
        raise IndexMisconfiguredError(one_line(f"deleting earlier copies refused: {failed[0].get('error')}"))
    deleted = sum(1 for item in response["items"] if item["delete"]["status"] == 200)
    log.info("earlier copies deleted count=%d indices=%s", deleted,
             ",".join(sorted({c.index for found in copies.values() for c in found})))
    return deleted
