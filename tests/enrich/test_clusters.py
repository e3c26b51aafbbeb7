"""MinHash/LSH story clusters on the in-memory store (the Elasticsearch store is in the integration test)."""

from datetime import UTC, datetime

from pipeline.enrich.clusters.minhash import fingerprint, jaccard, signature
from pipeline.enrich.clusters.store import MemoryClusterStore
from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.steps import all_steps
from pipeline.models import EnrichedArticle
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


def test_reassigning_is_idempotent() -> None:
    store = MemoryClusterStore()
    a = seed()
    fp = fingerprint(a.text)
    first = store.assign(a.id, a.source, "2020-01-01T00:00:00+00:00", fp)
    assert store.assign(a.id, a.source, "2020-01-01T00:00:00+00:00", fp) == first
    story = store.story(first)
    assert story is not None and story.size == 1
