"""Grouping free-text reasons into kinds that can be counted."""

from __future__ import annotations

MIN_KIND_CHARS = 12
MAX_KIND_CHARS = 80


def reason_kind(reason: str) -> str:
    """The reason without its specifics: text before the first ``": "`` that comes after a short prefix.

    ``message value is not JSON: Expecting value ...`` -> ``message value is not JSON``;
    ``article: schema_version 2 is newer than this build reads (1)`` stays whole (the prefix is a location).
    """
    text = " ".join(reason.split())
    cut = text.find(": ", MIN_KIND_CHARS)
    kind = text[:cut] if cut > 0 else text
    return kind[:MAX_KIND_CHARS] or "?"
