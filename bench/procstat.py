"""Resident memory, open file descriptors and CPU time of processes and whole process groups, read from /proc
(Linux).

Workers started by :class:`bench.faults.WorkerProcess` lead their own process group (``start_new_session``),
so a group holds the supervisor, every worker child it spawned (restarted ones included) and multiprocessing's
helpers. :func:`sample_group` reads each member's ``VmRSS`` and counts its ``/proc/PID/fd`` entries.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK")
HELPER_MARKERS = ("resource_tracker", "forkserver")


@dataclass(frozen=True)
class ProcessSample:
    pid: int
    ppid: int
    role: str  # "supervisor" (the group leader), "child" (a worker process) or "helper" (multiprocessing's)
    rss_kb: int
    fds: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name: state, ppid, pgrp, ..."""
    try:
        return (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes whose process group is ``pgid``."""
    members = []
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        fields = _stat_fields(int(entry.name))
        if fields and fields[0] not in ("Z", "X") and int(fields[2]) == pgid:
            members.append(int(entry.name))
    return sorted(members)


def rss_kb(pid: int) -> int | None:
    """Resident set size in KiB (``VmRSS``), or None if the process is gone."""
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return 0  # a kernel thread or a process exiting has no VmRSS line


def open_fds(pid: int) -> int | None:
    try:
        return len(os.listdir(PROC / str(pid) / "fd"))
    except (FileNotFoundError, ProcessLookupError):
        return None


def _role(pid: int, pgid: int) -> str:
    if pid == pgid:
        return "supervisor"
    try:
        cmdline = (PROC / str(pid) / "cmdline").read_bytes().decode(errors="replace")
    except (FileNotFoundError, ProcessLookupError):
        return "child"
    return "helper" if any(marker in cmdline for marker in HELPER_MARKERS) else "child"


def sample_process(pid: int, pgid: int) -> ProcessSample | None:
    fields = _stat_fields(pid)
    rss, fds = rss_kb(pid), open_fds(pid)
    if fields is None or rss is None or fds is None:
        return None  # exited between the listing and the read
    return ProcessSample(pid, int(fields[1]), _role(pid, pgid), rss, fds)


def sample_group(pgid: int) -> list[ProcessSample]:
    """Every live member of process group ``pgid`` with its memory and descriptors."""
    return [s for pid in group_members(pgid) if (s := sample_process(pid, pgid)) is not None]


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) the process has used; ProcessLookupError once it is gone."""
    fields = _stat_fields(pid)
    if fields is None:
        raise ProcessLookupError(pid)
    return (int(fields[11]) + int(fields[12])) / TICKS


def group_cpu_s(pgid: int) -> float:
    """CPU seconds of the live members of process group ``pgid`` (a JVM service and its launcher)."""
    total = 0.0
    for pid in group_members(pgid):
        try:
            total += cpu_s(pid)
        except ProcessLookupError:
            continue  # exited between the listing and the read
    return total
