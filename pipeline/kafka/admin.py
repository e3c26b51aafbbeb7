"""Topic administration and offset/lag inspection."""

from __future__ import annotations

import logging

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.admin import ConfigResource, ConfigResourceType, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from pipeline.kafka.config import client_options
from pipeline.settings import KafkaSettings

log = logging.getLogger(__name__)


def redriven_topic(kafka: KafkaSettings) -> str:
    """Where ``newsline dlq redrive`` records which dead letters it re-published (keyed by partition@offset)."""
    return f"{kafka.topics.dead_letter}.redriven"


def topic_names(kafka: KafkaSettings) -> list[str]:
    topics = kafka.topics
    return [topics.raw, topics.enriched, topics.dead_letter, redriven_topic(kafka), topics.alerts]


def replication(kafka: KafkaSettings, brokers: int) -> tuple[int, int | None]:
    """Replication factor and min.insync.replicas for new topics on a cluster of ``brokers``: the settings,
    else ``min(3, brokers)`` and 2 from a factor of 3 on (None: the broker default)."""
    factor = kafka.topics.replication_factor or min(3, max(brokers, 1))
    min_isr = kafka.topics.min_insync_replicas or (2 if factor >= 3 else None)
    return factor, min_isr


def topic_configs(kafka: KafkaSettings, name: str, min_isr: int | None = None) -> dict[str, str]:
    """Configs a topic is created with: every topic takes ``max_message_bytes`` (and ``min_isr`` as
    min.insync.replicas); the dead-letter topic and its redrive record also get an explicit retention
    (the redrive record is compacted, so one entry per letter)."""
    configs = {"max.message.bytes": str(kafka.max_message_bytes)}
    if min_isr is not None:
        configs["min.insync.replicas"] = str(min_isr)
    if name == kafka.topics.dead_letter:
        configs["retention.ms"] = str(kafka.dead_letter_retention_ms)
    elif name == redriven_topic(kafka):
        configs.update({"retention.ms": str(kafka.dead_letter_retention_ms), "cleanup.policy": "compact,delete"})
    return configs


def ensure_topics(kafka: KafkaSettings, names: list[str] | None = None) -> list[str]:
    """Create the given topics (default: raw, enriched, dead-letter, redrive record) if missing, with
    :func:`topic_configs`; return those created. An existing topic keeps its config (a warning names the
    differences; change it with ``kafka-configs.sh --alter``)."""
    admin = KafkaAdminClient(**client_options(kafka, "newsline-admin"))
    try:
        existing = set(admin.list_topics())
        names = names or topic_names(kafka)
        wanted = [name for name in names if name not in existing]
        factor, min_isr = replication(kafka, len(admin.describe_cluster().get("brokers") or []))
        new = [
            NewTopic(name, kafka.topics.partitions, factor, topic_configs=topic_configs(kafka, name, min_isr))
            for name in wanted
        ]
        if new:
            try:
                admin.create_topics(new)
            except TopicAlreadyExistsError:
                log.info("topics created concurrently topics=%s", ",".join(wanted))
        for name in wanted:
            log.info("topic created topic=%s partitions=%d replication_factor=%d configs=%s", name,
                     kafka.topics.partitions, factor,
                     ",".join(f"{k}={v}" for k, v in topic_configs(kafka, name, min_isr).items()))
        _warn_config_drift(admin, kafka, [name for name in names if name in existing], min_isr)
        return wanted
    finally:
        admin.close()


def describe_topic_configs(kafka: KafkaSettings, name: str, keys: list[str]) -> dict[str, str | None]:
    """The current values of ``keys`` on topic ``name`` (defaults included)."""
    admin = KafkaAdminClient(**client_options(kafka, "newsline-inspect"))
    try:
        return _describe(admin, name, keys)
    finally:
        admin.close()


def _describe(admin: KafkaAdminClient, name: str, keys: list[str]) -> dict[str, str | None]:
    described = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name)], config_filter="all")
    found = described.get("topic", {}).get(name, {})
    return {key: (found.get(key) or {}).get("value") for key in keys}


def _warn_config_drift(admin: KafkaAdminClient, kafka: KafkaSettings, names: list[str],
                       min_isr: int | None) -> None:
    for name in names:
        wanted = topic_configs(kafka, name, min_isr)
        try:
            current = _describe(admin, name, list(wanted))
        except KafkaError as exc:
            log.warning("topic config unreadable topic=%s error=%s", name, type(exc).__name__)
            continue
        for key, value in wanted.items():
            if current.get(key) != value:
                log.warning("topic keeps its config topic=%s %s=%s settings_want=%s (alter it with kafka-configs.sh)",
                            name, key, current.get(key), value)


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
