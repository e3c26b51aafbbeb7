"""The template accepts what the index worker writes: ``article_document`` into a strict mapping."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.backoff import Backoff
from pipeline.index.bulk import bulk_index
from pipeline.index.client import make_client
from pipeline.index.document import article_document
from pipeline.index.template import TEMPLATE_FILE
from pipeline.models import enriched
from pipeline.settings import Settings
from pipeline.sources.files import read_txt
from tests.support.docs import SEED

# enrichment outputs, passed only if this build's Enrichment model has them
EXTRAS: dict[str, Any] = {"countries": ("TR", "SY"), "primary_country": "TR", "keywords": ("ceasefire",),
                          "story_id": "story-1"}


def seed_document() -> dict[str, Any]:
    fields = enriched.Enrichment.model_fields
    extras = {k: v for k, v in EXTRAS.items() if k in fields}
    if "entities" in fields and hasattr(enriched, "Entity"):
        extras["entities"] = (enriched.Entity(name="Hakan Fidan", label="PERSON", kind="person", count=2,
                                              surface_forms=("Fidan", "Hakan Fidan")),)
    enrichment = enriched.Enrichment(language=enriched.LanguageGuess(code="en", confidence=0.9), word_count=600,
                                     reading_time_minutes=2.6, content_fingerprint="ab" * 8, **extras)
    article = enriched.EnrichedArticle(article=read_txt(SEED, "seeds"), enrichment=enrichment)
    return article_document(article, datetime.now(UTC))


def test_every_document_field_is_mapped() -> None:
    mapped = json.loads(TEMPLATE_FILE.read_text())["template"]["mappings"]["properties"]
    assert sorted(set(seed_document()) - set(mapped)) == []


@pytest.mark.integration
def test_strict_mapping_accepts_an_enriched_document(pipeline_settings: Settings) -> None:
    doc = seed_document()
    es = pipeline_settings.elasticsearch
    with make_client(es) as client:
        outcome = bulk_index(client, es.write_alias, {doc["id"]: doc}, Backoff(0.1, 0.1))[doc["id"]]
        assert outcome.ok, outcome.error
        client.indices.refresh(index=es.read_alias)
        stored = client.get(index=es.read_alias, id=doc["id"])["_source"]
    assert stored["indexed_at"] == doc["indexed_at"]
