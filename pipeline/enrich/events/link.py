"""Linking a batch of articles to events: one ``members`` read, one ``story_members`` read, one ``nearest`` per new
article that is not a wire copy, one ``write``.

An article already stored keeps its event and evidence (replays are idempotent and cost no embedding). A new
article's candidates are its ``k`` nearest stored members within ``window`` of its time plus the batch's
earlier articles; a candidate *confirms* when the cosine is at least ``threshold`` and the two share at least
``min_shared`` keys. The article joins the event of the confirmed candidate with the highest cosine (the
candidate's id breaks ties); with none it founds an event whose id is its own article id's first 32
characters, so a replay founds the same one. A wire copy (its near-duplicate story, from the cluster step, already
has a member within ``window``: stored, or earlier in the batch) is not embedded: it takes that member's vector
and event, with the evidence ``same_story``. The evidence (decision, candidate, cosine, shared keys, and for a
founder the nearest rejected candidate and why) is kept with the member and on the document.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pipeline.backoff import Backoff
from pipeline.enrich.events.exceptions import EventStoreBusy
from pipeline.enrich.events.keys import specific
from pipeline.enrich.events.store import EventMember, EventStore, cosine
from pipeline.enrich.exceptions import StoreUnavailable
from pipeline.settings import EventSettings

log = logging.getLogger(__name__)

RETRY_BACKOFF = Backoff(0.1, 2.0, jitter=0)


@dataclass(frozen=True)
class Rule:
    threshold: float
    min_shared: int
    window: timedelta
    k: int
    sure: float = 1.0  # a cosine this high links without shared keys
    offsets: Mapping[str, float] = field(default_factory=dict)  # language -> raise of both for a pair in it

    @classmethod
    def of(cls, events: EventSettings) -> Rule:
        return cls(events.threshold, events.min_shared, timedelta(hours=events.window_hours), events.candidates,
                   events.sure_threshold, dict(events.same_language_offset))

    def bars(self, a: EventMember, b: EventMember) -> tuple[float, float]:
        """(threshold, sure) for this pair: raised where both are in a language whose cosines run high."""
        raise_by = self.offsets.get(a.language or "", 0.0) if a.language == b.language else 0.0
        return min(1.0, self.threshold + raise_by), min(1.0, self.sure + raise_by)

    def shared(self, a: EventMember, b: EventMember) -> list[str]:
        return sorted(a.keys & b.keys)

    def within(self, a: EventMember, b: EventMember) -> bool:
        return abs(datetime.fromisoformat(a.at) - datetime.fromisoformat(b.at)) <= self.window

    def verdict(self, item: EventMember, candidate: EventMember, score: float) -> str | None:
        """Why ``candidate`` does not confirm (None: it does)."""
        gap = abs(datetime.fromisoformat(item.at) - datetime.fromisoformat(candidate.at))
        if gap > self.window:
            return f"{gap.total_seconds() / 3600:.1f}h apart > {self.window.total_seconds() / 3600:g}h"
        threshold, sure = self.bars(item, candidate)
        if score < threshold:
            return f"cosine {score:.3f} < {threshold:g}"
        count = len(specific(self.shared(item, candidate)))
        if count < self.min_shared and score < sure:
            return f"{count} shared keys besides countries < {self.min_shared} (cosine {score:.3f} < {sure:g})"
        return None


def own_event(article_id: str) -> str:
    return article_id[:32]


def _evidence(rule: Rule, item: EventMember, candidate: EventMember | None, score: float | None,
              why: str | None) -> dict[str, Any]:
    joined = candidate is not None and why is None
    evidence: dict[str, Any] = {
        "decision": "joined" if joined else "founded", "threshold": rule.threshold, "min_shared": rule.min_shared,
        "window_hours": rule.window.total_seconds() / 3600,
    }
    if candidate is not None and score is not None:
        evidence.update(candidate=candidate.article_id, candidate_event=candidate.event_id,
                        candidate_language=candidate.language, cosine=round(score, 4),
                        shared=rule.shared(item, candidate))
    if why:
        evidence["rejected"] = why
    return evidence


def decide(rule: Rule, item: EventMember, candidates: Sequence[tuple[EventMember, float]]) -> EventMember:
    """``item`` with its event and evidence, from candidates (any order) with their cosine."""
    ranked = sorted(((c, s) for c, s in candidates if c.article_id != item.article_id),
                    key=lambda cs: (-cs[1], cs[0].article_id))
    for candidate, score in ranked:
        if rule.verdict(item, candidate, score) is None:
            return _with(item, candidate.event_id, _evidence(rule, item, candidate, score, None))
    nearest = ranked[0] if ranked else None
    why = rule.verdict(item, *nearest) if nearest else None
    return _with(item, own_event(item.article_id),
                 _evidence(rule, item, nearest[0] if nearest else None, nearest[1] if nearest else None, why))


def _with(item: EventMember, event_id: str, evidence: dict[str, Any]) -> EventMember:
    return EventMember(item.article_id, event_id, item.at, item.vector, item.keys, item.language, evidence,
                       item.story_id)


Build = Callable[[Sequence[int]], list[EventMember]]  # the items (vector, keys) of the batch positions asked for
Describe = Callable[[Sequence[int]], list[EventMember]]  # the same without a vector (time, keys, story): no embedding
Source = EventMember | int  # what a wire copy reuses: a stored member of its story, or an earlier batch position


def reused(rule: Rule, item: EventMember, source: EventMember) -> EventMember:
    """``item`` (a wire copy) with the vector and event of ``source``, a member of the same story."""
    evidence = {"decision": "joined", "same_story": source.article_id,
                "candidate": source.article_id, "candidate_event": source.event_id,
                "candidate_language": source.language, "threshold": rule.threshold, "min_shared": rule.min_shared,
                "window_hours": rule.window.total_seconds() / 3600}
    return EventMember(item.article_id, source.event_id, item.at, source.vector, item.keys, item.language, evidence,
                       item.story_id)


def _sources(store: EventStore, rule: Rule, described: dict[int, EventMember]) -> dict[int, Source]:
    """The positions that need no embedding: a stored member of their story is within the window, or an earlier
    position of the batch is of the same story (that one is linked first)."""
    stories = sorted({m.story_id for m in described.values() if m.story_id})
    stored = store.story_members(stories) if stories else {}
    leaders: dict[str, int] = {}
    sources: dict[int, Source] = {}
    for position, item in sorted(described.items()):
        story = item.story_id
        if story is None:
            continue
        member = stored.get(story)
        if member is not None and rule.within(item, member):
            sources[position] = member
        elif story in leaders and rule.within(item, described[leaders[story]]):
            sources[position] = leaders[story]
        else:
            leaders.setdefault(story, position)
    return sources


def _linked(store: EventStore, rule: Rule, item: EventMember, done: dict[str, EventMember]) -> EventMember:
    at = datetime.fromisoformat(item.at)
    since, until = (at - rule.window).isoformat(), (at + rule.window).isoformat()
    candidates = store.nearest(item.vector, since, until, rule.k)
    candidates += [(m, cosine(item.vector, m.vector)) for m in done.values() if since <= m.at <= until]
    return decide(rule, item, candidates)


def link_batch(store: EventStore, rule: Rule, ids: Sequence[str], build: Build,
               describe: Describe | None = None) -> list[EventMember]:
    """Each article with its event, in order; earlier articles of the batch are candidates for later ones.

    ``build`` makes the members to link of the positions not stored yet (only those are embedded). With
    ``describe``, an article whose near-duplicate story already has a member (stored, or earlier in the batch)
    reuses its vector and event and is not embedded."""
    stored = store.members(list(dict.fromkeys(ids)))
    first = {article_id: i for i, article_id in reversed(list(enumerate(ids))) if article_id not in stored}
    pending = sorted(first.values())
    described = dict(zip(pending, describe(pending), strict=True)) if describe else {}
    sources = _sources(store, rule, described) if described else {}
    embedded = [i for i in pending if i not in sources]
    fresh = dict(zip(embedded, build(embedded), strict=True))
    done: dict[str, EventMember] = {}
    out: list[EventMember] = []
    for position, article_id in enumerate(ids):
        if article_id in stored or article_id in done:  # a replay, or the same article twice in the batch
            out.append(stored.get(article_id) or done[article_id])
            continue
        source = sources.get(position)
        if source is not None:
            done[article_id] = reused(rule, described[position], done[ids[source]] if isinstance(source, int) else source)
        else:
            done[article_id] = _linked(store, rule, fresh[position], done)
        out.append(done[article_id])
    if done:
        store.write(list(done.values()))
    return out


def link_with_retry(
    store: EventStore, rule: Rule, ids: Sequence[str], build: Build, describe: Describe | None = None,
    sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
) -> list[EventMember]:
    """``link_batch`` retried whole (it is idempotent) for ``store.retry_s``; then ``StoreUnavailable``."""
    deadline, attempt = clock() + store.retry_s, 0
    while True:
        delay = RETRY_BACKOFF.delay(attempt)
        attempt += 1
        try:
            return link_batch(store, rule, ids, build, describe)
        except EventStoreBusy as exc:
            if clock() + delay > deadline:
                raise StoreUnavailable(f"event store unavailable after {attempt} attempts: {exc}") from exc
            log.warning("event linking retry attempt=%d articles=%d in=%.2fs reason=%s",
                        attempt, len(ids), delay, exc)
            sleep(delay)
