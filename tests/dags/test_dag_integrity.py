"""Every DAG in ``dags/`` parses without errors, follows the house rules and does no I/O at import.

The DagBag runs in a subprocess (``newsline_dev.airflow.dagcheck``) under the newsline Airflow
environment; the tests assert on its JSON report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

from newsline_dev.airflow.airflow_env import DAGS_FOLDER, build_env
from pipeline.settings import PROJECT_ROOT, load_settings
from tests.dags.helpers import requires_airflow, run_module, tail

pytestmark = [pytest.mark.airflow, requires_airflow]


def dagcheck(home: Path, out: Path, dags: Path = DAGS_FOLDER, env: dict[str, str] | None = None) -> dict[str, Any]:
    proc = run_module(
        "newsline_dev.airflow.dagcheck",
        "--home",
        str(home),
        "--dags",
        str(dags),
        "--output",
        str(out),
        timeout=300,
        env=env,
    )
    assert out.exists(), f"dagcheck crashed (exit {proc.returncode}):\n{tail(proc)}"
    return json.loads(out.read_text())


def problems(dag_id: str, info: dict[str, Any]) -> list[str]:
    """House rules every DAG must follow."""
    found = []
    if not info["tags"]:
        found.append(f"{dag_id}: no tags")
    if not isinstance(info["retries"], int) or info["retries"] < 1:
        found.append(f"{dag_id}: default_args retries={info['retries']!r}, want >= 1")
    if info["catchup"] is not False:
        found.append(f"{dag_id}: catchup={info['catchup']!r}, want False")
    if not info["start_date"] or not info["start_date_tz"]:
        found.append(f"{dag_id}: start_date {info['start_date']!r} missing or not timezone-aware")
    elif not info["start_date_stable"]:
        found.append(f"{dag_id}: start_date changes between parses (computed from the clock?)")
    elif datetime.fromisoformat(info["start_date"]) > datetime.now(UTC):
        found.append(f"{dag_id}: start_date {info['start_date']} is in the future")
    if not info["doc_md"].strip():
        found.append(f"{dag_id}: no doc_md")
    return found


@pytest.fixture(scope="module")
def report(airflow_home: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return dagcheck(airflow_home, tmp_path_factory.mktemp("dagcheck") / "report.json")


def test_no_import_errors(report: dict[str, Any]) -> None:
    assert report["import_errors"] == {}


def test_every_dag_file_defines_a_dag(report: dict[str, Any]) -> None:
    files = set(report["files"])
    assert files, f"no DAG files found in {report['dags_folder']}"
    defining = {info["fileloc"] for info in report["dags"].values()}
    assert files <= defining, f"files without a DAG: {sorted(files - defining)}"


def test_dags_follow_house_rules(report: dict[str, Any]) -> None:
    found = [p for dag_id, info in report["dags"].items() for p in problems(dag_id, info)]
    assert not found, "\n".join(found)


def test_dag_files_do_no_io_at_import(report: dict[str, Any]) -> None:
    for path, result in report["files"].items():
        assert result["error"] is None, f"{path}: {result['error']}"
        assert result["forbidden_imports"] == [], f"{path} imports at parse time: {result['forbidden_imports']}"


def test_replay_seeds_shape(report: dict[str, Any]) -> None:
    info = report["dags"]["replay_seeds"]
    assert info["tags"] == ["newsline", "replay"]
    assert info["schedule"] is None
    assert info["max_active_runs"] == 1
    assert info["retries"] == 2 and info["retry_delay_s"] > 0
    assert info["start_date"] == "2026-01-01T00:00:00+00:00"
    assert info["params"] == ["min_hits", "path", "query"]
    assert info["upstream"] == {
        "discover_files": [],
        "publish": ["discover_files"],
        "drain": ["publish"],
        "verify": ["drain"],
    }


def test_replay_seeds_has_a_run_timeout_from_settings(report: dict[str, Any]) -> None:
    assert report["dags"]["replay_seeds"]["dagrun_timeout_s"] == load_settings().airflow.replay_dagrun_timeout_s


def test_ingest_news_schedule_timeout_and_pool_come_from_settings(report: dict[str, Any]) -> None:
    settings = load_settings()
    info = report["dags"]["ingest_news"]
    assert info["schedule"] == settings.ingest.schedule == "*/15 * * * *"
    assert info["max_active_runs"] == 1
    assert info["dagrun_timeout_s"] == settings.ingest.dagrun_timeout_s
    fetching = {t: pool for t, pool in info["pools"].items() if t.startswith("source.")}
    assert fetching == {"source.discover": "newsline_fetch", "source.fetch_publish": "newsline_fetch"}


def test_ingest_news_follows_the_settings_from_the_environment(airflow_home: Path, tmp_path: Path) -> None:
    env = {"NEWSLINE_INGEST_SCHEDULE": "@hourly", "NEWSLINE_INGEST_DAGRUN_TIMEOUT_S": "900",
           "NEWSLINE_AIRFLOW_REPLAY_DAGRUN_TIMEOUT_S": "120"}
    dags = dagcheck(airflow_home, tmp_path / "report.json", env=env)["dags"]
    assert dags["ingest_news"]["schedule"] == "@hourly"
    assert dags["ingest_news"]["dagrun_timeout_s"] == 900
    assert dags["replay_seeds"]["dagrun_timeout_s"] == 120


def test_a_bad_schedule_fails_the_dag_import_naming_the_setting(airflow_home: Path) -> None:
    """Airflow's environment is built with good settings; only the DAG file's own parse sees the bad value."""
    env = {**os.environ, **build_env(home=airflow_home), "NEWSLINE_INGEST_SCHEDULE": "*/15 * * *"}
    code = f"import runpy; runpy.run_path({str(DAGS_FOLDER / 'ingest_news.py')!r})"
    proc = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                          timeout=300, check=False)
    assert proc.returncode != 0
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("pipeline.exceptions.ConfigError") and "ingest.schedule" in last, proc.stderr[-2000:]
    assert "NEWSLINE_INGEST_SCHEDULE" in last and "want 5" in last


def test_replay_seeds_retry_policy_names_real_exceptions(report: dict[str, Any]) -> None:
    """The not-retryable rule uses dotted names; a typo would silently never match."""
    policy = report["dags"]["replay_seeds"]["retry_policy"]
    assert policy is not None
    names = [
        n
        for rule in policy["rules"]
        for n in ([rule["exception"]] if isinstance(rule["exception"], str) else rule["exception"])
    ]
    assert "pipeline.orchestration.exceptions.PermanentError" in names
    for name in names:
        module, _, attr = name.rpartition(".")
        cls = getattr(import_module(module), attr)
        assert issubclass(cls, BaseException), name


BAD_DAGS = {
    "connects.py": """
