"""Cost of story clustering on the real Elasticsearch store: a distinct article vs one joining a big story.

Usage: python -m bench.clusters [--articles N] [--cluster 300] [--rounds 3]

Each round uses a scratch cluster index holding ``--cluster`` earlier articles: for "distinct" they are
unrelated to each other and to the timed ones; for "joining" they are one wire story (near-duplicate
copies of the seed), and every timed article is one more copy joining it. The timed part is the
assignment of precomputed fingerprints (``assign_with_retry``, batches of 64: the store's round trips
plus candidate checks), in wall-clock ms/article, best of the rounds; the MinHash fingerprint is timed
apart in CPU time. The check: joining <= 1.2 x distinct. Results go to bench/results/clusters.json.
"""

from __future__ import annotations

import argparse
import json
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from bench.enrich import RESULTS, batches
from pipeline.enrich.clusters.assign import Item, assign_batch, assign_with_retry
from pipeline.enrich.clusters.es_store import ElasticsearchClusterStore
from pipeline.enrich.steps.cluster import item
from pipeline.index.client import make_client
from pipeline.settings import load_settings
from tests.enrich.cluster_helpers import distinct, variant


class _Counting:
    def __init__(self, es: Any) -> None:
        self.es, self.requests = es, 0

    def __getattr__(self, name: str) -> Any:
        if name in ("mget", "bulk"):
            self.requests += 1
        return getattr(self.es, name)


def timed_run(prefill: Sequence[Item], timed: Sequence[Item]) -> dict[str, float]:
    settings = load_settings()
    with make_client(settings.elasticsearch) as es:
        store = ElasticsearchClusterStore(es, f"bench-{uuid.uuid4().hex[:8]}-clusters")
        store.ensure()
        try:
            for chunk in batches(prefill, 50):
                assign_batch(store, chunk)
            counting = _Counting(es)
            store.es = counting  # type: ignore[assignment]
            chunks = batches(timed)
            start = time.perf_counter()
            for chunk in chunks:
                assign_with_retry(store, chunk)
            seconds = time.perf_counter() - start
            return {"ms_per_article": 1000 * seconds / len(timed), "requests_per_batch": counting.requests / len(chunks)}
        finally:
            es.indices.delete(index=store.index, ignore_unavailable=True)


def cpu_ms_per_article(make: Callable[[int], Any], count: int) -> float:
    articles = [make(n) for n in range(count)]
    start = time.process_time()
    for a in articles:
        item(a)
    return 1000 * (time.process_time() - start) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=320)
    parser.add_argument("--cluster", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    story = [item(variant(n)) for n in range(args.cluster)]
    unrelated = [item(distinct(n, "old")) for n in range(args.cluster)]
    joiners = [item(variant(n, "late")) for n in range(args.articles)]
    distinct_ones = [item(distinct(n)) for n in range(args.articles)]
    runs: dict[str, list[dict[str, float]]] = {"distinct": [], "joining": []}
    for _ in range(args.rounds):  # interleaved, so machine load hits both alike
        runs["distinct"].append(timed_run(unrelated, distinct_ones))
        runs["joining"].append(timed_run(story, joiners))
    best = {k: min(v, key=lambda r: r["ms_per_article"]) for k, v in runs.items()}
    ratio = best["joining"]["ms_per_article"] / best["distinct"]["ms_per_article"]
    result = {
        "articles": args.articles, "existing_members": args.cluster, "batch": 64, "rounds": args.rounds,
        "clock": "wall (Elasticsearch round trips included)",
        "cluster_ms_per_article": {k: round(v["ms_per_article"], 3) for k, v in best.items()},
        "all_rounds_ms_per_article": {k: [round(r["ms_per_article"], 3) for r in v] for k, v in runs.items()},
        "es_requests_per_batch": {k: v["requests_per_batch"] for k, v in best.items()},
        "joining_over_distinct": round(ratio, 3), "within_20_percent": ratio <= 1.2,
        "minhash_cpu_ms_per_article": {"distinct": round(cpu_ms_per_article(distinct, 100), 3),
                                       "joining": round(cpu_ms_per_article(variant, 100), 3)},
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "clusters.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
