"""Assigning a batch of articles to stories: three round trips per batch, whatever its size or the clusters'.

1. ``lookup``: the batch's articles already assigned, and the owners of every band key of the batch;
2. ``members``: the candidates to confirm, at most ``MAX_CANDIDATES`` per article (the bucket owners that
   share most bands with it: a 300-member story is checked through a handful of its first members);
3. ``write``: new members and unowned buckets, created (never overwritten) in one bulk.

Articles go in order against the stored state plus the batch's own earlier articles, so near-duplicates
within one batch share a story. Everything written is idempotent: an article already assigned keeps its
story and gets back any missing bucket, so a re-run after a failed write completes the assignment.

Two near-duplicates assigned at the same instant by different workers both find no candidate and each
founds a story; each shared bucket goes to whichever wrote it first. A founder that lost a bucket
reconsiders once and adopts the winner's story, unless it won one of the winner's buckets too: then the
earlier by ``(at, article id)`` keeps its story and the later adopts it, so the two never swap.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pipeline.backoff import Backoff
from pipeline.enrich.clusters.exceptions import ClusterConflict, ClusterStoreBusy
from pipeline.enrich.clusters.minhash import Fingerprint, jaccard, signature
from pipeline.enrich.clusters.store import THRESHOLD, ClusterStore, Member, Writes
from pipeline.enrich.exceptions import StoreUnavailable

log = logging.getLogger(__name__)

MAX_CANDIDATES = 8
BACKOFF_INITIAL_S = 0.1
BACKOFF_MAX_S = 2.0


@dataclass(frozen=True)
class Item:
    article_id: str
    source: str
    at: str
    fp: Fingerprint

    def member(self, story_id: str) -> Member:
        return Member(self.article_id, story_id, self.source, self.at, self.fp.shingles)

    @property
    def own_story(self) -> str:
        return self.article_id[:32]


def ranked_owners(article_id: str, keys: Sequence[str], buckets: dict[str, str]) -> list[str]:
    """Owners of the article's buckets (not itself), most shared bands first, at most ``MAX_CANDIDATES``."""
    shared = Counter(buckets[k] for k in keys if k in buckets and buckets[k] != article_id)
    return [owner for owner, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))][:MAX_CANDIDATES]


class _Batch:
    """The in-batch state: stored members and buckets plus what earlier articles of the batch added."""

    def __init__(self, store: ClusterStore, items: Sequence[Item], reconsider: frozenset[str]) -> None:
        self.items, self.reconsider = items, reconsider
        self.keys = [item.fp.band_keys() for item in items]
        found = store.lookup([i.article_id for i in items], sorted({k for keys in self.keys for k in keys}))
        self.known, self.buckets = found.members, dict(found.buckets)
        wanted = {o for item, keys in zip(items, self.keys, strict=True) if self._open(item)
                  for o in ranked_owners(item.article_id, keys, self.buckets)} - set(self.known)
        self.members = {**(store.members(sorted(wanted)) if wanted else {}), **self.known}
        self.writes = Writes()

    def _open(self, item: Item) -> bool:
        return item.article_id not in self.known or item.article_id in self.reconsider

    def _best(self, item: Item, keys: Sequence[str]) -> Member | None:
        scored = []
        for owner in ranked_owners(item.article_id, keys, self.buckets):
            candidate = self.members.get(owner)
            if candidate is not None and (score := jaccard(item.fp.shingles, candidate.shingles)) >= THRESHOLD:
                scored.append((score, candidate.story_id, candidate))
        return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None

    def _adopted(self, item: Item, stored: Member, keys: Sequence[str]) -> Member:
        """A founder that lost a bucket race joins an earlier near-duplicate's story, if there is one."""
        best = self._best(item, keys)
        if stored.story_id != item.own_story or best is None or best.story_id == stored.story_id:
            return stored
        if self._took_from(item, keys, best) and not best.order < stored.order:
            return stored  # both lost buckets to each other: the later article adopts, the earlier keeps its story
        moved = item.member(best.story_id)
        self.writes.moved.append(moved)
        log.info("story adopted article=%s story=%s from=%s", item.article_id, best.story_id, stored.story_id)
        return moved

    def _took_from(self, item: Item, keys: Sequence[str], other: Member) -> bool:
        """Whether ``item`` holds a bucket ``other`` falls in too (then ``other`` lost a race to it as well)."""
        shared = set(keys) & set(Fingerprint(other.shingles, signature(other.shingles)).band_keys())
        return any(self.buckets.get(k) == item.article_id for k in shared)

    def place(self, item: Item, keys: Sequence[str]) -> str:
        stored = self.known.get(item.article_id)
        if stored is not None:
            member = self._adopted(item, stored, keys) if item.article_id in self.reconsider else stored
        else:
            best = self._best(item, keys)
            member = item.member(best.story_id if best else item.own_story)
            self.writes.members.append(member)
        self.members[item.article_id] = member
        for key in keys:  # claims new buckets and repairs missing ones of an earlier assignment
            if key not in self.buckets:
                self.buckets[key] = self.writes.buckets[key] = item.article_id
        return member.story_id


def assign_batch(store: ClusterStore, items: Sequence[Item], reconsider: frozenset[str] = frozenset()) -> list[str]:
    """The story of each item, in order; raises ``ClusterStoreBusy``/``ClusterConflict`` for a retry."""
    if not items:
        return []
    batch = _Batch(store, items, reconsider)
    stories = [batch.place(item, keys) for item, keys in zip(items, batch.keys, strict=True)]
    if not batch.writes:
        return stories
    written = store.write(batch.writes)
    if written.member_conflicts:
        raise ClusterConflict(f"assigned meanwhile by another worker: {sorted(written.member_conflicts)[:3]}")
    founders = {m.article_id for m in batch.writes.members if m.story_id == m.article_id[:32]}
    contested = frozenset(batch.writes.buckets[k] for k in written.bucket_conflicts) & founders
    if contested and not reconsider:
        return assign_batch(store, items, contested)
    return stories


def assign_with_retry(
    store: ClusterStore, items: Sequence[Item],
    sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
) -> list[str]:
    """``assign_batch`` retried whole (it is idempotent) for ``store.retry_s``; then ``StoreUnavailable``."""
    deadline, attempt = clock() + store.retry_s, 0
    backoff = Backoff(BACKOFF_INITIAL_S, BACKOFF_MAX_S, jitter=0)
    while True:
        delay = backoff.delay(attempt)
        attempt += 1
        try:
            return assign_batch(store, items)
        except (ClusterStoreBusy, ClusterConflict) as exc:
            if clock() + delay > deadline:
                raise StoreUnavailable(f"cluster store unavailable after {attempt} attempts: {exc}") from exc
            log.warning("cluster assignment retry attempt=%d articles=%d in=%.2fs reason=%s",
                        attempt, len(items), delay, exc)
            sleep(delay)
