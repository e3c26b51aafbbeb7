"""``make run``'s driver (``python -m newsline_dev.airflow.make_run``): a short summary, the logs in files.

The end-to-end test runs it on the real Kafka and Elasticsearch with topics, groups and an index of its own
and a throwaway state dir (so a fresh Airflow home); the others check the summary's wording on given results.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsline_dev.airflow.make_run import failure, summary
from pipeline.settings import PROJECT_ROOT, Settings, load_settings
from tests.dags.helpers import requires_airflow
from tests.dags.test_replay_seeds_run import QUERY, SEED_TITLE, settings_env

RUN = {
    "state": "success",
    "tasks": {
        "discover_files": {"state": "success", "duration_s": 0.5, "return_value": None},
        "publish": {"state": "success", "duration_s": 1.0, "return_value": {"files": 3, "published": 2,
                                                                            "failed": [{"input": "x", "reason": "y"}]}},
        "drain": {"state": "success", "duration_s": 4.25, "return_value": {"enriched": 2, "indexed": 2,
                                                                           "dead_letters": 1}},
        "verify": {"state": "success", "duration_s": 0.2, "return_value": {"query": "q", "total": 1, "documents": 2}},
    },
}


def test_summary_reports_each_stage_from_the_task_results() -> None:
    lines = summary(RUN)
    assert lines == [
        "replayed   3 file(s): 2 published, 1 failed (1.5 s)",
        "enriched   2 article(s)",
        "indexed    2 document(s); dead letters 1 (4.2 s)",
        "verified   'q': 1 hit(s) among 2 indexed document(s) (0.2 s)",
    ]


def test_summary_survives_missing_return_values() -> None:
    lines = summary({"state": "failed", "tasks": {"publish": {"state": "failed"}}})
    assert lines[1] == "enriched   ? article(s)" and len(lines) == 3


def test_failure_names_the_failed_and_unrun_tasks_and_tails_the_log(tmp_path: Path) -> None:
    logfile = tmp_path / "replay_seeds.log"
    logfile.write_text("\n".join(f"line {n}" for n in range(50)))
    run = {"state": "failed", "tasks": {"discover_files": {"state": "success"}, "publish": {"state": "failed"}}}
    lines = failure(run, logfile)
    assert lines[0] == "replay_seeds run failed: publish=failed; not run: drain, verify"
    assert lines[-1] == "  line 49" and len(lines) == 22


@pytest.fixture
def isolated_settings() -> Iterator[Settings]:
    from newsline_dev import services
    from pipeline.provision import run_setup
    from tests.support.live import isolated
    from tests.support.topics import drop_isolated

    live = load_settings()
    services.up(live)
    settings = isolated(live, "make-run")
    run_setup(settings)
    yield settings
    drop_isolated(settings)


@pytest.mark.integration
@pytest.mark.airflow
@requires_airflow
def test_make_run_prints_a_short_summary_and_keeps_airflow_logs_in_files(
    isolated_settings: Settings, tmp_path: Path
) -> None:
    state = tmp_path / "state"
    env = {**os.environ, **settings_env(isolated_settings), "NEWSLINE_PATHS_STATE": str(state)}
    proc = subprocess.run([sys.executable, "-m", "newsline_dev.airflow.make_run", "--query", QUERY],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=900, check=False)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert len(lines) <= 12, proc.stdout
    assert "dead letters 0" in proc.stdout and "indexed    1 document(s)" in proc.stdout, proc.stdout
    assert "DAG TEST" not in proc.stdout + proc.stderr  # Airflow's own lines went to the file
    (folder,) = (state / "logs" / "run").iterdir()
    assert str(folder.name) in lines[0]
    airflow_log = (folder / "replay_seeds.log").read_text()
    assert "[DAG TEST] end task task_id=verify" in airflow_log
    result = json.loads((folder / "replay_seeds.json").read_text())
    assert SEED_TITLE in [hit["title"] for hit in result["tasks"]["verify"]["return_value"]["hits"]]
    assert "event=up" in (folder / "services.log").read_text()
