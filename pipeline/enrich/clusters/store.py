"""The cluster store interface and an in-memory store.

A *member* is an article already assigned (its shingles and story); a *bucket* is an LSH band key and the
first member that fell in it (first writer wins). A *story* is not stored: it is its members, so its size
and earliest article are always consistent with them and a re-run can never count an article twice.

The interface is batch-shaped so a batch of articles costs a constant number of round trips: one
``lookup`` (the batch's own members and the owners of all its band keys), one ``members`` (the candidates
to confirm), one ``write`` (members and buckets together). The assignment itself is in ``assign.py``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field

THRESHOLD = 0.5
RETRY_S = 10.0


@dataclass(frozen=True)
class Member:
    article_id: str
    story_id: str
    source: str
    at: str  # ISO time: published_at, else fetched_at
    shingles: frozenset[int]

    @property
    def order(self) -> tuple[str, str]:
        """Earliest first; the article id breaks ties, so every worker agrees."""
        return (self.at, self.article_id)


@dataclass(frozen=True)
class Story:
    story_id: str
    first_article_id: str
    first_source: str
    first_at: str
    size: int = 1

    @classmethod
    def of(cls, story_id: str, members: Sequence[Member]) -> Story | None:
        if not members:
            return None
        first = min(members, key=lambda m: m.order)
        return cls(story_id, first.article_id, first.source, first.at, len(members))


@dataclass(frozen=True)
class Lookup:
    members: dict[str, Member]  # the stored members among the articles asked for
    buckets: dict[str, str]  # band key -> owner article id, for the keys that exist


@dataclass(frozen=True)
class Written:
    """What a write did not do because it was there already: members stored before, buckets another owns."""

    member_conflicts: frozenset[str] = frozenset()
    bucket_conflicts: frozenset[str] = frozenset()


@dataclass
class Writes:
    members: list[Member] = field(default_factory=list)  # created unless stored (a conflict is reported)
    buckets: dict[str, str] = field(default_factory=dict)  # band key -> owner, created unless owned
    moved: list[Member] = field(default_factory=list)  # stored members overwritten (a founder adopting a story)

    def __bool__(self) -> bool:
        return bool(self.members or self.buckets or self.moved)


class ClusterStore(ABC):
    """Each method is one round trip. Failures: ``ClusterStoreBusy`` (transient: the assignment is retried),
    ``MisconfiguredError`` (401/403, missing index), anything else is a bug."""

    retry_s: float = RETRY_S  # how long a batch's assignment is retried before the step reports an outage

    @abstractmethod
    def lookup(self, article_ids: Sequence[str], keys: Sequence[str]) -> Lookup: ...

    @abstractmethod
    def members(self, article_ids: Sequence[str]) -> dict[str, Member]: ...

    @abstractmethod
    def write(self, writes: Writes) -> Written:
        """Idempotent: creating what exists is a reported conflict, not an error; ``moved`` overwrite."""

    @abstractmethod
    def story(self, story_id: str) -> Story | None:
        """The story as its members say (diagnostics and tests; not on the assignment path)."""


class MemoryClusterStore(ClusterStore):
    """A store in one process's memory, for tests and one-off runs."""

    def __init__(self) -> None:
        self._members: dict[str, Member] = {}
        self._buckets: dict[str, str] = {}

    def lookup(self, article_ids: Sequence[str], keys: Sequence[str]) -> Lookup:
        return Lookup(self.members(article_ids), {k: self._buckets[k] for k in keys if k in self._buckets})

    def members(self, article_ids: Sequence[str]) -> dict[str, Member]:
        return {i: self._members[i] for i in article_ids if i in self._members}

    def write(self, writes: Writes) -> Written:
        member_conflicts = {m.article_id for m in writes.members if m.article_id in self._members}
        bucket_conflicts = {k for k in writes.buckets if k in self._buckets}
        for member in writes.members:
            self._members.setdefault(member.article_id, member)
        for key, owner in writes.buckets.items():
            self._buckets.setdefault(key, owner)
        for member in writes.moved:
            self._members[member.article_id] = member
        return Written(frozenset(member_conflicts), frozenset(bucket_conflicts))

    def delete_buckets(self, keys: Sequence[str]) -> None:
        for key in keys:
            self._buckets.pop(key, None)

    def story(self, story_id: str) -> Story | None:
        return Story.of(story_id, [m for m in self._members.values() if m.story_id == story_id])
