"""Process helpers: detached spawn, liveness by /proc, group termination, port probes."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from newsline_dev.services.files import START_BANNER

log = logging.getLogger("newsline_dev.services.procs")


def spawn(
    cmd: list[str], log_path: Path, env: dict[str, str], cwd: Path, user: str | None = None
) -> subprocess.Popen[bytes]:
    """Start ``cmd`` in its own session (so it outlives us), output appended to ``log_path``."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as out:
        out.write(f"{START_BANNER} {time.strftime('%Y-%m-%dT%H:%M:%S')}: {' '.join(cmd)}\n".encode())
        out.flush()
        return subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            user=user,
            group=user,
            extra_groups=[] if user else None,
        )


def is_alive(pid: int, marker: str = "") -> bool:
    """True if ``pid`` runs (not a zombie) and its command line contains ``marker``."""
    proc = Path(f"/proc/{pid}")
    try:
        stat = (proc / "stat").read_text()
        cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return False
    state = stat.rsplit(")", 1)[1].split()[0]
    return state not in ("Z", "X") and marker in cmdline


def wait_marker(proc: subprocess.Popen[bytes], marker: str, timeout: float) -> bool:
    """Wait until ``proc``'s command line shows ``marker`` (its exec finished) or it exits; False on timeout."""
    deadline = time.monotonic() + timeout
    while not is_alive(proc.pid, marker):
        if proc.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def group_alive(pgid: int) -> bool:
    """True while any non-zombie process of process group ``pgid`` is left."""
    _reap(pgid)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            return True
    return False


def _reap(pid: int) -> None:
    """Collect ``pid`` if it is our own exited child (it was started in this interpreter)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def terminate_group(pgid: int, timeout: float, kill_timeout: float = 10.0) -> str:
    """SIGTERM the process group, wait ``timeout`` s, then SIGKILL; return the last signal sent."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, kill_timeout)):
        log.info("event=signal pgid=%s signal=%s", pgid, sig.name)
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return sig.name
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not group_alive(pgid):
                return sig.name
            time.sleep(0.2)
    return "unkillable"


def port_open(host: str, port: int, timeout: float = 1.0) -> bool:
    """True if a TCP connection to ``host:port`` succeeds."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False
