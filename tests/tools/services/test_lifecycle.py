"""Process handling and the generic lifecycle, on a tiny Python TCP server instead of a JVM."""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsline_dev.services import lifecycle, procs
from newsline_dev.services.exceptions import StartError
from newsline_dev.services.files import read_pid, tail, write_pid
from newsline_dev.services.spec import ServiceSpec

MARKER = "newsline_dummy_svc"
SERVER = """
import signal, socket, sys
port, mode = int(sys.argv[1]), sys.argv[2]
if mode == "die":
    print("boom: cannot start", flush=True)
    sys.exit(7)
if mode == "stubborn":
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", port))
s.listen()
print("listening", flush=True)
while True:
    s.accept()[0].close()
"""


def free_port() -> int:
    """A free port below the ephemeral range, so outgoing connections cannot grab it meanwhile."""
    for _ in range(100):
        port = random.randrange(20000, 32000)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 20000-32000")


@pytest.fixture
def spec(tmp_path: Path) -> ServiceSpec:
    port = free_port()
    state = tmp_path / "dummy"
    (tmp_path / f"{MARKER}.py").write_text(SERVER)
    return ServiceSpec(
        name="dummy",
        version="0",
        host="127.0.0.1",
        port=port,
        address=f"127.0.0.1:{port}",
        state_dir=state,
        marker=MARKER,
        logs=(state / "dummy.out",),
        ready=lambda: procs.port_open("127.0.0.1", port, 0.2),
    )


def launcher(spec: ServiceSpec, mode: str = "serve") -> Callable[[], subprocess.Popen[bytes]]:
    script = spec.state_dir.parent / f"{MARKER}.py"
    cmd = [sys.executable, str(script), str(spec.port), mode]
    return lambda: procs.spawn(cmd, spec.out_file, dict(os.environ), cwd=spec.state_dir.parent)


@pytest.fixture(autouse=True)
def cleanup(spec: ServiceSpec) -> Iterator[None]:
    yield
    pid = read_pid(spec.pid_file)
    if pid and procs.is_alive(pid, MARKER):
        procs.terminate_group(pid, 0.5, 2.0)


def test_start_reuse_status_stop(spec: ServiceSpec) -> None:
    proc = lifecycle.start(spec, launcher(spec))
    assert proc is not None and read_pid(spec.pid_file) == proc.pid
    lifecycle.wait_ready(spec, proc, timeout=20)
    assert lifecycle.start(spec, launcher(spec, "die")) is None  # reused, nothing launched
    state = lifecycle.status(spec)
    assert state["running"] and state["managed"] and state["ready"] and state["pid"] == proc.pid
    result = lifecycle.stop(spec, timeout=10)
    assert result["stopped"] and result["signal"] == "SIGTERM"
    assert not spec.pid_file.exists()
    assert lifecycle.status(spec)["running"] is False
    assert lifecycle.stop(spec, timeout=1) == {"stopped": False, "note": "not running"}


def test_death_before_ready_reports_log_tail(spec: ServiceSpec) -> None:
    proc = lifecycle.start(spec, launcher(spec, "die"))
    with pytest.raises(StartError) as err:
        lifecycle.wait_ready(spec, proc, timeout=20)
    assert "exited (code 7)" in str(err.value) and "boom: cannot start" in str(err.value)
    assert MARKER in str(err.value)  # the command line
    assert not spec.pid_file.exists()


def test_timeout_reports_log_tail(spec: ServiceSpec) -> None:
    never = ServiceSpec(**{**spec.__dict__, "ready": lambda: False})
    proc = lifecycle.start(never, launcher(never))
    lifecycle.wait_ready(spec, proc, timeout=20)  # really up and logging, but "never" ready
    with pytest.raises(StartError, match=r"not ready after 1s \(pid \d+\)[\s\S]*listening"):
        lifecycle.wait_ready(never, proc, timeout=1)


def test_sigkill_after_timeout(spec: ServiceSpec) -> None:
    proc = lifecycle.start(spec, launcher(spec, "stubborn"))
    assert proc is not None
    lifecycle.wait_ready(spec, proc, timeout=20)
    result = lifecycle.stop(spec, timeout=0.5)
    assert result["signal"] == "SIGKILL"
    assert not procs.is_alive(proc.pid, MARKER)


def test_stale_pid_file_is_removed(spec: ServiceSpec) -> None:
    write_pid(spec.pid_file, os.getpid())  # alive, but not our service: the marker does not match
    assert lifecycle.managed_pid(spec) is None
    assert not spec.pid_file.exists()


def test_external_service_is_reused_and_left_alone(spec: ServiceSpec) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", spec.port))
        server.listen()
        assert lifecycle.start(spec, launcher(spec, "die")) is None
        lifecycle.wait_ready(spec, None, timeout=5)
        state = lifecycle.status(spec)
        assert state["running"] and not state["managed"] and state["pid"] is None
        assert lifecycle.stop(spec, timeout=1)["note"] == "external, left running"


def test_zombie_is_not_alive() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 10
    while Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert not procs.is_alive(child.pid)
    child.wait()


def test_port_open(spec: ServiceSpec) -> None:
    assert not procs.port_open("127.0.0.1", spec.port, 0.2)


def test_concurrent_starts_launch_once(spec: ServiceSpec) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: lifecycle.start(spec, launcher(spec)), range(4)))
    launched = [proc for proc in results if proc is not None]
    assert len(launched) == 1, tail(spec.out_file)
    assert read_pid(spec.pid_file) == launched[0].pid
    lifecycle.wait_ready(spec, launched[0], timeout=20)


def test_a_launched_process_shows_its_marker_when_wait_marker_returns(tmp_path: Path) -> None:
    """Popen can return before the kernel has set up the new command line (seen: 2 of 400 launches with an empty
    /proc/<pid>/cmdline); a concurrent start took such a pid file for stale and launched twice."""
    for _ in range(200):
        proc = procs.spawn([sys.executable, "-c", "import time; time.sleep(5)", MARKER], tmp_path / "out",
                           dict(os.environ), cwd=tmp_path)
        try:
            assert procs.wait_marker(proc, MARKER, 5.0)
            assert procs.is_alive(proc.pid, MARKER)
        finally:
            proc.kill()
            proc.wait()
    died = procs.spawn([sys.executable, "-c", "pass"], tmp_path / "out", dict(os.environ), cwd=tmp_path)
    assert not procs.wait_marker(died, MARKER, 5.0)  # it exits without ever showing the marker
