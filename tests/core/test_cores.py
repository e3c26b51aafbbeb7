"""Usable cores: the CPU affinity bounded by a cgroup v2 quota (a container limited to 2 of 64 host CPUs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.cores import even_share, quota_cores, usable_cores
from pipeline.settings import EnrichSettings


def cpu_max(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cpu.max"
    path.write_text(text)
    return path


@pytest.mark.parametrize(("text", "cores"), [("200000 100000\n", 2), ("150000 100000\n", 2), ("50000 100000", 1),
                                             ("max 100000\n", None), ("garbage", None)])
def test_the_cgroup_quota_rounds_up_to_whole_cores(tmp_path: Path, text: str, cores: int | None) -> None:
    assert quota_cores(cpu_max(tmp_path, text)) == cores


def test_a_missing_cgroup_file_means_no_quota(tmp_path: Path) -> None:
    assert quota_cores(tmp_path / "absent") is None


def test_usable_cores_never_exceed_the_quota_or_the_affinity(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)))
    assert usable_cores(cpu_max(tmp_path, "200000 100000")) == 2, "a 2-core container on a 64-CPU host"
    assert usable_cores(cpu_max(tmp_path, "max 100000")) == 64
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert usable_cores(cpu_max(tmp_path, "400000 100000")) == 1


@pytest.mark.parametrize(("cores", "partitions", "processes"), [(1, 6, 1), (2, 6, 2), (3, 6, 3), (4, 6, 3), (5, 6, 3),
                                                                (8, 6, 6), (64, 6, 6), (4, 12, 4), (4, 7, 1)])
def test_auto_processes_are_the_most_that_share_the_partitions_evenly(cores: int, partitions: int,
                                                                      processes: int) -> None:
    assert even_share(cores, partitions) == processes


def test_auto_enrich_processes_follow_the_usable_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.cores.usable_cores", lambda: 2)
    assert EnrichSettings(processes="auto").process_count(6) == 2
    monkeypatch.setattr("pipeline.cores.usable_cores", lambda: 4)
    assert EnrichSettings(processes="auto").process_count(6) == 3, "4 processes on 6 partitions: one idles"
    assert EnrichSettings(processes=5).process_count(6) == 5, "an explicit count is kept"
