"""The index helper of the shared enrich stores: failures become the store's own exceptions (no server needed)."""

import pytest
from elasticsearch import Elasticsearch

from pipeline.enrich.clusters.es_store import ElasticsearchClusterStore
from pipeline.enrich.clusters.exceptions import ClusterStoreBusy, ClusterStoreError
from pipeline.enrich.events.es_store import ElasticsearchEventStore
from pipeline.enrich.events.exceptions import EventStoreBusy, EventStoreError
from pipeline.exceptions import MisconfiguredError
from pipeline.index.store_index import StoreIndex

UNREACHABLE = "http://127.0.0.1:1"  # never called: classification reads no server


def _stores() -> list[tuple[StoreIndex, type[Exception], type[Exception]]]:
    client = Elasticsearch(UNREACHABLE)
    return [(ElasticsearchClusterStore(client, "x-clusters").store, ClusterStoreBusy, ClusterStoreError),
            (ElasticsearchEventStore(client, "x-events").store, EventStoreBusy, EventStoreError)]


@pytest.mark.parametrize(("status", "error", "expected"), [
    (403, {"type": "security_exception", "reason": "no"}, "misconfigured"),
    (404, {"type": "index_not_found_exception", "reason": "gone"}, "misconfigured"),
    (429, {"type": "es_rejected_execution_exception", "reason": "queue"}, "busy"),
    (503, {"type": "unavailable_shards_exception", "reason": "primary"}, "busy"),
    (400, {"type": "mapper_parsing_exception", "reason": "bad"}, "error"),
])
def test_each_store_gets_its_own_busy_and_error_classes(status: int, error: dict[str, str], expected: str) -> None:
    for store, busy, refused in _stores():
        classified = store.classify(status, error)
        wanted = {"misconfigured": MisconfiguredError, "busy": busy, "error": refused}[expected]
        assert type(classified) is wanted
        assert f"{store.label} {store.index}: {status} {error['type']}" in str(classified)


def test_the_stores_name_their_own_definition_and_label() -> None:
    (clusters, _, _), (events, _, _) = _stores()
    assert (clusters.definition, clusters.label) == ("clusters-index", "cluster index")
    assert (events.definition, events.label) == ("events-index", "event index")


def test_an_empty_read_asks_nothing() -> None:
    (clusters, _, _), _events = _stores()
    assert clusters.mget([]) == {}
