"""Run one DAG in-process with ``dag.test()`` against the local Airflow DB; report as JSON.

Like ``airflow dags test`` (no scheduler, no executor: tasks run one by one in this process) but
the result is machine-readable: run state, per-task state/tries and each task's return value::

    python -m newsline_dev.airflow.dagtest replay_seeds [--conf JSON] [--home DIR] [--dags DIR] [--output FILE]

Exit status 0 only when the run succeeded. Airflow writes its logs to stdout, hence ``--output``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from newsline_dev.airflow.airflow_env import apply_env, ensure_migrated
from pipeline.exceptions import NewslineError
from pipeline.orchestration.exceptions import AirflowEnvError

log = logging.getLogger(__name__)


def _duration(start: datetime | None, end: datetime | None) -> float | None:
    return round((end - start).total_seconds(), 3) if start and end else None


def _task_results(dag_id: str, run_id: str) -> dict[str, dict[str, Any]]:
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session
    from sqlalchemy import select

    with create_session() as session:
        tis = session.scalars(select(TaskInstance).where(TaskInstance.dag_id == dag_id, TaskInstance.run_id == run_id)).all()
        results = {ti.task_id: {"state": str(ti.state) if ti.state else None, "try_number": ti.try_number,
                                "duration_s": _duration(ti.start_date, ti.end_date)} for ti in tis}
        query = XComModel.get_many(run_id=run_id, dag_ids=dag_id, key="return_value")
        rows: list[Any] = list(session.scalars(query))
        for row in rows:
            results.setdefault(row.task_id, {})["return_value"] = XComModel.deserialize_value(row)
    return results


def run_dag_test(
    dag_id: str, conf: dict[str, Any] | None = None, *, home: Path | None = None, dags: Path | None = None
) -> dict[str, Any]:
    """Migrate if needed, set the Airflow env, ``dag.test()`` the DAG; return run + task results."""
    ensure_migrated(home=home)
    apply_env(home=home, dags=dags)  # before the first airflow import

    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    dag = bag.dags.get(dag_id)
    if dag is None:
        raise AirflowEnvError(f"DAG {dag_id!r} not found; import errors: {bag.import_errors or 'none'}")
    run = dag.test(run_conf=conf)
    state = str(run.state) if run.state else None
    log.info("dag test finished dag_id=%s run_id=%s state=%s", dag_id, run.run_id, state)
    return {
        "dag_id": dag_id,
        "run_id": run.run_id,
        "state": state,
        "conf": conf or {},
        "tasks": _task_results(dag_id, run.run_id),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsline_dev.airflow.dagtest")
    parser.add_argument("dag_id")
    parser.add_argument("--conf", type=json.loads, default=None, help="run conf (params) as JSON")
    parser.add_argument("--home", type=Path, help="AIRFLOW_HOME (default <paths.state>/airflow)")
    parser.add_argument("--dags", type=Path, help="DAGs folder (default: the project's dags/)")
    parser.add_argument("--output", type=Path, help="write the JSON result here")
    opts = parser.parse_args(argv)
    try:
        result = run_dag_test(opts.dag_id, opts.conf, home=opts.home, dags=opts.dags)
    except NewslineError as exc:
        print(f"dag test failed dag_id={opts.dag_id} error={exc}", file=sys.stderr)
        return 2
    text = json.dumps(result, indent=2, sort_keys=True, default=str)
    if opts.output:
        opts.output.write_text(text + "\n")
    else:
        print(text)
    return 0 if result["state"] == "success" else 1


if __name__ == "__main__":
    raise SystemExit(main())
