"""A producer that sends keyed messages and waits for every acknowledgement.

``send()`` never raises a Kafka error: a message Kafka refuses (too large for the request or the topic) or
cannot take right now (no broker, timeout, leader moving) is recorded as a :class:`SendFailure` and reported
by ``flush``. ``SendFailure.permanent`` tells the two apart: a permanent failure will fail again on retry
(dead-letter it), anything else is an outage (keep the batch, retry after :meth:`Producer.reconnect`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kafka import KafkaProducer
from kafka.errors import (
    CorruptRecordError,
    InvalidTopicError,
    KafkaError,
    MessageSizeTooLargeError,
    RecordListTooLargeError,
)

from pipeline.kafka.config import client_options
from pipeline.kafka.exceptions import ProduceError
from pipeline.settings import KafkaSettings

log = logging.getLogger(__name__)

# Errors that say "this record can never be produced": retrying the same bytes fails the same way.
RECORD_ERRORS: tuple[type[KafkaError], ...] = (
    MessageSizeTooLargeError, RecordListTooLargeError, CorruptRecordError, InvalidTopicError,
)


@dataclass(frozen=True)
class SendFailure:
    topic: str
    key: str | None
    error: BaseException
    origin: Any = None  # what the sender attached to the message (workers: the consumed record)

    @property
    def permanent(self) -> bool:
        return isinstance(self.error, RECORD_ERRORS)

    @property
    def reason(self) -> str:
        return f"{type(self.error).__name__}: {self.error}"


@dataclass
class _Pending:
    topic: str
    key: str | None
    origin: Any
    future: Any = None
    error: BaseException | None = None


class Producer:
    def __init__(
        self, kafka: KafkaSettings, client_id: str = "newsline-producer", max_request_size: int | None = None
    ) -> None:
        self._options: dict[str, Any] = {
            **client_options(kafka, client_id),
            "acks": "all",
            # Not idempotent on purpose: kafka-python treats a record too large for the topic as fatal for an
            # idempotent producer and aborts every batch in flight. Duplicates from retries are harmless here:
            # every message is keyed by document id and applied idempotently downstream.
            "enable_idempotence": False,
            "retries": 10,
            "linger_ms": 10,
            "max_in_flight_requests_per_connection": 1,
            "request_timeout_ms": 30_000,
            "delivery_timeout_ms": 45_000,  # a record not acknowledged by then fails (and is re-sent by the worker)
            "max_block_ms": 30_000,  # a missing topic or unreachable broker fails in bounded time
            # the topics' max.message.bytes (set by ensure_topics) unless the caller asks for another limit
            "max_request_size": max_request_size or kafka.max_message_bytes,
        }
        self._producer: KafkaProducer | None = KafkaProducer(**self._options)
        self._pending: list[_Pending] = []
        self._unreachable: BaseException | None = None  # set by a blocking send failure until the next flush

    def send(self, topic: str, key: str | None, value: bytes, origin: Any = None) -> None:
        pending = _Pending(topic, key, origin)
        self._pending.append(pending)
        if self._unreachable is not None:  # do not block max_block_ms again for every message of the batch
            pending.error = self._unreachable
            return
        try:
            pending.future = self._client().send(topic, key=key.encode("utf-8") if key else None, value=value)
        except KafkaError as exc:
            pending.error = exc
            if not isinstance(exc, RECORD_ERRORS):
                self._unreachable = exc

    def _client(self) -> KafkaProducer:
        if self._producer is None:  # replaced after an outage; created again on first use
            self._producer = KafkaProducer(**self._options)
        return self._producer

    def send_many(self, topic: str, items: Iterable[tuple[str | None, bytes]]) -> None:
        for key, value in items:
            self.send(topic, key, value)

    def flush_failures(self, timeout: float = 60.0) -> list[SendFailure]:
        """Wait (up to ``timeout`` in all) for every pending message; return those not acknowledged."""
        deadline = time.monotonic() + timeout
        try:
            if self._producer is not None:
                self._producer.flush(timeout=timeout)
        except KafkaError as exc:  # KafkaTimeoutError: some records are still unacknowledged
            log.warning("produce flush incomplete error=%s", type(exc).__name__)
        pending, self._pending = self._pending, []
        self._unreachable = None
        failures: list[SendFailure] = []
        for item in pending:
            error = item.error or self._outcome(item.future, deadline)
            if error is not None:
                log.warning("produce failed topic=%s key=%s error=%s", item.topic, item.key, type(error).__name__)
                failures.append(SendFailure(item.topic, item.key, error, item.origin))
        return failures

    @staticmethod
    def _outcome(future: Any, deadline: float) -> BaseException | None:
        try:
            meta = future.get(timeout=max(deadline - time.monotonic(), 0.001))
        except KafkaError as exc:
            return exc
        log.debug("produced topic=%s[%s]@%s", meta.topic, meta.partition, meta.offset)
        return None

    def flush(self, timeout: float = 60.0) -> list[tuple[str | None, str]]:
        """Wait for every pending message; return ``(key, reason)`` for each one not acknowledged."""
        return [(f.key, f.reason) for f in self.flush_failures(timeout)]

    def flush_or_raise(self, timeout: float = 60.0) -> None:
        """Like :meth:`flush`, but any unacknowledged message is an error (workers must not commit)."""
        failures = self.flush_failures(timeout)
        if failures:
            first = failures[0]
            raise ProduceError(f"{len(failures)} message(s) not acknowledged, first key={first.key}: {first.reason}")

    def discard(self) -> None:
        """Forget the pending messages (the caller will send them again); they may still arrive (duplicates)."""
        self._pending = []
        self._unreachable = None

    def reconnect(self) -> None:
        """Replace the client after an outage (fresh connections, metadata and producer id)."""
        self.discard()
        old, self._producer = self._producer, None
        if old is not None:
            _stop(old, timeout=1)

    def close(self) -> None:
        if self._producer is not None:
            _stop(self._producer, timeout=10)
            self._producer = None

    def __enter__(self) -> Producer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _stop(client: KafkaProducer, timeout: float) -> None:
    """Close ``client``, waiting up to ``timeout`` for what it still holds. kafka-python's ``close`` flushes first
    and raises when that times out, before it stops the client's network thread, which then retries a broker that
    is gone for as long as the process lives; so what could not be delivered is dropped (its senders see the
    failure) and the thread is stopped."""
    try:
        client.close(timeout=timeout)
        return
    except KafkaError as exc:
        log.info("producer closed unflushed error=%s", type(exc).__name__)
    sender = client._sender  # kafka-python 3.0 has no public way to drop a client's undelivered records
    sender.force_close()  # fails every record still held, then ends the thread
    sender.join(timeout)
    try:
        client.close(timeout=0)
    except KafkaError as exc:  # the thread was told to stop and ends after its current poll
        log.warning("producer network thread still stopping error=%s", type(exc).__name__)
