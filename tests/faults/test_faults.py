"""Nothing lost, nothing falsely reported: a broker killed mid-run, Elasticsearch frozen, poison on the raw topic.

Workers are real ``newsline`` subprocesses on private services (see conftest); progress is committed offsets
against end offsets; the outcome is read back from the dead-letter topic and Elasticsearch.
"""

from __future__ import annotations

import time

import pytest

from bench.corpus import generate, write_json
from bench.faults import (
    OffsetReader,
    Progress,
    WorkerProcess,
    dead_letters,
    ledger,
    poison_messages,
    publish_by_hand,
    run_cli,
    wait_for,
)
from tests.faults.conftest import FaultRig

pytestmark = [pytest.mark.integration, pytest.mark.faults]

ARTICLES = 60
DRAIN_TIMEOUT_S = 600.0


def replay(rig: FaultRig, count: int, seed: int) -> list:
    articles = generate(count, seed=seed, near_duplicate_share=0.0)
    write_json(articles, rig.logs.parent / "corpus")
    assert run_cli(["replay", str(rig.logs.parent / "corpus")], rig.env, timeout=300, log_path=rig.logs / "replay.log") == 0
    return articles


def drain(reader: OffsetReader, workers: list[WorkerProcess], expected_raw: int) -> Progress | None:
    """Wait until both groups committed everything, or until a worker has exited."""
    outcome: dict[str, Progress | None] = {"p": None}

    def finished() -> bool:
        progress = reader.read()
        if progress and progress.raw_end >= expected_raw and progress.drained:
            outcome["p"] = progress
            return True
        return not all(w.alive() for w in workers)  # a worker that exited will not finish its share

    wait_for(finished, DRAIN_TIMEOUT_S, every=2.0)
    return outcome["p"]


def progressed(reader: OffsetReader, check) -> bool:  # type: ignore[no-untyped-def]
    def ready() -> bool:
        progress = reader.read()
        return bool(progress and check(progress))

    return wait_for(ready, 300.0)


def exits(workers: list[WorkerProcess]) -> dict[str, int]:
    for worker in workers:
        worker.alive()
    return {w.kind: w.exits[0] for w in workers if w.exits}


def test_broker_killed_and_restarted_mid_run_everything_indexed_none_missing(rig: FaultRig) -> None:
    enrich, index = rig.worker("enrich", "--processes", "1"), rig.worker("index")
    articles = replay(rig, ARTICLES, seed=11)
    reader = OffsetReader(rig.settings)
    assert progressed(reader, lambda p: p.raw_committed >= 10), rig.log_tails()
    rig.services.kill_kafka()
    time.sleep(8)
    rig.services.start_kafka()
    drained = drain(reader, [enrich, index], ARTICLES)
    reader.close()
    worker_exits = exits([enrich, index])
    accounts = ledger(rig.settings, articles, [])
    outcome = {"drained": drained is not None, "indexed": accounts["indexed_of_published"],
               "missing": accounts["missing"], "worker_exits": worker_exits}
    expected = {"drained": True, "indexed": ARTICLES, "missing": 0, "worker_exits": {}}
    assert outcome == expected, f"{accounts}\n{rig.log_tails()}"


def test_elasticsearch_frozen_40s_index_worker_rides_it_out_nothing_dead_lettered(rig: FaultRig) -> None:
    enrich, index = rig.worker("enrich", "--processes", "1"), rig.worker("index")
    articles = replay(rig, ARTICLES, seed=12)
    reader = OffsetReader(rig.settings)
    assert progressed(reader, lambda p: p.enriched_committed >= 10), rig.log_tails()
    rig.services.freeze_elasticsearch()
    try:
        time.sleep(40)
        during = exits([index])
    finally:
        rig.services.thaw_elasticsearch()
    drained = drain(reader, [enrich, index], ARTICLES)
    reader.close()
    accounts = ledger(rig.settings, articles, [])
    outcome = {"drained": drained is not None, "indexed": accounts["indexed_of_published"],
               "dead_letters": accounts["dead_letters_by_stage"], "index_exit_while_frozen": during,
               "worker_exits": exits([enrich, index])}
    expected = {"drained": True, "indexed": ARTICLES, "dead_letters": {}, "index_exit_while_frozen": {},
                "worker_exits": {}}
    assert outcome == expected, f"{accounts}\n{rig.log_tails()}"


def test_poison_mix_good_articles_indexed_poison_dead_lettered_published_equals_indexed_plus_dead(
    rig: FaultRig,
) -> None:
    good = replay(rig, 30, seed=13)
    poison = publish_by_hand(rig.settings, poison_messages(seed=13))
    code = run_cli(["run", "--until-idle"], rig.env, timeout=900, log_path=rig.logs / "run.log")
    accounts = ledger(rig.settings, good, poison)
    letters = dead_letters(rig.settings)
    published = len(good) + len(poison)
    lettered_poison = sum(1 for state in accounts["by_hand"].values() if state["dead_lettered"])
    outcome = {
        "exit_code": code,
        "good_indexed": accounts["indexed_of_published"],
        "poison_dead_lettered": {label: state["dead_lettered"] for label, state in accounts["by_hand"].items()},
        "missing": accounts["missing"],
        "published": published,
        "indexed_plus_dead": accounts["indexed_of_published"] + lettered_poison,
        "good_dead_lettered": accounts["dead_lettered_articles"],
    }
    expected = {
        "exit_code": 0,
        "good_indexed": len(good),
        "poison_dead_lettered": {label: True for label, _, _ in poison_messages(seed=13)},
        "missing": 0,
        "published": published,
        "indexed_plus_dead": published,
        "good_dead_lettered": 0,
    }
    assert outcome == expected, f"{accounts}\nstages={[d.stage for d in letters]}\n{rig.log_tails()}"
