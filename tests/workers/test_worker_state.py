"""Pure logic of the delivery loop: the worker state file and exit descriptions (batch offsets and lag:
tests/kafka/test_consumer_lag.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

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


@pytest.mark.parametrize(
    "content",
    [b"{\"kind\": \"index\", \"members\": {\"0\": {\"st", b"\xff\xfe\x00garbage\x00", b"", b"[]", b"null",
     b'{"members": []}', b'{"members": {"0": "running", "1": {"state": "running", "pid": 1}}}'],
)
def test_a_corrupt_state_file_reads_as_absent_with_a_warning_and_is_rewritten(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    f = st.WorkerStateFile(tmp_path, "index")
    f.path.parent.mkdir(parents=True)
    f.path.write_bytes(content)
    doc = f.member("pid-1", pid=os.getpid(), state=st.RUNNING)  # what a worker does first at start
    assert doc["members"]["pid-1"]["state"] == st.RUNNING and doc["state"] == st.RUNNING
    assert json.loads(f.path.read_text())["members"]["pid-1"]["pid"] == os.getpid()  # rewritten whole
    f.forget_ended_standalone()
    assert st.report(tmp_path, "index")["state"] == st.RUNNING
    if b'"1": {"state"' not in content:
        assert str(f.path) in caplog.text and "unreadable" in caplog.text
