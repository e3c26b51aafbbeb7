"""The article record published to the raw topic (schema_version 1; compatibility rules in
:mod:`pipeline.models.record`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

from pydantic import Field, field_validator, model_validator

from pipeline.models.record import EPOCH, Provenance, VersionedRecord, utcnow
from pipeline.models.revision import RevisionInfo, content_sha256
from pipeline.models.urls import (
    article_id_for_content,
    article_id_for_url,
    canonicalize_url,
    hostname_of,
    strip_userinfo,
)


class Article(VersionedRecord):
    id: str = Field(min_length=64, max_length=64, pattern="^[0-9a-f]{64}$")
    url: str | None = None
    canonical_url: str | None = None
    requested_url: str | None = None
    source: str = Field(min_length=1)
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    authors: tuple[str, ...] = ()  # persons
    author_organizations: tuple[str, ...] = ()  # agencies and newsrooms credited in the byline (dpa, BBC News)
    published_at: datetime | None = None
    # "minute" when the page (or feed) gave the time of day, "day" when only the date; None when undated
    published_precision: Literal["day", "minute"] | None = None
    # where published_at's zone came from: stated with the time ("given"), the site's zone assumed for a time
    # without offset ("site"), or neither known and UTC assumed ("utc")
    published_zone: Literal["given", "site", "utc"] | None = None
    modified_at: datetime | None = None
    feed_published_at: datetime | None = None  # the feed's pubDate / sitemap's news:publication_date, kept apart
    page_title: str | None = None  # the raw <title>; ``title`` is the headline
    fetched_at: datetime = Field(default_factory=utcnow)
    language: str | None = None
    sitename: str | None = None
    hostname: str | None = None
    description: str | None = None
    image: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    extraction: Provenance
    # set when a size limit cut the text (limits.max_text_bytes) or title (limits.max_title_chars)
    truncated: bool = False
    original_text_bytes: int | None = Field(None, ge=0)
    original_title_chars: int | None = Field(None, ge=0)
    # revisions (pipeline/revisions): the number of this text, the summaries of every revision so far
    # (empty for a first fetch: it is revision 1), removal seen on a re-check, earlier URLs after a redirect
    revision: int = Field(1, ge=1)
    revisions: tuple[RevisionInfo, ...] = ()
    status: Literal["live", "removed"] = "live"
    removed_at: datetime | None = None
    previous_urls: tuple[str, ...] = ()

    @field_validator("url", "requested_url")
    @classmethod
    def _no_credentials(cls, value: str | None) -> str | None:
        """A source URL's ``user:pass@`` never reaches a record (nor Elasticsearch, search, alerts or XCom)."""
        return strip_userinfo(value) if value else value

    @field_validator("previous_urls")
    @classmethod
    def _no_credentials_before(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(strip_userinfo(url) for url in value)

    @field_validator("published_at", "fetched_at", "removed_at", "modified_at", "feed_published_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
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


def current_revision(article: Article) -> RevisionInfo:
    """The summary of the revision ``article`` holds: its entry in ``revisions``, else derived from it."""
    for info in reversed(article.revisions):
        if info.revision == article.revision:
            return info
    return RevisionInfo(revision=article.revision, fetched_at=article.fetched_at,
                        content_sha256=content_sha256(article.title, article.text), title=article.title,
                        url=article.url, text_chars=len(article.text))


def revision_history(article: Article) -> tuple[RevisionInfo, ...]:
    """Every revision summary, ending with the current one (a first fetch: just itself)."""
    current = current_revision(article)
    earlier = tuple(r for r in article.revisions if r.revision < current.revision)
    return (*earlier, current)
