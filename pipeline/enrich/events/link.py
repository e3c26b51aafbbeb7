"""Linking a batch of articles to events: one ``members`` read, one ``nearest`` per new article, one ``write``.

An article already stored keeps its event and evidence (replays are idempotent and cost no embedding). A new
article's candidates are its ``k`` nearest stored members within ``window`` of its time plus the batch's
earlier articles; a candidate *confirms* when the cosine is at least ``threshold`` and the two share at least
``min_shared`` keys. The article joins the event of the confirmed candidate with the highest cosine (the
candidate's id breaks ties); with none it founds an event whose id is its own article id's first 32
characters, so a replay founds the same one. The evidence (decision, candidate, cosine, shared keys, and for a
founder the nearest rejected candidate and why) is kept with the member and on the document.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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

    @classmethod
    def of(cls, events: EventSettings) -> Rule:
        return cls(events.threshold, events.min_shared, timedelta(hours=events.window_hours), events.candidates,
                   events.sure_threshold)

    def shared(self, a: EventMember, b: EventMember) -> list[str]:
        return sorted(a.keys & b.keys)

    def verdict(self, item: EventMember, candidate: EventMember, score: float) -> str | None:
        """Why ``candidate`` does not confirm (None: it does)."""
        gap = abs(datetime.fromisoformat(item.at) - datetime.fromisoformat(candidate.at))
        if gap > self.window:
            return f"{gap.total_seconds() / 3600:.1f}h apart > {self.window.total_seconds() / 3600:g}h"
        if score < self.threshold:
            return f"cosine {score:.3f} < {self.threshold:g}"
        count = len(specific(self.shared(item, candidate)))
        if count < self.min_shared and score < self.sure:
            return f"{count} shared keys besides countries < {self.min_shared} (cosine {score:.3f} < {self.sure:g})"
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
    return EventMember(item.article_id, event_id, item.at, item.vector, item.keys, item.language, evidence)


Build = Callable[[Sequence[int]], list[EventMember]]  # the items (vector, keys) of the batch positions asked for


def link_batch(store: EventStore, rule: Rule, ids: Sequence[str], build: Build) -> list[EventMember]:
    """Each article with its event, in order; earlier articles of the batch are candidates for later ones.

    ``build`` makes the members to link of the positions not stored yet (only those are embedded)."""
    stored = store.members(list(dict.fromkeys(ids)))
    fresh = iter(build([i for i, article_id in enumerate(ids) if article_id not in stored]))
    done: dict[str, EventMember] = {}
    out: list[EventMember] = []
    for article_id in ids:
        if article_id in stored or article_id in done:  # a replay, or the same article twice in the batch
            out.append(stored.get(article_id) or done[article_id])
            if article_id not in stored:
                next(fresh)
            continue
        item = next(fresh)
        at = datetime.fromisoformat(item.at)
        since, until = (at - rule.window).isoformat(), (at + rule.window).isoformat()
        candidates = store.nearest(item.vector, since, until, rule.k)
        candidates += [(m, cosine(item.vector, m.vector)) for m in done.values() if since <= m.at <= until]
        done[article_id] = decide(rule, item, candidates)
        out.append(done[article_id])
    if done:
        store.write(list(done.values()))
    return out


def link_with_retry(
    store: EventStore, rule: Rule, ids: Sequence[str], build: Build,
    sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
) -> list[EventMember]:
    """``link_batch`` retried whole (it is idempotent) for ``store.retry_s``; then ``StoreUnavailable``."""
    deadline, attempt = clock() + store.retry_s, 0
    while True:
        delay = RETRY_BACKOFF.delay(attempt)
        attempt += 1
        try:
            return link_batch(store, rule, ids, build)
        except EventStoreBusy as exc:
            if clock() + delay > deadline:
                raise StoreUnavailable(f"event store unavailable after {attempt} attempts: {exc}") from exc
            log.warning("event linking retry attempt=%d articles=%d in=%.2fs reason=%s",
                        attempt, len(ids), delay, exc)
            sleep(delay)
