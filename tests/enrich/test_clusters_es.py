"""The Elasticsearch cluster store on the real shared Elasticsearch (each test its own cluster index)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from elasticsearch import Elasticsearch

from pipeline.enrich.clusters.assign import assign_batch, assign_with_retry
from pipeline.enrich.clusters.es_store import ElasticsearchClusterStore
from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.exceptions import StoreUnavailable
from pipeline.enrich.steps import all_steps
from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.index.client import make_client
from pipeline.settings import Settings
from tests.enrich.cluster_helpers import distinct, items, variant
from tests.enrich.helpers import seed

pytestmark = pytest.mark.integration


@pytest.fixture
def es_store(live_settings: Settings) -> Iterator[ElasticsearchClusterStore]:
    with make_client(live_settings.elasticsearch) as es:
        store = ElasticsearchClusterStore(es, f"test-clusters-{uuid.uuid4().hex[:8]}", retry_s=2.0)
        store.ensure()
        try:
            yield store
        finally:
            es.indices.delete(index=store.index, ignore_unavailable=True)


class _Counting:
    """The real client, counting the requests the store sends through it."""

    def __init__(self, es: Elasticsearch) -> None:
        self.es, self.requests = es, {"mget": 0, "bulk": 0}

    def mget(self, **kwargs: Any) -> Any:
        self.requests["mget"] += 1
        return self.es.mget(**kwargs)

    def bulk(self, **kwargs: Any) -> Any:
        self.requests["bulk"] += 1
        return self.es.bulk(**kwargs)


def test_rerun_keeps_the_story_and_repairs_deleted_buckets(es_store: ElasticsearchClusterStore) -> None:
    batch = items([variant(1), variant(2), distinct(1)])
    first = assign_batch(es_store, batch)
    assert first[0] == first[1] != first[2]
    keys = batch[0].fp.band_keys()
    es_store.delete_buckets(keys)
    assert es_store.lookup([], keys).buckets == {}
    assert assign_batch(es_store, batch) == first
    assert set(es_store.lookup([], keys).buckets.values()) == {batch[0].article_id}
    story = es_store.story(first[0])
    assert story is not None and story.size == 2 and story.first_article_id == batch[0].article_id


def test_five_near_duplicates_in_one_batch_share_one_story(es_store: ElasticsearchClusterStore) -> None:
    articles = [variant(0), distinct(0), variant(1), variant(2), distinct(1), variant(3), variant(4)]
    stories = assign_with_retry(es_store, items(articles))
    assert {stories[i] for i in (0, 2, 3, 5, 6)} == {articles[0].id[:32]}
    assert len(set(stories)) == 3
    story = es_store.story(articles[0].id[:32])
    assert story is not None and story.size == 5


@pytest.mark.parametrize("size", [5, 40])
def test_requests_per_batch_do_not_depend_on_batch_size(es_store: ElasticsearchClusterStore, size: int) -> None:
    assign_batch(es_store, items([variant(n, "old") for n in range(3)]))
    counting = _Counting(es_store.es)
    es_store.es = counting  # type: ignore[assignment]
    assign_batch(es_store, items([variant(n) if n % 2 else distinct(n) for n in range(size)]))
    assert counting.requests == {"mget": 2, "bulk": 1}


def test_a_replayed_write_reports_conflicts_and_changes_nothing(es_store: ElasticsearchClusterStore) -> None:
    batch = items([variant(1)])
    assign_batch(es_store, batch)
    before = es_store.lookup([batch[0].article_id], batch[0].fp.band_keys())
    from pipeline.enrich.clusters.store import Writes

    again = es_store.write(Writes(members=list(before.members.values()), buckets=dict(before.buckets)))
    assert again.member_conflicts == {batch[0].article_id} and again.bucket_conflicts == set(before.buckets)
    assert es_store.lookup([batch[0].article_id], batch[0].fp.band_keys()) == before


def test_missing_cluster_index_is_misconfigured_not_dead_lettered(es_store: ElasticsearchClusterStore) -> None:
    es_store.es.indices.delete(index=es_store.index)
    with pytest.raises(MisconfiguredError):
        enrich_batch([seed()], all_steps(es_store))


def test_unreachable_elasticsearch_is_an_outage_after_the_retry_budget() -> None:
    with Elasticsearch("http://127.0.0.1:9", request_timeout=1, max_retries=0) as es:  # nothing listens on port 9
        store = ElasticsearchClusterStore(es, "test-clusters-unreachable", retry_s=0.5)
        with pytest.raises(StoreUnavailable) as raised:
            enrich_batch([seed()], all_steps(store))
    assert isinstance(raised.value, OutageError) and "attempts" in str(raised.value)
