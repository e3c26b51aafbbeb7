"""The data view's time field ``published_or_fetched_at``: every indexed document has it, old ones get it on copy."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.index.client import make_client
from pipeline.index.copy import copy_documents
from pipeline.index.document import article_document
from pipeline.index.template import TEMPLATE_FILE, load_template
from pipeline.models import enriched
from pipeline.settings import Settings
from pipeline.sources.files import read_txt
from tests.support.docs import SEED

FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def parse(value: Any) -> datetime:
    return datetime.fromisoformat(str(value))


def document(published_at: datetime | None) -> dict[str, Any]:
    article = read_txt(SEED, "seeds").model_copy(update={"published_at": published_at, "fetched_at": FETCHED})
    enrichment = enriched.Enrichment(language=enriched.LanguageGuess(code="en", confidence=0.9), word_count=600,
                                     reading_time_minutes=2.6, content_fingerprint="ab" * 8)
    return article_document(enriched.EnrichedArticle(article=article, enrichment=enrichment), datetime.now(UTC))


def test_an_undated_article_is_placed_at_its_fetch_time() -> None:
    doc = document(None)
    assert doc["published_at"] is None and doc["published_or_fetched_at"] == doc["fetched_at"]
    assert parse(doc["published_or_fetched_at"]) == FETCHED


def test_a_dated_article_is_placed_at_its_publication_time() -> None:
    published = datetime(2019, 10, 21, 8, 30, tzinfo=UTC)
    doc = document(published)
    assert parse(doc["published_or_fetched_at"]) == published and parse(doc["fetched_at"]) == FETCHED


@pytest.mark.integration
def test_documents_copied_from_an_index_without_the_field_get_it(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    old, new = f"{es.index_prefix}-v1", f"{es.index_prefix}-v2"
    body = load_template(es, TEMPLATE_FILE)["template"]
    with make_client(es) as client:
        client.indices.put_index_template(name=f"{es.index_prefix}-time", priority=300,
                                          index_patterns=[f"{es.index_prefix}-v*"], template=body)
        try:
            undated, dated = document(None), document(datetime(2019, 10, 21, tzinfo=UTC))
            for doc, doc_id in ((undated, "undated"), (dated, "dated")):
                del doc["published_or_fetched_at"]  # as written before mapping_version 3
                client.index(index=old, id=doc_id, document=doc)
            client.indices.refresh(index=old)
            report = copy_documents(client, [old], new)
            client.indices.refresh(index=new)
            assert report.created == 2
            assert parse(client.get(index=new, id="undated")["_source"]["published_or_fetched_at"]) == FETCHED
            assert parse(client.get(index=new, id="dated")["_source"]["published_or_fetched_at"]) == datetime(
                2019, 10, 21, tzinfo=UTC)
            hits = client.search(index=new, query={"range": {"published_or_fetched_at": {"gte": "2026-01-01"}}})
            assert [h["_id"] for h in hits["hits"]["hits"]] == ["undated"]
        finally:
            client.indices.delete(index=f"{old},{new}", ignore_unavailable=True)
            client.indices.delete_index_template(name=f"{es.index_prefix}-time")
