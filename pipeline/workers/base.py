"""The consume -> process -> produce -> commit loop shared by the workers (at-least-once).

A batch is committed only after all its output (and dead letters) is acknowledged. What can go wrong:

- an **outage** (``OutageError`` from ``process``, Kafka not acknowledging or not committing): keep the batch,
  pause the partitions, keep polling (group membership), back off with capped jitter, retry the same records;
- a **record that can never be produced** (too large for the request or the topic): dead-letter it (a minimal
  letter with the reason and the position, payload by reference, if even the letter is too large) and commit;
- a **misconfiguration** (``MisconfiguredError``): stop consuming, report it, retry slowly, exit non-zero after
  ``workers.misconfigured_exit_s``;
- a **rebalance or failed commit** (eviction): drop the batch, rewind to its first offsets, rejoin, continue.

Anything else (a bug) ends the loop with the exception; nothing was committed, so the batch is redelivered.
"""

from __future__ import annotations

import copy
import logging
import os
import signal
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType
from typing import TypeVar

from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import (
    CommitFailedError,
    IllegalGenerationError,
    KafkaConnectionError,
    KafkaError,
    KafkaTimeoutError,
    RebalanceInProgressError,
    UnknownMemberIdError,
)

from pipeline.backoff import Backoff
from pipeline.kafka.consumer import Batch, BatchConsumer
from pipeline.kafka.exceptions import KafkaTransportError, ProduceError
from pipeline.kafka.producer import Producer, SendFailure
from pipeline.metrics import MetricsServer, WorkerMetrics, serve
from pipeline.models import DeadLetter, encode
from pipeline.settings import Settings
from pipeline.workers import state as st
from pipeline.workers.exceptions import MisconfiguredError, OutageError, WorkerMisconfiguredExit

log = logging.getLogger(__name__)

MAX_REASON_CHARS = 2000  # the original payload is kept whole; the reason is for people and dashboards
STATE_REFRESH_S = 15.0
T = TypeVar("T")
KAFKA_AWAY = (KafkaTimeoutError, KafkaConnectionError)  # no broker answers (yet): not a wrong setting
GROUP_ERRORS = (CommitFailedError, RebalanceInProgressError, IllegalGenerationError, UnknownMemberIdError)


class ProduceOutage(KafkaTransportError):
    """Kafka did not acknowledge some output for a reason that is not the record itself (retry the batch)."""


class _Dropped(Exception):
    """The batch was given up because the group rebalanced or its commit was refused (it is redelivered)."""


@dataclass(frozen=True)
class _Letter:
    """Origin attached to a dead letter sent to Kafka (so a letter too large can be replaced by a minimal one)."""

    record: ConsumerRecord
    letter: DeadLetter
    minimal: bool = False


@dataclass
class WorkerStats:
    consumed: int = 0
    produced: int = 0
    dead_letters: int = 0
    batches: int = 0
    dropped_batches: int = 0
    outages: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {
            "consumed": self.consumed, "produced": self.produced, "dead_letters": self.dead_letters,
            "batches": self.batches, "dropped_batches": self.dropped_batches, "outages": self.outages,
            "dead_letters_by_stage": dict(self.by_reason),
        }


