"""The index worker's batch decoding: one document per article id, the newest copy (pure logic)."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from pipeline.models import Article, EnrichedArticle, Provenance, encode
from pipeline.models.enriched import Enrichment, LanguageGuess
from pipeline.workers.index import decode_batch


def test_the_index_worker_keeps_the_newest_copy_per_article_within_a_batch() -> None:
    def record(offset: int, title: str, second: int) -> Any:
        article = Article.build(title=title, text="b", url="https://example.com/x", source="s",
                                fetched_at=datetime(2026, 1, 1, 0, 0, second, tzinfo=UTC),
                                extraction=Provenance(producer="p", version="1"))
        enrichment = Enrichment(language=LanguageGuess(code="en", confidence=1.0), word_count=1,
                                reading_time_minutes=0.1, content_fingerprint="0" * 16)
        value = encode(EnrichedArticle(article=article, enrichment=enrichment))
        return SimpleNamespace(value=value, topic="t", partition=0, offset=offset, key=None)

    records = [record(0, "v2", 2), record(1, "v1 late replay", 1), record(2, "v2 re-enriched", 2),
               SimpleNamespace(value=b"not json", topic="t", partition=0, offset=3, key=None)]
    batch = decode_batch(records, datetime(2026, 1, 2, tzinfo=UTC))
    (doc,) = batch.docs.values()
    assert doc["title"] == "v2 re-enriched"
    assert sorted(r.offset for r, _ in batch.older_in_batch) == [0, 1]
    assert [r.offset for r, _ in batch.undecodable] == [3]
