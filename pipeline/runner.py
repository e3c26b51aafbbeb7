"""Running both workers until the topics are drained (demos, tests, DAG runs)."""

from __future__ import annotations

import threading

from pipeline.settings import Settings
from pipeline.workers.base import WorkerStats
from pipeline.workers.enrich import EnrichWorker
from pipeline.workers.index import IndexWorker


def run_until_idle(settings: Settings) -> dict[str, object]:
    """Drain the raw topic through enrichment and the enriched topic into Elasticsearch.

    The two workers run concurrently (the indexer consumes while enrichment produces); the indexer
    stops only once enrichment has finished and the enriched topic is drained.
    """
    enrich_worker, index_worker = EnrichWorker(settings), IndexWorker(settings)
    finished = threading.Event()
    outcome: dict[str, WorkerStats | BaseException] = {}

    def enrich() -> None:
        try:
            outcome["enrich"] = enrich_worker.run(until_idle=True)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread below
            outcome["error"] = exc
        finally:
            finished.set()

    thread = threading.Thread(target=enrich, name="newsline-enrich", daemon=True)
    thread.start()
    try:
        indexed = index_worker.run(until_idle=True, upstream_done=finished.is_set)
    except BaseException:
        enrich_worker.stop()  # do not keep enriching into a pipeline whose indexer failed
        raise
    finally:
        thread.join()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    enriched = outcome["enrich"]
    assert isinstance(enriched, WorkerStats)
    return {
        "enriched": enriched.produced,
        "indexed": indexed.produced,
        "dead_letters": enriched.dead_letters + indexed.dead_letters,
        "enrich": enriched.to_dict(),
        "index": indexed.to_dict(),
    }
