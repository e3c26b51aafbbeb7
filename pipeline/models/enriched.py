"""The enriched record published to the enriched topic and indexed in Elasticsearch."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from pipeline.models.article import Article, Provenance, Record, utcnow


class LanguageGuess(Record):
    code: str | None
    confidence: float = Field(ge=0.0, le=1.0)


class Enrichment(Record):
    """Outputs of the enrichment steps, each step's producer recorded in ``provenance``."""

    language: LanguageGuess
    word_count: int = Field(ge=0)
    reading_time_minutes: float = Field(ge=0.0)
    content_fingerprint: str
    provenance: dict[str, Provenance] = {}
    skipped: dict[str, str] = {}
    enriched_at: datetime = Field(default_factory=utcnow)


class EnrichedArticle(Record):
    article: Article
    enrichment: Enrichment

    @property
    def id(self) -> str:
        return self.article.id

    def to_document(self, indexed_at: datetime) -> dict[str, object]:
        """The Elasticsearch document: article fields at top level plus enrichment fields."""
        doc = self.article.model_dump(mode="json")
        enrichment = self.enrichment.model_dump(mode="json")
        doc["language"] = enrichment["language"]["code"] or doc.get("language")
        doc["language_hint"] = self.article.language
        doc["language_confidence"] = enrichment["language"]["confidence"]
        doc["word_count"] = enrichment["word_count"]
        doc["reading_time_minutes"] = enrichment["reading_time_minutes"]
        doc["content_fingerprint"] = enrichment["content_fingerprint"]
        doc["enrichment"] = {
            "provenance": enrichment["provenance"],
            "skipped": enrichment["skipped"],
            "enriched_at": enrichment["enriched_at"],
        }
        doc["indexed_at"] = indexed_at.isoformat()
        return doc
