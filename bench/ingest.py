"""Ingest at the politeness floor: 10 fixture hosts (127.0.0.2..11), ~180 article pages, 1 s politeness delay.

Usage: python -m bench.ingest [--delay 1.0]   (needs Kafka: the run publishes to a scratch raw topic)

Floor = the busiest host's pages x the delay (a polite run cannot be faster; robots.txt and the feed come on
top). Reports wall seconds, the floor and their ratio (goal <= 1.5) to bench/results/ingest.json.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import uuid
from pathlib import Path

from bench.throughput import RESULTS, isolated
from pipeline.ingest.run import ingest_all
from pipeline.kafka.admin import delete_topics, ensure_topics
from pipeline.settings import load_settings
from tests.support.hosts import newsrooms, politeness_floor

PAGES_PER_HOST = [19, 19, 18, 18, 18, 18, 18, 18, 18, 17]  # 181 pages


def main() -> None:
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
            start, cpu_start = time.perf_counter(), time.process_time()
            summaries = ingest_all(specs, settings)
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        finally:
            for site in sites:
                site.stop()
            delete_topics(settings.kafka, [topics.raw])
    floor = politeness_floor(PAGES_PER_HOST, args.delay)
    result = {
        "hosts": len(specs), "pages": sum(PAGES_PER_HOST), "politeness_delay_s": args.delay,
        "published": sum(s["published"] for s in summaries), "failed": sum(sum(s["failed"].values()) for s in summaries),
        "wall_s": round(wall, 2), "process_cpu_s": round(cpu, 2), "politeness_floor_s": floor,
        "ratio_to_floor": round(wall / floor, 3),
        "goal_ratio": 1.5,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "ingest.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
