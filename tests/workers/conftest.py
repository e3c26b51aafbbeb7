"""Worker tests: delivery on the real Kafka and Elasticsearch with a private state dir, and the fault rig
(private Kafka/Elasticsearch that test_faults.py kills and freezes; see fault_rig.py)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.enrich.clusters.factory import cluster_index
from pipeline.index.client import make_client
from pipeline.settings import Settings
from tests.workers.fault_rig import private_services, rig  # noqa: F401 - fixtures of test_faults.py


@pytest.fixture
def delivery_settings(pipeline_settings: Settings, tmp_path: Path) -> Iterator[Settings]:
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
