"""Cross-language events: each article's title + lead embedded and linked to an event in the shared store.

The linking of the whole batch is retried (it is idempotent) while the store is busy; past the store's
``retry_s`` the step raises ``StoreUnavailable``, an ``OutageError`` that ``enrich_batch`` passes to the
worker, which keeps the batch. ``MisconfiguredError`` (401/403, missing index) passes through the same way.
Articles already linked (a replay) keep their event and vector and are not embedded again.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.enrich.events.embed import DIMS, MODEL, PRODUCER, embed, passage
from pipeline.enrich.events.keys import link_keys
from pipeline.enrich.events.link import Rule, link_with_retry
from pipeline.enrich.events.store import EventMember, EventStore
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.enrich.steps.cluster import seen_at
from pipeline.models import Article, Provenance
from pipeline.settings import EventSettings

KEYS_VERSION = 1


def _items(articles: Sequence[Article], fields: Sequence[Fields], max_words: int, positions: Sequence[int]
           ) -> list[EventMember]:
    texts = [passage(articles[i], max_words) for i in positions]
    members = []
    for i, text, vector in zip(positions, texts, embed(texts), strict=True):
        keys = link_keys(text, fields[i].get("entities") or (), fields[i].get("countries") or ())
        code = (fields[i].get("language") or {}).get("code")
        members.append(EventMember(articles[i].id, "", seen_at(articles[i]), tuple(vector), keys, code))
    return members


def event_step(store: EventStore, settings: EventSettings) -> Step:
    """The step bound to a store; articles of a batch go in order, so earlier ones are candidates for later ones."""
    rule = Rule.of(settings)

    def link(articles: Sequence[Article], fields: Sequence[Fields]) -> list[StepOutput]:
        built: dict[int, EventMember] = {}  # embedded once, whatever the retries

        def build(positions: Sequence[int]) -> list[EventMember]:
            missing = [i for i in positions if i not in built]
            built.update(zip(missing, _items(articles, fields, settings.max_words, missing), strict=True))
            return [built[i] for i in positions]

        linked = link_with_retry(store, rule, [a.id for a in articles], build)
        return [{"embedding": list(m.vector), "event_id": m.event_id, "event_evidence": m.evidence} for m in linked]

    version = (f"1+{MODEL}d{DIMS}w{settings.max_words}+t{settings.threshold:g}s{settings.min_shared}"
               f"h{settings.window_hours:g}+keys{KEYS_VERSION}")
    return Step("event", Provenance(producer=f"{PRODUCER}+newsline.events", version=version), batch=link,
                uses=("entities", "countries"))
