"""The index worker's logic on fake clients: the newest copy per article id in a batch, and which worker
error an Elasticsearch failure becomes (OutageError / MisconfiguredError, never a dead letter)."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from elastic_transport import ConnectionTimeout

from pipeline.backoff import Backoff
from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.index.bulk import BulkLimits
from pipeline.index.sink import ElasticsearchSink, Result, plan_batch
from pipeline.models import Article, EnrichedArticle, Provenance, encode
from pipeline.models.enriched import Enrichment, LanguageGuess
from pipeline.settings import load_settings
from pipeline.workers.index import IndexStats, IndexWorker, decode_batch


def record(offset: int, title: str, second: int) -> Any:
    article = Article.build(title=title, text="b", url="https://example.com/x", source="s",
                            fetched_at=datetime(2026, 1, 1, 0, 0, second, tzinfo=UTC),
                            extraction=Provenance(producer="p", version="1"))
    enrichment = Enrichment(language=LanguageGuess(code="en", confidence=1.0), word_count=1,
                            reading_time_minutes=0.1, content_fingerprint="0" * 16)
    value = encode(EnrichedArticle(article=article, enrichment=enrichment))
    return SimpleNamespace(value=value, topic="t", partition=0, offset=offset, key=None)


def test_the_index_worker_keeps_the_newest_copy_per_article_within_a_batch() -> None:
    records = [record(0, "v2", 2), record(1, "v1 late replay", 1), record(2, "v2 re-enriched", 2),
               SimpleNamespace(value=b"not json", topic="t", partition=0, offset=3, key=None)]
    decoded, undecodable = decode_batch(records)
    plan = plan_batch([article for _, article in decoded], datetime(2026, 1, 2, tzinfo=UTC))
    (doc,) = plan.docs.values()
    assert doc["title"] == "v2 re-enriched"
    older = [decoded[i][0].offset for i, o in enumerate(plan.outcomes) if o and o.result is Result.SUPERSEDED]
    assert sorted(older) == [0, 1]
    assert [r.offset for r, _ in undecodable] == [3]


class FakeAliases(dict[str, Any]):
    """``indices.get_alias`` of one index behind both aliases (no rollover: no earlier copies to look up)."""

    meta = SimpleNamespace(status=200)


class FakeES:
    def __init__(self, answer: dict[str, Any] | BaseException) -> None:
        self.answer = answer
        self.calls = 0
        aliases = {"aliases": {"newsline-articles": {}, "newsline-articles-write": {"is_write_index": True}}}
        self.indices = SimpleNamespace(get_alias=lambda name: FakeAliases({"newsline-articles-v1": aliases}))

    def options(self, **_: Any) -> FakeES:
        return self

    def bulk(self, operations: list[Any]) -> dict[str, Any]:
        self.calls += 1
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


class FakeProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, Any, bytes]] = []

    def send(self, topic: str, key: Any, value: bytes) -> None:
        self.sent.append((topic, key, value))


def worker_with(es: FakeES) -> IndexWorker:
    worker = IndexWorker.__new__(IndexWorker)  # no Kafka: process() only needs these
    worker.settings = load_settings()
    worker.stats = IndexStats()
    worker.sink = ElasticsearchSink(worker.settings, client=es)  # type: ignore[arg-type]
    worker.sink.backoff = Backoff(initial_s=0.001, max_s=0.001, max_retries=2)
    worker.sink.limits = BulkLimits()
    worker.hooks = []
    worker.producer = FakeProducer()  # type: ignore[assignment]
    return worker


def item(status: int, error_type: str, reason: str) -> dict[str, Any]:
    return {"errors": True, "items": [{"index": {"_id": "x", "status": status,
                                                 "error": {"type": error_type, "reason": reason}}}]}


def test_elasticsearch_429_past_the_budget_is_an_outage_and_nothing_is_dead_lettered() -> None:
    es = FakeES(item(429, "es_rejected_execution_exception", "queue full"))
    worker = worker_with(es)
    records = [record(0, "a", 1), SimpleNamespace(value=b"not json", topic="t", partition=0, offset=1, key=None)]
    with pytest.raises(OutageError, match="elasticsearch unavailable"):
        worker.process(records)
    assert es.calls == 3 and worker.producer.sent == [] and worker.stats.dead_letters == 0  # type: ignore[attr-defined]


def test_a_timeout_past_the_budget_is_an_outage() -> None:
    worker = worker_with(FakeES(ConnectionTimeout("read timed out")))
    with pytest.raises(OutageError):
        worker.process([record(0, "a", 1)])


def test_a_missing_write_alias_is_misconfigured_and_nothing_is_dead_lettered() -> None:
    worker = worker_with(FakeES(item(404, "index_not_found_exception", "no such index [w] and [require_alias]")))
    with pytest.raises(MisconfiguredError, match="index_not_found_exception"):
        worker.process([record(0, "a", 1)])
    assert worker.producer.sent == []  # type: ignore[attr-defined]
