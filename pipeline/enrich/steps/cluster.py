"""Story clusters: the batch's MinHash fingerprints assigned to stories in the shared store, together.

The assignment of the whole batch is retried (it is idempotent) while the store is busy; past the store's
``retry_s`` the step raises ``StoreUnavailable``, an ``OutageError`` that ``enrich_batch`` passes to the
worker, which keeps the batch. ``MisconfiguredError`` (401/403, missing index) passes through the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from pipeline.enrich.clusters.assign import Item, assign_with_retry
from pipeline.enrich.clusters.minhash import BANDS, NUM_PERM, SHINGLE_WORDS, fingerprint
from pipeline.enrich.clusters.store import THRESHOLD, ClusterStore
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.models import Article, Provenance

VERSION = f"1+w{SHINGLE_WORDS}p{NUM_PERM}b{BANDS}j{THRESHOLD}"


def seen_at(article: Article) -> str:
    return (article.published_at or article.fetched_at).astimezone(UTC).isoformat()


def item(article: Article) -> Item:
    return Item(article.id, article.source, seen_at(article), fingerprint(article.text))


def cluster_step(store: ClusterStore) -> Step:
    """The step bound to a store; articles of a batch go in order, so earlier ones are candidates for later ones."""

    def assign(articles: Sequence[Article], _fields: Sequence[Fields]) -> list[StepOutput]:
        return [{"story_id": story} for story in assign_with_retry(store, [item(a) for a in articles])]

    return Step("cluster", Provenance(producer="newsline.minhash-lsh", version=VERSION), batch=assign)
