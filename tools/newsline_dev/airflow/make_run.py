"""What ``make run`` runs: services up, the ``replay_seeds`` DAG, and a short summary instead of the logs.

Everything verbose goes to files under ``<paths.state>/logs/run/<UTC stamp>/``: ``services.log`` (newsline's
service start-up log lines), ``replay_seeds.log`` (Airflow's DAG-test and task-runner output) and
``replay_seeds.json`` (the run's result: state, per-task state, duration and return value, read back from
XCom by :mod:`newsline_dev.airflow.dagtest`). Kafka's and Elasticsearch's own logs stay in their state dirs.
The terminal gets about ten lines: services, articles replayed, enriched, indexed, dead letters, the verify
search, elapsed time, and where the logs are. ``make run`` then prints the search result itself.

    python -m newsline_dev.airflow.make_run [--query TEXT]

Exit status: 0 when the DAG run succeeded, 1 when it failed (the failing tasks and the log's tail are
printed), 2 when the services or settings are wrong.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.exceptions import NewslineError
from pipeline.logs import UTCFormatter
from pipeline.settings import Settings, load_settings

log = logging.getLogger(__name__)

DAG_ID = "replay_seeds"
TASKS = ("discover_files", "publish", "drain", "verify")
TAIL_LINES = 20


def short(path: Path) -> str:
    """``path`` relative to the working directory when it is below it (shorter to read)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def run_dir(settings: Settings, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    folder = settings.paths.state / "logs" / "run" / stamp
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_to_file(path: Path) -> None:
    """Send this process's log lines to ``path`` only (the terminal gets the summary)."""
    handler = logging.FileHandler(path)
    fmt = "ts=%(asctime)sZ level=%(levelname)s logger=%(name)s %(message)s"
    handler.setFormatter(UTCFormatter(fmt, "%Y-%m-%dT%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)


def services_up(settings: Settings) -> list[str]:
    """Start (or reuse) Kafka and Elasticsearch, create topics and index; return the summary lines."""
    from newsline_dev import services
    from pipeline.provision import run_setup

    started = time.monotonic()
    report = services.up(settings)
    setup = run_setup(settings)
    seconds = time.monotonic() - started
    parts = []
    for name, info in report.items():
        how = "started" if info.get("managed") else "already running"
        parts.append(f"{name} {info.get('address')} ({how})")
    lines = [f"services   {', '.join(parts)}; ready in {seconds:.1f} s"]
    lines.append(f"           write index {setup.get('write_index')}; service logs in "
                 + ", ".join(short(Path(info["state_dir"]) / "logs") for info in report.values() if info.get("state_dir")))
    return lines


def run_dag(query: str, folder: Path) -> tuple[dict[str, Any] | None, Path, int]:
    """``dag.test()`` of replay_seeds in a subprocess, its output to a file; (result or None, log, exit code)."""
    logfile, result = folder / f"{DAG_ID}.log", folder / f"{DAG_ID}.json"
    cmd = [sys.executable, "-m", "newsline_dev.airflow.dagtest", DAG_ID, "--conf", json.dumps({"query": query}),
           "--output", str(result)]
    with open(logfile, "wb") as out:
        code = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                              check=False).returncode
    log.info("dag test finished dag_id=%s exit=%d log=%s", DAG_ID, code, logfile)
    return (json.loads(result.read_text()) if result.exists() else None), logfile, code


def _value(run: dict[str, Any], task: str) -> dict[str, Any]:
    value = run.get("tasks", {}).get(task, {}).get("return_value")
    return value if isinstance(value, dict) else {}


def _seconds(run: dict[str, Any], *tasks: str) -> str:
    spent = [run.get("tasks", {}).get(t, {}).get("duration_s") for t in tasks]
    known = [s for s in spent if isinstance(s, int | float)]
    return f"({sum(known):.1f} s)" if known else ""


def summary(run: dict[str, Any]) -> list[str]:
    """The lines printed for a finished run (from the tasks' return values)."""
    published, drained, verified = _value(run, "publish"), _value(run, "drain"), _value(run, "verify")
    failed = published.get("failed", [])
    failed_count = len(failed) if isinstance(failed, list) else failed
    q = lambda d, k: d.get(k, "?")  # noqa: E731 - a missing key shows as "?", not a crash
    lines = [
        f"replayed   {q(published, 'files')} file(s): {q(published, 'published')} published, {failed_count} failed "
        f"{_seconds(run, 'discover_files', 'publish')}",
        f"enriched   {q(drained, 'enriched')} article(s)",
        f"indexed    {q(drained, 'indexed')} document(s); dead letters {q(drained, 'dead_letters')} "
        f"{_seconds(run, 'drain')}",
    ]
    if verified:
        lines.append(f"verified   {verified.get('query')!r}: {verified.get('total')} hit(s) among "
                     f"{verified.get('documents')} indexed document(s) {_seconds(run, 'verify')}")
    return lines


def failure(run: dict[str, Any] | None, logfile: Path) -> list[str]:
    lines = []
    if run is not None:
        bad = {t: i.get("state") for t, i in run.get("tasks", {}).items() if i.get("state") != "success"}
        not_run = [t for t in TASKS if t not in run.get("tasks", {})]
        lines.append(f"{DAG_ID} run {run.get('state')}: " + ", ".join(f"{t}={s}" for t, s in bad.items())
                     + (f"; not run: {', '.join(not_run)}" if not_run else ""))
    text = logfile.read_text(errors="replace").splitlines() if logfile.exists() else []
    lines.append(f"last {min(TAIL_LINES, len(text))} lines of {short(logfile)}:")
    return lines + [f"  {line[:200]}" for line in text[-TAIL_LINES:]]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsline_dev.airflow.make_run", description=__doc__)
    parser.add_argument("--query", default="Idlib ceasefire", help="the verify task's search")
    opts = parser.parse_args(argv)
    started = time.monotonic()
    try:
        settings = load_settings()
        folder = run_dir(settings)
        log_to_file(folder / "services.log")
        print(f"newsline run: logs in {short(folder)}/", flush=True)
        for line in services_up(settings):
            print(line, flush=True)
    except NewslineError as exc:
        print(f"newsline run: error: {exc}", file=sys.stderr)
        return 2
    print(f"{DAG_ID}  running the DAG (Airflow's log: {short(folder / f'{DAG_ID}.log')})", flush=True)
    run, logfile, code = run_dag(opts.query, folder)
    if run is not None:
        print(f"{DAG_ID}  run {run.get('run_id')}: {run.get('state')}")
        for line in summary(run):
            print(line)
    ok = code == 0 and run is not None and run.get("state") == "success"
    if not ok:
        for line in failure(run, logfile):
            print(line, file=sys.stderr)
    print(f"elapsed    {time.monotonic() - started:.1f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
