"""Topic administration and offset/lag inspection."""

from __future__ import annotations

import logging

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from pipeline.kafka.config import client_options
from pipeline.settings import KafkaSettings

log = logging.getLogger(__name__)


def topic_names(kafka: KafkaSettings) -> list[str]:
    topics = kafka.topics
    return [topics.raw, topics.enriched, topics.dead_letter, topics.alerts]


def ensure_topics(kafka: KafkaSettings, names: list[str] | None = None) -> list[str]:
    """Create the given topics (default: raw, enriched, dead-letter) if missing; return those created."""
    admin = KafkaAdminClient(**client_options(kafka, "newsline-admin"))
    try:
        existing = set(admin.list_topics())
        wanted = [name for name in (names or topic_names(kafka)) if name not in existing]
        new = [
            NewTopic(name, kafka.topics.partitions, kafka.topics.replication_factor) for name in wanted
        ]
        if new:
            try:
                admin.create_topics(new)
            except TopicAlreadyExistsError:
                log.info("topics created concurrently topics=%s", ",".join(wanted))
        for name in wanted:
            log.info("topic created topic=%s partitions=%d", name, kafka.topics.partitions)
        return wanted
    finally:
        admin.close()


def delete_topics(kafka: KafkaSettings, names: list[str]) -> list[str]:
    """Delete those of ``names`` that exist; return them."""
    admin = KafkaAdminClient(**client_options(kafka, "newsline-admin"))
    try:
        present = [name for name in names if name in set(admin.list_topics())]
        if present:
            admin.delete_topics(present)
        return present
    finally:
        admin.close()


def end_offsets(kafka: KafkaSettings, topics: list[str]) -> dict[str, dict[int, int]]:
    """Latest offset per partition for each topic (0 partitions if the topic does not exist)."""
    consumer = KafkaConsumer(**client_options(kafka, "newsline-inspect"))
    try:
        result: dict[str, dict[int, int]] = {}
        for topic in topics:
            partitions = consumer.partitions_for_topic(topic) or set()
            tps = [TopicPartition(topic, p) for p in sorted(partitions)]
            ends = consumer.end_offsets(tps) if tps else {}
            result[topic] = {tp.partition: offset for tp, offset in ends.items()}
        return result
    finally:
        consumer.close()


def group_lag(kafka: KafkaSettings, group: str, topic: str) -> dict[str, int]:
    """Committed offsets and lag of a consumer group on one topic."""
    ends = end_offsets(kafka, [topic])[topic]
    admin = KafkaAdminClient(**client_options(kafka, "newsline-inspect"))
    try:
        committed = admin.list_group_offsets({group: None}).get(group, {})
    finally:
        admin.close()
    done = {tp.partition: meta.offset for tp, meta in committed.items() if tp.topic == topic}
    lag = sum(end - max(done.get(p, 0), 0) for p, end in ends.items())
    return {"end": sum(ends.values()), "committed": sum(max(v, 0) for v in done.values()), "lag": lag}
