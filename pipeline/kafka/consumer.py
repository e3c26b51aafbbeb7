"""A consumer-group member that hands out batches and commits only when told to."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kafka import KafkaConsumer
from kafka.consumer.fetcher import ConsumerRecord

from pipeline.kafka.config import client_options
from pipeline.settings import KafkaSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Batch:
    records: list[ConsumerRecord]

    def __len__(self) -> int:
        return len(self.records)


class BatchConsumer:
    def __init__(self, kafka: KafkaSettings, topic: str, group: str, batch_size: int, client_id: str) -> None:
        self.topic = topic
        self.group = group
        self._consumer = KafkaConsumer(
            topic,
            **client_options(kafka, client_id),
            group_id=group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=batch_size,
            fetch_min_bytes=64 * 1024,  # let batches fill (up to fetch_max_wait_ms) instead of trickling
            fetch_max_wait_ms=500,
            max_poll_interval_ms=600_000,
            session_timeout_ms=30_000,
            heartbeat_interval_ms=3_000,
        )

    def poll(self, timeout_ms: int) -> Batch:
        polled = self._consumer.poll(timeout_ms=timeout_ms)
        records = [record for part in polled.values() for record in part]
        records.sort(key=lambda r: (r.partition, r.offset))
        return Batch(records)

    def commit(self) -> None:
        """Commit the positions of everything handed out so far (call after its output is durable)."""
        self._consumer.commit()

    def drained(self) -> bool:
        """True when this member has partitions and has consumed each to its end offset."""
        assigned = self._consumer.assignment()
        if not assigned:
            return False
        ends = self._consumer.end_offsets(list(assigned))
        return all(self._consumer.position(tp) >= ends[tp] for tp in assigned)

    def close(self) -> None:
        self._consumer.close(autocommit=False)
