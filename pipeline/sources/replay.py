"""Replaying files (seeds, exports) onto the raw topic."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from pipeline.kafka.producer import Producer
from pipeline.models import Article, encode
from pipeline.settings import Settings
from pipeline.sources.exceptions import SourceError
from pipeline.sources.files import SUPPORTED_SUFFIXES, read_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReplayReport:
    files: int
    published: int
    failed: list[tuple[str, str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files, "published": self.published,
            "failed": [{"input": where, "reason": reason} for where, reason in self.failed],
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
    articles: list[Article] = []
    failed: list[tuple[str, str]] = []
    for path in tqdm(files, desc="reading", unit="file", disable=not progress):
        for item in read_file(path):
            if isinstance(item, SourceError):
                log.warning("input rejected input=%s reason=%r", item.where, item.reason)
                failed.append((item.where, item.reason))
            else:
                articles.append(item)
    return articles, failed


def replay_paths(paths: Iterable[Path], settings: Settings, progress: bool = False) -> ReplayReport:
    """Read every file under ``paths`` and publish its articles to the raw topic (keyed by id)."""
    files = discover(paths)
    articles, failed = read_all(files, progress)
    topic = settings.kafka.topics.raw
    with Producer(settings.kafka, client_id="newsline-replay") as producer:
        for article in tqdm(articles, desc="publishing", unit="article", disable=not progress):
            producer.send(topic, article.id, encode(article))
        rejected = dict(producer.flush())
    for article_id, reason in rejected.items():
        failed.append((f"article {article_id}", f"not acknowledged by Kafka: {reason}"))
    published = [a.id for a in articles if a.id not in rejected]
    log.info("replay done files=%d published=%d failed=%d topic=%s", len(files), len(published), len(failed), topic)
    return ReplayReport(files=len(files), published=len(published), failed=failed, ids=published)
