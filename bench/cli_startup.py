"""Start-up time of the command line: wall time of ``newsline --help`` and ``python -m pipeline --help``.

Usage: python -m bench.cli_startup [--runs N] [--output FILE]

Each command runs once untimed (warms the OS file cache and ``__pycache__``), then ``--runs`` times; the
median, min and max wall times are reported beside the bare interpreter (``python -c pass``), which no
import deferral can beat. The target is a median under 0.3 s for ``--help``; this is measured here, never
asserted in tests (the machine is shared). Results go to bench/results/cli_startup.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGET_S = 0.3


def commands() -> dict[str, list[str]]:
    script = Path(sys.executable).parent / "newsline"
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "newsline --help": [str(script), "--help"],
        "python -m pipeline --help": [sys.executable, "-m", "pipeline", "--help"],
    }


def once(argv: Sequence[str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, check=False)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-500:]}")
    return seconds


def measure(argv: Sequence[str], runs: int) -> dict[str, Any]:
    once(argv)
    times = [once(argv) for _ in range(runs)]
    return {
        "median_s": round(statistics.median(times), 4),
        "min_s": round(min(times), 4),
        "max_s": round(max(times), 4),
        "runs": runs,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cli_startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command (default 15)")
    parser.add_argument("--output", type=Path, default=RESULTS / "cli_startup.json")
    opts = parser.parse_args(argv)
    results = {name: measure(cmd, opts.runs) for name, cmd in commands().items()}
    for name in ("newsline --help", "python -m pipeline --help"):
        results[name]["under_target"] = results[name]["median_s"] < TARGET_S
    report = {"measured_at": datetime.now(UTC).isoformat(timespec="seconds"), "target_s": TARGET_S, "commands": results}
    opts.output.parent.mkdir(parents=True, exist_ok=True)
    opts.output.write_text(json.dumps(report, indent=2) + "\n")
    for name, r in results.items():
        print(f"{name:28s} median={r['median_s']:.3f}s min={r['min_s']:.3f}s max={r['max_s']:.3f}s")
    print(f"results: {opts.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
