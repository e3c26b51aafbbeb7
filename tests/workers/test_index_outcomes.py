"""The index worker on the real Kafka and Elasticsearch: superseded copies, setup errors, rejected documents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from kafka.consumer.fetcher import ConsumerRecord

from pipeline.exceptions import MisconfiguredError
from pipeline.index.client import make_client
from pipeline.kafka.producer import Producer
from pipeline.models import Article, EnrichedArticle, Provenance, encode
from pipeline.models.enriched import Enrichment, LanguageGuess
from pipeline.settings import Settings
from pipeline.workers.index import IndexWorker
from tests.support.topics import dead_letters

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 1, 8, 30, 0, 654321, tzinfo=UTC)


def enriched(title: str, fetched: datetime, url: str = "https://example.com/news/1") -> EnrichedArticle:
    copy = Article.build(title=title, text=f"{title}: body of the article.", url=url, source="versions",
                         fetched_at=fetched, extraction=Provenance(producer="test", version="1"))
    enrichment = Enrichment(language=LanguageGuess(code="en", confidence=0.9), word_count=6,
                            reading_time_minutes=0.1, content_fingerprint="ab" * 8)
    return EnrichedArticle(article=copy, enrichment=enrichment)


def publish(settings: Settings, *records: EnrichedArticle) -> None:
    with Producer(settings.kafka, client_id="newsline-test") as producer:
        for record in records:
            producer.send(settings.kafka.topics.enriched, record.id, encode(record))
        producer.flush_or_raise()


def stored(settings: Settings, doc_id: str) -> dict[str, object]:
    with make_client(settings.elasticsearch) as es:
        return dict(es.get(index=settings.elasticsearch.read_alias, id=doc_id))


def poll_all(worker: IndexWorker, expected: int) -> list[ConsumerRecord]:
    records: list[ConsumerRecord] = []
    for _ in range(60):
        records += worker.consumer.poll(1000).records
        if len(records) >= expected:
            return records
    raise AssertionError(f"only {len(records)} of {expected} records arrived")


def test_an_older_copy_published_after_a_newer_is_superseded_and_committed(pipeline_settings: Settings) -> None:
    newer, older = enriched("Newer", T0 + timedelta(seconds=5)), enriched("Older", T0)
    publish(pipeline_settings, newer)
    assert IndexWorker(pipeline_settings).run(until_idle=True).produced == 1
    publish(pipeline_settings, older)
    stats = IndexWorker(pipeline_settings).run(until_idle=True)
    assert stats.consumed == 1 and stats.produced == 0 and stats.dead_letters == 0
    assert stats.to_dict()["superseded"] == 1
    doc = stored(pipeline_settings, newer.id)
    assert doc["_source"]["title"] == "Newer" and doc["_version"] == newer.article.version  # type: ignore[index]
    assert IndexWorker(pipeline_settings).run(until_idle=True).consumed == 0  # the offset was committed
    assert dead_letters(pipeline_settings) == []


def test_an_older_copy_in_the_same_batch_as_a_newer_is_superseded(pipeline_settings: Settings) -> None:
    newer, older = enriched("Newer", T0 + timedelta(microseconds=1)), enriched("Older", T0)
    publish(pipeline_settings, newer, older)
    stats = IndexWorker(pipeline_settings).run(until_idle=True)
    assert stats.consumed == 2 and stats.produced == 1 and stats.to_dict()["superseded"] == 1
    assert stored(pipeline_settings, newer.id)["_source"]["title"] == "Newer"  # type: ignore[index]
    assert dead_letters(pipeline_settings) == []


def test_a_reenriched_copy_of_the_stored_document_is_written_not_superseded(pipeline_settings: Settings) -> None:
    first = enriched("Original", T0)
    publish(pipeline_settings, first)
    IndexWorker(pipeline_settings).run(until_idle=True)
    rebuilt = EnrichedArticle.from_document(stored(pipeline_settings, first.id)["_source"])  # type: ignore[arg-type]
    assert rebuilt.article.version == first.article.version  # reenrich keeps fetched_at exactly
    again = rebuilt.model_copy(update={"enrichment": rebuilt.enrichment.model_copy(update={"keywords": ("harbour",)})})
    publish(pipeline_settings, again)
    stats = IndexWorker(pipeline_settings).run(until_idle=True)
    assert stats.produced == 1 and stats.to_dict()["superseded"] == 0
    assert stored(pipeline_settings, first.id)["_source"]["keywords"] == ["harbour"]  # type: ignore[index]


def test_a_missing_write_alias_stops_the_worker_as_misconfigured_without_dead_letters(
    pipeline_settings: Settings,
) -> None:
    es = pipeline_settings.elasticsearch
    with make_client(es) as client:
        client.indices.delete_alias(index=f"{es.index_prefix}-v1", name=es.write_alias)
    publish(pipeline_settings, enriched("Nowhere", T0))
    worker = IndexWorker(pipeline_settings)
    try:
        records = poll_all(worker, 1)
        with pytest.raises(MisconfiguredError, match=f"{es.write_alias}.*index_not_found_exception"):
            worker.process(records)
        worker.producer.flush_or_raise()
    finally:
        worker.close()
    with make_client(es) as client:
        assert not client.indices.exists(index=es.write_alias)  # not auto-created as a concrete index
    assert worker.stats.dead_letters == 0 and dead_letters(pipeline_settings) == []


def test_a_mapping_breaking_document_is_dead_lettered_as_rejected(pipeline_settings: Settings) -> None:
    good = enriched("Fine", T0, url="https://example.com/news/good")
    huge = enriched("Huge source", T0, url="https://example.com/news/huge").article.model_copy(
        update={"source": "s" * 40_000})
    bad = EnrichedArticle(article=huge, enrichment=good.enrichment)
    publish(pipeline_settings, good, bad)
    stats = IndexWorker(pipeline_settings).run(until_idle=True)
    assert stats.produced == 1 and stats.dead_letters == 1
    (letter,) = dead_letters(pipeline_settings)
    assert letter.stage == "index:rejected" and letter.article_id == bad.id
    assert "failed to parse field [source]" in letter.reason


def test_a_fetch_before_1970_is_dead_lettered_alone_and_the_batch_commits(pipeline_settings: Settings) -> None:
    ancient = enriched("Ancient", datetime(1969, 7, 20, 20, 17, tzinfo=UTC), url="https://example.com/news/moon")
    good = enriched("Fine", T0, url="https://example.com/news/fine")
    publish(pipeline_settings, ancient, good)
    stats = IndexWorker(pipeline_settings).run(until_idle=True)
    assert stats.produced == 1 and stats.dead_letters == 1
    (letter,) = dead_letters(pipeline_settings)  # one per record, though its revision was refused too
    assert letter.stage == "index:rejected" and letter.article_id == ancient.id and "before 1970" in letter.reason
