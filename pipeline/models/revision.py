"""What an article record says about its revisions (issue 12): one summary per revision, and the content hash.

The full text of each revision lives in the revisions index (``pipeline.revisions``); the record and the
article document carry only these summaries.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from pydantic import Field, field_validator

from pipeline.models.record import Record


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

