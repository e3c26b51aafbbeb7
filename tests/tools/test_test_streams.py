"""make test's two pytest streams (tools/newsline_dev/test_streams.py): every test in exactly one of them, every
test that starts private services in the own-services stream, the rest on xdist workers, and the exit status."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsline_dev.test_streams import NO_TESTS, OWN, REST, WORKERS, command, main, verdict
from pipeline.settings import PROJECT_ROOT

# the folders holding the fault, failover, soak and secured tests beside shared-service and unit tests, and a slow
# unit module (the wheel build)
FOLDERS = ("tests/workers", "tests/cli", "tests/packaging")


def collected(*marker: str) -> set[str]:
    args = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *marker, *FOLDERS]
    out = subprocess.run(args, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=True).stdout
    return {line for line in out.splitlines() if "::" in line}


def test_the_two_streams_split_the_suite_and_the_private_service_tests_are_in_the_own_stream() -> None:
    everything, own, rest = collected(), collected("-m", OWN), collected("-m", REST)
    assert own and rest and not own & rest
    assert own | rest == everything
    for name in ("test_faults.py", "test_failover.py", "test_resources.py", "test_soak.py", "test_secure_pipeline.py",
                 "test_producer_outage.py"):  # the last kills the private broker
        assert any(name in t for t in own) and not any(name in t for t in rest), name
    assert any("test_core_path.py" in t for t in rest) and any("test_supervisor.py" in t for t in rest)
    assert any("test_index_batch.py" in t for t in rest) and not any("test_index_batch.py" in t for t in own)  # units
    assert any("test_wheel.py" in t for t in own) and not any("test_wheel.py" in t for t in rest)  # slow, no service


def test_the_rest_runs_on_xdist_workers_a_module_whole_on_one_and_the_own_stream_alone() -> None:
    assert command(REST, ["-q"], WORKERS) == [sys.executable, "-m", "pytest", "-m", REST, "-n", str(WORKERS),
                                              "--dist", "loadfile", "-q"]
    assert command(OWN, ["-q"]) == [sys.executable, "-m", "pytest", "-m", OWN, "-q"]


def test_the_run_passes_only_when_both_streams_did() -> None:
    assert verdict([0, 0]) == 0
    assert verdict([0, NO_TESTS]) == 0 and verdict([NO_TESTS, NO_TESTS]) == NO_TESTS
    assert verdict([1, 0]) == 1 and verdict([0, 2]) == 2 and verdict([NO_TESTS, 143]) == 143
    assert verdict([-9, 0]) == 137  # a stream killed with SIGKILL


SLEEPER = '''
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def marks() -> Iterator[Path]:
    marks = Path(os.environ["SLEEPERS"])
    yield marks
    (marks / "{name}.down").touch()  # the fixture's teardown ran


{private}
def test_sleeps(marks: Path) -> None:
    (marks / "{name}").touch()
    time.sleep(120)
'''


def test_sigterm_stops_both_streams_and_the_xdist_workers_and_the_run_exits_143(tmp_path: Path) -> None:
    """SIGTERM while the streams run (the suite's conftest loaded as a plugin: its SIGTERM handling is the subject):
    each sleeping test's fixture is torn down, on the xdist workers too, every pytest it started is gone and it
    exits 128 + 15, not hangs."""
    marks = tmp_path / "running"
    marks.mkdir()
    files = []
    for name, private in (("own", "@pytest.mark.faults"), ("rest_a", ""), ("rest_b", "")):  # faults: private
        files.append(tmp_path / f"test_sleeper_{name}.py")
        files[-1].write_text(SLEEPER.format(private=private, name=name))
    args = [sys.executable, "-m", "newsline_dev.test_streams", str(tmp_path / "own.log"), "--", "-p", "tests.conftest",
            "-p", "no:cacheprovider", "--rootdir", str(tmp_path), *map(str, files)]
    with (tmp_path / "out.txt").open("wb") as out:
        run = subprocess.Popen(args, cwd=PROJECT_ROOT, stdout=out, stderr=subprocess.STDOUT,
                               env={**os.environ, "SLEEPERS": str(marks)})
    try:
        deadline = time.monotonic() + 90
        while len(list(marks.iterdir())) < len(files) and time.monotonic() < deadline:
            time.sleep(0.2)  # each sleeper has started: the own stream's and one on each worker
        assert sorted(p.name for p in marks.iterdir()) == ["own", "rest_a", "rest_b"]
        started = descendants(run.pid)  # both streams, the rest's two workers
        assert len(started) >= 4 and run.poll() is None
        run.send_signal(signal.SIGTERM)
        assert run.wait(timeout=30) == 128 + signal.SIGTERM
    finally:
        if run.poll() is None:
            run.kill()
    deadline = time.monotonic() + 10
    while alive(started) and time.monotonic() < deadline:
        time.sleep(0.2)  # a worker reaped by its controller a moment after the runner ended
    assert not alive(started)
    assert sorted(p.name for p in marks.glob("*.down")) == ["own.down", "rest_a.down", "rest_b.down"]
    out = (tmp_path / "out.txt").read_text()  # the controller passed SIGTERM on: an interrupted run, not a crash
    assert "Interrupted: stopped by SIGTERM" in out and "INTERNALERROR" not in out, out[-3000:]


def descendants(pid: int) -> list[int]:
    found = children(pid)
    return found + [grandchild for child in found for grandchild in descendants(child)]


def alive(pids: list[int]) -> list[int]:
    return [pid for pid in pids if Path(f"/proc/{pid}").exists() and not zombie(pid)]


def children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in found]


def zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def test_a_log_that_cannot_be_written_is_named_in_one_line_before_any_stream_starts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("")
    for bad in (tmp_path, tmp_path / "file" / "own.log"):  # a directory; a path below a file
        assert main([str(bad), "--", "--collect-only"]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("test streams: cannot write the own-services log") and str(bad) in err[0]

