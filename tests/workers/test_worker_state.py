"""Pure logic of the delivery loop: the worker state file and exit descriptions (batch offsets and lag:
tests/kafka/test_consumer_lag.py)."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.workers import state as st


def test_signal_exit_is_reported_with_its_signal_never_as_zero() -> None:
    assert st.describe_exit(-9)["signal"] == "SIGKILL" and st.describe_exit(-9)["code"] is None
    assert st.describe_exit(1) == {**st.describe_exit(1), "code": 1, "signal": None}


def test_state_file_aggregates_the_worst_live_member_and_marks_gone_processes_dead(tmp_path: Path) -> None:
    f = st.WorkerStateFile(tmp_path, "index")
    f.member("0", pid=os.getpid(), state=st.RUNNING)
    doc = f.member("1", pid=os.getpid(), state=st.OUTAGE, reason="ConnectionError: es away")
    assert (doc["state"], doc["reason"]) == (st.OUTAGE, "ConnectionError: es away")
    f.member("1", state=st.RUNNING, reason=None)
    gone = 2**22 + 12345  # above the default pid_max, so no such process
    f.member("2", pid=gone, state=st.MISCONFIGURED, reason="401")
    shown = st.report(tmp_path, "index")
    assert shown["state"] == st.RUNNING
    assert shown["members"]["2"]["state"] == st.DEAD and "misconfigured: 401" in shown["members"]["2"]["reason"]
    assert (tmp_path / "workers" / "index.json").exists()


def test_ended_standalone_members_are_marked_dead_and_pruned(tmp_path: Path) -> None:
    f = st.WorkerStateFile(tmp_path, "enrich")
    for n in range(st.MAX_ENDED_STANDALONE + 3):
        f.member(f"pid-{2**22 + n}", pid=2**22 + n, state=st.RUNNING)
    f.forget_ended_standalone()
    members = f.read()["members"]
    assert len(members) == st.MAX_ENDED_STANDALONE
    assert {m["state"] for m in members.values()} == {st.DEAD}
