"""A producer that sends keyed messages and waits for every acknowledgement."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from kafka import KafkaProducer
from kafka.errors import KafkaError

from pipeline.kafka.config import client_options
from pipeline.kafka.exceptions import ProduceError
from pipeline.settings import KafkaSettings

log = logging.getLogger(__name__)


class Producer:
    def __init__(self, kafka: KafkaSettings, client_id: str = "newsline-producer") -> None:
        self._producer = KafkaProducer(
            **client_options(kafka, client_id),
            acks="all",
            retries=10,
            linger_ms=10,
            max_in_flight_requests_per_connection=1,
            request_timeout_ms=30_000,
            max_block_ms=30_000,  # a missing topic or unreachable broker fails in bounded time
            max_request_size=kafka.max_message_bytes,  # the topics' max.message.bytes (set by ensure_topics)
        )
        self._pending: list[tuple[str, str | None, Any]] = []

    def send(self, topic: str, key: str | None, value: bytes) -> None:
        future = self._producer.send(topic, key=key.encode("utf-8") if key else None, value=value)
        self._pending.append((topic, key, future))

    def send_many(self, topic: str, items: Iterable[tuple[str | None, bytes]]) -> None:
        for key, value in items:
            self.send(topic, key, value)

    def flush(self, timeout: float = 60.0) -> list[tuple[str | None, str]]:
        """Wait for every pending message; return ``(key, reason)`` for each one not acknowledged."""
        self._producer.flush(timeout=timeout)
        pending, self._pending = self._pending, []
        failures: list[tuple[str | None, str]] = []
        for topic, key, future in pending:
            try:
                meta = future.get(timeout=timeout)
            except KafkaError as exc:
                log.warning("produce failed topic=%s key=%s error=%s", topic, key, type(exc).__name__)
                failures.append((key, f"{type(exc).__name__}: {exc}"))
                continue
            log.debug("produced topic=%s[%s]@%s key=%s", meta.topic, meta.partition, meta.offset, key)
        return failures

    def flush_or_raise(self, timeout: float = 60.0) -> None:
        """Like :meth:`flush`, but any unacknowledged message is an error (workers must not commit)."""
        failures = self.flush(timeout)
        if failures:
            key, reason = failures[0]
            raise ProduceError(f"{len(failures)} message(s) not acknowledged, first key={key}: {reason}")

    def close(self) -> None:
        self._producer.close(timeout=10)

    def __enter__(self) -> Producer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
