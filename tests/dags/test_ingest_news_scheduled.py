"""The scheduler itself triggers ``ingest_news`` on its schedule and the run succeeds.

A real local Airflow (api-server + scheduler + dag-processor, LocalExecutor, SQLite) with a throwaway
AIRFLOW_HOME and its own port runs the DAG on a one-minute schedule (``NEWSLINE_INGEST_SCHEDULE``) against
the fixture site on 127.0.0.1, Kafka/Elasticsearch from ``AIRFLOW_CONN_*`` and isolated topics/index.
Bounded: at most ~5 minutes, and every process started is stopped.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from newsline_dev.airflow.local_airflow import LocalAirflow
from pipeline.settings import DEFAULT_CONFIG, Settings, load_settings
from tests.dags.helpers import requires_airflow
from tests.support.newsroom import publish
from tests.support.site import Site
from tests.support.topics import drop_isolated, read_topic

pytestmark = [pytest.mark.integration, pytest.mark.airflow, pytest.mark.slow, requires_airflow]

RUN_TIMEOUT_S = 240


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def isolated_settings(tmp_path: Path) -> Iterator[Settings]:
    from newsline_dev import services
    from pipeline.provision import run_setup
    from tests.support.live import isolated

    live = load_settings()
    services.up(live)
    settings = isolated(live, "dag-ingest-news")
    settings = settings.model_copy(update={"paths": settings.paths.model_copy(update={"state": tmp_path / "state"})})
    run_setup(settings)
    yield settings
    drop_isolated(settings)


def runs(db: Path) -> list[tuple[str, str, str]]:
    if not db.exists():
        return []
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        try:
            return conn.execute("SELECT run_id, run_type, state FROM dag_run WHERE dag_id = 'ingest_news'").fetchall()
        except sqlite3.OperationalError:  # tables not there yet
            return []


def task_states(db: Path, run_id: str) -> list[tuple[str, int, str]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        sql = "SELECT task_id, map_index, state FROM task_instance WHERE dag_id = 'ingest_news' AND run_id = ?"
        return conn.execute(sql, (run_id,)).fetchall()


def test_scheduler_triggers_ingest_news_and_the_run_succeeds(isolated_settings: Settings, tmp_path: Path) -> None:
    site = Site().start()
    try:
        specs, groups = publish(site)
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump({"sources": [s.model_dump(mode="json") for s in specs[:2]]}))
        dags = tmp_path / "dags"
        dags.mkdir()
        (dags / "ingest_news.py").symlink_to(DEFAULT_CONFIG.parent.parent / "dags" / "ingest_news.py")
        env = {
            "NEWSLINE_INGEST_SCHEDULE": "* * * * *",
            "NEWSLINE_FETCH_SOURCES_FILE": str(sources),
            "NEWSLINE_FETCH_ALLOW_PRIVATE_ADDRESSES": "true",  # the fixture site is on 127.0.0.1
            "NEWSLINE_FETCH_POLITENESS_DELAY_S": "0",
            "NEWSLINE_PATHS_STATE": str(isolated_settings.paths.state),
            # nothing listens here: publishing works only through the newsline_kafka Connection (AIRFLOW_CONN_*)
            "NEWSLINE_KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1",
            "NEWSLINE_KAFKA_TOPICS": isolated_settings.kafka.topics.model_dump_json(),
            "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": isolated_settings.elasticsearch.index_prefix,
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "10",
        }
        airflow = LocalAirflow(home=tmp_path / "airflow", port=free_port(), dags=dags, extra_env=env)
        airflow.prepare(isolated_settings)
        airflow.start(isolated_settings)
        try:
            done = wait_for_scheduled_run(airflow)
        finally:
            airflow.stop()
    finally:
        site.stop()
    run_id, run_type, state = done
    db = airflow.home / "airflow.db"
    states = task_states(db, run_id)
    assert (run_type, state) == ("scheduled", "success"), f"{done}: {states}\n{log_tail(airflow)}"
    mapped = [s for s in states if s[0] == "source.fetch_publish"]
    assert len(mapped) == 2 and all(s[2] == "success" for s in mapped), states
    raw = read_topic(isolated_settings, isolated_settings.kafka.topics.raw)
    titles = {json.loads(v)["title"] for v in raw}
    assert titles == {s.title for s in groups["feed"] + groups["sitemap"]}
    task_logs = "\n".join(p.read_text(errors="replace") for p in (airflow.home / "logs").rglob("*fetch_publish*/**/*.log"))
    assert f"endpoints kafka={isolated_settings.kafka.bootstrap_servers}" in task_logs


def wait_for_scheduled_run(airflow: LocalAirflow) -> tuple[str, str, str]:
    db = airflow.home / "airflow.db"
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while time.monotonic() < deadline:
        airflow.check_alive()
        finished = [r for r in runs(db) if r[1] == "scheduled" and r[2] in ("success", "failed")]
        if finished:
            return finished[0]
        time.sleep(1)
    raise AssertionError(f"no scheduled ingest_news run finished in {RUN_TIMEOUT_S}s: {runs(db)}\n{log_tail(airflow)}")


def log_tail(airflow: LocalAirflow, lines: int = 40) -> str:
    out = []
    for name in ("scheduler", "dag-processor"):
        path = airflow.home / "logs" / f"{name}.log"
        if path.exists():
            out.append(f"--- {name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:]))
    return "\n".join(out)
