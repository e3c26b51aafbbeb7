"""Chaos run: nothing lost, nothing falsely reported, while workers, the broker and Elasticsearch fail.

Usage: python -m bench.chaos [--articles 10000] [--seed 1] [--timeout S]     (make chaos)

On PRIVATE services (Kafka 127.0.0.1:29092, Elasticsearch :29200, own temp state dir; the shared ones
are never touched) it publishes generated articles plus poison put on the raw topic by hand, runs
``newsline worker enrich --processes 2`` and ``newsline worker index --processes 1`` as separate supervised
processes (restarts are newsline's own, read from the workers' state files), and during
the run kill -9s worker processes (children of a supervisor when there is one) 3 times each, kill -9s the
broker and starts it again, and freezes Elasticsearch (SIGSTOP) for 60 s. Newer versions of some articles
are published mid-run and the older copies replayed again after them. It then waits until committed
offsets equal end offsets, runs ``newsline run --until-idle``, and accounts for every article.

Report (stdout and bench/results/chaos.json): published, indexed, dead letters by stage, missing (must be
0), stale overwrites (must be 0), worker restarts, peak lag, and the seconds to recover after each fault.
Exits 1 if anything is missing or stale, or the run did not drain.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import shutil
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import corpus
from bench.faults import (
    OffsetReader,
    Progress,
    Published,
    WorkerProcess,
    ledger,
    newer_version,
    poison_messages,
    publish_by_hand,
    restarts_in,
    run_cli,
    worker_state_files,
)
from bench.private_services import ES_PORT, KAFKA_PORT, PrivateServices, scoped
from pipeline.models import Article
from pipeline.settings import PROJECT_ROOT, Settings

log = logging.getLogger("bench.chaos")

RESULTS = PROJECT_ROOT / "bench" / "results"
WORKER_KILLS = 3
ES_FREEZE_S = 60.0
FAULT_GAP_S = (5.0, 20.0)
RECOVERY_WAIT_S = 90.0  # after a fault, wait this long at most for committed offsets to move again


@dataclass
class FaultRecord:
    name: str
    started: float
    ended: float
    detail: dict[str, Any] = field(default_factory=dict)
    lag_at_end: int | None = None


class Monitor(threading.Thread):
    """Samples committed/end offsets every second until stopped."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(name="chaos-monitor", daemon=True)
        self.reader = OffsetReader(settings)
        self.samples: list[Progress] = []
        self.outage_samples = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            progress = self.reader.read()
            if progress is None:
                self.outage_samples += 1
            else:
                self.samples.append(progress)
            self._stop_event.wait(1.0)
        self.reader.close()

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=30)

    def latest(self) -> Progress | None:
        return self.samples[-1] if self.samples else None


