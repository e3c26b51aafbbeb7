"""``newsline worker enrich|index --until-idle`` stopped by a signal before the drain completed exits non-zero
(128 + the signal number), alone and under a supervisor: a script or task waiting for "drained" is never told so
by an interrupted run."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.workers import state as st
from tests.watch.helpers import publish, wire_story
from tests.workers.helpers import env_for

pytestmark = pytest.mark.integration


def wait_for_outage(settings: Settings, proc: subprocess.Popen[str], timeout: float = 120.0) -> None:
    """Until a member of the index state file reports an outage (it is in its loop, retrying a batch)."""
    path = st.state_path(settings.paths.state, "index")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            members = json.loads(path.read_text()).get("members", {})
        except (FileNotFoundError, json.JSONDecodeError):
            members = {}
        if any(m.get("state") == st.OUTAGE for m in members.values()):
            return
        time.sleep(0.2)
    proc.kill()
    raise AssertionError(f"no outage reported: {proc.communicate()}")


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
@pytest.mark.parametrize("processes", [None, "1"])
def test_until_idle_interrupted_before_the_drain_exits_non_zero(
    delivery_settings: Settings, signum: int, code: int, processes: str | None
) -> None:
    """Elasticsearch is away (the batch is kept and retried), so the drain cannot complete; the run is stopped."""
    publish(delivery_settings, wire_story(copies=3))
    args = ["worker", "index", "--until-idle", *(["--processes", processes] if processes else [])]
    env = env_for(delivery_settings, NEWSLINE_ELASTICSEARCH_URL="http://127.0.0.1:9",
                  NEWSLINE_WORKERS_MISCONFIGURED_EXIT_S="600")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *args], env=env, cwd=PROJECT_ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for_outage(delivery_settings, proc)
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == code, stderr[-2000:]
    if processes is None:
        assert "stopped before its input topic was drained" in stderr
