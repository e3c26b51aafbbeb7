"""What the workers, the DAG files and their tasks import is the runtime only: no development tooling, no pytest.

A fresh interpreter (this test process has imported the tooling already) imports the worker modules, the task
bodies of every DAG, the DAG files themselves (with Airflow, in a throwaway ``AIRFLOW_HOME``), the command
line's parser and then every other module of ``pipeline``; ``newsline_dev`` must be importable there (the
development venv has it) and still not loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pipeline.settings import PROJECT_ROOT
from tests.dags.helpers import requires_airflow

RUNTIME = (
    "pipeline.workers.enrich", "pipeline.workers.index", "pipeline.workers.supervisor", "pipeline.workers.base",
    "pipeline.runner", "pipeline.orchestration.tasks", "pipeline.orchestration.ingest_tasks",
    "pipeline.orchestration.recheck_tasks", "pipeline.orchestration.connections", "pipeline.orchestration.pools",
    "pipeline.orchestration.dag_defaults", "pipeline.ingest.run", "pipeline.revisions.run", "pipeline.revisions.recheck",
    "pipeline.sources.replay", "pipeline.search", "pipeline.status", "pipeline.provision",
)

PROBE = """
import importlib, importlib.util, json, pathlib, sys
root = pathlib.Path(sys.argv[1])
available = importlib.util.find_spec("newsline_dev") is not None
steps = {}

def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in ("newsline_dev", "pytest", "_pytest"))

for name in json.loads(sys.argv[2]):
    importlib.import_module(name)
steps["runtime"] = loaded()
for path in sorted((root / "dags").glob("*.py")):
    spec = importlib.util.spec_from_file_location(f"dag_{path.stem}", path)
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
steps["dags"] = loaded()
from pipeline.cli.main import build_parser
build_parser()
steps["cli"] = loaded()
package = root / "pipeline"
for path in sorted(package.rglob("*.py")):
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] != "__main__":
        importlib.import_module(".".join(parts).removesuffix(".__init__"))
steps["everything"] = loaded()
print(json.dumps({"available": available, "steps": steps, "dags": sorted(m for m in sys.modules if m.startswith("dag_"))}))
"""


@requires_airflow
def test_workers_dags_tasks_and_cli_import_no_development_tooling(tmp_path: Path) -> None:
    env = {**os.environ, "AIRFLOW_HOME": str(tmp_path / "airflow"), "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
           "NEWSLINE_PATHS_STATE": str(tmp_path / "state")}
    proc = subprocess.run([sys.executable, "-c", PROBE, str(PROJECT_ROOT), json.dumps(RUNTIME)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["available"], "newsline_dev is not importable here: the check below would prove nothing"
    assert report["dags"] == ["dag_ingest_news", "dag_recheck_articles", "dag_replay_seeds"]
    assert report["steps"] == {"runtime": [], "dags": [], "cli": [], "everything": []}
