"""Measured consumer-group lag: committed offsets (admin ``list_group_offsets``) against end offsets.

This is how a drain knows it is done: not an empty poll (a dead member may still hold the partitions),
but the group's committed offset reaching the end offset on every partition of the topic.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from pipeline.kafka.config import client_options
from pipeline.settings import KafkaSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PartitionLag:
    partition: int
    end: int
    committed: int | None  # None: the group has committed nothing here yet
    beginning: int = 0  # the first offset still stored (where an uncommitted group starts)

    @property
    def lag(self) -> int:
        return self.end - (self.committed if self.committed is not None else self.beginning)


@dataclass(frozen=True)
class TopicLag:
    group: str
    topic: str
    partitions: list[PartitionLag]

    @property
    def lag(self) -> int:
        return sum(max(p.lag, 0) for p in self.partitions)

    @property
    def done(self) -> bool:
        return all(p.lag <= 0 for p in self.partitions)

    def describe(self) -> str:
        parts = " ".join(f"[{p.partition}]={p.lag}" for p in self.partitions if p.lag > 0)
        return f"group={self.group} topic={self.topic} lag={self.lag} {parts}".rstrip()

    def to_dict(self) -> dict[str, object]:
        return {
            "group": self.group, "topic": self.topic, "lag": self.lag,
            "partitions": {
                str(p.partition): {"end": p.end, "committed": p.committed, "lag": p.lag} for p in self.partitions
            },
        }


class LagProbe:
    """Reusable admin + metadata clients measuring one or more (group, topic) lags."""

    def __init__(self, kafka: KafkaSettings, client_id: str = "newsline-lag") -> None:
        self._kafka = kafka
        self._client_id = client_id
        self._admin: KafkaAdminClient | None = None
        self._consumer: KafkaConsumer | None = None

    def measure(self, group: str, topic: str) -> TopicLag:
        """Lag of ``group`` on every partition of ``topic`` (beginning offsets stand in where nothing is committed)."""
        if self._admin is None or self._consumer is None:
            self._admin = KafkaAdminClient(**client_options(self._kafka, self._client_id))
            self._consumer = KafkaConsumer(**client_options(self._kafka, self._client_id))
        tps = [TopicPartition(topic, p) for p in sorted(self._consumer.partitions_for_topic(topic) or [])]
        ends = self._consumer.end_offsets(tps) if tps else {}
        beginnings = self._consumer.beginning_offsets(tps) if tps else {}
        committed = self._admin.list_group_offsets({group: tps or None}).get(group, {})
        partitions = []
        for tp in tps:
            meta = committed.get(tp)
            offset = meta.offset if meta is not None and meta.offset >= 0 else None
            partitions.append(PartitionLag(tp.partition, ends[tp], offset, beginnings.get(tp, 0)))
        return TopicLag(group, topic, partitions)

    def close(self) -> None:
        for client in (self._admin, self._consumer):
            if client is not None:
                client.close()
        self._admin = self._consumer = None

    def __enter__(self) -> LagProbe:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
