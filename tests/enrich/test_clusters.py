"""MinHash/LSH story clusters on the in-memory store (the Elasticsearch store: test_clusters_es.py)."""

from datetime import UTC, datetime

import pytest
from elasticsearch import Elasticsearch

from pipeline.enrich.clusters.assign import MAX_CANDIDATES, Item, assign_batch, assign_with_retry
from pipeline.enrich.clusters.es_store import ElasticsearchClusterStore
from pipeline.enrich.clusters.exceptions import ClusterStoreBusy, ClusterStoreError
from pipeline.enrich.clusters.minhash import fingerprint, jaccard, signature
from pipeline.enrich.clusters.store import Lookup, MemoryClusterStore, Writes, Written
from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.exceptions import StoreUnavailable
from pipeline.enrich.steps import all_steps
from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.models import EnrichedArticle
from tests.enrich.cluster_helpers import CountingStore, distinct, items, variant
from tests.enrich.helpers import edited_copy, fixture_article, seed


def test_signature_is_deterministic_and_estimates_jaccard() -> None:
    a, b = fingerprint(seed().text), fingerprint(edited_copy(seed()).text)
    assert a == fingerprint(seed().text)
    estimate = sum(x == y for x, y in zip(a.signature, b.signature, strict=True)) / len(a.signature)
    assert abs(estimate - jaccard(a.shingles, b.shingles)) < 0.15
    assert jaccard(a.shingles, b.shingles) > 0.6
    assert jaccard(a.shingles, fingerprint(fixture_article("ecb-rates").text).shingles) < 0.05
    assert len(signature(frozenset())) == len(a.signature)


def test_copy_joins_the_story_unrelated_does_not_and_first_is_earliest() -> None:
    store = MemoryClusterStore()
    original, copy = seed(), edited_copy(seed(), published=datetime(2020, 1, 13, 9, tzinfo=UTC))  # copy is earlier
    other = fixture_article("ecb-rates")
    results = enrich_batch([original, copy, other], all_steps(store))
    assert all(isinstance(r, EnrichedArticle) for r in results)
    stories = [r.enrichment.story_id for r in results if isinstance(r, EnrichedArticle)]
    assert stories[0] == stories[1] == original.id[:32] and stories[2] != stories[0]
    story = store.story(stories[0])
    assert story is not None and story.size == 2
    assert (story.first_article_id, story.first_source) == (copy.id, "wire")


def test_rerun_keeps_the_story_counts_once_and_repairs_deleted_buckets() -> None:
    store = MemoryClusterStore()
    batch = items([variant(1), variant(2)])
    first = assign_batch(store, batch)
    keys = batch[0].fp.band_keys()
    store.delete_buckets(keys)
    assert store.lookup([], keys).buckets == {}
    assert assign_batch(store, batch) == first
    assert set(store.lookup([], keys).buckets.values()) == {batch[0].article_id}
    story = store.story(first[0])
    assert story is not None and story.size == 2


def test_five_near_duplicates_in_one_batch_share_one_story_distinct_ones_do_not() -> None:
    store = MemoryClusterStore()
    articles = [variant(0), distinct(0), variant(1), variant(2), distinct(1), variant(3), variant(4), distinct(2)]
    stories = assign_batch(store, items(articles))
    dupes = {stories[i] for i in (0, 2, 3, 5, 6)}
    assert dupes == {articles[0].id[:32]}
    assert len({stories[1], stories[4], stories[7], *dupes}) == 4
    story = store.story(articles[0].id[:32])
    assert story is not None and story.size == 5


class _BucketsFailOnce(MemoryClusterStore):
    """Writes the members of the first write, then fails as a bulk whose bucket items got 429 would."""

    def __init__(self) -> None:
        super().__init__()
        self.failures = 0

    def write(self, writes: Writes) -> Written:
        if self.failures == 0:
            self.failures += 1
            super().write(Writes(members=writes.members))
            raise ClusterStoreBusy("429 es_rejected_execution_exception")
        return super().write(writes)


def test_a_failed_write_retries_the_whole_assignment_and_completes_it() -> None:
    store, slept = _BucketsFailOnce(), []
    batch = items([variant(1), variant(2), distinct(1)])
    stories = assign_with_retry(store, batch, sleep=slept.append)
    assert store.failures == 1 and len(slept) == 1
    assert stories[0] == stories[1] != stories[2]
    for entry in batch:  # every bucket written on the retry, and the story counts both copies
        assert len(store.lookup([], entry.fp.band_keys()).buckets) == len(set(entry.fp.band_keys()))
    story = store.story(stories[0])
    assert story is not None and story.size == 2


class _Down(MemoryClusterStore):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error, self.retry_s = error, 1.0

    def lookup(self, article_ids: object, keys: object) -> Lookup:
        raise self.error


