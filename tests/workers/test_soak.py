"""A short soak (``make soak`` runs the hour): the sampler sees every worker process, the run drains, all accounted.

No memory threshold here: a few minutes are mostly warm-up (the spaCy model, the line cache filling), so growth
is only judged by the long run (bench/results/soak.json).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from bench.faults import _children
from bench.private_services import PrivateServices
from bench.soak import KINDS, Soak, parse, verdict

pytestmark = [pytest.mark.integration, pytest.mark.faults]

# (minutes of publishing, articles per second, seconds between samples): 12 samples and 120 articles while
# publishing; the one-minute form runs in `make soak` (beside the hour)
SHORT_SOAKS = [
    pytest.param(0.5, 4, 2.5, id="30s"),
    pytest.param(1, 2, 5, id="1min", marks=pytest.mark.soak),
]


@pytest.mark.parametrize(("minutes", "rate", "interval_s"), SHORT_SOAKS)
def test_short_soak_samples_every_worker_process_and_drains_with_every_article_accounted_for(
    private_services: PrivateServices, tmp_path: Path, minutes: float, rate: int, interval_s: float,
) -> None:
    out = tmp_path / "soak.json"
    args = parse(["--minutes", str(minutes), "--rate", str(rate), "--interval-s", str(interval_s), "--out", str(out),
                  "--tag", f"soak-{uuid.uuid4().hex[:6]}", "--drain-timeout-s", "600"])
    soak = Soak(args, private_services, tmp_path / "logs")
    checks: list[dict[str, Any]] = []
    trees: list[dict[str, set[int]]] = []  # each sample's process trees, walked right before it
    take_sample = soak.sampler.sample

    def walk_then_sample() -> dict[str, Any]:
        trees.append({kind: {w.pid, *_children(w.pid)} for kind, w in soak.workers.items()
                      if w.pid is not None and w.alive()})
        return take_sample()

    def check_last_sample() -> None:
        """Compare the last sample with the process tree walked independently (parent pids) just before it: a
        child a supervisor starts after the sample (it starts its children as it comes up) is the next one's."""
        row = soak.sampler.samples[-1]
        for kind, worker in soak.workers.items():
            if worker.pid is None or not worker.alive() or kind not in trees[-1]:
                continue
            tree = trees[-1][kind]
            sampled = {p["pid"] for p in row["processes"] if p["kind"] == kind}
            roles = sorted(p["role"] for p in row["processes"] if p["kind"] == kind and p["role"] != "helper")
            checks.append({"kind": kind, "missed": sorted(tree - sampled), "roles": roles,
                           "measured": all(p["rss_kb"] > 0 and p["fds"] > 0 for p in row["processes"])})
        soak.write()

    soak.sampler.sample = walk_then_sample  # type: ignore[method-assign]
    soak.sampler.on_sample = check_last_sample
    report = soak.run()

    settled = [c for c in checks if c["roles"] == ["child", "supervisor"]]
    assert {c["kind"] for c in settled} == set(KINDS), checks
    assert all(c["missed"] == [] and c["measured"] for c in checks), checks
    samples = report["samples"]
    assert len(samples) >= 12, [s["t"] for s in samples]  # publishing alone lasts 12 sampling intervals
    outcome = report["outcome"]
    assert outcome["published"] == report["published"] >= 100
    assert (outcome["drained"], outcome["missing"], outcome["worker_exits"]) == (True, 0, {}), outcome
    assert outcome["indexed"] + outcome["dead_lettered"] == outcome["published"]
    assert set(report["growth_rss"]) == set(KINDS) and set(report["growth_fds"]) == set(KINDS)
    on_disk = json.loads(out.read_text())
    assert on_disk["phase"] == "done" and len(on_disk["samples"]) == len(samples)
    assert not [r for r in verdict(report, 10.0) if not r.startswith(("rss", "descriptor"))]
