"""make test's two pytest streams (tools/newsline_dev/test_streams.py): every test in exactly one of them, every
test that starts private services in the own-services stream, and the exit status."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsline_dev.test_streams import NO_TESTS, OWN, SHARED, main, verdict
from pipeline.settings import PROJECT_ROOT

# the folders holding the fault, failover, soak and secured tests beside shared-service and unit tests
FOLDERS = ("tests/workers", "tests/cli")


def collected(*marker: str) -> set[str]:
    args = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *marker, *FOLDERS]
    out = subprocess.run(args, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=True).stdout
    return {line for line in out.splitlines() if "::" in line}


def test_the_two_streams_split_the_suite_and_the_private_service_tests_are_in_the_own_stream() -> None:
    everything, own, shared = collected(), collected("-m", OWN), collected("-m", SHARED)
    assert own and shared and not own & shared
    assert own | shared == everything
    for name in ("test_faults.py", "test_failover.py", "test_resources.py", "test_soak.py", "test_secure_pipeline.py",
                 "test_producer_outage.py"):  # the last kills the private broker
        assert any(name in t for t in own) and not any(name in t for t in shared), name
    assert any("test_core_path.py" in t for t in shared) and any("test_supervisor.py" in t for t in shared)


def test_the_run_passes_only_when_both_streams_did() -> None:
    assert verdict([0, 0]) == 0
    assert verdict([0, NO_TESTS]) == 0 and verdict([NO_TESTS, NO_TESTS]) == NO_TESTS
    assert verdict([1, 0]) == 1 and verdict([0, 2]) == 2 and verdict([NO_TESTS, 143]) == 143
    assert verdict([-9, 0]) == 137  # a stream killed with SIGKILL


SLEEPER = '''
import time


def test_sleeps() -> None:
    time.sleep(120)
'''


def test_sigterm_stops_both_streams_and_the_run_exits_143(tmp_path: Path) -> None:
    """SIGTERM while the streams run: every pytest it started is gone and it exits 128 + 15, not hangs."""
    (tmp_path / "test_sleeper.py").write_text(SLEEPER)
    log = tmp_path / "own.log"
    args = [sys.executable, "-m", "newsline_dev.test_streams", str(log), "--", "-p", "no:cacheprovider",
            "--rootdir", str(tmp_path), str(tmp_path / "test_sleeper.py")]
    run = subprocess.Popen(args, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and "test_sleeper.py" in log.read_text()) and time.monotonic() < deadline:
            time.sleep(0.2)  # the own stream has collected the sleeper and runs it
        assert "test_sleeper.py" in log.read_text()
        streams = children(run.pid)  # the own stream at least (the other, with nothing to run, may have ended)
        assert streams and run.poll() is None
        run.send_signal(signal.SIGTERM)
        assert run.wait(timeout=30) == 128 + signal.SIGTERM
    finally:
        if run.poll() is None:
            run.kill()
    assert not [pid for pid in streams if Path(f"/proc/{pid}").exists() and not zombie(pid)]


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
