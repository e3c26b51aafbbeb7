"""Story clusters: the article's MinHash fingerprint assigned to a story in the shared store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from elasticsearch import ApiError, ConnectionTimeout
from elasticsearch import ConnectionError as ESConnectionError

from pipeline.enrich.clusters.minhash import BANDS, NUM_PERM, SHINGLE_WORDS, fingerprint
from pipeline.enrich.clusters.store import THRESHOLD, ClusterStore
from pipeline.enrich.exceptions import StoreUnavailable
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.models import Article, Provenance

VERSION = f"1+w{SHINGLE_WORDS}p{NUM_PERM}b{BANDS}j{THRESHOLD}"


def seen_at(article: Article) -> str:
    return (article.published_at or article.fetched_at).astimezone(UTC).isoformat()


def cluster_step(store: ClusterStore) -> Step:
    """The step bound to a store; articles of a batch go in order, so earlier ones are candidates for later ones."""

    def assign(articles: Sequence[Article], _fields: Sequence[Fields]) -> list[StepOutput]:
        try:
            return [{"story_id": store.assign(a.id, a.source, seen_at(a), fingerprint(a.text))} for a in articles]
        except (ESConnectionError, ConnectionTimeout) as exc:
            raise StoreUnavailable(f"cluster store unreachable: {exc}") from exc
        except ApiError as exc:
            if exc.meta.status == 429 or exc.meta.status >= 500:
                raise StoreUnavailable(f"cluster store unavailable: {exc}") from exc
            raise

    return Step("cluster", Provenance(producer="newsline.minhash-lsh", version=VERSION), batch=assign)
