"""Running both workers until the topics are drained (``newsline run --until-idle``, the replay_seeds DAG, tests).

Done means measured, not guessed: enrichment is done when the enrich group's committed offsets on the raw
topic reach the end offsets on every partition; indexing is done when enrichment is done and the index
group's committed offsets on the enriched topic reach theirs (:mod:`pipeline.workers.drain`). If a dead
member still holds partitions the drain waits (its session expires, the group rebalances, our members take
over). Past ``workers.drain_timeout_s`` it raises ``DrainTimeoutError`` with the remaining lag; a worker that
dies re-raises its exception (after the other one stopped), so the caller never sees success.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from pipeline.settings import Settings
from pipeline.workers.base import WorkerStats
from pipeline.workers.drain import DrainWatch, enrich_stages, index_stages
from pipeline.workers.enrich import EnrichWorker
from pipeline.workers.exceptions import WorkerDiedError
from pipeline.workers.index import IndexWorker

log = logging.getLogger(__name__)


def run_until_idle(settings: Settings) -> dict[str, Any]:
    """Drain the raw topic through enrichment and the enriched topic into Elasticsearch; return the counts.

    The two workers run concurrently (the indexer consumes while enrichment produces).
    """
    enrich_worker, index_worker = EnrichWorker(settings), IndexWorker(settings)
    index_watch = DrainWatch(settings, index_stages(settings))
    # the index watch (which reports every stage's lag) times out first; this one is the backstop
    enrich_watch = DrainWatch(settings, enrich_stages(settings), timeout_s=settings.workers.drain_timeout_s + 5)
    lag_at_start = {lag.topic: lag.lag for lag in index_watch.remaining()}
    log.info("drain started %s", " ".join(f"lag[{topic}]={lag}" for topic, lag in lag_at_start.items()))
    outcome: dict[str, WorkerStats | BaseException] = {}

    def enrich() -> None:
        try:
            outcome["enrich"] = enrich_worker.run(until_idle=True, done=enrich_watch.done)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread below
            outcome["error"] = exc
            index_worker.stop()  # the drain cannot complete; do not wait for the timeout

    thread = threading.Thread(target=enrich, name="newsline-enrich", daemon=True)
    thread.start()
    try:
        indexed = index_worker.run(until_idle=True, done=index_watch.done)
    except BaseException:
        enrich_worker.stop()  # do not keep enriching into a pipeline whose indexer failed
        raise
    finally:
        thread.join()
        enrich_watch.close()
        index_watch.close()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error  # the enrich worker died (the index worker was stopped first)
    enriched = outcome["enrich"]
    assert isinstance(enriched, WorkerStats)
    if not index_watch.lags or not all(lag.done for lag in index_watch.lags):
        raise WorkerDiedError("the index worker stopped before the drain completed")
    return {
        "enriched": enriched.produced,
        "indexed": indexed.produced,
        "dead_letters": enriched.dead_letters + indexed.dead_letters,
        "lag_at_start": lag_at_start,
        "enrich": enriched.to_dict(),
        "index": indexed.to_dict(),
    }

