"""Size limits on articles: cut over-long text and titles, and refuse records too big for a Kafka message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.models.article import Article
from pipeline.models.codec import encode
from pipeline.models.exceptions import RecordError

if TYPE_CHECKING:
    from pipeline.settings import Settings

# room for the key and the record/batch headers Kafka adds around a value
MESSAGE_OVERHEAD_BYTES = 1024


class RecordTooLargeError(RecordError):
    """An encoded record does not fit in one Kafka message even after truncation."""


@dataclass(frozen=True)
class TextLimits:
    max_text_bytes: int
    max_title_chars: int

    @classmethod
    def from_settings(cls, settings: Settings) -> TextLimits:
        return cls(settings.limits.max_text_bytes, settings.limits.max_title_chars)


def truncate_utf8(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` UTF-8 bytes, never inside a character."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", errors="ignore")


def apply_limits(article: Article, limits: TextLimits) -> Article:
    """The article with text/title (and the raw page title) cut to the limits, marked ``truncated`` with the
    original sizes; else as is."""
    text_bytes = len(article.text.encode("utf-8"))
    update: dict[str, object] = {}
    if text_bytes > limits.max_text_bytes:
        update["text"] = truncate_utf8(article.text, limits.max_text_bytes).rstrip() or article.text[:1]
        update["original_text_bytes"] = article.original_text_bytes or text_bytes
    if len(article.title) > limits.max_title_chars:
        update["title"] = article.title[: limits.max_title_chars].rstrip() or article.title[:1]
        update["original_title_chars"] = article.original_title_chars or len(article.title)
    if article.page_title and len(article.page_title) > limits.max_title_chars:  # the raw <title>: cut alike
        update["page_title"] = article.page_title[: limits.max_title_chars].rstrip() or None
    if not update:
        return article
    # model_copy keeps id (derived from the full content or URL), so replays of the same file stay idempotent
    return article.model_copy(update={**update, "truncated": True})


def encode_within(article: Article, max_message_bytes: int) -> bytes:
    """The encoded article; :class:`RecordTooLargeError` if it cannot be one Kafka message."""
    value = encode(article)
    limit = max_message_bytes - MESSAGE_OVERHEAD_BYTES
    if len(value) > limit:
        raise RecordTooLargeError(
            f"record too large: {len(value)} bytes encoded, over kafka.max_message_bytes {max_message_bytes} "
            f"(less {MESSAGE_OVERHEAD_BYTES} bytes for headers); text {len(article.text.encode('utf-8'))} bytes"
        )
    return value
