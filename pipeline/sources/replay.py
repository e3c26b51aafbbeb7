"""Replaying files (seeds, exports) onto the raw topic.

Every input ends in exactly one of: published, published truncated (text/title cut to ``limits``) or
rejected with a reason (unreadable, not an article, too large for a Kafka message even after truncation,
not acknowledged by Kafka). One bad input never stops the others.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kafka.errors import MessageSizeTooLargeError
from tqdm import tqdm

from pipeline.dlq.reasons import reason_kind
from pipeline.kafka.producer import Producer
from pipeline.models import Article
from pipeline.models.limits import RecordTooLargeError, TextLimits, apply_limits, encode_within
from pipeline.settings import Settings
from pipeline.sources.exceptions import SourceError
from pipeline.sources.files import SUPPORTED_SUFFIXES, read_file

log = logging.getLogger(__name__)

Located = tuple[str, Article]  # (input file or file[item], article)


@dataclass(frozen=True)
class ReplayReport:
    files: int
    published: int
    failed: list[tuple[str, str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    truncated: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len(self.failed)

    def rejected_by_reason(self) -> dict[str, int]:
        return dict(Counter(reason_kind(reason) for _, reason in self.failed).most_common())

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files, "published": self.published, "rejected": self.rejected,
            "rejected_by_reason": self.rejected_by_reason(),
            "failed": [{"input": where, "reason": reason} for where, reason in self.failed],
            "truncated": [{"input": where, "detail": detail} for where, detail in self.truncated],
        }


def discover(paths: Iterable[Path]) -> list[Path]:
    """Expand directories into the supported files below them (sorted); keep named files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # not is_dir() rather than is_file(): a broken link is reported as unreadable, not skipped
            found += sorted(p for p in path.rglob("*") if not p.is_dir() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            found.append(path)
    return found


def read_all(files: list[Path], progress: bool = False) -> tuple[list[Article], list[tuple[str, str]]]:
    located, failed = read_located(files, progress)
    return [article for _, article in located], failed


def read_located(files: list[Path], progress: bool = False) -> tuple[list[Located], list[tuple[str, str]]]:
    """Each article with the file it came from, and ``(input, reason)`` for each input that is not one."""
    articles: list[Located] = []
    failed: list[tuple[str, str]] = []
    for path in tqdm(files, desc="reading", unit="file", disable=not progress):
        for item in read_file(path):
            if isinstance(item, SourceError):
                log.warning("input rejected input=%s reason=%r", item.where, item.reason)
                failed.append((item.where, item.reason))
            else:
                articles.append((str(path), item))
    return articles, failed


def truncation_detail(article: Article) -> str:
    parts = []
    if article.original_text_bytes is not None:
        parts.append(f"text cut from {article.original_text_bytes} to {len(article.text.encode('utf-8'))} bytes")
    if article.original_title_chars is not None:
        parts.append(f"title cut from {article.original_title_chars} to {len(article.title)} characters")
    return "; ".join(parts)


class LimitedPublisher:
    """Applies the size limits to each article and sends it; collects truncations and rejections."""

    def __init__(self, producer: Producer, settings: Settings) -> None:
        self.producer, self.topic = producer, settings.kafka.topics.raw
        self.limits = TextLimits(settings.limits.max_text_bytes, settings.limits.max_title_chars)
        self.max_message_bytes = settings.kafka.max_message_bytes
        self.failed: list[tuple[str, str]] = []
        self.truncated: list[tuple[str, str]] = []
        self.sent: list[Located] = []

    def send(self, where: str, article: Article) -> None:
        limited = apply_limits(article, self.limits)
        try:
            value = encode_within(limited, self.max_message_bytes)
            self.producer.send(self.topic, limited.id, value)
        except (RecordTooLargeError, MessageSizeTooLargeError) as exc:  # the latter: raised by send() itself
            reason = str(exc) if isinstance(exc, RecordTooLargeError) else f"{type(exc).__name__}: {exc}"
            log.warning("input rejected input=%s id=%s reason=%r", where, article.id, reason)
            self.failed.append((where, reason))
            return
        if limited.truncated:
            detail = truncation_detail(limited)
            log.warning("input truncated input=%s id=%s %s", where, limited.id, detail)
            self.truncated.append((where, detail))
        self.sent.append((where, limited))

    def flush(self) -> list[str]:
        """Wait for the acknowledgements; return the ids published (the others are added to ``failed``)."""
        rejected = dict(self.producer.flush())
        published: list[str] = []
        for where, article in self.sent:
            if article.id in rejected:
                self.failed.append((where, f"not acknowledged by Kafka: {rejected[article.id]}"))
            else:
                published.append(article.id)
        self.sent.clear()
        return published


def replay_paths(paths: Iterable[Path], settings: Settings, progress: bool = False) -> ReplayReport:
    """Read every file under ``paths`` and publish its articles to the raw topic (keyed by id)."""
    files = discover(paths)
    articles, failed = read_located(files, progress)
    with Producer(settings.kafka, client_id="newsline-replay") as producer:
        publisher = LimitedPublisher(producer, settings)
        for where, article in tqdm(articles, desc="publishing", unit="article", disable=not progress):
            publisher.send(where, article)
        published = publisher.flush()
    failed += publisher.failed
    log.info("replay done files=%d published=%d rejected=%d truncated=%d topic=%s", len(files), len(published),
             len(failed), len(publisher.truncated), settings.kafka.topics.raw)
    return ReplayReport(files=len(files), published=len(published), failed=failed, ids=published,
                        truncated=publisher.truncated)
