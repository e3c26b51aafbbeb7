"""A URL found in a feed, sitemap or list, with what the document said about it."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any


@dataclass(frozen=True)
class Discovered:
    url: str
    source: str
    found_in: str  # the feed/sitemap URL, or "list"
    title: str | None = None
    published_at: datetime | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "source": self.source,
            "found_in": self.found_in,
            "title": self.title,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Discovered:
        return cls(**{**data, "published_at": parse_date(data.get("published_at"))})


def clean_text(value: str | None) -> str | None:
    """Unescape (twice-escaped) entities and collapse whitespace."""
    if not value:
        return None
    text = " ".join(html.unescape(html.unescape(value)).split())
    return text or None


def parse_date(value: str | None) -> datetime | None:
    """RFC 822, ISO 8601 / W3C dates; None for anything unreadable (real feeds have bad dates)."""
    if not value or not str(value).strip():
        return None
    value = str(value).strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed if 1990 <= parsed.year <= 2100 else None
