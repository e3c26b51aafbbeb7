"""End to end: ``dag.test()`` of ``replay_seeds`` on the real Kafka and Elasticsearch.

The DAG runs in a subprocess (``python -m newsline_dev.airflow.dagtest``) with a throwaway
AIRFLOW_HOME; its tasks read their settings from ``NEWSLINE_*`` variables pointing at topics,
consumer groups and an index prefix of their own, like the other integration tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.settings import Settings, load_settings
from tests.dags.helpers import requires_airflow, run_module, tail

pytestmark = [pytest.mark.integration, pytest.mark.airflow, pytest.mark.slow, requires_airflow]

QUERY = "Idlib ceasefire"
SEED_TITLE = "Top Syrian and Turkish intelligence officials meet in Russia to discuss Idlib"


def settings_env(settings: Settings) -> dict[str, str]:
    """``NEWSLINE_*`` overrides that make ``load_settings()`` in the DAG's tasks equal ``settings``."""
    return {
        "NEWSLINE_KAFKA_TOPICS": settings.kafka.topics.model_dump_json(),
        "NEWSLINE_WORKERS_ENRICH_GROUP": settings.workers.enrich_group,
        "NEWSLINE_WORKERS_INDEX_GROUP": settings.workers.index_group,
        "NEWSLINE_WORKERS_IDLE_TIMEOUT_S": str(settings.workers.idle_timeout_s),
        "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": settings.elasticsearch.index_prefix,
    }


@pytest.fixture
def dag_settings() -> Iterator[Settings]:
    from newsline_dev import services
    from pipeline.provision import run_setup
    from tests.support.live import isolated
    from tests.support.topics import drop_isolated

    live = load_settings()
    services.up(live)  # idempotent; fails (never skips) when a service cannot start
    settings = isolated(live, "dag-replay-seeds")
    run_setup(settings)
    yield settings
    drop_isolated(settings)


def test_replay_seeds_dag_makes_the_seed_searchable(dag_settings: Settings, airflow_home: Path, tmp_path: Path) -> None:
    from pipeline.search import search

    out = tmp_path / "dagtest.json"
    proc = run_module(
        "newsline_dev.airflow.dagtest",
        "replay_seeds",
        "--home",
        str(airflow_home),
        "--conf",
        json.dumps({"query": QUERY}),
        "--output",
        str(out),
        env=settings_env(dag_settings),
        timeout=900,
    )
    assert out.exists(), f"dagtest crashed (exit {proc.returncode}):\n{tail(proc)}"
    run: dict[str, Any] = json.loads(out.read_text())
    states = {task: info.get("state") for task, info in run["tasks"].items()}
    assert run["state"] == "success", f"run {run['run_id']} {run['state']}: {states}\n{tail(proc)}"
    assert states == dict.fromkeys(("discover_files", "publish", "drain", "verify"), "success")
    assert proc.returncode == 0

    assert run["tasks"]["publish"]["return_value"]["published"] >= 1
    verified = run["tasks"]["verify"]["return_value"]
    assert SEED_TITLE in [hit["title"] for hit in verified["hits"]]

    result = search(dag_settings, QUERY)
    assert SEED_TITLE in [hit["title"] for hit in result["hits"]], result
