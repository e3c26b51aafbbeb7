"""The cluster store interface, the assignment algorithm on top of it, and an in-memory store.

A *member* is an article already assigned (its shingles and story); a *bucket* is an LSH band key and the
first member that fell in it; a *story* knows its earliest article and source. Candidates from shared
buckets are confirmed by actual Jaccard similarity of the shingle sets.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.enrich.clusters.minhash import Fingerprint, jaccard

THRESHOLD = 0.5


@dataclass(frozen=True)
class Member:
    article_id: str
    story_id: str
    source: str
    at: str  # ISO time: published_at, else fetched_at
    shingles: frozenset[int]


@dataclass(frozen=True)
class Story:
    story_id: str
    first_article_id: str
    first_source: str
    first_at: str
    size: int = 1

    def joined(self, member: Member) -> Story:
        if member.at < self.first_at:
            return Story(self.story_id, member.article_id, member.source, member.at, self.size + 1)
        return replace(self, size=self.size + 1)


class ClusterStore(ABC):
    @abstractmethod
    def member(self, article_id: str) -> Member | None: ...

    @abstractmethod
    def members(self, article_ids: Sequence[str]) -> list[Member]: ...

    @abstractmethod
    def bucket_owners(self, keys: Sequence[str]) -> list[str]: ...

    @abstractmethod
    def add_member(self, member: Member) -> Member:
        """Create the member unless it exists; return the stored one (another worker may have won)."""

    @abstractmethod
    def claim_buckets(self, keys: Sequence[str], article_id: str) -> None: ...

    @abstractmethod
    def join_story(self, member: Member) -> Story: ...

    @abstractmethod
    def story(self, story_id: str) -> Story | None: ...

    def assign(self, article_id: str, source: str, at: str, fp: Fingerprint, threshold: float = THRESHOLD) -> str:
        """The story of an article: its earlier assignment, the best confirmed candidate's, or a new one."""
        known = self.member(article_id)
        if known is not None:
            return known.story_id
        keys = fp.band_keys()
        owners = sorted(set(self.bucket_owners(keys)) - {article_id})
        scored = [(jaccard(fp.shingles, m.shingles), m.story_id) for m in self.members(owners)]
        best = max((s for s in scored if s[0] >= threshold), default=None)
        story_id = best[1] if best else article_id[:32]
        stored = self.add_member(Member(article_id, story_id, source, at, fp.shingles))
        if stored.story_id == story_id and stored.at == at and stored.shingles == fp.shingles:
            self.claim_buckets(keys, article_id)
            self.join_story(stored)
        return stored.story_id


class MemoryClusterStore(ClusterStore):
    """A store in one process's memory, for tests and one-off runs."""

    def __init__(self) -> None:
        self._members: dict[str, Member] = {}
        self._buckets: dict[str, str] = {}
        self._stories: dict[str, Story] = {}

    def member(self, article_id: str) -> Member | None:
        return self._members.get(article_id)

    def members(self, article_ids: Sequence[str]) -> list[Member]:
        return [self._members[i] for i in article_ids if i in self._members]

    def bucket_owners(self, keys: Sequence[str]) -> list[str]:
        return [self._buckets[k] for k in keys if k in self._buckets]

    def add_member(self, member: Member) -> Member:
        return self._members.setdefault(member.article_id, member)

    def claim_buckets(self, keys: Sequence[str], article_id: str) -> None:
        for key in keys:
            self._buckets.setdefault(key, article_id)

    def join_story(self, member: Member) -> Story:
        current = self._stories.get(member.story_id)
        story = current.joined(member) if current else Story(member.story_id, member.article_id, member.source, member.at)
        self._stories[member.story_id] = story
        return story

    def story(self, story_id: str) -> Story | None:
        return self._stories.get(story_id)
