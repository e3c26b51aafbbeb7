"""The event store and linking rule the settings ask for."""

from __future__ import annotations

from pipeline.enrich.events.es_store import ElasticsearchEventStore
from pipeline.enrich.events.store import EventStore, MemoryEventStore
from pipeline.index.client import make_client
from pipeline.settings import Settings


def event_index(settings: Settings) -> str:
    return f"{settings.elasticsearch.index_prefix}-{settings.enrich.events.index_suffix}"


def make_event_store(settings: Settings) -> EventStore:
    events = settings.enrich.events
    if events.store == "memory":
        return MemoryEventStore()
    store = ElasticsearchEventStore(make_client(settings.elasticsearch), event_index(settings), retry_s=events.retry_s)
    store.ensure()
    return store
