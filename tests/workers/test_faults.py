"""Nothing lost, nothing falsely reported: a broker killed mid-run, Elasticsearch frozen, poison on the raw topic.

Workers are real ``newsline`` subprocesses on private services (see conftest); progress is committed offsets
against end offsets; the outcome is read back from the dead-letter topic and Elasticsearch.
"""

from __future__ import annotations

import json
import random
import time

import pytest

from bench.corpus import generate, write_json
from bench.faults import (
    POISON_OUTCOMES,
    OffsetReader,
    Progress,
    WorkerProcess,
    ledger,
    poison_messages,
    publish_by_hand,
    run_cli,
    wait_for,
)
from pipeline.kafka.producer import Producer
from pipeline.settings import Settings
from tests.workers.fault_rig import FaultRig

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.slow]

ARTICLES = 30  # 10 go through before the fault, 20 are still to come when it strikes (the long forms: 60)
CHAOS_ARTICLES = 60
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


def worker_status(rig: FaultRig) -> dict[str, tuple[str, int]]:
    """``newsline status --json``: per worker kind, its state and the supervisor's restart count."""
    out = rig.logs / "status.json"
    out.unlink(missing_ok=True)
    assert run_cli(["status", "--json"], rig.env, timeout=120, log_path=out) == 0, out.read_text()[-2000:]
    text = out.read_text()
    workers = json.loads(text[text.index("{"):])["workers"]
    return {kind: (doc["state"], doc["restarts"]) for kind, doc in sorted(workers.items())}


def test_enrich_child_killed_then_broker_killed_and_restarted_supervisor_restarts_once_none_missing(
    rig: FaultRig,
) -> None:
    enrich, index = rig.worker("enrich", "--processes", "1"), rig.worker("index", "--processes", "1")
    articles = replay(rig, ARTICLES, seed=11)
    reader = OffsetReader(rig.settings)
    assert progressed(reader, lambda p: p.raw_committed >= 10), rig.log_tails()
    killed = enrich.kill_one(random.Random(11))  # kill -9 the child mid-run; the supervisor starts another
    rig.services.kill_kafka()
    time.sleep(8)
    rig.services.start_kafka()
    drained = drain(reader, [enrich, index], ARTICLES)
    reader.close()
    accounts = ledger(rig.settings, articles, [])
    outcome = {"killed": killed.get("role"), "drained": drained is not None,
               "indexed": accounts["indexed_of_published"], "missing": accounts["missing"],
               "dead_letters": accounts["dead_letters_by_stage"], "worker_exits": exits([enrich, index]),
               "status": worker_status(rig)}
    expected = {"killed": "child", "drained": True, "indexed": ARTICLES, "missing": 0, "dead_letters": {},
                "worker_exits": {}, "status": {"enrich": ("running", 1), "index": ("running", 0)}}
    assert outcome == expected, f"{accounts}\n{rig.log_tails()}"


# (seconds frozen, the workers' Elasticsearch request timeout): the freeze outlasts the request timeout several
# times, so requests of both workers time out (the enrich worker's story store too) and are retried; the long
# form, on the default 30 s timeout, runs in `make chaos`
FREEZES = [
    pytest.param(15, 5, ARTICLES, id="15s-timeout-5s"),
    pytest.param(40, 30, CHAOS_ARTICLES, id="40s-timeout-30s", marks=pytest.mark.chaos),
]


@pytest.mark.parametrize(("freeze_s", "request_timeout_s", "count"), FREEZES)
def test_elasticsearch_frozen_past_the_request_timeout_index_worker_rides_it_out_nothing_dead_lettered(
    rig: FaultRig, freeze_s: int, request_timeout_s: int, count: int,
) -> None:
    rig.env["NEWSLINE_ELASTICSEARCH_REQUEST_TIMEOUT"] = str(request_timeout_s)
    enrich, index = rig.worker("enrich", "--processes", "1"), rig.worker("index", "--processes", "1")
    articles = replay(rig, count, seed=12)
    reader = OffsetReader(rig.settings)
    assert progressed(reader, lambda p: p.enriched_committed >= 10), rig.log_tails()
    rig.services.freeze_elasticsearch()
    try:
        time.sleep(freeze_s)
        during = exits([enrich, index])
    finally:
        rig.services.thaw_elasticsearch()
    drained = drain(reader, [enrich, index], count)
    reader.close()
    accounts = ledger(rig.settings, articles, [])
    outcome = {"drained": drained is not None, "indexed": accounts["indexed_of_published"],
               "dead_letters": accounts["dead_letters_by_stage"], "exits_while_frozen": during,
               "worker_exits": exits([enrich, index]), "status": worker_status(rig)}
    expected = {"drained": True, "indexed": count, "dead_letters": {}, "exits_while_frozen": {},
                "worker_exits": {}, "status": {"enrich": ("running", 0), "index": ("running", 0)}}
    assert outcome == expected, f"{accounts}\n{rig.log_tails()}"


def test_poison_mix_each_message_indexed_truncated_or_dead_lettered_as_expected_and_good_articles_all_indexed(
    rig: FaultRig,
) -> None:
    good = replay(rig, 30, seed=13)
    poison = publish_by_hand(rig.settings, poison_messages(seed=13))
    refused = unpublishable(rig.settings)
    code = run_cli(["run", "--until-idle"], rig.env, timeout=900, log_path=rig.logs / "run.log")
    accounts = ledger(rig.settings, good, poison)
    hand = accounts["by_hand"]
    lettered_poison = sum(1 for state in hand.values() if state["dead_lettered"])
    indexed_poison = sum(1 for state in hand.values() if state["indexed"])
    outcome = {
        "exit_code": code,
        "refused_by_kafka": refused,
        "good_indexed": accounts["indexed_of_published"],
        "poison_outcomes": {label: state["outcome"] for label, state in hand.items()},
        "oversized_stored": (hand["oversized"].get("truncated"), hand["oversized"].get("original_text_bytes")),
        "missing": accounts["missing"],
        "published": len(good) + len(poison),
        "indexed_plus_dead": accounts["indexed_of_published"] + indexed_poison + lettered_poison,
        "good_dead_lettered": accounts["dead_lettered_articles"],
    }
    expected = {
        "exit_code": 0,
        "refused_by_kafka": "MessageSizeTooLargeError",
        "good_indexed": len(good),
        "poison_outcomes": POISON_OUTCOMES,
        "oversized_stored": (True, 900_000),  # cut to limits.max_text_bytes by the enrich worker, then indexed
        "missing": 0,
        "published": len(good) + len(poison),
        "indexed_plus_dead": len(good) + len(poison),
        "good_dead_lettered": 0,
    }
    assert outcome == expected, f"{accounts}\n{rig.log_tails()}"


def unpublishable(settings: Settings) -> str | None:
    """A raw record over the topics' ``max.message.bytes`` is refused as permanent and never lands on the topic."""
    before = OffsetReader(settings)
    raw_end = before.read()
    before.close()
    with Producer(settings.kafka, client_id="newsline-faults-huge") as producer:
        producer.send(settings.kafka.topics.raw, "too-large", b"x" * (settings.kafka.max_message_bytes + 1024))
        failures = producer.flush_failures()
    after = OffsetReader(settings)
    raw_after = after.read()
    after.close()
    assert raw_end is not None and raw_after is not None and raw_after.raw_end == raw_end.raw_end
    [failure] = failures
    return type(failure.error).__name__ if failure.permanent else None
