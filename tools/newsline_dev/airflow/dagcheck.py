"""Parse the DAGs folder and print a JSON report: import errors, per-DAG properties, side effects.

Run it in a subprocess with the Airflow environment set (Airflow reads its config at import)::

    python -m newsline_dev.airflow.dagcheck [--home DIR] [--dags DIR] [--output FILE]

For each ``*.py`` file, ``import_check`` first imports it with I/O guards in place (socket connects
and file writes raise; Kafka/Elasticsearch/pipeline task modules must stay unimported). Reading
newsline's settings (YAML + environment) is the one I/O a DAG file may do at parse time: its schedule
and run timeouts are settings. Then a ``DagBag`` parses the folder twice, 1 s apart, to see whether any
``start_date`` moves (i.e. is computed from the clock).
"""

from __future__ import annotations

import argparse
import builtins
import importlib.util
import json
import socket
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from unittest import mock

from newsline_dev.airflow.airflow_env import DAGS_FOLDER, apply_env

# modules a DAG file must not import at parse time (they talk to Kafka/Elasticsearch)
FORBIDDEN_AT_IMPORT = (
    "kafka",
    "elasticsearch",
    "pipeline.kafka",
    "pipeline.sources.replay",
    "pipeline.runner",
    "pipeline.search",
    "pipeline.orchestration.tasks",
)


class ImportIOError(RuntimeError):
    """Raised by the guards when a DAG file does I/O at import."""


def _refuse(what: str) -> Callable[..., Any]:
    def guard(*args: Any, **kwargs: Any) -> Any:
        raise ImportIOError(f"DAG import did I/O: {what}")

    return guard


@contextmanager
def io_guards() -> Iterator[None]:
    real_open = builtins.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            raise ImportIOError(f"DAG import did I/O: open({file!r}, {mode!r})")
        return real_open(file, mode, *args, **kwargs)

    with (
        mock.patch.object(socket.socket, "connect", _refuse("socket connect")),
        mock.patch.object(socket.socket, "connect_ex", _refuse("socket connect")),
        mock.patch.object(builtins, "open", guarded_open),
    ):
        yield


def import_check(path: Path) -> dict[str, Any]:
    """Import one DAG file under :func:`io_guards`; report the error and forbidden imports."""
    import airflow.sdk  # noqa: F401  Airflow's own import-time work is not the DAG's

    before = set(sys.modules)
    error = None
    spec = importlib.util.spec_from_file_location(f"_dagcheck_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        with io_guards():
            spec.loader.exec_module(module)
    except Exception as exc:  # noqa: BLE001  reported, the caller asserts on it
        error = f"{type(exc).__name__}: {exc}"
    new = set(sys.modules) - before
    forbidden = sorted(m for m in new if any(m == f or m.startswith(f + ".") for f in FORBIDDEN_AT_IMPORT))
    return {"error": error, "forbidden_imports": forbidden}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _serialize(policy: Any) -> Any:
    return None if policy is None else policy.serialize()


def describe(dag: Any) -> dict[str, Any]:
    args = dict(dag.default_args or {})
    delay = args.get("retry_delay")
    return {
        "fileloc": dag.fileloc,
        "tags": sorted(dag.tags or []),
        "schedule": None if dag.schedule is None else str(dag.schedule),
        "timetable": getattr(dag.timetable, "summary", None),
        "dagrun_timeout_s": dag.dagrun_timeout.total_seconds() if dag.dagrun_timeout else None,
        "pools": {t.task_id: t.pool for t in dag.tasks},
        "catchup": dag.catchup,
        "max_active_runs": dag.max_active_runs,
        "start_date": _iso(dag.start_date),
        "start_date_tz": None if dag.start_date is None else str(dag.start_date.tzinfo),
        "doc_md": dag.doc_md or "",
        "retries": args.get("retries"),
        "retry_delay_s": delay.total_seconds() if delay is not None else None,
        "params": sorted(dag.params.keys()),
        "task_ids": sorted(dag.task_ids),
        "upstream": {t.task_id: sorted(t.upstream_task_ids) for t in dag.tasks},
        "retry_policy": _serialize(args.get("retry_policy")),
    }


def report(dags_folder: Path) -> dict[str, Any]:
    from airflow.dag_processing.dagbag import DagBag

    imports = {str(p): import_check(p) for p in sorted(dags_folder.glob("*.py"))}
    bag = DagBag(dag_folder=str(dags_folder))
    dags = {dag_id: describe(dag) for dag_id, dag in sorted(bag.dags.items())}
    time.sleep(1.1)
    again = DagBag(dag_folder=str(dags_folder))
    for dag_id, info in dags.items():
        later = again.dags.get(dag_id)
        info["start_date_stable"] = later is not None and _iso(later.start_date) == info["start_date"]
    return {
        "dags_folder": str(dags_folder),
        "files": imports,
        "import_errors": {str(k): str(v) for k, v in bag.import_errors.items()},
        "dags": dags,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsline_dev.airflow.dagcheck")
    parser.add_argument("--home", type=Path, help="AIRFLOW_HOME (default <paths.state>/airflow)")
    parser.add_argument("--dags", type=Path, default=DAGS_FOLDER, help="DAGs folder to check")
    parser.add_argument("--output", type=Path, help="write the JSON here (Airflow logs to stdout too)")
    opts = parser.parse_args(argv)
    dags = opts.dags.resolve()
    apply_env(home=opts.home, dags=dags)  # before the first airflow import
    result = report(dags)
    text = json.dumps(result, indent=2, sort_keys=True)
    if opts.output:
        opts.output.write_text(text + "\n")
    else:
        print(text)
    return 0 if not result["import_errors"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
