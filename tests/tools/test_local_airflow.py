"""``make airflow`` (``python -m newsline_dev.airflow.local_airflow``): pool and pause from settings, clean stop.

A real local Airflow (api-server, scheduler, dag-processor) with a throwaway home, its own port and a DAGs
folder holding only ``replay_seeds`` (no schedule, so unpausing it starts nothing). The pool size and the
pause-at-creation flag are set through ``NEWSLINE_*`` settings; SIGTERM must stop every process it started.
Bounded: the start waits at most 240 s, the stop 90 s.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.settings import PROJECT_ROOT
from tests.dags.helpers import requires_airflow
from tests.dags.test_ingest_news_scheduled import free_port

pytestmark = [pytest.mark.airflow, requires_airflow]

READY_TIMEOUT_S = 240


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (from /proc parent links)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for_line(proc: subprocess.Popen[str], needle: str, log: list[str]) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    assert proc.stdout is not None
    os.set_blocking(proc.stdout.fileno(), False)
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line:
            log.append(line)
            if needle in line:
                return
            continue
        assert proc.poll() is None, f"local_airflow exited {proc.returncode}:\n{''.join(log[-40:])}"
        time.sleep(0.5)
    raise AssertionError(f"no {needle!r} in {READY_TIMEOUT_S}s:\n{''.join(log[-40:])}")


def dag_paused(db: Path, dag_id: str, timeout: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            row = conn.execute("SELECT is_paused FROM dag WHERE dag_id = ?", (dag_id,)).fetchone()
        if row is not None:
            return bool(row[0])
        time.sleep(0.5)
    raise AssertionError(f"{dag_id} not parsed into {db} within {timeout:.0f}s")


def test_pool_and_pause_from_settings_and_sigterm_stops_everything(tmp_path: Path) -> None:
    dags = tmp_path / "dags"
    dags.mkdir()
    (dags / "replay_seeds.py").symlink_to(PROJECT_ROOT / "dags" / "replay_seeds.py")
    home = tmp_path / "airflow"
    env = {**os.environ, "NEWSLINE_INGEST_FETCH_POOL_SIZE": "3", "NEWSLINE_AIRFLOW_DAGS_PAUSED_AT_CREATION": "false",
           "NEWSLINE_PATHS_STATE": str(tmp_path / "state"), "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "newsline_dev.airflow.local_airflow", "--home", str(home), "--port", str(free_port()),
           "--dags", str(dags)]
    proc = subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    started: set[int] = set()
    try:
        output: list[str] = []
        wait_for_line(proc, "Ctrl-C stops it", output)
        assert "pool newsline_fetch: 3 slots" in "".join(output)
        started = descendants(proc.pid)
        assert len(started) >= 3, started  # api-server, scheduler, dag-processor (and their workers)
        db = home / "airflow.db"
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            slots = conn.execute("SELECT slots FROM slot_pool WHERE pool = 'newsline_fetch'").fetchone()
        assert slots == (3,)
        assert dag_paused(db, "replay_seeds") is False
        started |= descendants(proc.pid)

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=90) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        leftovers = [p for p in started if alive(p)]
        for pid in leftovers:  # only processes this test started, so a failure leaves nothing behind
            os.kill(pid, signal.SIGKILL)
    assert started and not leftovers, f"still running after SIGTERM: {leftovers}"
