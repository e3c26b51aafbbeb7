"""Delivery tests on the real Kafka and Elasticsearch: the live-service fixtures, plus a private state dir."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.enrich.clusters.factory import cluster_index
from pipeline.index.client import make_client
from pipeline.settings import Settings
from tests.integration.conftest import live_settings, pipeline_settings  # noqa: F401 - fixtures


@pytest.fixture
def delivery_settings(pipeline_settings: Settings, tmp_path: Path) -> Iterator[Settings]:  # noqa: F811 - fixture
    """Isolated topics/groups/index, worker state files under ``tmp_path``, 10 s sessions (faster rebalances)."""
    settings = pipeline_settings.model_copy(
        update={
            "paths": pipeline_settings.paths.model_copy(update={"state": tmp_path / "state"}),
            "workers": pipeline_settings.workers.model_copy(
                update={"session_timeout_ms": 10_000, "batch_size": 20, "drain_timeout_s": 600.0}
            ),
        }
    )
    yield settings
    with make_client(settings.elasticsearch) as es:
        es.indices.delete(index=cluster_index(settings), ignore_unavailable=True)
