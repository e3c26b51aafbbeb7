"""The index worker: enriched topic -> :class:`ElasticsearchSink` -> the hooks that run after a write.

Per record: undecodable (dead letter ``index:decode``), written, superseded (a newer copy of the article is in
the batch or already stored: counted and logged, not a dead letter) or rejected (the document breaks the
mapping: dead letter ``index:rejected``; a refused revision document: ``index:revision-rejected``). The sink
raises ``OutageError`` when Elasticsearch is away past its retry budget (the loop keeps the batch and retries
it) and ``MisconfiguredError`` for a setup problem; neither dead-letters. After a successful write the hooks
(by default the watchlists, :class:`pipeline.watch.hook.WatchHook`) get the written ids; a hook raising
``OutageError`` keeps the batch too, so hooks run before any record of the batch is settled.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from kafka.consumer.fetcher import ConsumerRecord

from pipeline.index.sink import DocumentOutcome, ElasticsearchSink, Result, SinkResult
from pipeline.models import EnrichedArticle, RecordError, decode
from pipeline.settings import Settings
from pipeline.watch.hook import WatchHook
from pipeline.workers.base import Worker, WorkerStats

log = logging.getLogger(__name__)


class AfterWrite(Protocol):
    """Runs after each successful write with the ids written; raises ``OutageError`` to have the batch kept."""

    def after_write(self, ids: Sequence[str]) -> object: ...

    def warning(self) -> str | None:
        """Set while the hook runs on a fallback (e.g. the last good watchlists): shown in status and /healthz."""

    def close(self) -> None: ...


@dataclass
class IndexStats(WorkerStats):
    superseded: int = 0

    def to_dict(self) -> dict[str, object]:
        return {**super().to_dict(), "superseded": self.superseded}


def decode_batch(
    records: list[ConsumerRecord],
) -> tuple[list[tuple[ConsumerRecord, EnrichedArticle]], list[tuple[ConsumerRecord, RecordError]]]:
    """The decoded records with their articles, and the undecodable ones with the reason."""
    decoded: list[tuple[ConsumerRecord, EnrichedArticle]] = []
    undecodable: list[tuple[ConsumerRecord, RecordError]] = []
    for record in records:
        try:
            decoded.append((record, decode(record.value, EnrichedArticle)))
        except RecordError as exc:
            undecodable.append((record, exc))
    return decoded, undecodable


class IndexWorker(Worker):
    name = "index"

    def __init__(self, settings: Settings, sink: ElasticsearchSink | None = None,
                 hooks: Sequence[AfterWrite] | None = None) -> None:
        super().__init__(settings, settings.kafka.topics.enriched, settings.workers.index_group)
        self.stats: IndexStats = IndexStats()
        self.sink = sink if sink is not None else ElasticsearchSink(settings)
        self.hooks: list[AfterWrite] = list(hooks) if hooks is not None else [WatchHook(settings, self.sink.client)]
        self._latencies: list[float] = []  # fetched -> written, of the attempt in flight (observed once committed)

    def process(self, records: list[ConsumerRecord]) -> None:
        decoded, undecodable = decode_batch(records)
        result = self.sink.write([article for _, article in decoded], datetime.now(UTC))
        written = time.time()  # the version is fetched_at in microseconds (Article.version)
        self._latencies = [written - article.article.version / 1e6
                           for (_, article), o in zip(decoded, result.outcomes, strict=True)
                           if o.result is Result.WRITTEN]
        ids = result.written()
        for hook in self.hooks:
            hook.after_write(ids)
        self.warn("; ".join(w for w in (hook.warning() for hook in self.hooks) if w) or None)
        for record, exc in undecodable:  # nothing is settled before the write and the hooks went through
            self.dead_letter(record, "index:decode", exc)
        self._settle(decoded, result)

    def _settle(self, decoded: list[tuple[ConsumerRecord, EnrichedArticle]], result: SinkResult) -> None:
        for (record, _), outcome in zip(decoded, result.outcomes, strict=True):
            self._settle_one(record, outcome)
        lettered = {i for i, o in enumerate(result.outcomes) if o.result is Result.REJECTED}
        for rejected in result.revisions_rejected:  # one dead letter per record at most
            if rejected.position not in lettered:
                lettered.add(rejected.position)
                self.dead_letter(decoded[rejected.position][0], "index:revision-rejected",
                                 ValueError(rejected.reason), article_id=rejected.revision_id.split(":")[0])

    def _settle_one(self, record: ConsumerRecord, outcome: DocumentOutcome) -> None:
        if outcome.result is Result.WRITTEN:
            self.stats.produced += 1
        elif outcome.result is Result.SUPERSEDED:
            self._superseded(record, outcome.id, outcome.reason or "version conflict")
        else:
            self.dead_letter(record, "index:rejected", ValueError(outcome.reason), article_id=outcome.id)

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
        for hook in self.hooks:
            hook.close()
        super().close()
        self.sink.close()
