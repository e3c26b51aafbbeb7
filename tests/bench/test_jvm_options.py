"""bench.jvm_options' summary: medians per variant and the first tier's ratio to the full JIT's."""

from __future__ import annotations

import os

import pytest

from bench import procstat
from bench.jvm_options import main, summarize


def test_the_summary_takes_each_figures_median_and_divides_first_tier_by_full_jit() -> None:
    runs = {
        "full JIT": [{"total_cpu_s": 40.0, "ready_s": 30.0}, {"total_cpu_s": 50.0, "ready_s": 20.0},
                     {"total_cpu_s": 90.0, "ready_s": 25.0}],
        "first tier": [{"total_cpu_s": 30.0, "ready_s": 20.0}, {"total_cpu_s": 35.0, "ready_s": 0.0},
                       {"total_cpu_s": 20.0, "ready_s": 30.0}],
    }
    summary = summarize(runs)
    assert summary["medians"]["full JIT"] == {"total_cpu_s": 50.0, "ready_s": 25.0}
    assert summary["first_tier_over_full"] == {"total_cpu_s": 0.6, "ready_s": 0.8}


def test_cpu_seconds_of_this_process_grow_with_work_and_a_gone_pid_is_refused() -> None:
    before = procstat.cpu_s(os.getpid())
    deadline = procstat.cpu_s(os.getpid()) + 0.2
    while procstat.cpu_s(os.getpid()) < deadline:
        sum(range(10_000))
    assert procstat.cpu_s(os.getpid()) >= before + 0.2
    assert procstat.group_cpu_s(os.getpgid(0)) >= procstat.cpu_s(os.getpid()) - 0.01
    with pytest.raises(ProcessLookupError):
        procstat.cpu_s(2**22 + 1)  # above the kernel's pid_max


@pytest.mark.parametrize("args", [["--rounds", "0"], ["--docs", "-3"], ["--setups", "x"]])
def test_a_count_below_one_or_not_a_number_is_refused_before_anything_starts(
        args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    assert f"argument {args[0]}" in capsys.readouterr().err
