"""Small helpers for integration tests: reading a topic to its end, refreshing the index."""

from __future__ import annotations

from kafka import KafkaConsumer, TopicPartition

from pipeline.index.client import make_client
from pipeline.kafka.config import client_options
from pipeline.models import DeadLetter, decode
from pipeline.settings import Settings


def read_topic(settings: Settings, topic: str) -> list[bytes]:
    consumer = KafkaConsumer(**client_options(settings.kafka, "newsline-test-reader"), enable_auto_commit=False)
    try:
        parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        ends = consumer.end_offsets(parts)
        values: list[bytes] = []
        while any(consumer.position(tp) < ends[tp] for tp in parts):
            for records in consumer.poll(timeout_ms=1000).values():
                values += [r.value for r in records]
        return values
    finally:
        consumer.close()


def dead_letters(settings: Settings) -> list[DeadLetter]:
    return [decode(v, DeadLetter) for v in read_topic(settings, settings.kafka.topics.dead_letter)]


def indexed_count(settings: Settings) -> int:
    with make_client(settings.elasticsearch) as es:
        es.indices.refresh(index=settings.elasticsearch.read_alias)
        return int(es.count(index=settings.elasticsearch.read_alias)["count"])


def drop_isolated(settings: Settings) -> None:
    """Remove what an isolated test created: its indices (articles, story clusters, events), template and topics."""
    from pipeline.kafka.admin import delete_topics, topic_names

    prefix = settings.elasticsearch.index_prefix
    with make_client(settings.elasticsearch) as es:
        es.indices.delete(index=f"{prefix}-v*", ignore_unavailable=True)
        es.indices.delete(index=f"{prefix}-clusters,{prefix}-events", ignore_unavailable=True)
        es.indices.delete(index=f"{prefix}-watchlists,{prefix}-alerts", ignore_unavailable=True)
        es.indices.delete(index=f"{prefix}-revisions-v1", ignore_unavailable=True)
        es.options(ignore_status=404).indices.delete_index_template(name=prefix)
    delete_topics(settings.kafka, topic_names(settings.kafka))


def produce_raw(settings: Settings, topic: str, values: list[bytes]) -> None:
    from pipeline.kafka.producer import Producer

    with Producer(settings.kafka, client_id="newsline-test") as producer:
        for value in values:
            producer.send(topic, None, value)
        producer.flush_or_raise()
