"""The one publisher to the raw topic: size limits applied, keyed by article id, outcome per article once acked.

Replay, ingest and re-checks all send through :class:`RawPublisher`; each tags its articles with whatever it
needs for its own bookkeeping (a file name, the claimed URLs, a re-check) and records the :class:`Delivery`
outcomes :meth:`RawPublisher.flush` returns. Text/title over the limits are cut (the article says
``truncated``); an article still too large for one Kafka message is refused (not retryable), never the run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from kafka.errors import MessageSizeTooLargeError

from pipeline.kafka.producer import Producer
from pipeline.models import Article
from pipeline.models.limits import RecordTooLargeError, TextLimits, apply_limits, encode_within
from pipeline.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")
Status = Literal["published", "too_large", "not_acknowledged"]


@dataclass(frozen=True)
class Delivery(Generic[T]):
    """What became of one article: ``reason`` is short (for counts), ``detail`` says it in full."""

    tag: T
    article: Article  # as sent: limits applied
    status: Status
    reason: str | None = None
    detail: str | None = None

    @property
    def published(self) -> bool:
        return self.status == "published"

    @property
    def retryable(self) -> bool:
        return self.status == "not_acknowledged"


class RawPublisher(Generic[T]):
    def __init__(self, producer: Producer, settings: Settings) -> None:
        self.producer, self.topic = producer, settings.kafka.topics.raw
        self.limits = TextLimits.from_settings(settings)
        self.max_message_bytes = settings.kafka.max_message_bytes
        self._pending: list[tuple[T, Article]] = []
        self._refused: list[Delivery[T]] = []

    def send(self, article: Article, tag: T) -> None:
        """Queue ``article`` (its outcome comes from :meth:`flush`)."""
        limited = apply_limits(article, self.limits)
        try:
            value = encode_within(limited, self.max_message_bytes)
            self.producer.send(self.topic, limited.id, value)
        except (RecordTooLargeError, MessageSizeTooLargeError) as exc:  # the latter: raised by send() itself
            detail = str(exc) if isinstance(exc, RecordTooLargeError) else f"{type(exc).__name__}: {exc}"
            log.warning("article refused id=%s reason=%r", limited.id, detail)
            reason = f"record too large for kafka.max_message_bytes {self.max_message_bytes}"
            self._refused.append(Delivery(tag, limited, "too_large", reason, detail))
            return
        if limited.truncated:
            log.warning("article truncated id=%s original_text_bytes=%s original_title_chars=%s",
                        limited.id, limited.original_text_bytes, limited.original_title_chars)
        self._pending.append((tag, limited))

    def flush(self) -> list[Delivery[T]]:
        """Wait for the acknowledgements; the outcome of every article sent since the last flush."""
        rejected = dict(self.producer.flush())
        outcomes, self._refused = self._refused, []
        for tag, article in self._pending:
            if article.id in rejected:
                outcomes.append(Delivery(tag, article, "not_acknowledged", "kafka did not acknowledge",
                                         f"not acknowledged by Kafka: {rejected[article.id]}"))
            else:
                outcomes.append(Delivery(tag, article, "published"))
        self._pending = []
        return outcomes