def test_a_store_down_past_the_budget_is_an_outage_through_enrich_batch() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with pytest.raises(StoreUnavailable):
        assign_with_retry(_Down(ClusterStoreBusy("503")), items([variant(1)]), sleep=sleep, clock=lambda: now[0])
    assert 0 < sum(slept) <= 1.0 and len(slept) >= 3
    down = _Down(ClusterStoreBusy("connection refused"))
    down.retry_s = 0.0
    with pytest.raises(OutageError):  # not a StepError result: the worker keeps the batch
        enrich_batch([seed(), fixture_article("ecb-rates")], all_steps(down))


def test_a_misconfigured_store_passes_through_enrich_batch() -> None:
    with pytest.raises(MisconfiguredError):
        enrich_batch([seed()], all_steps(_Down(MisconfiguredError("cluster index x: 403"))))


@pytest.mark.parametrize("size", [4, 40])
def test_round_trips_per_batch_do_not_depend_on_batch_size(size: int) -> None:
    store = CountingStore(MemoryClusterStore())
    assign_batch(store, items([variant(n, "old") for n in range(3)]))
    store.calls = {"lookup": 0, "members": 0, "write": 0}
    batch = [variant(n) if n % 2 else distinct(n) for n in range(size)]
    assign_batch(store, items(batch))
    assert store.calls == {"lookup": 1, "members": 1, "write": 1}


def test_joining_a_300_member_story_confirms_a_bounded_number_of_candidates() -> None:
    store = CountingStore(MemoryClusterStore())
    for start in range(0, 300, 50):
        assign_batch(store, items([variant(n) for n in range(start, start + 50)]))
    founder = variant(0).id[:32]
    story = store.story(founder)
    assert story is not None and story.size == 300
    store.asked.clear()
    assert assign_batch(store, items([variant(1000, "late")])) == [founder]
    assert store.asked and max(store.asked) <= MAX_CANDIDATES


class _RacedBy(MemoryClusterStore):
    """Another worker assigns ``rival`` after this batch's lookup, just before its write lands."""

    def __init__(self, rival: list[Item]) -> None:
        super().__init__()
        self.rival = rival

    def write(self, writes: Writes) -> Written:
        if self.rival:
            rival, self.rival = self.rival, []
            assign_batch(self, rival)
        return super().write(writes)


@pytest.mark.parametrize("earlier_writes_first", [True, False])
def test_near_duplicates_founded_at_once_by_two_workers_end_in_one_story(earlier_writes_first: bool) -> None:
    earlier, later = items([variant(1)]), items([variant(2)])
    first, second = (earlier, later) if earlier_writes_first else (later, earlier)
    store = _RacedBy(list(first))
    story_id = first[0].article_id[:32]  # the second writer adopts the first's story
    assert assign_batch(store, second) == [story_id]
    both = store.story(story_id)
    assert both is not None and both.size == 2
    assert store.story(second[0].article_id[:32]) is None


def test_founders_that_each_lost_buckets_to_the_other_end_in_the_earlier_story() -> None:
    store = MemoryClusterStore()
    earlier, later = items([variant(1), variant(2)])
    shared = sorted(set(earlier.fp.band_keys()) & set(later.fp.band_keys()))
    assert len(shared) >= 2
    buckets = {k: earlier.article_id for k in earlier.fp.band_keys()} | {k: later.article_id for k in later.fp.band_keys()}
    buckets |= {k: earlier.article_id for k in shared[::2]}  # each won some shared buckets
    store.write(Writes(members=[earlier.member(earlier.own_story), later.member(later.own_story)], buckets=buckets))
    assert assign_batch(store, [earlier], frozenset({earlier.article_id})) == [earlier.own_story]
    assert assign_batch(store, [later], frozenset({later.article_id})) == [earlier.own_story]
    story = store.story(earlier.own_story)
    assert story is not None and story.size == 2


@pytest.mark.parametrize(("status", "error", "kind"), [
    (401, {"type": "security_exception"}, MisconfiguredError),
    (403, {"type": "security_exception"}, MisconfiguredError),
    (404, {"type": "index_not_found_exception"}, MisconfiguredError),
    (429, {"type": "es_rejected_execution"}, ClusterStoreBusy),
    (503, {"type": "unavailable_shards_exception"}, ClusterStoreBusy),
    (400, {"type": "mapper_parsing_exception"}, ClusterStoreError),
])
def test_store_errors_are_classified_as_misconfigured_busy_or_a_bug(status: int, error: dict[str, str], kind: type) -> None:
    store = ElasticsearchClusterStore(Elasticsearch("http://127.0.0.1:1"), "x-clusters")  # never called
    classified = store.store.classify(status, error)
    assert type(classified) is kind and str(status) in str(classified)
