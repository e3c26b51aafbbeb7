"""The enrich worker: raw topic -> enrichment steps (whole batch at once) -> enriched topic.

A step that raises sends that article to the dead-letter topic as ``enrich:<step>``; the rest of the batch
goes on. :func:`pipeline.workers.supervisor.run_processes` starts several supervised workers (consumer-group
members sharing the partitions).
"""

from __future__ import annotations

import logging

from kafka.consumer.fetcher import ConsumerRecord

from pipeline.enrich import StepError
from pipeline.enrich.clusters.exceptions import ClusterStoreBusy
from pipeline.enrich.clusters.factory import make_store
from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.events.exceptions import EventStoreBusy
from pipeline.enrich.events.factory import make_event_store
from pipeline.enrich.steps import all_steps
from pipeline.enrich.steps.event import event_step
from pipeline.models import Article, RecordError, decode, encode
from pipeline.models.limits import TextLimits, apply_limits
from pipeline.settings import Settings
from pipeline.workers.base import Worker

log = logging.getLogger(__name__)


class EnrichWorker(Worker):
    name = "enrich"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings, settings.kafka.topics.raw, settings.workers.enrich_group)
        # Elasticsearch away at start (frozen, restarting): wait for it as the loop would, do not die
        clusters = self.at_start("cluster store", lambda: make_store(settings), ClusterStoreBusy)
        events = self.at_start("event store", lambda: make_event_store(settings), EventStoreBusy)
        self.steps = all_steps(clusters, event_step(events, settings.enrich.events))
        self.limits = TextLimits.from_settings(settings)

    def process(self, records: list[ConsumerRecord]) -> None:
        articles: list[tuple[ConsumerRecord, Article]] = []
        for record in records:
            try:
                # text over limits.max_text_bytes put on the topic by another producer is cut, not dead-lettered
                articles.append((record, apply_limits(decode(record.value, Article), self.limits)))
            except RecordError as exc:
                self.dead_letter(record, "decode", exc)
        results = enrich_batch([a for _, a in articles], self.steps)
        out = self.settings.kafka.topics.enriched
        for (record, article), result in zip(articles, results, strict=True):
            if isinstance(result, StepError):
                self.dead_letter(record, f"enrich:{result.step}", result, article_id=article.id)
                continue
            self.producer.send(out, article.id, encode(result), origin=record)
            self.stats.produced += 1
