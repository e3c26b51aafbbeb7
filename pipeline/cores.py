"""The cores this process may use: its CPU affinity, bounded by a cgroup v2 CPU quota (containers, CI runners).

``os.cpu_count()`` reports the host's CPUs; in a container limited to two cores it can say 64, and one
model-loading enrich process per reported core would exhaust memory. Used wherever a default follows the core
count (``enrich.processes: auto``, extraction workers) and by the benchmark's CPU limit.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


def quota_cores(cpu_max: Path = CPU_MAX) -> int | None:
    """Cores allowed by the cgroup v2 quota (``"<quota> <period>"``, rounded up), or None when unlimited."""
    try:
        quota, period = cpu_max.read_text().split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    try:
        return max(1, math.ceil(int(quota) / int(period)))
    except (ValueError, ZeroDivisionError):
        return None


def usable_cores(cpu_max: Path = CPU_MAX) -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # no affinity on this platform
        cores = os.cpu_count() or 1
    quota = quota_cores(cpu_max)
    return max(1, min(cores, quota) if quota else cores)


def even_share(cores: int, partitions: int) -> int:
    """The most processes, at most ``cores``, that divide ``partitions`` evenly (6 partitions on 4 cores: 3).

    An uneven split gains nothing: with 6 partitions, 4 processes leave the busiest with 2, as 3 processes do,
    and the fourth costs a process's memory (its models) for no throughput.
    """
    return max(d for d in range(1, max(1, min(cores, partitions)) + 1) if partitions % d == 0)
