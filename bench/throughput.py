"""Throughput of the core path: replay -> enrich -> index, with each stage measured alone beside it.

Usage: python -m bench.throughput [--articles N]   (needs `newsline services up`)

Every figure is articles/s on a corpus made from the seed; the ratios compare each stage with a
baseline measured in the same run (raw Kafka produce+consume of the same bytes), so the numbers are
comparable across runs on a shared, noisy machine. Results also go to bench/results/throughput.json.
"""

from __future__ import annotations

import argparse
import json
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.index.bulk import Backoff, bulk_index
from pipeline.index.client import make_client
from pipeline.kafka.producer import Producer
from pipeline.models import Article, EnrichedArticle, encode
from pipeline.runner import run_until_idle
from pipeline.settings import PROJECT_ROOT, Settings, load_settings
from pipeline.setup import run_setup
from pipeline.sources.replay import read_all, replay_paths

RESULTS = PROJECT_ROOT / "bench" / "results"


def make_corpus(directory: Path, count: int) -> list[Path]:
    seed = next((PROJECT_ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    title, body = seed.split("\n", 1)
    paths = []
    for n in range(count):
        path = directory / f"{n:06d}.txt"
        path.write_text(f"{title} (copy {n})\n{body}\nDispatch number {n}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def isolated(settings: Settings, tag: str) -> Settings:
    topics = settings.kafka.topics.model_copy(
        update={"raw": f"bench.{tag}.raw", "enriched": f"bench.{tag}.enriched", "dead_letter": f"bench.{tag}.dlq"}
    )
    workers = settings.workers.model_copy(update={"enrich_group": f"bench.{tag}.e", "index_group": f"bench.{tag}.i"})
    return settings.model_copy(update={
        "kafka": settings.kafka.model_copy(update={"topics": topics}),
        "elasticsearch": settings.elasticsearch.model_copy(update={"index_prefix": f"bench-{tag}"}),
        "workers": workers,
    })


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def baseline_kafka(settings: Settings, payloads: list[bytes]) -> float:
    """Produce the same bytes to a scratch topic and consume them back: the transport ceiling."""
    from kafka import KafkaConsumer, TopicPartition

    from pipeline.kafka.admin import ensure_topics
    from pipeline.kafka.config import client_options

    topic = settings.kafka.topics.raw + ".baseline"
    ensure_topics(settings.kafka, [topic])

    def run() -> None:
        with Producer(settings.kafka, client_id="bench") as producer:
            producer.send_many(topic, ((None, p) for p in payloads))
            producer.flush_or_raise()
        consumer = KafkaConsumer(**client_options(settings.kafka, "bench"), enable_auto_commit=False)
        parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or []]
        consumer.assign(parts)  # no group join: the baseline is the transport alone
        consumer.seek_to_beginning(*parts)
        seen = 0
        while seen < len(payloads):
            seen += sum(len(r) for r in consumer.poll(timeout_ms=1000).values())
        consumer.close()

    seconds, _ = timed(run)
    return seconds


def measure(settings: Settings, files: list[Path]) -> dict[str, float]:
    n = len(files)
    seconds: dict[str, float] = {}
    seconds["read_files"], (articles, _) = timed(lambda: read_all(files))
    seconds["enrich_alone"], enriched = timed(lambda: enrich_alone(settings, articles))
    payloads = [encode(a) for a in articles]
    seconds["kafka_baseline"] = baseline_kafka(settings, payloads)
    seconds["index_alone"] = index_alone(settings, enriched)
    seconds["replay_publish"], _ = timed(lambda: replay_paths(files, settings))
    seconds["drain_enrich_and_index"], counts = timed(lambda: run_until_idle(settings))
    assert counts["indexed"] == n, counts
    seconds["end_to_end"] = seconds["replay_publish"] + seconds["drain_enrich_and_index"]
    return seconds


def enrich_alone(settings: Settings, articles: list[Article]) -> list[EnrichedArticle]:
    """All steps, the cluster store included, in worker-sized batches: the enrich worker minus Kafka."""
    from pipeline.enrich.clusters.factory import cluster_index, make_store
    from pipeline.enrich.enricher import enrich_batch
    from pipeline.enrich.steps import all_steps

    alone = settings.model_copy(update={"elasticsearch": settings.elasticsearch.model_copy(
        update={"index_prefix": settings.elasticsearch.index_prefix + "-alone"})})
    steps = all_steps(make_store(alone))
    size = settings.workers.batch_size
    results = [r for i in range(0, len(articles), size) for r in enrich_batch(articles[i : i + size], steps)]
    assert all(isinstance(r, EnrichedArticle) for r in results), "an enrichment step failed"
    with make_client(alone.elasticsearch) as es:
        es.indices.delete(index=cluster_index(alone), ignore_unavailable=True)
    return [r for r in results if isinstance(r, EnrichedArticle)]


def index_alone(settings: Settings, enriched: list[Any]) -> float:
    es_settings = settings.elasticsearch.model_copy(update={"index_prefix": settings.elasticsearch.index_prefix + "-alone"})
    with make_client(es_settings) as es:
        from pipeline.index.template import ensure_index

        ensure_index(es, es_settings)
        docs = {e.id: e.to_document(e.enrichment.enriched_at) for e in enriched}
        batch = settings.workers.batch_size
        items = list(docs.items())

        def run() -> None:
            for i in range(0, len(items), batch):
                bulk_index(es, es_settings.write_alias, dict(items[i : i + batch]), Backoff(5, 0.5, 10))

        seconds, _ = timed(run)
        es.indices.delete(index=f"{es_settings.index_prefix}-v*")
        es.indices.delete_index_template(name=es_settings.index_prefix)
        return seconds


def cleanup(settings: Settings) -> None:
    from pipeline.kafka.admin import delete_topics

    t = settings.kafka.topics
    delete_topics(settings.kafka, [t.raw, t.enriched, t.dead_letter, t.raw + ".baseline"])
    with make_client(settings.elasticsearch) as es:
        es.indices.delete(index=f"{settings.elasticsearch.index_prefix}-v*")
        es.indices.delete_index_template(name=settings.elasticsearch.index_prefix)
        es.indices.delete(index=f"{settings.elasticsearch.index_prefix}-clusters", ignore_unavailable=True)


def report(n: int, seconds: dict[str, float]) -> dict[str, Any]:
    rates = {stage: n / s for stage, s in seconds.items()}
    base = rates["kafka_baseline"]
    return {
        "articles": n,
        "articles_per_s": {k: round(v, 1) for k, v in rates.items()},
        "ratio_to_kafka_baseline": {k: round(v / base, 3) for k, v in rates.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    settings = isolated(load_settings(), uuid.uuid4().hex[:8])
    run_setup(settings)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        files = make_corpus(Path(tmp), args.articles)
        try:
            result = report(len(files), measure(settings, files))
        finally:
            cleanup(settings)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "throughput.json").write_text(json.dumps(result, indent=2))
    print(f"{'stage':<26}{'articles/s':>12}{'x baseline':>12}")
    for stage, rate in result["articles_per_s"].items():
        print(f"{stage:<26}{rate:>12.1f}{result['ratio_to_kafka_baseline'][stage]:>12.3f}")


if __name__ == "__main__":
    main()
