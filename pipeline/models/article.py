"""The article record published to the raw topic (schema_version 1)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pipeline.models.urls import article_id_for_content, article_id_for_url, canonicalize_url, hostname_of

SCHEMA_VERSION = 1
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Record(BaseModel):
    """Base for every record: immutable, unknown fields rejected, datetimes timezone-aware."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Provenance(Record):
    """Who produced a piece of a record, and with which version."""

    producer: str
    version: str


class Article(Record):
    schema_version: int = SCHEMA_VERSION
    id: str = Field(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")
    url: str | None = None
    canonical_url: str | None = None
    requested_url: str | None = None
    source: str = Field(min_length=1)
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    fetched_at: datetime = Field(default_factory=utcnow)
    language: str | None = None
    sitename: str | None = None
    hostname: str | None = None
    description: str | None = None
    image: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    extraction: Provenance

    @field_validator("published_at", "fetched_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {value} (this build reads {SCHEMA_VERSION})")
        return value

    @model_validator(mode="after")
    def _id_matches_identity(self) -> Article:
        expected = article_id_for_url(self.canonical_url) if self.canonical_url else None
        if expected and expected != self.id:
            raise ValueError("id is not the sha256 of canonical_url")
        return self

    @property
    def version(self) -> int:
        """The external document version: ``fetched_at`` in microseconds since the epoch.

        Elasticsearch writes use ``version_type=external_gte`` with this number, so an older copy of an
        article (a late replay, a re-enrichment racing a fresh fetch) never overwrites a newer one.
        """
        return (self.fetched_at - EPOCH) // timedelta(microseconds=1)

    @classmethod
    def build(cls, *, title: str, text: str, url: str | None = None, **fields: object) -> Article:
        """Create an article, deriving id, canonical_url and hostname from the URL (or content)."""
        canonical = canonicalize_url(str(fields.pop("canonical_url", None) or url)) if url else None
        article_id = article_id_for_url(canonical) if canonical else article_id_for_content(title, text)
        fields.setdefault("hostname", hostname_of(canonical))
        return cls(id=article_id, url=url, canonical_url=canonical, title=title, text=text, **fields)