import socket
from datetime import datetime, timezone
from airflow.sdk import dag, task

socket.create_connection(("127.0.0.1", 9200), timeout=1).close()  # I/O at import

@dag(start_date=datetime(2026, 1, 1, tzinfo=timezone.utc), schedule=None, catchup=False,
     tags=["t"], doc_md="x", default_args={"retries": 1})
def connects():
    @task
    def noop() -> None: ...
    noop()

connects()
""",
    "sloppy.py": """
from datetime import datetime
from airflow.sdk import dag, task

@dag(start_date=datetime.now(), schedule=None, catchup=True)
def sloppy():
    @task
    def noop() -> None: ...
    noop()

sloppy()
""",
}


def test_checks_catch_bad_dags(airflow_home: Path, tmp_path: Path) -> None:
    """Negative control: the checker flags I/O at import and every broken house rule."""
    dags = tmp_path / "dags"
    dags.mkdir()
    for name, text in BAD_DAGS.items():
        (dags / name).write_text(text)
    bad = dagcheck(airflow_home, tmp_path / "report.json", dags)

    assert "socket connect" in (bad["files"][str(dags / "connects.py")]["error"] or "")
    assert bad["files"][str(dags / "sloppy.py")]["error"] is None
    found = "\n".join(problems("sloppy", bad["dags"]["sloppy"]))
    for expected in ("no tags", "retries", "catchup", "start_date", "doc_md"):
        assert expected in found, f"{expected!r} not flagged in:\n{found}"
