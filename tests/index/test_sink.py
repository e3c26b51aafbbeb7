"""The Elasticsearch sink on the real service: one batch in, one outcome per article out (as data)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.index.client import make_client
from pipeline.index.document import revisions_alias
from pipeline.index.exceptions import IndexMisconfiguredError
from pipeline.index.sink import NEWER_IN_BATCH, DocumentOutcome, ElasticsearchSink, Result
from pipeline.models import Article, EnrichedArticle, Provenance
from pipeline.models.enriched import Enrichment, LanguageGuess
from pipeline.settings import Settings

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)


def enriched(title: str, fetched: datetime, url: str, source: str = "sink") -> EnrichedArticle:
    article = Article.build(title=title, text=f"{title}: body.", url=url, source=source, fetched_at=fetched,
                            extraction=Provenance(producer="test", version="1"))
    enrichment = Enrichment(language=LanguageGuess(code="en", confidence=0.9), word_count=3,
                            reading_time_minutes=0.1, content_fingerprint="ab" * 8)
    return EnrichedArticle(article=article, enrichment=enrichment)


def test_each_article_gets_written_superseded_or_rejected(pipeline_settings: Settings) -> None:
    newer = enriched("Newer", T0 + timedelta(seconds=5), "https://example.com/a")
    older = enriched("Older", T0, "https://example.com/a")
    good = enriched("Good", T0, "https://example.com/b")
    bad = enriched("Bad", T0, "https://example.com/c", source="s" * 40_000)  # breaks the article mapping
    sink = ElasticsearchSink(pipeline_settings)
    try:
        assert sink.write([newer]).outcomes == [DocumentOutcome(newer.id, Result.WRITTEN)]
        result = sink.write([older, good, bad, older])
    finally:
        sink.close()
    first, second, third, fourth = result.outcomes
    assert first == DocumentOutcome(older.id, Result.SUPERSEDED, NEWER_IN_BATCH)  # the later copy is kept
    assert second == DocumentOutcome(good.id, Result.WRITTEN)
    assert third.result is Result.REJECTED and "failed to parse field [source]" in (third.reason or "")
    assert fourth.result is Result.SUPERSEDED and "version_conflict_engine_exception" in (fourth.reason or "")
    assert result.written() == [good.id] and result.revisions_rejected == []
    with make_client(pipeline_settings.elasticsearch) as client:
        assert client.get(index=pipeline_settings.elasticsearch.read_alias, id=newer.id)["_source"]["title"] == "Newer"


def test_rejected_revisions_are_reported_apart_and_the_articles_still_written(pipeline_settings: Settings) -> None:
    alias = revisions_alias(pipeline_settings)
    with make_client(pipeline_settings.elasticsearch) as client:  # a revisions index that takes no field at all
        behind = list(client.indices.get_alias(name=alias))
        client.indices.create(index=f"{alias}-strict", mappings={"dynamic": "strict"})
        client.indices.update_aliases(actions=[*({"remove": {"index": name, "alias": alias}} for name in behind),
                                               {"add": {"index": f"{alias}-strict", "alias": alias,
                                                        "is_write_index": True}}])
    article = enriched("Text", T0, "https://example.com/d")
    sink = ElasticsearchSink(pipeline_settings)
    try:
        result = sink.write([article])
    finally:
        sink.close()
        with make_client(pipeline_settings.elasticsearch) as client:
            client.indices.delete(index=f"{alias}-strict")
    assert result.outcomes == [DocumentOutcome(article.id, Result.WRITTEN)]
    (rejected,) = result.revisions_rejected
    assert rejected.position == 0 and rejected.revision_id == f"{article.id}:1"
    assert "strict_dynamic_mapping_exception" in rejected.reason


def test_a_missing_write_alias_raises_misconfigured_naming_the_alias(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    with make_client(es) as client:
        client.indices.delete_alias(index="_all", name=es.write_alias)
    sink = ElasticsearchSink(pipeline_settings)
    try:
        with pytest.raises(IndexMisconfiguredError, match=f"refuses writes to {es.write_alias}"):
            sink.write([enriched("Lost", T0, "https://example.com/e")])
    finally:
        sink.close()


def test_a_fetch_before_1970_is_rejected_alone_not_the_whole_bulk(pipeline_settings: Settings) -> None:
    ancient = enriched("Ancient", datetime(1969, 7, 20, 20, 17, tzinfo=UTC), "https://example.com/moon")
    good = enriched("Good", T0, "https://example.com/f")
    sink = ElasticsearchSink(pipeline_settings)
    try:
        result = sink.write([ancient, good])
    finally:
        sink.close()
    refused, written = result.outcomes
    assert refused.result is Result.REJECTED and "before 1970" in (refused.reason or "")
    assert written == DocumentOutcome(good.id, Result.WRITTEN)
    (revision,) = result.revisions_rejected  # its revision too, caught before the write
    assert revision.position == 0 and "below 0" in revision.reason


def test_dates_at_both_ends_of_what_a_record_can_hold_are_written(pipeline_settings: Settings) -> None:
    earliest = enriched("Earliest", T0, "https://example.com/g").article.model_copy(
        update={"published_at": datetime(1, 1, 1, tzinfo=UTC)})
    latest = enriched("Latest", T0, "https://example.com/h").article.model_copy(
        update={"published_at": datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)})
    base = enriched("x", T0, "https://example.com/x").enrichment
    sink = ElasticsearchSink(pipeline_settings)
    try:
        result = sink.write([EnrichedArticle(article=a, enrichment=base) for a in (earliest, latest)])
    finally:
        sink.close()
    assert [o.result for o in result.outcomes] == [Result.WRITTEN, Result.WRITTEN]
