"""A consumer-group member that hands out batches and commits exactly the batch it handed out.

The member tracks rebalances (``epoch`` grows on every revoke/assign), can pause its partitions while it
keeps calling ``poll()`` (so it stays in the group during an outage), and can rewind its partitions to the
start of the batch in flight (dropping the batch after a rebalance or a failed commit).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord
from kafka.consumer.subscription_state import ConsumerRebalanceListener
from kafka.errors import IllegalStateError, KafkaError
from kafka.structs import OffsetAndMetadata

from pipeline.kafka.config import client_options
from pipeline.settings import KafkaSettings, WorkerSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Batch:
    records: list[ConsumerRecord]

    def __len__(self) -> int:
        return len(self.records)

    def first_offsets(self) -> dict[TopicPartition, int]:
        """Where each partition of the batch starts (the position to rewind to)."""
        firsts: dict[TopicPartition, int] = {}
        for record in self.records:
            tp = TopicPartition(record.topic, record.partition)
            firsts[tp] = min(firsts.get(tp, record.offset), record.offset)
        return firsts

    def next_offsets(self) -> dict[TopicPartition, int]:
        """The offsets to commit once the batch is durable: one past each partition's last record."""
        nexts: dict[TopicPartition, int] = {}
        for record in self.records:
            tp = TopicPartition(record.topic, record.partition)
            nexts[tp] = max(nexts.get(tp, 0), record.offset + 1)
        return nexts


class _Rebalances(ConsumerRebalanceListener):
    """Counts assignment changes and keeps newly assigned partitions paused while the member is paused."""

    def __init__(self, owner: BatchConsumer) -> None:
        self.owner = owner

    def on_partitions_revoked(self, revoked: list[TopicPartition]) -> None:
        self.owner.epoch += 1
        log.info("partitions revoked group=%s partitions=%s", self.owner.group, _names(revoked))

    def on_partitions_assigned(self, assigned: list[TopicPartition]) -> None:
        self.owner.epoch += 1
        log.info("partitions assigned group=%s partitions=%s", self.owner.group, _names(assigned))
        if self.owner.paused and assigned:
            self.owner._consumer.pause(*assigned)


def _names(tps: list[TopicPartition] | set[TopicPartition]) -> str:
    return ",".join(f"{tp.topic}[{tp.partition}]" for tp in sorted(tps)) or "-"


class BatchConsumer:
    def __init__(
        self, kafka: KafkaSettings, topic: str, group: str, workers: WorkerSettings, client_id: str
    ) -> None:
        self.topic = topic
        self.group = group
        self.epoch = 0  # grows on every rebalance callback; a batch polled in an older epoch is dropped
        self.paused = False
        self._last: Batch = Batch([])
        self._close_timeout_ms = kafka.close_timeout_ms
        self._consumer = KafkaConsumer(
            **client_options(kafka, client_id),
            group_id=group,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_poll_records=workers.batch_size,
            fetch_min_bytes=64 * 1024,  # let batches fill (up to fetch_max_wait_ms) instead of trickling
            fetch_max_wait_ms=500,
            max_poll_interval_ms=workers.max_poll_interval_ms,
            session_timeout_ms=workers.session_timeout_ms,
            heartbeat_interval_ms=max(workers.session_timeout_ms // 10, 500),
        )
        self._consumer.subscribe([topic], listener=_Rebalances(self))

    def poll(self, timeout_ms: int) -> Batch:
        """The next batch (sorted by partition and offset); ``commit()`` commits exactly this batch."""
        polled = self._consumer.poll(timeout_ms=timeout_ms)
        records = [record for part in polled.values() for record in part]
        records.sort(key=lambda r: (r.partition, r.offset))
        self._last = Batch(records)
        return self._last

    def keep_alive(self, timeout_ms: int) -> None:
        """Poll with every partition paused: stay in the group (and take part in rebalances) without consuming."""
        self.pause()
        polled = self._consumer.poll(timeout_ms=timeout_ms)
        if polled:  # a partition assigned in this very poll was fetched before it could be paused
            stray = Batch([record for part in polled.values() for record in part])
            self._seek(stray.first_offsets())
            self.pause()

    def pause(self) -> None:
        self.paused = True
        assigned = self._consumer.assignment()
        if assigned:
            self._consumer.pause(*assigned)

    def resume(self) -> None:
        if not self.paused:
            return
        self.paused = False
        paused = self._consumer.paused()
        if paused:
            self._consumer.resume(*paused)
        log.info("consumption resumed group=%s partitions=%s", self.group, _names(self._consumer.assignment()))

    def commit(self) -> None:
        """Commit the batch last handed out by :meth:`poll` (call after its output is durable)."""
        offsets = {tp: OffsetAndMetadata(offset, "", -1) for tp, offset in self._last.next_offsets().items()}
        if offsets:
            self._consumer.commit(offsets)

    def rewind(self, batch: Batch) -> None:
        """Drop ``batch``: move the partitions still assigned back to its first records (the committed position)."""
        self._seek(batch.first_offsets())

    def _seek(self, offsets: dict[TopicPartition, int]) -> None:
        assigned = self._consumer.assignment()
        for tp, offset in offsets.items():
            if tp not in assigned:
                continue  # revoked: its new owner starts from the committed offset
            try:
                self._consumer.seek(tp, offset)
            except IllegalStateError:
                log.info("rewind skipped at=%s[%d]@%d: no longer assigned", tp.topic, tp.partition, offset)
                continue
            log.info("rewound at=%s[%d]@%d group=%s", tp.topic, tp.partition, offset, self.group)

    def lags(self) -> dict[tuple[str, int], int]:
        """Records behind the end, per assigned partition, from the highwater of the last fetch (no request).

        Partitions not fetched yet (highwater unknown) are left out; the position is known once one was fetched.
        """
        lags: dict[tuple[str, int], int] = {}
        for tp in self._consumer.assignment():
            try:
                highwater = self._consumer.highwater(tp)
                position = self._consumer.position(tp, timeout_ms=0) if highwater is not None else None
            except KafkaError:  # revoked since assignment() was read, or no position yet: no figure this time
                continue
            if highwater is not None and position is not None:
                lags[(tp.topic, tp.partition)] = max(highwater - position, 0)
        return lags

    def assignment(self) -> set[TopicPartition]:
        return set(self._consumer.assignment())

    def close(self) -> None:
        self._consumer.close(autocommit=False, timeout_ms=self._close_timeout_ms)
