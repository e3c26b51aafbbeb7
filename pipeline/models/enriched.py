"""The enriched record published to the enriched topic and indexed in Elasticsearch."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from pipeline.models.article import Article
from pipeline.models.record import Provenance, Record, VersionedRecord, utcnow

EntityKind = Literal["person", "organization", "place", "group"]
FACETS: dict[str, EntityKind] = {"persons": "person", "organizations": "organization", "places": "place", "groups": "group"}
ENRICHMENT_FIELDS = ("word_count", "reading_time_minutes", "content_fingerprint", "countries", "primary_country",
                     "keywords", "story_id", "quotes", "locations", "event_id", "event_evidence", "embedding")


class LanguageGuess(Record):
    code: str | None
    confidence: float = Field(ge=0.0, le=1.0)


class Entity(Record):
    """One entity of an article after normalisation: canonical name, label, mentions and surface forms."""

    name: str = Field(min_length=1)
    label: str
    kind: EntityKind
    count: int = Field(ge=1)
    surface_forms: tuple[str, ...] = ()
    gazetteer: str | None = None  # the config/gazetteer list that fixed its name and label, if any


class EventEvidence(Record):
    """Why an article joined an event or founded one: the candidate weighed (the nearest, for a founder), its
    cosine and the keys the two share, the rule in force and, when the candidate did not confirm, why; for a wire
    copy, the article of its story it took its vector and event from (``same_story``, no cosine)."""

    decision: Literal["joined", "founded"]
    candidate: str | None = None
    candidate_event: str | None = None
    candidate_language: str | None = None
    cosine: float | None = None
    shared: tuple[str, ...] = ()
    rejected: str | None = None
    threshold: float
    min_shared: int
    window_hours: float
    same_story: str | None = None  # a wire copy: the member of its story whose vector and event it reuses


class Quote(Record):
    """A direct quotation and who said it (``speaker``: a person's canonical name when known)."""

    text: str = Field(min_length=1)
    speaker: str | None = None
    verb: str | None = None  # the reporting verb ("said", "told", "according to")
    cue: str | None = None  # how the speaker was found: name, pronoun, role, continuation


class GeoPoint(Record):
    lat: float = Field(ge=-90.0, le=90.0)
    lon: float = Field(ge=-180.0, le=180.0)


class Location(Record):
    """A place the article mentions, resolved to a GeoNames entry (``kind``: city, region, country or continent)."""

    name: str = Field(min_length=1)
    geonames_id: str = Field(min_length=1)
    country: str | None = None  # ISO 3166-1 alpha-2; none for a continent
    kind: Literal["city", "region", "country", "continent"]
    point: GeoPoint


class Enrichment(Record):
    """Outputs of the enrichment steps, each step's producer recorded in ``provenance``."""

    language: LanguageGuess
    word_count: int = Field(ge=0)
    reading_time_minutes: float = Field(ge=0.0)
    content_fingerprint: str
    entities: tuple[Entity, ...] = ()
    countries: tuple[str, ...] = ()
    primary_country: str | None = None
    keywords: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    locations: tuple[Location, ...] = ()
    story_id: str | None = None
    event_id: str | None = None
    event_evidence: EventEvidence | None = None
    embedding: tuple[float, ...] | None = None  # the title + lead vector events are found by (enrich.events)
    provenance: dict[str, Provenance] = {}
    skipped: dict[str, str] = {}
    enriched_at: datetime = Field(default_factory=utcnow)

    def names(self, kind: EntityKind) -> list[str]:
        return [e.name for e in self.entities if e.kind == kind]


class EnrichedArticle(VersionedRecord):
    article: Article
    enrichment: Enrichment

    @property
    def id(self) -> str:
        return self.article.id

    @classmethod
    def from_document(cls, doc: dict[str, Any]) -> EnrichedArticle:
        """Rebuild the record from a stored document (re-enrichment without refetching)."""
        fields = {k: v for k, v in doc.items() if k in Article.model_fields and k != "language"}
        if fields.get("revision", 1) == 1:
            fields["revisions"] = ()  # a first revision's history is derived at indexing (index.document)
        article = Article(**fields, language=doc.get("language_hint"))
        meta = doc.get("enrichment") or {}
        enrichment = Enrichment(
            language=LanguageGuess(code=doc.get("language"), confidence=doc.get("language_confidence") or 0.0),
            entities=tuple(doc.get("entities") or ()),
            provenance=meta.get("provenance") or {}, skipped=meta.get("skipped") or {},
            **({"enriched_at": meta["enriched_at"]} if meta.get("enriched_at") else {}),
            **{k: doc[k] for k in ENRICHMENT_FIELDS if doc.get(k) is not None},
        )
        return cls(article=article, enrichment=enrichment)
