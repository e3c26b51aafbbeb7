"""Running both workers until the topics are drained (``newsline run --until-idle``, the replay_seeds DAG, tests).

Done means measured, not guessed: enrichment is done when the enrich group's committed offsets on the raw
topic reach the end offsets on every partition; indexing is done when enrichment is done and the index
group's committed offsets on the enriched topic reach theirs (:mod:`pipeline.workers.drain`). If a dead
member still holds partitions the drain waits (its session expires, the group rebalances, our members take
over). Past ``workers.drain_timeout_s`` it raises ``DrainTimeoutError`` with the remaining lag; a worker that
dies re-raises its exception (after the other one stopped), so the caller never sees success.

Enrichment runs as ``enrich.process_count(partitions)`` processes: one runs in a thread of this process; more are
spawned children of a :class:`~pipeline.workers.supervisor.Supervisor` in until-idle mode (members of the enrich
group sharing the raw partitions; nobody is restarted, a child that exits non-zero fails the drain). The index
worker runs in the calling thread. With ``metrics.enabled`` enrich worker ``i`` serves on ``metrics.port`` + i,
the supervisor (if any) on + processes, the index worker on + processes + 1.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from pipeline.settings import Settings
from pipeline.watch.model import load_file
from pipeline.workers.base import WorkerStats
from pipeline.workers.drain import DrainWatch, enrich_stages, index_stages
from pipeline.workers.enrich import EnrichWorker
from pipeline.workers.exceptions import WorkerDiedError, WorkerMisconfiguredExit
from pipeline.workers.index import IndexWorker

log = logging.getLogger(__name__)


def enrich_processes(settings: Settings) -> int:
    """The enrich processes of a drain: one when clusters live in memory (a per-process store would split them)."""
    processes = settings.enrich.process_count(settings.kafka.topics.partitions)
    if processes > 1 and settings.enrich.cluster_store == "memory":
        log.warning("enrich processes=%d reduced to 1: cluster_store=memory is per process", processes)
        return 1
    return processes


def run_until_idle(settings: Settings) -> dict[str, Any]:
    """Drain the raw topic through enrichment and the enriched topic into Elasticsearch; return the counts.

    The enrich workers and the index worker run concurrently (the indexer consumes while enrichment produces).
    """
    if settings.watch.enabled:  # a broken watchlists file stops the run now, in one line, before anything is read
        load_file(settings.watch.file)
    processes = enrich_processes(settings)
    enrich: _ThreadEnrich | _SpawnedEnrich = _ThreadEnrich(settings) if processes == 1 else _SpawnedEnrich(
        settings, processes)
    index_worker = IndexWorker(settings)
    index_worker.metrics_port_offset = processes + 1
    index_watch = DrainWatch(settings, index_stages(settings))
    lag_at_start = {lag.topic: lag.lag for lag in index_watch.remaining()}
    log.info("drain started enrich_processes=%d %s", processes,
             " ".join(f"lag[{topic}]={lag}" for topic, lag in lag_at_start.items()))

    def done() -> bool:
        enrich.check()  # a dead enrich child ends the drain now, not at the timeout
        return index_watch.done()

    enrich.start(on_failure=index_worker.stop)
    try:
        indexed = index_worker.run(until_idle=True, done=done)
    except BaseException:
        enrich.stop()  # do not keep enriching into a pipeline whose indexer failed
        raise
    finally:
        enrich.join()
        index_watch.close()
    enriched = enrich.result()  # raises if enrichment died (the index worker was stopped first)
    if not index_watch.lags or not all(lag.done for lag in index_watch.lags):
        raise WorkerDiedError("the index worker stopped before the drain completed")
    return {
        "enriched": enriched["produced"],
        "indexed": indexed.produced,
        "dead_letters": int(enriched["dead_letters"]) + indexed.dead_letters,
        "lag_at_start": lag_at_start,
        "enrich": enriched,
        "index": indexed.to_dict(),
    }


class _ThreadEnrich:
    """One enrich worker in a thread of this process."""

    def __init__(self, settings: Settings) -> None:
        self.worker = EnrichWorker(settings)
        # the index watch (which reports every stage's lag) times out first; this one is the backstop
        self.watch = DrainWatch(settings, enrich_stages(settings), timeout_s=settings.workers.drain_timeout_s + 5)
        self.outcome: WorkerStats | BaseException | None = None
        self.thread: threading.Thread | None = None

    def start(self, on_failure: Callable[[], None]) -> None:
        def run() -> None:
            try:
                self.outcome = self.worker.run(until_idle=True, done=self.watch.done)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread by result()
                self.outcome = exc
                on_failure()  # the drain cannot complete; do not wait for the timeout

        self.thread = threading.Thread(target=run, name="newsline-enrich", daemon=True)
        self.thread.start()

    def check(self) -> None:
        """Nothing to check: a failing thread stops the index worker itself."""

    def stop(self) -> None:
        self.worker.stop()

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()
        self.watch.close()

    def result(self) -> dict[str, Any]:
        if isinstance(self.outcome, BaseException):
            raise self.outcome
        if self.outcome is None:
            raise WorkerDiedError("the enrich worker did not report")
        return self.outcome.to_dict()


class _SpawnedEnrich:
    """``processes`` spawned enrich workers under a supervisor (itself in a thread of this process)."""

    def __init__(self, settings: Settings, processes: int) -> None:
        from pipeline.workers.supervisor import Supervisor

        self.supervisor = Supervisor(settings, "enrich", processes, until_idle=True)
        self.report: dict[str, Any] | BaseException | None = None
        self.thread: threading.Thread | None = None

    def start(self, on_failure: Callable[[], None]) -> None:
        def run() -> None:
            try:
                self.report = self.supervisor.run()
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread by result()
                self.report = exc
                on_failure()

        self.thread = threading.Thread(target=run, name="newsline-enrich-supervisor", daemon=True)
        self.thread.start()

    def check(self) -> None:
        from pipeline.workers.supervisor import EXIT_MISCONFIGURED

        failed = [self.supervisor.slots[i] for i in self.supervisor.failed()]
        if not failed:
            return
        codes = ", ".join(f"slot {s.index} code={s.last_exitcode}" for s in failed)
        if any(s.last_exitcode == EXIT_MISCONFIGURED for s in failed):
            raise WorkerMisconfiguredExit(f"an enrich process gave up on a setup error ({codes})")
        raise WorkerDiedError(f"an enrich process exited before the drain completed ({codes})")

    def stop(self) -> None:
        self.supervisor.stop()

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()

    def result(self) -> dict[str, Any]:
        if isinstance(self.report, BaseException):
            raise self.report
        if self.report is None:
            raise WorkerDiedError("the enrich supervisor did not report")
        self.check()
        if not self.report["ok"] or len(self.supervisor.stats) != len(self.supervisor.slots):
            raise WorkerDiedError(f"enrich processes did not all finish the drain: exit codes "
                                  f"{self.report['exit_codes']}")
        return {**_sum_stats(list(self.supervisor.stats.values())), "processes": len(self.supervisor.slots)}


def _sum_stats(members: list[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {}
    for stats in members:
        for key, value in stats.items():
            if isinstance(value, dict):
                merged = total.setdefault(key, {})
                for stage, n in value.items():
                    merged[stage] = merged.get(stage, 0) + n
            else:
                total[key] = total.get(key, 0) + value
    return total
