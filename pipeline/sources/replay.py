"""Replaying files (seeds, exports) onto the raw topic.

Every input ends in exactly one of: published, published truncated (text/title cut to ``limits``) or
rejected with a reason (unreadable, not an article, too large for a Kafka message even after truncation,
not acknowledged by Kafka, killed its parse process). One bad input never stops the others.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from pipeline.dlq.reasons import reason_kind
from pipeline.extract import ParseCrashedError
from pipeline.extract.pool import ParsePool, pool_or_own
from pipeline.kafka.producer import Producer
from pipeline.kafka.publisher import RawPublisher
from pipeline.models import Article
from pipeline.settings import Settings
from pipeline.sources.exceptions import SourceError
from pipeline.sources.files import SUPPORTED_SUFFIXES, read_items

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


def read_all(files: list[Path], progress: bool = False,
             pool: ParsePool | None = None) -> tuple[list[Article], list[tuple[str, str]]]:
    located, failed = read_located(files, progress, pool)
    return [article for _, article in located], failed


def read_located(files: list[Path], progress: bool = False,
                 pool: ParsePool | None = None) -> tuple[list[Located], list[tuple[str, str]]]:
    """Each article with the file it came from, and ``(input, reason)`` for each input that is not one.

    Files are read and parsed in parse processes (``pool``, else this call's own), all at once, results in
    file order; a file that kills its process is rejected with the signal as its reason.
    """
    articles: list[Located] = []
    failed: list[tuple[str, str]] = []
    with pool_or_own(pool) as parse:
        pending = [(path, parse.submit(read_items, path)) for path in files]
        for path, future in tqdm(pending, desc="reading", unit="file", disable=not progress):
            for item in _items(path, future):
                if isinstance(item, SourceError):
                    log.warning("input rejected input=%s reason=%r", item.where, item.reason)
                    failed.append((item.where, item.reason))
                else:
                    articles.append((str(path), item))
    return articles, failed


def _items(path: Path, future: Future[list[Article | SourceError]]) -> list[Article | SourceError]:
    try:
        return future.result()
    except ParseCrashedError as exc:
        return [SourceError(str(path), exc.reason)]
    except Exception as exc:  # noqa: BLE001 - a bug: logged with its traceback, the other files go on
        log.error("input failed input=%s error=%s", path, type(exc).__name__, exc_info=exc)
        return [SourceError(str(path), f"internal error: {type(exc).__name__}: {exc}")]


def truncation_detail(article: Article) -> str:
    parts = []
    if article.original_text_bytes is not None:
        parts.append(f"text cut from {article.original_text_bytes} to {len(article.text.encode('utf-8'))} bytes")
    if article.original_title_chars is not None:
        parts.append(f"title cut from {article.original_title_chars} to {len(article.title)} characters")
    return "; ".join(parts)


def publish(located: list[Located], publisher: RawPublisher[str], progress: bool = False) -> ReplayReport:
    """Send every article; the report of what Kafka acknowledged (``files`` is left 0 for the caller)."""
    for where, article in tqdm(located, desc="publishing", unit="article", disable=not progress):
        publisher.send(article, where)
    failed: list[tuple[str, str]] = []
    truncated: list[tuple[str, str]] = []
    ids: list[str] = []
    for delivery in publisher.flush():
        where, article = delivery.tag, delivery.article
        if delivery.published:
            ids.append(article.id)
        else:
            log.warning("input rejected input=%s id=%s reason=%r", where, article.id, delivery.detail)
            failed.append((where, delivery.detail or delivery.status))
        if article.truncated and delivery.status != "too_large":
            detail = truncation_detail(article)
            log.warning("input truncated input=%s id=%s %s", where, article.id, detail)
            truncated.append((where, detail))
    return ReplayReport(files=0, published=len(ids), failed=failed, ids=ids, truncated=truncated)


def replay_paths(paths: Iterable[Path], settings: Settings, progress: bool = False) -> ReplayReport:
    """Read every file under ``paths`` and publish its articles to the raw topic (keyed by id)."""
    files = discover(paths)
    articles, failed = read_located(files, progress)
    with Producer(settings.kafka, client_id="newsline-replay") as producer:
        sent = publish(articles, RawPublisher(producer, settings), progress)
    failed += sent.failed
    log.info("replay done files=%d published=%d rejected=%d truncated=%d topic=%s", len(files), sent.published,
             len(failed), len(sent.truncated), settings.kafka.topics.raw)
    return ReplayReport(files=len(files), published=sent.published, failed=failed, ids=sent.ids,
                        truncated=sent.truncated)
