"""The event store interface and an in-memory store.

A *member* is an article already linked: its time, vector, keys, event and the evidence of the decision.
An event is its members; a member also names its near-duplicate story, so later wire copies of that story can
reuse its vector and event (``story_members``). ``nearest`` is the candidate search (approximate kNN in
Elasticsearch, exact here), restricted to a time range; ``write`` creates members (a member stored before is
kept: replays change nothing).
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

RETRY_S = 10.0


@dataclass(frozen=True)
class EventMember:
    article_id: str
    event_id: str
    at: str  # ISO time in UTC: published_at, else fetched_at
    vector: tuple[float, ...]
    keys: frozenset[str]
    language: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict, compare=False)
    story_id: str | None = None  # the near-duplicate story (cluster step) the article belongs to


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


class EventStore(ABC):
    """Each method is one round trip. Failures: ``EventStoreBusy`` (transient: the linking is retried),
    ``MisconfiguredError`` (401/403, missing index), anything else is a bug."""

    retry_s: float = RETRY_S

    @abstractmethod
    def members(self, article_ids: Sequence[str]) -> dict[str, EventMember]: ...

    @abstractmethod
    def story_members(self, story_ids: Sequence[str]) -> dict[str, EventMember]:
        """The earliest member of each story that has one (wire copies reuse its vector and event)."""

    @abstractmethod
    def nearest(self, vector: Sequence[float], since: str, until: str, k: int) -> list[tuple[EventMember, float]]:
        """Up to ``k`` members with ``since <= at <= until``, most similar first, with their cosine."""

    @abstractmethod
    def write(self, members: Sequence[EventMember]) -> None:
        """Create the members; one stored before is kept as it is."""

    @abstractmethod
    def event(self, event_id: str) -> list[EventMember]:
        """The event's members, earliest first (diagnostics and tests; not on the linking path)."""


class MemoryEventStore(EventStore):
    """A store in one process's memory (exact cosine), for tests and one-off runs."""

    def __init__(self) -> None:
        self._members: dict[str, EventMember] = {}

    def members(self, article_ids: Sequence[str]) -> dict[str, EventMember]:
        return {i: self._members[i] for i in article_ids if i in self._members}

    def story_members(self, story_ids: Sequence[str]) -> dict[str, EventMember]:
        found: dict[str, EventMember] = {}
        for member in sorted(self._members.values(), key=lambda m: (m.at, m.article_id)):
            if member.story_id is not None and member.story_id in story_ids:
                found.setdefault(member.story_id, member)
        return found

    def nearest(self, vector: Sequence[float], since: str, until: str, k: int) -> list[tuple[EventMember, float]]:
        scored = [(m, cosine(vector, m.vector)) for m in self._members.values() if since <= m.at <= until]
        return sorted(scored, key=lambda s: (-s[1], s[0].article_id))[:k]

    def write(self, members: Sequence[EventMember]) -> None:
        for member in members:
            self._members.setdefault(member.article_id, member)

    def event(self, event_id: str) -> list[EventMember]:
        return sorted((m for m in self._members.values() if m.event_id == event_id), key=lambda m: (m.at, m.article_id))
