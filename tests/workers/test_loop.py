"""The worker loop on the real Kafka and Elasticsearch: output Kafka refuses is dead-lettered and committed; an
evicted member drops its batch, rejoins and loses nothing; an outage keeps the batch; a missing write alias
stops the index worker without committing or dead-lettering anything."""

from __future__ import annotations

import time

import pytest
from kafka import KafkaAdminClient
from kafka.admin import ConfigResource, ConfigResourceType
from kafka.consumer.fetcher import ConsumerRecord

from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.index.client import make_client
from pipeline.kafka.config import client_options
from pipeline.kafka.producer import Producer
from pipeline.models import Article, EnrichedArticle, Provenance, decode, encode
from pipeline.models.enriched import Enrichment, LanguageGuess
from pipeline.settings import Settings
from pipeline.workers.base import Worker
from pipeline.workers.enrich import EnrichWorker
from pipeline.workers.exceptions import WorkerMisconfiguredExit
from pipeline.workers.index import IndexWorker
from tests.support.topics import dead_letters, indexed_count, read_topic
from tests.workers.helpers import articles, lag, publish, state

pytestmark = pytest.mark.integration

TOPIC_LIMIT = 20_000  # max.message.bytes of the enriched and dead-letter topics in the size test


def _limit_topics(settings: Settings, names: list[str], max_bytes: int) -> None:
    admin = KafkaAdminClient(**client_options(settings.kafka, "newsline-test-admin"))
    try:
        admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, name, configs={"max.message.bytes": str(max_bytes)})
             for name in names]
        )
    finally:
        admin.close()


def test_output_too_large_for_the_topic_is_dead_lettered_and_the_batch_commits(delivery_settings: Settings) -> None:
    s = delivery_settings.model_copy(
        update={"enrich": delivery_settings.enrich.model_copy(update={"cluster_store": "memory"})}
    )
    topics = s.kafka.topics
    _limit_topics(s, [topics.enriched, topics.dead_letter], TOPIC_LIMIT)
    small = articles(5)
    huge = Article.build(
        title="A very long article", text=" ".join(["Plain words repeated for size."] * 1500),
        url="https://example.com/huge", source="delivery-test", extraction=Provenance(producer="test", version="1"),
    )
    assert TOPIC_LIMIT < len(encode(huge)) < 1_000_000  # fits the raw topic, not the enriched one
    publish(s, [*small[:2], huge, *small[2:]])

    stats = EnrichWorker(s).run(until_idle=True)

    assert lag(s, s.workers.enrich_group, topics.raw).lag == 0  # committed: the worker is not wedged
    assert stats.produced == len(small) and stats.dead_letters == 1
    assert {decode(v, EnrichedArticle).id for v in read_topic(s, topics.enriched)} == {a.id for a in small}
    [letter] = dead_letters(s)
    assert letter.stage == "enrich:produce" and letter.article_id == huge.id
    assert "MessageSizeTooLargeError" in letter.reason
    assert "payload by reference only" in letter.reason  # the letter with the payload inline was refused too
    assert letter.by_reference and letter.matches(encode(huge))
    assert letter.topic == topics.raw and letter.partition is not None and letter.offset is not None


class SlowCopyWorker(Worker):
    """Copies raw records to the enriched topic; the first batch takes longer than max_poll_interval_ms."""

    name = "enrich"

    def __init__(self, settings: Settings, stall_s: float) -> None:
        super().__init__(settings, settings.kafka.topics.raw, settings.workers.enrich_group)
        self.stall_s = stall_s

    def process(self, records: list[ConsumerRecord]) -> None:
        if self.stall_s:
            time.sleep(self.stall_s)  # the heartbeat thread sees the poll interval pass and leaves the group
            self.stall_s = 0
        for record in records:
            key = record.key.decode() if record.key else None
            self.producer.send(self.settings.kafka.topics.enriched, key, record.value, origin=record)
            self.stats.produced += 1


def test_member_evicted_mid_batch_drops_the_batch_rejoins_and_loses_nothing(delivery_settings: Settings) -> None:
    w = delivery_settings.workers.model_copy(
        update={"max_poll_interval_ms": 6_000, "session_timeout_ms": 6_000, "batch_size": 20}
    )
    s = delivery_settings.model_copy(update={"workers": w})
    items = articles(60)
    publish(s, items)

    stats = SlowCopyWorker(s, stall_s=10).run(until_idle=True)

    assert stats.dropped_batches == 1
    assert stats.consumed == len(items)  # counted once: the dropped batch is not counted
    assert lag(s, w.enrich_group, s.kafka.topics.raw).lag == 0
    copied = [decode(v, Article).id for v in read_topic(s, s.kafka.topics.enriched)]
    assert set(copied) == {a.id for a in items}
    assert len(copied) > len(items)  # the dropped batch was produced, then produced again (at-least-once)


