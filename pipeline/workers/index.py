"""The index worker: enriched topic -> Elasticsearch bulk (permanent failures -> dead letters)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kafka.consumer.fetcher import ConsumerRecord

from pipeline.index.bulk import Backoff, bulk_index
from pipeline.index.client import make_client
from pipeline.models import EnrichedArticle, RecordError, decode
from pipeline.settings import Settings
from pipeline.workers.base import Worker


class IndexWorker(Worker):
    name = "index"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings, settings.kafka.topics.enriched, settings.workers.index_group)
        self.es = make_client(settings.elasticsearch)
        w = settings.workers
        self.backoff = Backoff(w.max_retries, w.backoff_initial_s, w.backoff_max_s)

    def process(self, records: list[ConsumerRecord]) -> None:
        docs: dict[str, dict[str, Any]] = {}
        origin: dict[str, ConsumerRecord] = {}
        now = datetime.now(UTC)
        for record in records:
            try:
                enriched = decode(record.value, EnrichedArticle)
            except RecordError as exc:
                self.dead_letter(record, "index:decode", exc)
                continue
            docs[enriched.id] = enriched.to_document(indexed_at=now)
            origin[enriched.id] = record
        if not docs:
            return
        outcomes = bulk_index(self.es, self.settings.elasticsearch.write_alias, docs, self.backoff)
        for doc_id, outcome in outcomes.items():
            if outcome.ok:
                self.stats.produced += 1
            else:
                self.dead_letter(origin[doc_id], "index:rejected", ValueError(outcome.error), article_id=doc_id)

    def close(self) -> None:
        super().close()
        self.es.close()
