"""The cluster store the settings ask for."""

from __future__ import annotations

from pipeline.enrich.clusters.es_store import ElasticsearchClusterStore
from pipeline.enrich.clusters.store import ClusterStore, MemoryClusterStore
from pipeline.index.client import make_client
from pipeline.settings import Settings


def cluster_index(settings: Settings) -> str:
    return f"{settings.elasticsearch.index_prefix}-{settings.enrich.cluster_index_suffix}"


def make_store(settings: Settings) -> ClusterStore:
    if settings.enrich.cluster_store == "memory":
        return MemoryClusterStore()
    store = ElasticsearchClusterStore(make_client(settings.elasticsearch), cluster_index(settings),
                                      retry_s=settings.enrich.cluster_retry_s)
    store.ensure()
    return store
