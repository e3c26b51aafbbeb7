"""The enrich worker: raw topic -> enrichment steps -> enriched topic (failures -> dead letters)."""

from __future__ import annotations

from kafka.consumer.fetcher import ConsumerRecord

from pipeline.enrich import StepError, enrich
from pipeline.models import Article, RecordError, decode, encode
from pipeline.settings import Settings
from pipeline.workers.base import Worker


class EnrichWorker(Worker):
    name = "enrich"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings, settings.kafka.topics.raw, settings.workers.enrich_group)

    def process(self, records: list[ConsumerRecord]) -> None:
        out = self.settings.kafka.topics.enriched
        for record in records:
            try:
                article = decode(record.value, Article)
            except RecordError as exc:
                self.dead_letter(record, "decode", exc)
                continue
            try:
                enriched = enrich(article)
            except StepError as exc:
                self.dead_letter(record, f"enrich:{exc.step}", exc, article_id=article.id)
                continue
            self.producer.send(out, article.id, encode(enriched))
            self.stats.produced += 1
