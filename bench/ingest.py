"""Ingest at the politeness floor: 10 fixture hosts (127.0.0.2..11), ~180 article pages, 1 s politeness delay.

Usage: python -m bench.ingest [--delay 1.0]   (needs Kafka: the run publishes to a scratch raw topic)

Floor = the busiest host's pages x the delay (a polite run cannot be faster; robots.txt and the feed come on
top). Reports wall seconds, the floor and their ratio (goal <= 1.5) to bench/results/ingest.json, with the CPU
of this process and of its parse processes (sampled from /proc) and ``cores_busy`` = all that CPU / wall:
above 1 means extraction ran on more than one core. ``--delay 0`` measures extraction without politeness waits.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time
import uuid
from pathlib import Path

from bench import procstat

PAGES_PER_HOST = [19, 19, 18, 18, 18, 18, 18, 18, 18, 17]  # 181 pages



def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(child) for child in task.read_text().split()]
        except OSError:
            continue
    return found


def _descendants_cpu(root: int) -> dict[int, float]:
    """CPU seconds (user + system) of every live process below ``root``."""
    cpu: dict[int, float] = {}
    pending = _children(root)
    while pending:
        pid = pending.pop()
        try:
            cpu[pid] = procstat.cpu_s(pid)
        except ProcessLookupError:
            continue
        pending += _children(pid)
    return cpu


class ChildCpu:
    """The most CPU seen per descendant process while running (processes that exit keep their last sample)."""

    def __init__(self) -> None:
        self.seen: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            for pid, seconds in _descendants_cpu(os.getpid()).items():
                self.seen[pid] = max(seconds, self.seen.get(pid, 0.0))

    def __enter__(self) -> ChildCpu:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def total(self) -> float:
        return sum(self.seen.values())


def main() -> None:
    # imported here, not at the top: each parse process imports this (its parent's main) module on start
    from bench.throughput import RESULTS, isolated
    from pipeline.ingest.run import ingest_all
    from pipeline.kafka.admin import delete_topics, ensure_topics
    from pipeline.revisions.track import track_published
    from pipeline.settings import load_settings
    from tests.support.hosts import newsrooms, politeness_floor

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delay", type=float, default=1.0)
    args = parser.parse_args()
    base = isolated(load_settings(), uuid.uuid4().hex[:8])
    sites, specs = newsrooms(PAGES_PER_HOST)
    topics = base.kafka.topics
    with tempfile.TemporaryDirectory() as tmp:
        fetch = base.fetch.model_copy(update={"allow_private_addresses": True, "politeness_delay_s": args.delay})
        settings = base.model_copy(update={"fetch": fetch, "paths": base.paths.model_copy(update={"state": Path(tmp)})})
        ensure_topics(settings.kafka, [topics.raw])
        try:
            before = _descendants_cpu(os.getpid())
            with ChildCpu() as children:
                start, cpu_start = time.perf_counter(), time.process_time()
                summaries = ingest_all(specs, settings, after_publish=track_published(settings))
                wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
            child_cpu = children.total - sum(before.get(pid, 0.0) for pid in children.seen)
        finally:
            for site in sites:
                site.stop()
            delete_topics(settings.kafka, [topics.raw])
    floor = politeness_floor(PAGES_PER_HOST, args.delay)
    result = {
        "hosts": len(specs), "pages": sum(PAGES_PER_HOST), "politeness_delay_s": args.delay,
        "published": sum(s["published"] for s in summaries), "failed": sum(sum(s["failed"].values()) for s in summaries),
        "wall_s": round(wall, 2), "process_cpu_s": round(cpu, 2), "parse_processes_cpu_s": round(child_cpu, 2),
        "cores_busy": round((cpu + child_cpu) / wall, 2), "politeness_floor_s": floor,
        "ratio_to_floor": round(wall / floor, 3),
        "goal_ratio": 1.5,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = "ingest.json" if args.delay == 1.0 else f"ingest-delay{args.delay:g}.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
