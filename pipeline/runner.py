"""Running both workers until the topics are drained (demos, tests, DAG runs)."""

from __future__ import annotations

from pipeline.settings import Settings
from pipeline.workers.enrich import EnrichWorker
from pipeline.workers.index import IndexWorker


def run_until_idle(settings: Settings) -> dict[str, object]:
    """Drain the raw topic through enrichment, then the enriched topic into Elasticsearch."""
    enriched = EnrichWorker(settings).run(until_idle=True)
    indexed = IndexWorker(settings).run(until_idle=True)
    return {
        "enriched": enriched.produced,
        "indexed": indexed.produced,
        "dead_letters": enriched.dead_letters + indexed.dead_letters,
        "enrich": enriched.to_dict(),
        "index": indexed.to_dict(),
    }