class FlakyCopyWorker(SlowCopyWorker):
    """``process`` raises ``failures`` times before copying; counts its calls."""

    def __init__(self, settings: Settings, error: Exception, failures: int) -> None:
        super().__init__(settings, stall_s=0)
        self.error, self.failures, self.calls = error, failures, 0

    def process(self, records: list[ConsumerRecord]) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        super().process(records)


def test_outage_longer_than_the_poll_interval_keeps_the_batch_and_the_membership(delivery_settings: Settings) -> None:
    w = delivery_settings.workers.model_copy(update={
        "max_poll_interval_ms": 6_000, "session_timeout_ms": 6_000, "batch_size": 50,
        "backoff_initial_s": 2.0, "backoff_max_s": 8.0,
    })
    s = delivery_settings.model_copy(update={"workers": w})
    items = articles(30)
    publish(s, items)
    worker = FlakyCopyWorker(s, OutageError("Elasticsearch is away"), failures=3)  # waits 7-14 s in all

    stats = worker.run(until_idle=True)

    assert worker.calls == 4 and stats.outages == 1
    assert stats.dropped_batches == 0  # paused but polling: never evicted, never rebalanced
    assert stats.consumed == len(items) and stats.dead_letters == 0
    assert dead_letters(s) == []
    assert lag(s, w.enrich_group, s.kafka.topics.raw).lag == 0
    assert sorted(decode(v, Article).id for v in read_topic(s, s.kafka.topics.enriched)) == sorted(a.id for a in items)


def test_misconfigured_worker_commits_nothing_reports_it_and_gives_up(delivery_settings: Settings) -> None:
    w = delivery_settings.workers.model_copy(update={"misconfigured_exit_s": 4.0, "backoff_max_s": 1.0})
    s = delivery_settings.model_copy(update={"workers": w})
    publish(s, articles(5))
    worker = FlakyCopyWorker(s, MisconfiguredError("write alias test-x-write is missing"), failures=1000)

    with pytest.raises(WorkerMisconfiguredExit, match="write alias test-x-write is missing"):
        worker.run(until_idle=True)

    assert worker.calls >= 3  # retried slowly until misconfigured_exit_s passed
    assert lag(s, w.enrich_group, s.kafka.topics.raw).lag == 5 and dead_letters(s) == []
    doc = state(s, "enrich")
    [member] = doc["members"].values()
    assert member["state"] == "misconfigured" and "write alias test-x-write is missing" in member["reason"]
    assert doc["state"] == "misconfigured"


def _enriched(items: list[Article]) -> list[EnrichedArticle]:
    enrichment = Enrichment(language=LanguageGuess(code="en", confidence=0.9), word_count=60,
                            reading_time_minutes=0.3, content_fingerprint="cd" * 8)
    return [EnrichedArticle(article=a, enrichment=enrichment) for a in items]


def test_index_worker_without_its_write_alias_gives_up_misconfigured_then_indexes_all_once_the_alias_is_back(
    delivery_settings: Settings,
) -> None:
    w = delivery_settings.workers.model_copy(update={"misconfigured_exit_s": 4.0, "backoff_max_s": 1.0})
    s = delivery_settings.model_copy(update={"workers": w})
    es, topics = s.elasticsearch, s.kafka.topics
    records = _enriched(articles(12))
    with Producer(s.kafka, client_id="newsline-test") as producer:
        producer.send_many(topics.enriched, ((r.id, encode(r)) for r in records))
        producer.flush_or_raise()
    with make_client(es) as client:
        client.indices.delete_alias(index=f"{es.index_prefix}-v1", name=es.write_alias)

    with pytest.raises(WorkerMisconfiguredExit, match=f"{es.write_alias}.*index_not_found_exception"):
        IndexWorker(s).run(until_idle=True)

    assert lag(s, w.index_group, topics.enriched).lag == len(records)  # nothing committed
    assert dead_letters(s) == []
    assert state(s, "index")["state"] == "misconfigured"
    with make_client(es) as client:
        assert not client.indices.exists_alias(name=es.write_alias)
        assert not client.indices.exists(index=es.write_alias)  # never auto-created as a concrete index
        client.indices.put_alias(index=f"{es.index_prefix}-v1", name=es.write_alias, is_write_index=True)

    stats = IndexWorker(s).run(until_idle=True)

    assert (stats.produced, stats.dead_letters) == (len(records), 0)
    assert indexed_count(s) == len(records) and dead_letters(s) == []
    assert lag(s, w.index_group, topics.enriched).lag == 0