class Worker(ABC):
    """Subclasses turn a batch of records into outputs; the loop makes them durable, then commits."""

    name: str = "worker"

    def __init__(self, settings: Settings, topic: str, group: str) -> None:
        self.settings = settings
        self.stats = WorkerStats()
        self._stopping = False
        self.member_key = f"pid-{os.getpid()}"  # the supervisor sets its slot number instead
        self.state_file = st.WorkerStateFile(settings.paths.state, self.name)
        self._state: tuple[str, str | None] = (st.STARTING, None)
        self._state_written = 0.0
        self._misconfigured_since: float | None = None
        self._done: Callable[[], bool] | None = None  # the drain check while running until idle
        self.metrics = WorkerMetrics(self.name, stale_after_s=settings.metrics.stale_after_s)
        self.metrics_port_offset = 0  # the supervisor sets its slot number: N processes, N ports
        self.metrics_server: MetricsServer | None = None  # serving while run() runs, if metrics.enabled
        self.consumer = self.at_start("kafka consumer", lambda: BatchConsumer(
            settings.kafka, topic, group, settings.workers, client_id=f"newsline-{self.name}"
        ), *KAFKA_AWAY)
        self.producer = self.at_start(
            "kafka producer", lambda: Producer(settings.kafka, client_id=f"newsline-{self.name}"), *KAFKA_AWAY)

    def at_start(self, what: str, connect: Callable[[], T], *away: type[BaseException]) -> T:
        """``connect()``, retried with backoff while it raises one of ``away`` (a service restarting, e.g. a
        broker, when a supervisor restarts this worker); re-raised after ``workers.misconfigured_exit_s``."""
        w = self.settings.workers
        started, attempt = time.monotonic(), 0
        while True:
            try:
                return connect()
            except away as exc:
                if time.monotonic() - started >= w.misconfigured_exit_s:
                    raise
                delay = Backoff(w.backoff_initial_s, w.backoff_max_s, jitter=0).delay(attempt)
                log.warning("not connected at start worker=%s what=%s attempt=%d wait_s=%.1f error=%s: %s",
                            self.name, what, attempt + 1, delay, type(exc).__name__, exc)
                time.sleep(delay)
                attempt += 1

    @abstractmethod
    def process(self, records: list[ConsumerRecord]) -> None:
        """Send outputs (``origin=record``) and dead letters for every record through ``self.producer``.

        Raise :class:`OutageError` when a service is briefly away (the batch is retried, never dead-lettered)
        and :class:`MisconfiguredError` when the setup is wrong.
        """

    def dead_letter(self, record: ConsumerRecord, stage: str, exc: BaseException, article_id: str | None = None) -> None:
        letter = DeadLetter.for_payload(
            record.value, max_payload_bytes=self.settings.limits.dead_letter_max_payload_bytes,
            stage=stage, reason=(str(exc) or type(exc).__name__)[:MAX_REASON_CHARS],
            error_type=type(exc).__name__,
            topic=record.topic, partition=record.partition, offset=record.offset,
            key=record.key.decode("utf-8", "replace") if record.key else None, article_id=article_id,
        )
        self._send_letter(record, letter, minimal=False)
        self.stats.dead_letters += 1
        self.stats.by_reason[stage] = self.stats.by_reason.get(stage, 0) + 1
        log.warning(
            "dead letter worker=%s stage=%s at=%s[%d]@%d reason=%r",
            self.name, stage, record.topic, record.partition, record.offset, letter.reason,
        )

    def _send_letter(self, record: ConsumerRecord, letter: DeadLetter, minimal: bool) -> None:
        origin = _Letter(record, letter, minimal)
        self.producer.send(self.settings.kafka.topics.dead_letter, letter.key, encode(letter), origin=origin)

    def stop(self, *_: object) -> None:
        self._stopping = True

    def install_signal_handlers(self) -> None:
        def handler(signum: int, frame: FrameType | None) -> None:
            log.info("stopping worker=%s signal=%d", self.name, signum)
            self.stop()

        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)

    # -- one batch ---------------------------------------------------------------------------------------

    def _deliver(self, batch: Batch) -> None:
        """Make ``batch`` durable and commit it, riding out outages; returns when done, dropped or stopping."""
        epoch, attempt, started = self.consumer.epoch, 0, time.monotonic()
        while not self._stopping:
            before = copy.deepcopy(self.stats)
            try:
                self._attempt(batch.records)
            except _Dropped as exc:
                self._drop(batch, before, str(exc))
                return
            except (OutageError, ProduceOutage, KafkaError) as exc:
                self._retry_later(before, attempt, st.OUTAGE, f"{type(exc).__name__}: {exc}")
            except MisconfiguredError as exc:
                self._retry_later(before, attempt, st.MISCONFIGURED, f"{type(exc).__name__}: {exc}")
            else:
                self._observe(batch.records, before, time.monotonic() - started)
                self._committed(batch.records)
                return
            attempt += 1
            if self.consumer.epoch != epoch:
                self._drop(batch, self.stats, "the group rebalanced while the batch waited")
                return

    def _attempt(self, records: list[ConsumerRecord]) -> None:
        self.process(records)
        self._settle_failures(self.producer.flush_failures())
        try:
            self.consumer.commit()
        except GROUP_ERRORS as exc:
            raise _Dropped(f"commit refused: {type(exc).__name__}: {exc}") from exc

    def _settle_failures(self, failures: list[SendFailure]) -> None:
        """Dead-letter what can never be produced; raise :class:`ProduceOutage` if anything else failed."""
        while failures:
            outage = [f for f in failures if not f.permanent]
            if outage:
                raise ProduceOutage(f"{len(outage)} message(s) not acknowledged, first: {outage[0].reason}")
            for failure in failures:
                self._unproducible(failure)
            failures = self.producer.flush_failures()

    def _unproducible(self, failure: SendFailure) -> None:
        origin = failure.origin
        if isinstance(origin, _Letter) and not origin.minimal:
            letter = origin.letter
            minimal = DeadLetter.for_payload(  # max_payload_bytes=0: the payload by reference to its position
                origin.record.value, max_payload_bytes=0, stage=letter.stage, error_type=letter.error_type,
                reason=f"{letter.reason} [payload by reference only: the dead letter was refused: {failure.reason}]"[
                    :MAX_REASON_CHARS],
                topic=letter.topic, partition=letter.partition, offset=letter.offset, key=letter.key,
                article_id=letter.article_id,
            )
            log.warning("dead letter too large, sending it with the payload by reference at=%s[%s]@%s", letter.topic,
                        letter.partition, letter.offset)
            self._send_letter(origin.record, minimal, minimal=True)
        elif isinstance(origin, ConsumerRecord):
            self.stats.produced -= 1
            self.dead_letter(origin, f"{self.name}:produce", failure.error, article_id=failure.key)
        else:
            raise ProduceError(f"a message cannot be produced and has no origin to dead-letter: {failure.reason}")

    def _observe(self, records: list[ConsumerRecord], before: WorkerStats, seconds: float) -> None:
        """Count a committed batch in the metrics (``before``: the stats before its successful attempt)."""
        m = self.metrics
        m.consumed(len(records))
        m.produced(self.stats.produced - before.produced)
        m.batch(seconds)
        for stage, n in self.stats.by_reason.items():
            if n > before.by_reason.get(stage, 0):
                m.dead_lettered(stage, n - before.by_reason.get(stage, 0))
        if self._misconfigured_since is not None:
            m.recovered()

    def _committed(self, records: list[ConsumerRecord]) -> None:
        self.consumer.resume()
        self._misconfigured_since = None
        self._set_state(st.RUNNING)
        self.stats.consumed += len(records)
        self.stats.batches += 1
        first, last = records[0], records[-1]
        log.info(
            "batch committed worker=%s records=%d first=%s[%d]@%d last=%s[%d]@%d",
            self.name, len(records), first.topic, first.partition, first.offset,
            last.topic, last.partition, last.offset,
        )

    def _drop(self, batch: Batch, stats: WorkerStats, reason: str) -> None:
        self.stats = stats
        self.stats.dropped_batches += 1
        self.producer.discard()
        self.consumer.rewind(batch)
        self.consumer.resume()
        first = batch.records[0]
        log.warning("batch dropped worker=%s records=%d first=%s[%d]@%d reason=%s",
                    self.name, len(batch), first.topic, first.partition, first.offset, reason)

    def _retry_later(self, before: WorkerStats, attempt: int, kind: str, reason: str) -> None:
        """Undo the attempt's counts, report, and wait paused (polling) before the same batch is retried."""
        self.stats = before
        w = self.settings.workers
        if kind == st.OUTAGE:
            self.producer.reconnect()  # fresh connections and metadata for the retry
            if attempt == 0:
                self.stats.outages += 1
            delay = Backoff(w.backoff_initial_s, w.backoff_max_s).delay(attempt)
        else:
            self.producer.discard()
            now = time.monotonic()
            self._misconfigured_since = self._misconfigured_since or now
            self.metrics.misconfigured(reason)
            left = w.misconfigured_exit_s - (now - self._misconfigured_since)
            if left <= 0:
                self._set_state(st.MISCONFIGURED, reason)
                raise WorkerMisconfiguredExit(f"worker={self.name} misconfigured for {w.misconfigured_exit_s:g}s: {reason}")
            delay = min(w.backoff_max_s, left)
        log.warning("batch retry worker=%s state=%s attempt=%d wait_s=%.1f reason=%s",
                    self.name, kind, attempt + 1, delay, reason)
        self._set_state(kind, reason)
        self._wait_paused(delay)

    def _wait_paused(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        poll_ms = self.settings.workers.poll_timeout_ms
        while not self._stopping and (left := deadline - time.monotonic()) > 0:
            self.metrics.heartbeat()  # backing off is alive: /healthz stays green through an outage
            if self._done is not None:
                self._done()  # a drain's timeout holds during an outage too (it raises)
            try:
                self.consumer.keep_alive(int(min(poll_ms, left * 1000)) or 1)
            except KafkaError as exc:
                log.info("paused poll failed worker=%s error=%s", self.name, type(exc).__name__)
                time.sleep(min(1.0, max(left, 0)))

    # -- state file --------------------------------------------------------------------------------------

    def _set_state(self, state: str, reason: str | None = None, force: bool = False) -> None:
        changed = (state, reason) != self._state
        if not (changed or force or time.monotonic() - self._state_written > STATE_REFRESH_S):
            return
        self._state = (state, reason)
        self._state_written = time.monotonic()
        try:
            self.state_file.member(
                self.member_key, pid=os.getpid(), state=state, reason=reason,
                consumed=self.stats.consumed, produced=self.stats.produced, dead_letters=self.stats.dead_letters,
            )
        except OSError as exc:
            log.warning("state file not written path=%s error=%s", self.state_file.path, exc)

    # -- the loop ----------------------------------------------------------------------------------------

    def run(self, until_idle: bool = False, done: Callable[[], bool] | None = None) -> WorkerStats:
        """Consume until stopped, or with ``until_idle`` until ``done()`` says the drain is complete.

        ``done`` defaults to "this worker's group has committed its input topic to the end offsets"
        (see :mod:`pipeline.workers.drain`); it may raise (a drain timeout), which ends the loop.
        """
        watch = None
        if until_idle and done is None:
            from pipeline.workers.drain import DrainWatch

            watch = DrainWatch(self.settings, [(self.consumer.group, self.consumer.topic)])
            done = watch.done
        self._done = done if until_idle else None
        self._on_start()
        ended = st.STOPPED
        try:
            self.metrics_server = serve(self.settings, self.metrics, port_offset=self.metrics_port_offset)
            self._loop(self._done)
        except BaseException as exc:
            ended = st.MISCONFIGURED if isinstance(exc, WorkerMisconfiguredExit) else st.DEAD
            self._set_state(ended, f"{type(exc).__name__}: {exc}"[:MAX_REASON_CHARS], force=True)
            raise
        finally:
            if watch is not None:
                watch.close()
            if self.metrics_server is not None:
                self.metrics_server.close()
            self.close()
            if ended == st.STOPPED:
                self._set_state(st.STOPPED, force=True)
        log.info("worker stopped worker=%s %s", self.name, " ".join(f"{k}={v}" for k, v in self.stats.to_dict().items()))
        return self.stats

    def _on_start(self) -> None:
        if self.member_key.startswith("pid-"):
            try:
                self.state_file.forget_ended_standalone()
            except OSError as exc:
                log.warning("state file not written path=%s error=%s", self.state_file.path, exc)
        self._set_state(st.RUNNING, force=True)

    def _loop(self, done: Callable[[], bool] | None) -> None:
        timeout_ms = self.settings.workers.poll_timeout_ms
        while not self._stopping:
            try:
                batch = self.consumer.poll(timeout_ms)
            except KafkaError as exc:  # Kafka away between batches: nothing in flight, wait and poll again
                self.metrics.heartbeat()
                self._set_state(st.OUTAGE, f"poll failed: {type(exc).__name__}: {exc}")
                time.sleep(min(self.settings.workers.backoff_max_s, 1.0))
                continue
            self.metrics.heartbeat()
            self.metrics.lags(self.consumer.lags())
            if batch.records:
                self._deliver(batch)
            elif self._state[0] == st.OUTAGE:
                self._set_state(st.RUNNING)  # Kafka answers again: the poll failure above is over
            else:
                self._set_state(*self._state)  # periodic refresh (updated_at, counts)
            if done is not None and not batch.records and done():
                return

    def close(self) -> None:
        self.consumer.close()
        self.producer.close()
