"""Publish-to-alert latency beside publish-to-searchable, through the real index worker and watchlists.

    python -m bench.alerts [--n 400] [--batch 100] [--out bench/results/alerts.json]

Enriched records (bench.corpus articles, story ids from their wire-copy groups) are produced to a scratch
enriched topic in batches while an index worker with one watchlist (matching about a third of the
articles) runs; "published" is when a record's batch was acknowledged by Kafka. Searchable is the
document's ``indexed_at`` plus the refresh the watch hook forces; alerted is the alert's ``alerted_at``.
Reports p50/p90/max seconds of both, the alerts and matched articles, in a scratch index prefix.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.search_quality import corpus, document
from pipeline.index.client import make_client
from pipeline.kafka.admin import delete_topics, topic_names
from pipeline.kafka.producer import Producer
from pipeline.models import encode
from pipeline.provision import run_setup
from pipeline.settings import Settings, load_settings
from pipeline.watch.model import parse
from pipeline.watch.store import add_watchlist, alerts_index, watchlist_index
from pipeline.workers.index import IndexWorker

QUERY = "ceasefire | inflation | election"


def scratch(settings: Settings) -> Settings:
    tag = f"bench-alerts-{uuid.uuid4().hex[:8]}"
    topics = settings.kafka.topics.model_copy(update={
        "raw": f"{tag}.raw", "enriched": f"{tag}.enriched", "dead_letter": f"{tag}.dlq", "alerts": f"{tag}.alerts"})
    return settings.model_copy(update={
        "kafka": settings.kafka.model_copy(update={"topics": topics}),
        "elasticsearch": settings.elasticsearch.model_copy(update={"index_prefix": tag}),
        "workers": settings.workers.model_copy(update={"index_group": f"{tag}.index", "idle_timeout_s": 5.0}),
        "watch": settings.watch.model_copy(update={"file": Path("/nonexistent"), "reload_s": 0.0}),
    })


def percentiles(values: list[float]) -> dict[str, float | int]:
    ordered = sorted(values)
    if not ordered:
        return {"n": 0}
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"n": len(ordered), "p50": round(pick(0.5), 3), "p90": round(pick(0.9), 3), "max": round(ordered[-1], 3)}


def _produce(settings: Settings, n: int, batch: int) -> dict[str, float]:
    from pipeline.models import EnrichedArticle

    published: dict[str, float] = {}
    pairs = corpus(n, seed=3)[:n]
    with Producer(settings.kafka, client_id="bench-alerts") as producer:
        for start in range(0, len(pairs), batch):
            chunk = pairs[start:start + batch]
            for article, story in chunk:
                record = EnrichedArticle.from_document(document(article, story, datetime.now(UTC)))
                producer.send(settings.kafka.topics.enriched, record.id, encode(record))
            producer.flush_or_raise()
            stamp = time.time()
            published.update({article.id: stamp for article, _ in chunk})
            time.sleep(0.5)
    return published


def _seconds(value: str) -> float:
    return datetime.fromisoformat(value).timestamp()


def measure(settings: Settings, n: int, batch: int) -> dict[str, Any]:
    run_setup(settings)
    with make_client(settings.elasticsearch) as es:
        add_watchlist(es, settings, parse({"name": "bench", "query": QUERY}, "index", "bench"))
    worker = threading.Thread(target=lambda: IndexWorker(settings).run(until_idle=True))
    worker.start()
    published = _produce(settings, n, batch)
    worker.join()
    with make_client(settings.elasticsearch) as es:
        es.indices.refresh(index=f"{settings.elasticsearch.read_alias},{alerts_index(settings)}")
        docs = es.search(index=settings.elasticsearch.read_alias, size=n, _source=["id", "indexed_at"])["hits"]["hits"]
        alerts = es.search(index=alerts_index(settings), size=n, _source=["article_id", "alerted_at"])["hits"]["hits"]
    searchable = [_seconds(d["_source"]["indexed_at"]) - published[d["_id"]] for d in docs if d["_id"] in published]
    alerted = [_seconds(a["_source"]["alerted_at"]) - published[a["_source"]["article_id"]] for a in alerts]
    return {"articles": len(published), "indexed": len(docs), "alerts": len(alerts), "watchlist_query": QUERY,
            "publish_to_searchable_s": percentiles(searchable), "publish_to_alert_s": percentiles(alerted),
            "note": "searchable = indexed_at (bulk sent); the hook's refresh then makes it visible before matching"}


def cleanup(settings: Settings) -> None:
    prefix = settings.elasticsearch.index_prefix
    with make_client(settings.elasticsearch) as es:
        es.indices.delete(index=f"{prefix}-v*,{watchlist_index(settings)},{alerts_index(settings)}",
                          ignore_unavailable=True)
        es.options(ignore_status=404).indices.delete_index_template(name=prefix)
    delete_topics(settings.kafka, topic_names(settings.kafka))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.alerts", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--out", type=Path, default=Path("bench/results/alerts.json"))
    args = parser.parse_args(argv)
    settings = scratch(load_settings())
    try:
        report = measure(settings, args.n, args.batch)
    finally:
        cleanup(settings)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
