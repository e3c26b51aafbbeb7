"""Cross-language events: each article's title + lead embedded and linked to an event in the shared store.

The linking of the whole batch is retried (it is idempotent) while the store is busy; past the store's
``retry_s`` the step raises ``StoreUnavailable``, an ``OutageError`` that ``enrich_batch`` passes to the
worker, which keeps the batch. ``MisconfiguredError`` (401/403, missing index) passes through the same way.
Articles already linked (a replay) keep their event and vector and are not embedded again; neither are wire
copies of a story (the cluster step's ``story_id``) that already has a member: they take its vector and event.
Passages embedded lately are remembered by their exact text (:mod:`pipeline.enrich.events.embed`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.enrich.events.embed import DIMS, NAMES, embed, passage
from pipeline.enrich.events.keys import link_keys
from pipeline.enrich.events.link import Rule, link_with_retry
from pipeline.enrich.events.store import EventMember, EventStore
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.enrich.steps.cluster import seen_at
from pipeline.models import Article, Provenance
from pipeline.settings import EventSettings

KEYS_VERSION = 2  # 2: a Hungarian person by the family name written first


def _described(articles: Sequence[Article], fields: Sequence[Fields], max_words: int, i: int) -> EventMember:
    """The article's member without its vector: time, keys, language and near-duplicate story."""
    code = (fields[i].get("language") or {}).get("code")
    keys = link_keys(passage(articles[i], max_words), fields[i].get("entities") or (), fields[i].get("countries") or (),
                     code)
    return EventMember(articles[i].id, "", seen_at(articles[i]), (), keys, code, story_id=fields[i].get("story_id"))


def event_step(store: EventStore, settings: EventSettings) -> Step:
    """The step bound to a store; articles of a batch go in order, so earlier ones are candidates for later ones."""
    rule = Rule.of(settings)

    def link(articles: Sequence[Article], fields: Sequence[Fields]) -> list[StepOutput]:
        described: dict[int, EventMember] = {}
        built: dict[int, EventMember] = {}  # embedded once, whatever the retries

        def describe(positions: Sequence[int]) -> list[EventMember]:
            for i in positions:
                if i not in described:
                    described[i] = _described(articles, fields, settings.max_words, i)
            return [described[i] for i in positions]

        def build(positions: Sequence[int]) -> list[EventMember]:
            missing = [i for i in positions if i not in built]
            vectors = embed([passage(articles[i], settings.max_words) for i in missing], engine=settings.engine)
            for i, member, vector in zip(missing, describe(missing), vectors, strict=True):
                built[i] = replace(member, vector=tuple(vector))
            return [built[i] for i in positions]

        linked = link_with_retry(store, rule, [a.id for a in articles], build, describe)
        return [{"embedding": list(m.vector), "event_id": m.event_id, "event_evidence": m.evidence} for m in linked]

    names = NAMES[settings.engine]
    offsets = "".join(f"{lang}{raise_by:g}" for lang, raise_by in sorted(settings.same_language_offset.items()))
    version = (f"2+{names.model}d{DIMS}w{settings.max_words}+t{settings.threshold:g}s{settings.min_shared}"
               f"h{settings.window_hours:g}+keys{KEYS_VERSION}" + (f"+same{offsets}" if offsets else ""))
    return Step("event", Provenance(producer=f"{names.producer}+newsline.events", version=version), batch=link,
                uses=("entities", "countries"))  # story_id too, when the cluster step ran first
