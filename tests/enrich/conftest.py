"""Integration tests here use the live-service fixtures (tests/conftest.py); each also gets its own cluster and
event indices."""

from collections.abc import Iterator

import pytest

from pipeline.enrich.clusters.factory import cluster_index
from pipeline.enrich.events.factory import event_index
from pipeline.index.client import make_client
from pipeline.settings import Settings


@pytest.fixture
def enrich_settings(pipeline_settings: Settings) -> Iterator[Settings]:
    yield pipeline_settings
    with make_client(pipeline_settings.elasticsearch) as es:
        es.indices.delete(index=f"{cluster_index(pipeline_settings)},{event_index(pipeline_settings)}",
                          ignore_unavailable=True)
