"""Generic start / wait / status / stop for a :class:`ServiceSpec`, driven by its pid file."""

from __future__ import annotations

import logging
import subprocess
import time
from collections.abc import Callable

from newsline_dev.services.exceptions import StartError, StopError
from newsline_dev.services.files import locked, read_pid, remove_file, tail, write_pid
from newsline_dev.services.procs import is_alive, port_open, terminate_group, wait_marker
from newsline_dev.services.spec import ServiceSpec

EXEC_TIMEOUT_S = 5.0  # a launched process's command line shows its marker within this (see _start_locked)

log = logging.getLogger("newsline_dev.services.lifecycle")

Launcher = Callable[[], "subprocess.Popen[bytes]"]


def managed_pid(spec: ServiceSpec) -> int | None:
    """The pid from our pid file if that process still runs; a stale pid file is removed."""
    pid = read_pid(spec.pid_file)
    if pid is not None and is_alive(pid, spec.marker):
        return pid
    if spec.pid_file.exists():
        log.info("event=stale_pid service=%s pid=%s", spec.name, pid)
        remove_file(spec.pid_file)
    return None


def logs_tail(spec: ServiceSpec, lines: int = 25) -> str:
    return "\n".join(f"--- {path} ---\n{tail(path, lines)}" for path in spec.logs)


def start(spec: ServiceSpec, launch: Launcher) -> subprocess.Popen[bytes] | None:
    """Launch unless ours is running or something already listens; None when nothing was launched.

    Holds a lock in the state dir, so two concurrent ``up`` calls never launch twice.
    """
    with locked(spec.state_dir / f"{spec.name}.lock"):
        return _start_locked(spec, launch)


def _start_locked(spec: ServiceSpec, launch: Launcher) -> subprocess.Popen[bytes] | None:
    pid = managed_pid(spec)
    if pid is not None:
        log.info("event=reuse service=%s pid=%s address=%s", spec.name, pid, spec.address)
        return None
    if port_open(spec.host, spec.port):
        log.warning("event=external service=%s address=%s note=not_started_by_newsline", spec.name, spec.address)
        return None
    proc = launch()
    # Popen returns once the exec is past its point of no return, which can be before the kernel has set up the
    # new command line: until then /proc/<pid>/cmdline is empty, and a concurrent ``up`` waiting for this lock
    # took the pid file for a stale one and launched a second copy. The lock is held until the marker shows.
    wait_marker(proc, spec.marker, EXEC_TIMEOUT_S)
    write_pid(spec.pid_file, proc.pid)
    log.info("event=launched service=%s pid=%s address=%s", spec.name, proc.pid, spec.address)
    return proc


def wait_ready(spec: ServiceSpec, proc: subprocess.Popen[bytes] | None, timeout: float) -> float:
    """Poll readiness until ``timeout``; raise StartError with the log tail if it dies or times out."""
    started = time.monotonic()
    pid = proc.pid if proc else read_pid(spec.pid_file)
    while time.monotonic() - started < timeout:
        if spec.ready():
            seconds = time.monotonic() - started
            log.info("event=ready service=%s address=%s waited_s=%.1f", spec.name, spec.address, seconds)
            return seconds
        # the Popen we hold is authoritative; /proc is only consulted for a process started earlier
        exited = proc.poll() is not None if proc else pid is not None and not is_alive(pid, spec.marker)
        if exited:
            remove_file(spec.pid_file)
            code = proc.returncode if proc else "?"
            command = " ".join(str(a) for a in proc.args) if proc and isinstance(proc.args, list) else pid
            raise StartError(f"{spec.name} exited (code {code}) before it was ready; command: {command}\n{logs_tail(spec)}")
        time.sleep(1.0)
    what = f"pid {pid}" if pid else f"whatever listens on {spec.address} (not started by newsline)"
    raise StartError(f"{spec.name} not ready after {timeout:.0f}s ({what})\n{logs_tail(spec)}")


def status(spec: ServiceSpec) -> dict[str, object]:
    pid = managed_pid(spec)
    listening = port_open(spec.host, spec.port)
    return {
        "running": pid is not None or listening,
        "managed": pid is not None,
        "pid": pid,
        "address": spec.address,
        "version": spec.version,
        "ready": listening and spec.ready(),
        "state_dir": str(spec.state_dir),
    }


def stop(spec: ServiceSpec, timeout: float) -> dict[str, object]:
    """SIGTERM our process group, SIGKILL after ``timeout``; leave services we did not start alone."""
    pid = managed_pid(spec)
    if pid is None:
        note = "external, left running" if port_open(spec.host, spec.port) else "not running"
        log.info("event=stop service=%s result=%s", spec.name, note.replace(" ", "_"))
        return {"stopped": False, "note": note}
    started = time.monotonic()
    last_signal = terminate_group(pid, timeout)
    if last_signal == "unkillable":
        raise StopError(f"{spec.name} process group {pid} survived SIGTERM and SIGKILL")
    remove_file(spec.pid_file)
    seconds = round(time.monotonic() - started, 1)
    log.info("event=stopped service=%s pid=%s signal=%s seconds=%s", spec.name, pid, last_signal, seconds)
    return {"stopped": True, "pid": pid, "signal": last_signal, "seconds": seconds}