class ChaosRun:
    def __init__(self, args: argparse.Namespace, services: PrivateServices, run_dir: Path) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.services = services
        self.settings = scoped(services.settings, "chaos", partitions=args.partitions)
        self.env = services.env(self.settings)
        self.env["NEWSLINE_WORKERS_BATCH_SIZE"] = str(args.batch_size)
        self.run_dir = run_dir
        self.monitor = Monitor(self.settings)
        self.faults: list[FaultRecord] = []
        self.events: list[dict[str, Any]] = []
        self.started = time.monotonic()
        logs = run_dir / "logs"
        self.workers = {
            "enrich": WorkerProcess("enrich", ["--processes", "2"], self.env, logs / "enrich.log"),
            # a supervisor of one: a killed index worker is restarted by newsline itself, as enrich's children are
            "index": WorkerProcess("index", ["--processes", "1"], self.env, logs / "index.log"),
        }
        self.harness_restarts = {"enrich": 0, "index": 0}

    # --- helpers ---------------------------------------------------------------------------------
    def elapsed(self) -> float:
        return round(time.monotonic() - self.started, 1)

    def keep_workers(self) -> None:
        """Relaunch a worker whose top process exited (the harness's restart, counted apart)."""
        for kind, worker in self.workers.items():
            if worker.proc is not None and not worker.alive():
                self.harness_restarts[kind] += 1
                self.events.append({"t": self.elapsed(), "event": "harness_restart", "kind": kind,
                                    "exit_code": worker.exits[-1] if worker.exits else None})
                worker.start()
            else:
                worker.children()  # remember children, so supervisor restarts are seen

    def tick_for(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.keep_workers()
            time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))

    def fraction(self, total: int) -> float:
        latest = self.monitor.latest()
        return 0.0 if latest is None or total == 0 else latest.committed / (2 * total)

    def wait_fraction(self, target: float, total: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.fraction(total) < target and time.monotonic() < deadline:
            self.tick_for(1.0)

    def wait_recovery(self, since: float) -> None:
        """Tick until committed offsets moved after ``since`` (bounded) or nothing is left to do."""
        deadline = time.monotonic() + RECOVERY_WAIT_S
        before = self.monitor.latest()
        while time.monotonic() < deadline:
            self.tick_for(1.0)
            latest = self.monitor.latest()
            if latest is None or latest.at <= since:
                continue
            if latest.lag == 0 or (before is not None and latest.committed > before.committed):
                return

    def replay(self, articles: Sequence[Article], name: str) -> int:
        directory = self.run_dir / "corpus" / name
        corpus.write_json(articles, directory, prefix=name)
        code = run_cli(["replay", str(directory)], self.env, timeout=1800, log_path=self.run_dir / "logs" / "replay.log")
        self.events.append({"t": self.elapsed(), "event": "replay", "name": name, "articles": len(articles),
                            "exit_code": code})
        return code

    # --- faults ----------------------------------------------------------------------------------
    def fault(self, name: str) -> None:
        started = time.monotonic()
        detail: dict[str, Any] = {"t": self.elapsed()}
        if name in ("kill_enrich", "kill_index"):
            detail.update(self.workers[name.split("_")[1]].kill_one(self.rng))
        elif name == "kill_broker":
            detail["pid"] = self.services.kill_kafka()
            down = self.rng.uniform(5.0, 15.0)
            self.tick_for(down)
            detail["down_s"] = round(down, 1)
            detail["restart_s"] = round(self.services.start_kafka(), 1)
        elif name == "freeze_elasticsearch":
            detail["pid"] = self.services.freeze_elasticsearch()
            try:
                self.tick_for(self.args.freeze_s)
            finally:
                self.services.thaw_elasticsearch()
            detail["frozen_s"] = self.args.freeze_s
        ended = time.monotonic()
        latest = self.monitor.latest()
        record = FaultRecord(name, started, ended, detail, latest.lag if latest else None)
        self.faults.append(record)
        log.info("event=fault name=%s detail=%s", name, detail)
        self.wait_recovery(ended)
        self.tick_for(self.rng.uniform(*FAULT_GAP_S))  # let restarted workers join before the next fault

    def plan(self) -> list[tuple[float, str]]:
        names = ["kill_enrich"] * WORKER_KILLS + ["kill_index"] * WORKER_KILLS
        names += ["kill_broker", "freeze_elasticsearch", "publish_newer", "replay_older"]
        at = sorted(self.rng.uniform(0.03, 0.8) for _ in names)
        self.rng.shuffle(names)
        # the older copies are replayed after the newer versions, whatever the shuffle said
        order = [n for n in names if n not in ("publish_newer", "replay_older")]
        order.insert(self.rng.randrange(0, len(order) // 2 + 1), "publish_newer")
        order.insert(self.rng.randrange(order.index("publish_newer") + 1, len(order) + 1), "replay_older")
        return list(zip(at, order, strict=True))

    # --- the run ---------------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        args = self.args
        share = 0.0 if args.distinct_only else args.near_duplicate_share
        articles = corpus.generate(args.articles, args.seed, share)
        sample = self.rng.sample(articles, max(5, len(articles) // 50))
        newer = [newer_version(a) for a in sample]
        expected_raw = len(articles) + 2 * len(newer) + len(poison_messages(args.seed))
        self.services.setup(self.settings)
        self.monitor.start()
        for worker in self.workers.values():
            worker.start()
        self.replay(articles, "articles")
        by_hand: list[Published] = publish_by_hand(self.settings, poison_messages(args.seed))
        self.events.append({"t": self.elapsed(), "event": "poison", "messages": [p.label for p in by_hand]})
        deadline = self.started + args.timeout
        for target, name in self.plan():
            self.wait_fraction(target, expected_raw, max(0.0, deadline - time.monotonic()))
            if name == "publish_newer":
                self.replay(newer, "newer")
            elif name == "replay_older":
                self.replay(sample, "older")
            else:
                self.fault(name)
        drained = self.wait_drained(expected_raw, deadline)
        stop_codes = {kind: worker.stop() for kind, worker in self.workers.items()}
        self.monitor.stop()
        until_idle = run_cli(["run", "--until-idle"], self.env, timeout=900, log_path=self.run_dir / "logs" / "run.log")
        report = ledger(self.settings, articles, by_hand, newer)
        return self.report(report, drained, stop_codes, until_idle, expected_raw)

    def wait_drained(self, expected_raw: int, deadline: float) -> Progress | None:
        while time.monotonic() < deadline:
            self.tick_for(2.0)
            latest = self.monitor.latest()
            if latest and latest.raw_end >= expected_raw and latest.drained and time.monotonic() - latest.at < 5:
                return latest
        return None

    def recovery(self, record: FaultRecord) -> float | None:
        """Seconds from the end of a fault until the affected group's committed offsets advanced.

        A killed enrich worker is measured on the raw topic's group, a killed index worker on the enriched
        topic's, the broker and Elasticsearch on both together. None: nothing was pending, or never.
        """
        def committed(sample: Progress) -> int:
            if record.name == "kill_enrich":
                return sample.raw_committed
            return sample.enriched_committed if record.name == "kill_index" else sample.committed

        before = [s for s in self.monitor.samples if s.at <= record.ended]
        base = committed(before[-1]) if before else 0
        for sample in self.monitor.samples:
            if sample.at > record.ended and committed(sample) > base:
                return round(sample.at - record.ended, 1)
        return None

    def report(self, accounts: dict[str, Any], drained: Progress | None, stop_codes: dict[str, int | None],
               until_idle: int, expected_raw: int) -> dict[str, Any]:
        samples = self.monitor.samples
        states = worker_state_files(self.settings.paths.state)
        return {
            "articles": self.args.articles,
            "expected_raw_messages": expected_raw,
            **accounts,
            "drained": drained is not None,
            "drained_after_s": round(drained.at - self.started, 1) if drained else None,
            "run_until_idle_exit_code": until_idle,
            "peak_lag": max((s.lag for s in samples), default=0),
            "peak_lag_raw": max((s.raw_end - s.raw_committed for s in samples), default=0),
            "peak_lag_enriched": max((s.enriched_end - s.enriched_committed for s in samples), default=0),
            "offset_outage_samples": self.monitor.outage_samples,
            "worker_restarts": {
                kind: {
                    "by_supervisor_observed": worker.supervisor_restarts,
                    "by_harness": self.harness_restarts[kind],
                    "exit_codes": worker.exits,
                    "from_state_file": restarts_in(states.get(kind)) if kind in states else None,
                    "children_killed": sum(1 for f in self.faults
                                           if f.name == f"kill_{kind}" and f.detail.get("role") == "child"),
                }
                for kind, worker in self.workers.items()
            },
            "worker_state_files": states,
            "worker_stop_exit_codes": stop_codes,
            "faults": [
                {"name": f.name, **f.detail, "lag_at_end": f.lag_at_end, "recovery_s": self.recovery(f)}
                for f in self.faults
            ],
            "events": self.events,
            "duration_s": self.elapsed(),
        }


def verdict(report: dict[str, Any]) -> list[str]:
    problems = []
    if report["missing"]:
        problems.append(f"missing={report['missing']} (published, neither indexed nor dead-lettered)")
    if report["stale_overwrites"]:
        problems.append(f"stale_overwrites={report['stale_overwrites']} (an older copy replaced the newer version)")
    if report["by_hand_unexpected"]:
        problems.append(f"hand-made messages with another outcome than expected: {report['by_hand_unexpected']}")
    for kind, restarts in report["worker_restarts"].items():
        if restarts["by_harness"]:
            problems.append(f"the {kind} supervisor itself exited {restarts['by_harness']} time(s)")
        if (restarts["from_state_file"] or 0) < restarts["children_killed"]:
            problems.append(f"{kind}: {restarts['children_killed']} children killed but the state file shows "
                            f"{restarts['from_state_file']} restarts")
    if not report["drained"]:
        problems.append("not drained: committed offsets never reached the end offsets before the timeout")
    if report["run_until_idle_exit_code"] != 0:
        problems.append(f"newsline run --until-idle exited {report['run_until_idle_exit_code']}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.chaos", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--near-duplicate-share", type=float, default=0.3)
    parser.add_argument("--distinct-only", action="store_true")
    parser.add_argument("--partitions", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=50)
    parser.add_argument("--freeze-s", type=float, default=ES_FREEZE_S)
    parser.add_argument("--timeout", type=float, default=None, help="seconds for the whole run (default by size)")
    parser.add_argument("--kafka-port", type=int, default=KAFKA_PORT, help="private broker port (controller: +1)")
    parser.add_argument("--es-port", type=int, default=ES_PORT, help="private Elasticsearch port")
    parser.add_argument("--keep-run-dir", action="store_true", help="keep corpus and worker logs")
    args = parser.parse_args(argv)
    args.timeout = args.timeout or 1200 + args.articles * 0.5
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("kafka").setLevel(logging.ERROR)
    RESULTS.mkdir(parents=True, exist_ok=True)
    run_dir = RESULTS / f"chaos-run-{args.kafka_port}"
    shutil.rmtree(run_dir, ignore_errors=True)
    with PrivateServices.started(kafka_port=args.kafka_port, controller_port=args.kafka_port + 1,
                                 es_port=args.es_port) as services:
        chaos = ChaosRun(args, services, run_dir)
        try:
            report = chaos.run()
        finally:
            for worker in chaos.workers.values():
                worker.stop(timeout=10)
    report["problems"] = verdict(report)
    (RESULTS / "chaos.json").write_text(json.dumps(report, indent=2) + "\n")
    if not args.keep_run_dir:
        shutil.rmtree(run_dir / "corpus", ignore_errors=True)
    print(json.dumps({k: report[k] for k in SUMMARY_KEYS}, indent=2))
    print("chaos: " + ("OK" if not report["problems"] else "FAILED: " + "; ".join(report["problems"])))
    print(f"full report: {RESULTS / 'chaos.json'}; worker logs: {run_dir / 'logs'}")
    return 1 if report["problems"] else 0


SUMMARY_KEYS = (
    "articles", "expected_raw_messages", "published_articles", "published_by_hand", "indexed", "dead_letters",
    "dead_letters_by_stage", "by_hand", "missing", "stale_overwrites", "drained", "run_until_idle_exit_code",
    "peak_lag", "worker_restarts", "faults", "duration_s",
)

if __name__ == "__main__":
    raise SystemExit(main())
