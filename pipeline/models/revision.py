"""What an article record says about its revisions (issue 12): one summary per revision, and the content hash.

The full text of each revision lives in the revisions index (``pipeline.revisions``); the record and the
article document carry only these summaries.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pydantic import Field, field_validator

from pipeline.models.record import Record

if TYPE_CHECKING:
    from pipeline.models.article import Article


def content_sha256(title: str, text: str) -> str:
    """The hash two fetches are compared by: title and text with whitespace runs collapsed."""
    normalised = " ".join(title.split()) + "\n" + "\n".join(" ".join(line.split()) for line in text.splitlines())
    return hashlib.sha256(normalised.strip().encode("utf-8")).hexdigest()


class RevisionInfo(Record):
    """One revision of an article: when it was first seen, its content hash, title and URL."""

    revision: int = Field(ge=1)
    fetched_at: datetime
    content_sha256: str = Field(min_length=64, max_length=64)
    title: str
    url: str | None = None
    text_chars: int = Field(0, ge=0)

    @field_validator("fetched_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


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
