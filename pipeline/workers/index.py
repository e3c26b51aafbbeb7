"""The index worker: enriched topic -> Elasticsearch bulk through the write alias.

Per document: written, superseded (a newer copy of the article is already stored, in the write index or in an
earlier index version after a rollover: counted and logged, not a dead letter) or rejected (the document breaks
the mapping: dead letter ``index:rejected``). Elasticsearch being away past the bulk retry budget raises
:class:`OutageError` (the loop keeps the batch and retries it); a setup problem (missing write alias or index,
401/403, TLS) raises :class:`MisconfiguredError`. Neither dead-letters.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from kafka.consumer.fetcher import ConsumerRecord

from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.index.bulk import Backoff, BulkLimits, ItemOutcome, Outcome, bulk_index
from pipeline.index.client import make_client
from pipeline.index.earlier import Copy, delete_copies, earlier_copies, newer_elsewhere
from pipeline.index.exceptions import IndexMisconfiguredError, IndexUnavailableError
from pipeline.models import EnrichedArticle, RecordError, decode
from pipeline.revisions.documents import RevisionBatch, revisions_alias
from pipeline.settings import Settings
from pipeline.watch.hook import WatchHook
from pipeline.workers.base import Worker, WorkerStats

log = logging.getLogger(__name__)


@dataclass
class IndexStats(WorkerStats):
    superseded: int = 0

    def to_dict(self) -> dict[str, object]:
        return {**super().to_dict(), "superseded": self.superseded}


@dataclass
class Batch:
    """The decoded batch: one document per id (the newest copy), and what was set aside."""

    docs: dict[str, dict[str, Any]]
    versions: dict[str, int]
    origin: dict[str, ConsumerRecord]
    undecodable: list[tuple[ConsumerRecord, RecordError]]
    older_in_batch: list[tuple[ConsumerRecord, str]]
    newer_stored: list[tuple[ConsumerRecord, str, str]] = field(default_factory=list)  # (record, id, index)
    earlier: dict[str, list[Copy]] = field(default_factory=dict)  # copies in older index versions, to delete
    revisions: RevisionBatch = field(default_factory=RevisionBatch)  # every revision's text (pipeline/revisions)


def decode_batch(records: list[ConsumerRecord], now: datetime) -> Batch:
    """Decode the records; per article id keep the newest copy (by version; on a tie, the later record)."""
    batch = Batch({}, {}, {}, [], [])
    for record in records:
        try:
            enriched = decode(record.value, EnrichedArticle)
        except RecordError as exc:
            batch.undecodable.append((record, exc))
            continue
        batch.revisions.add(enriched, record, now)
        doc_id, version = enriched.id, enriched.article.version
        if doc_id in batch.versions and batch.versions[doc_id] > version:
            batch.older_in_batch.append((record, doc_id))
            continue
        if doc_id in batch.origin:
            batch.older_in_batch.append((batch.origin[doc_id], doc_id))
        batch.docs[doc_id] = enriched.to_document(indexed_at=now)
        batch.versions[doc_id] = version
        batch.origin[doc_id] = record
    return batch


class IndexWorker(Worker):
    name = "index"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings, settings.kafka.topics.enriched, settings.workers.index_group)
        self.stats: IndexStats = IndexStats()
        self.es = make_client(settings.elasticsearch)
        w = settings.workers
        self.backoff = Backoff(w.max_retries, w.backoff_initial_s, w.backoff_max_s)
        self.limits = BulkLimits.from_settings(settings.elasticsearch)
        self.watch = WatchHook(settings, self.es)  # watchlists matched after each successful bulk
        self._latencies: list[float] = []  # fetched -> written, of the attempt in flight (observed once committed)

    def process(self, records: list[ConsumerRecord]) -> None:
        batch = decode_batch(records, datetime.now(UTC))
        self._find_earlier(batch)
        revisions_rejected = self._write_revisions(batch)
        outcomes = self._write(batch) if batch.docs else {}
        self._delete_earlier(batch, outcomes)
        written = time.time()  # the version is fetched_at in microseconds (Article.version)
        self._latencies = [written - batch.versions[i] / 1e6 for i, o in outcomes.items() if o.kind is Outcome.OK]
        self.watch.after_bulk([doc_id for doc_id, outcome in outcomes.items() if outcome.kind is Outcome.OK])
        for record, exc in batch.undecodable:
            self.dead_letter(record, "index:decode", exc)
        for record, doc_id in batch.older_in_batch:
            self._superseded(record, doc_id, "a newer copy of the article is in the same batch")
        for record, doc_id, index in batch.newer_stored:
            self._superseded(record, doc_id, f"a newer copy of the article is in {index}")
        for doc_id, outcome in outcomes.items():
            self._settle(batch.origin[doc_id], doc_id, outcome)
        lettered = {id(batch.origin[i]) for i, o in outcomes.items() if o.kind is Outcome.REJECTED}
        for record, revision_id, error in revisions_rejected:  # one dead letter per record at most
            if id(record) not in lettered:
                self.dead_letter(record, "index:revision-rejected", ValueError(error),
                                 article_id=revision_id.split(":")[0])

    def _find_earlier(self, batch: Batch) -> None:
        """Copies in earlier index versions (after a rollover): a newer one supersedes the incoming document."""
        with self._index_errors("lookups in " + self.settings.elasticsearch.read_alias):
            batch.earlier = earlier_copies(self.es, self.settings.elasticsearch, list(batch.docs))
        for doc_id, copy in newer_elsewhere(batch.earlier, batch.versions).items():
            batch.newer_stored.append((batch.origin.pop(doc_id), doc_id, copy.index))
            del batch.docs[doc_id], batch.versions[doc_id], batch.earlier[doc_id]

    def _delete_earlier(self, batch: Batch, outcomes: dict[str, ItemOutcome]) -> None:
        """Once written, an article's copies in earlier index versions go (never before: it stays searchable)."""
        written = {doc_id: batch.earlier[doc_id] for doc_id, outcome in outcomes.items()
                   if outcome.kind is not Outcome.REJECTED and doc_id in batch.earlier}
        with self._index_errors("deletes of earlier copies"):
            delete_copies(self.es, written)

    @contextmanager
    def _index_errors(self, what: str) -> Iterator[None]:
        """Elasticsearch away -> :class:`OutageError` (the batch is kept); refusing ``what`` for a setup reason ->
        :class:`MisconfiguredError`. Neither dead-letters."""
        try:
            yield
        except IndexUnavailableError as exc:
            raise OutageError(f"elasticsearch unavailable: {exc}") from exc
        except IndexMisconfiguredError as exc:
            raise MisconfiguredError(f"elasticsearch refuses {what}: {exc}") from exc

    def _write(self, batch: Batch) -> dict[str, ItemOutcome]:
        alias = self.settings.elasticsearch.write_alias
        with self._index_errors(f"writes to {alias}"):
            return bulk_index(self.es, alias, batch.docs, self.backoff, versions=batch.versions, limits=self.limits)

    def _write_revisions(self, batch: Batch) -> list[tuple[ConsumerRecord, str, str]]:
        """Each revision's text to the revisions index first, so a searchable revision always has its history.

        Returns the rejected ones (record, revision id, reason) for the caller to dead-letter.
        """
        alias = revisions_alias(self.settings)
        with self._index_errors(f"writes to {alias}"):
            outcomes = batch.revisions.write(self.es, alias, self.backoff, self.limits)
        return [(batch.revisions.origin[rid], rid, outcome.error or "rejected")
                for rid, outcome in outcomes.items() if outcome.kind is Outcome.REJECTED]

    def _settle(self, record: ConsumerRecord, doc_id: str, outcome: ItemOutcome) -> None:
        if outcome.kind is Outcome.OK:
            self.stats.produced += 1
        elif outcome.kind is Outcome.SUPERSEDED:
            self._superseded(record, doc_id, outcome.error or "version conflict")
        else:
            self.dead_letter(record, "index:rejected", ValueError(outcome.error), article_id=doc_id)

    def _observe(self, records: list[ConsumerRecord], before: WorkerStats, seconds: float) -> None:
        super()._observe(records, before, seconds)
        self.metrics.superseded(self.stats.superseded - getattr(before, "superseded", 0))
        for latency in self._latencies:
            self.metrics.latency(latency)

    def _superseded(self, record: ConsumerRecord, doc_id: str, reason: str) -> None:
        self.stats.superseded += 1
        log.info("superseded worker=%s id=%s at=%s[%d]@%d reason=%r", self.name, doc_id, record.topic,
                 record.partition, record.offset, reason)

    def close(self) -> None:
        self.watch.close()
        super().close()
        self.es.close()
