"""Search filters and sort order, turned into Elasticsearch query clauses (values are data, never JSON text)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Literal

from pipeline.search.exceptions import SearchError

Sort = Literal["relevance", "newest", "hybrid"]
SORTS = ("relevance", "newest", "hybrid")

# filter attribute -> (field, case-insensitive match)
FILTER_FIELDS: dict[str, tuple[str, bool]] = {
    "sources": ("source", True),
    "languages": ("language", True),
    "countries": ("countries", True),
    "persons": ("persons.keyword", True),
    "organizations": ("organizations.keyword", True),
    "places": ("places.keyword", True),
    "stories": ("story_id", False),
    "events": ("event_id", False),
    "speakers": ("quotes.speaker", True),
}


DISTANCE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(km|m|mi)\s*$", re.IGNORECASE)
LOCATION_FIELD = "locations.point"


def parse_distance(value: str) -> str:
    """A distance such as ``50km``, ``800m`` or ``30mi``, in Elasticsearch's notation; anything else is an error."""
    found = DISTANCE.match(value)
    if not found or float(found.group(1)) <= 0:
        raise SearchError(f"--within wants a distance like 50km, 800m or 30mi, got {value!r}")
    return f"{found.group(1)}{found.group(2).lower()}"


@dataclass(frozen=True)
class Near:
    """Articles with a location within ``distance`` of the point (``lat``, ``lon``)."""

    lat: float
    lon: float
    distance: str = "50km"

    def __post_init__(self) -> None:
        object.__setattr__(self, "distance", parse_distance(self.distance))
        if not (-90 <= self.lat <= 90 and -180 <= self.lon <= 180):
            raise SearchError(f"not a point on Earth: lat {self.lat}, lon {self.lon}")

    def clause(self) -> dict[str, Any]:
        return {"geo_distance": {"distance": self.distance, LOCATION_FIELD: {"lat": self.lat, "lon": self.lon}}}


@dataclass(frozen=True)
class SearchFilters:
    """Values of one filter are alternatives (OR); different filters must all hold (AND)."""

    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    stories: tuple[str, ...] = ()
    events: tuple[str, ...] = ()  # cross-language event ids: every article of the event, in any language
    speakers: tuple[str, ...] = ()  # quoted in the article (a person's canonical name)
    since: str | None = None
    until: str | None = None
    sort: Sort = "relevance"
    edited: bool = False  # more than one revision (pipeline/revisions)
    near: Near | None = None  # a location of the article within a distance of a point

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, parse_when(value, name))
        if self.sort not in SORTS:
            raise SearchError(f"sort must be one of {', '.join(SORTS)}, got {self.sort!r}")

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self) if f.name != "sort")


def parse_when(value: str, name: str) -> str:
    """An ISO date or date-time, normalised; anything else is a clear error."""
    text = value.strip()
    try:
        return date.fromisoformat(text).isoformat() if len(text) == 10 else datetime.fromisoformat(text).isoformat()
    except ValueError:
        raise SearchError(f"--{name} wants an ISO date like 2019-01-01 or 2019-01-01T12:00:00Z, got {value!r}") from None


def _any_of(field: str, values: tuple[str, ...], insensitive: bool) -> dict[str, Any]:
    terms = [{"term": {field: {"value": v.strip(), "case_insensitive": insensitive}}} for v in values if v.strip()]
    if not terms:
        raise SearchError(f"empty value for filter on {field}")
    return terms[0] if len(terms) == 1 else {"bool": {"should": terms, "minimum_should_match": 1}}


def _date_range(since: str | None, until: str | None) -> dict[str, Any]:
    """On ``published_at``; an undated article is placed by ``fetched_at`` instead."""
    bounds = {k: v for k, v in (("gte", since), ("lte", until)) if v}
    undated = {"bool": {"must_not": {"exists": {"field": "published_at"}}, "filter": {"range": {"fetched_at": bounds}}}}
    return {"bool": {"should": [{"range": {"published_at": bounds}}, undated], "minimum_should_match": 1}}


def filter_clauses(filters: SearchFilters) -> list[dict[str, Any]]:
    clauses = []
    for attr, (field, insensitive) in FILTER_FIELDS.items():
        values = getattr(filters, attr)
        if values:
            clauses.append(_any_of(field, values, insensitive))
    if filters.since or filters.until:
        clauses.append(_date_range(filters.since, filters.until))
    if filters.edited:
        clauses.append({"range": {"revision": {"gt": 1}}})
    if filters.near is not None:
        clauses.append(filters.near.clause())
    return clauses


def sort_clause(filters: SearchFilters, has_text: bool) -> list[Any] | None:
    if filters.sort in ("relevance", "hybrid") and has_text:
        return None  # by score (hybrid: a score decayed with age, see pipeline.search.ranking)
    return [
        {"published_at": {"order": "desc", "missing": "_last"}},
        {"fetched_at": {"order": "desc", "missing": "_last"}},
        "_score",
    ]
