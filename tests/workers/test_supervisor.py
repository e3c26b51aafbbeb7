"""`newsline worker enrich --processes 2`: a child killed with SIGKILL is restarted and shows in the state file."""

from __future__ import annotations

import json
import os
import signal
from typing import Any

import pytest

from pipeline.settings import Settings
from tests.workers.helpers import run, start, state, wait_for

pytestmark = pytest.mark.integration


def _running_members(settings: Settings) -> dict[str, Any]:
    members = state(settings, "enrich").get("members", {})
    running = {k: m for k, m in members.items() if m.get("state") == "running"}
    return running if len(running) == 2 else {}


def test_killed_child_is_restarted_and_sigterm_stops_all(delivery_settings: Settings) -> None:
    s = delivery_settings
    supervisor = start(s, "worker", "enrich", "--processes", "2", "--json")
    try:
        members = wait_for(lambda: _running_members(s), "both enrich children running")
        victim = members["0"]["pid"]
        os.kill(victim, signal.SIGKILL)

        def restarted() -> dict[str, Any]:
            doc = state(s, "enrich")
            slot = doc.get("members", {}).get("0", {})
            back = slot.get("state") == "running" and slot.get("pid") != victim
            return doc if back and doc.get("restarts") == 1 else {}

        doc = wait_for(restarted, "child 0 restarted")
        assert doc["members"]["0"]["last_exit"]["signal"] == "SIGKILL"
        assert doc["members"]["0"]["last_exit"]["code"] is None
        assert doc["members"]["0"]["restarts"] == 1 and doc["members"]["1"]["restarts"] == 0

        status = run(s, "status", "--json")
        assert status.returncode == 0, status.stderr[-2000:]
        workers = json.loads(status.stdout)["workers"]["enrich"]
        assert workers["restarts"] == 1 and workers["state"] == "running"
        assert workers["supervisor"]["pid"] == supervisor.pid

        children = [m["pid"] for m in state(s, "enrich")["members"].values()]
        supervisor.send_signal(signal.SIGTERM)
        out, err = supervisor.communicate(timeout=120)
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()

    assert supervisor.returncode == 0, err[-3000:]
    report = json.loads(out)
    assert report["restarts"] == 1 and report["exit_codes"] == [0, 0]
    first_exit = report["exits"][0]
    assert (first_exit["slot"], first_exit["pid"], first_exit["code"], first_exit["signal"]) == (
        0, victim, None, "SIGKILL")
    for pid in children:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    final = state(s, "enrich")
    assert {m["state"] for m in final["members"].values()} == {"stopped"}
    assert final["supervisor"]["state"] == "stopped"
