"""The consume -> process -> produce -> commit loop shared by the workers (at-least-once)."""

from __future__ import annotations

import logging
import signal
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType

from kafka.consumer.fetcher import ConsumerRecord

from pipeline.kafka.consumer import BatchConsumer
from pipeline.kafka.producer import Producer
from pipeline.models import DeadLetter, encode
from pipeline.settings import Settings

log = logging.getLogger(__name__)

MAX_REASON_CHARS = 2000  # the original payload is kept whole; the reason is for people and dashboards


@dataclass
class WorkerStats:
    consumed: int = 0
    produced: int = 0
    dead_letters: int = 0
    batches: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {
            "consumed": self.consumed, "produced": self.produced, "dead_letters": self.dead_letters,
            "batches": self.batches, "dead_letters_by_stage": dict(self.by_reason),
        }


class Worker(ABC):
    """Subclasses turn a batch of records into outputs; the loop makes them durable, then commits."""

    name: str = "worker"

    def __init__(self, settings: Settings, topic: str, group: str) -> None:
        self.settings = settings
        self.stats = WorkerStats()
        self._stopping = False
        self.consumer = BatchConsumer(
            settings.kafka, topic, group, settings.workers.batch_size, client_id=f"newsline-{self.name}"
        )
        self.producer = Producer(settings.kafka, client_id=f"newsline-{self.name}")

    @abstractmethod
    def process(self, records: list[ConsumerRecord]) -> None:
        """Send outputs and dead letters for every record through ``self.producer``."""

    def dead_letter(self, record: ConsumerRecord, stage: str, exc: BaseException, article_id: str | None = None) -> None:
        letter = DeadLetter.for_payload(
            record.value, stage=stage, reason=(str(exc) or type(exc).__name__)[:MAX_REASON_CHARS],
            error_type=type(exc).__name__,
            topic=record.topic, partition=record.partition, offset=record.offset,
            key=record.key.decode("utf-8", "replace") if record.key else None, article_id=article_id,
        )
        self.producer.send(self.settings.kafka.topics.dead_letter, letter.key, encode(letter))
        self.stats.dead_letters += 1
        self.stats.by_reason[stage] = self.stats.by_reason.get(stage, 0) + 1
        log.warning(
            "dead letter worker=%s stage=%s at=%s[%d]@%d reason=%r",
            self.name, stage, record.topic, record.partition, record.offset, letter.reason,
        )

    def stop(self, *_: object) -> None:
        self._stopping = True

    def install_signal_handlers(self) -> None:
        def handler(signum: int, frame: FrameType | None) -> None:
            log.info("stopping worker=%s signal=%d", self.name, signum)
            self.stop()

        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)

    def _handle(self, records: list[ConsumerRecord]) -> None:
        self.process(records)
        self.producer.flush_or_raise()
        self.consumer.commit()
        self.stats.consumed += len(records)
        self.stats.batches += 1
        first, last = records[0], records[-1]
        log.info(
            "batch committed worker=%s records=%d first=%s[%d]@%d last=%s[%d]@%d",
            self.name, len(records), first.topic, first.partition, first.offset,
            last.topic, last.partition, last.offset,
        )

    def run(self, until_idle: bool = False, upstream_done: Callable[[], bool] = lambda: True) -> WorkerStats:
        """Consume until stopped, or with ``until_idle`` until the input is drained.

        ``upstream_done`` tells whether whatever produces this worker's input has finished; until it
        has, an empty poll does not count as idle (so chained workers can run concurrently).
        """
        timeout_ms = self.settings.workers.poll_timeout_ms
        idle_since = time.monotonic()
        try:
            while not self._stopping:
                batch = self.consumer.poll(timeout_ms)
                if batch.records:
                    self._handle(batch.records)
                    idle_since = time.monotonic()
                    continue
                if not until_idle or not upstream_done():
                    idle_since = time.monotonic()
                    continue
                if self.consumer.drained() or self._idle_too_long(idle_since):
                    break
        finally:
            self.close()
        log.info("worker stopped worker=%s %s", self.name, " ".join(f"{k}={v}" for k, v in self.stats.to_dict().items()))
        return self.stats

    def _idle_too_long(self, since: float) -> bool:
        return time.monotonic() - since > self.settings.workers.idle_timeout_s

    def close(self) -> None:
        self.consumer.close()
        self.producer.close()
