"""Cluster chaos: kill -9 a Kafka broker and an Elasticsearch node while articles flow; nothing is lost.

Usage: python -m bench.chaos_cluster [--articles 80] [--rate 1.0] [--keep]     (make chaos-cluster)

On a PRIVATE cluster (3 KRaft brokers 127.0.0.1:28092-28094 with controllers 28192-28194, 2 Elasticsearch
nodes 28200-28201 with transport 28300-28301, state dir ``.newsline-cluster/``; the shared services are never
touched) it runs ``newsline worker enrich`` and ``newsline worker index`` as subprocesses, publishes articles
at a steady rate, kill -9s the broker leading partition 0 of the raw topic, keeps it down until indexing went
on without it, starts it again and waits until every partition's ISR is full; then the same with the
Elasticsearch node that is not the elected master (a two-node cluster keeps a master only while the elected one
lives) until the cluster is green with both nodes. It then stops publishing and waits until every published
article is indexed or dead-lettered.

Figures (merged into bench/results/chaos.json under "cluster", other keys kept): for each kill how long the
node was down, how many documents were indexed meanwhile, the longest time without an indexed-document increase
from the kill until the node was restarted (and the same before
the first kill, for comparison), the seconds to rejoin after the restart, and missing (must be 0).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsline_dev import services
from newsline_dev.stopping import sigterm_raises
from pipeline.models import Article, DeadLetter, decode, encode
from pipeline.settings import PROJECT_ROOT, WORK_ROOT, Settings, load_settings

log = logging.getLogger("bench.chaos_cluster")

RESULTS = PROJECT_ROOT / "bench" / "results" / "chaos.json"
STATE = WORK_ROOT / ".newsline-cluster"
# below the ephemeral port range (32768-60999): an outgoing connection can never hold one of them
KAFKA_PORT, CONTROLLER_PORT, ES_PORT, TRANSPORT_PORT = 28092, 28192, 28200, 28300
BROKERS, ES_NODES = 3, 2


def cluster_settings(state: Path = STATE, tag: str | None = None) -> Settings:
    """The private cluster's settings, with topics, groups and index prefix of their own (``tag``)."""
    base = load_settings()
    tag = tag or uuid.uuid4().hex[:8]
    topics = base.kafka.topics.model_copy(
        update={"raw": f"c.{tag}.raw", "enriched": f"c.{tag}.enriched", "dead_letter": f"c.{tag}.dlq", "partitions": 3}
    )
    kafka = base.kafka.model_copy(
        update={"bootstrap_servers": f"127.0.0.1:{KAFKA_PORT}", "controller_port": CONTROLLER_PORT, "topics": topics}
    )
    es = base.elasticsearch.model_copy(update={"url": f"http://127.0.0.1:{ES_PORT}", "index_prefix": f"chaos-{tag}"})
    svc = base.services.model_copy(
        update={"kafka_brokers": BROKERS, "es_nodes": ES_NODES, "es_transport_port": TRANSPORT_PORT, "secure": False}
    )
    workers = base.workers.model_copy(update={"enrich_group": f"c.{tag}.enrich", "index_group": f"c.{tag}.index"})
    ner = base.enrich.ner_service.model_copy(update={"languages": ()})  # English corpus: no private CoreNLP
    enrich = base.enrich.model_copy(update={"cluster_store": "memory", "processes": 1, "ner_service": ner})
    paths = base.paths.model_copy(update={"state": state})
    settings = base.model_copy(
        update={"kafka": kafka, "elasticsearch": es, "services": svc, "workers": workers, "enrich": enrich,
                "paths": paths}
    )
    return services.client_settings(settings)  # every broker and node listed: clients survive any one


def worker_env(settings: Settings) -> dict[str, str]:
    """``NEWSLINE_*`` for a worker subprocess on the cluster (settings of its own, not the shared services)."""
    kafka, es = settings.kafka, settings.elasticsearch
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLINE_")}
    return env | {
        "NEWSLINE_PATHS_STATE": str(settings.paths.state),
        "NEWSLINE_KAFKA_BOOTSTRAP_SERVERS": kafka.bootstrap_servers,
        "NEWSLINE_KAFKA_TOPICS": kafka.topics.model_dump_json(),
        "NEWSLINE_ELASTICSEARCH_URL": es.url,
        "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": es.index_prefix,
        "NEWSLINE_WORKERS_ENRICH_GROUP": settings.workers.enrich_group,
        "NEWSLINE_WORKERS_INDEX_GROUP": settings.workers.index_group,
        "NEWSLINE_ENRICH_CLUSTER_STORE": settings.enrich.cluster_store,
        "NEWSLINE_ENRICH_PROCESSES": str(settings.enrich.processes),
    }


def start_workers(settings: Settings, logs: Path) -> list[subprocess.Popen[bytes]]:
    logs.mkdir(parents=True, exist_ok=True)
    procs = []
    for kind in ("enrich", "index"):
        with open(logs / f"worker-{kind}.log", "ab") as out:
            cmd = [sys.executable, "-m", "pipeline", "worker", kind]
            procs.append(subprocess.Popen(cmd, env=worker_env(settings), stdout=out, stderr=subprocess.STDOUT,
                                          cwd=PROJECT_ROOT))
    return procs


def stop_workers(procs: Sequence[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def articles(count: int) -> list[Article]:
    from bench.enrich import corpus

    return corpus(count)


@dataclass
class Publisher:
    """Publishes ``items`` at ``rate`` per second in a thread until they run out or ``stop`` is set; an article
    counts once Kafka acknowledged it."""

    settings: Settings
    items: list[Article]
    rate: float
    published: list[str] = field(default_factory=list)
    retries: int = 0
    stop: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="publisher", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from pipeline.kafka.producer import Producer

        with Producer(self.settings.kafka, client_id="chaos-cluster") as producer:
            for item in self.items:
                if self.stop.is_set():
                    break
                started = time.monotonic()
                while True:
                    producer.send(self.settings.kafka.topics.raw, item.id, encode(item))
                    if not producer.flush(30):
                        break
                    self.retries += 1  # not acknowledged (e.g. its leader died): the same article again
                self.published.append(item.id)
                time.sleep(max(0.0, 1 / self.rate - (time.monotonic() - started)))

    def finish(self, timeout: float) -> None:
        """Stop publishing and wait for the article in flight to be acknowledged."""
        self.stop.set()
        if self.thread is not None:
            self.thread.join(timeout)


@dataclass
class Progress:
    """Samples the indexed-document count every ``interval`` s (errors count as no progress)."""

    settings: Settings
    interval: float = 0.5
    samples: list[tuple[float, int]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        threading.Thread(target=self._run, name="progress", daemon=True).start()

    def _run(self) -> None:
        from pipeline.index.client import make_client

        alias = self.settings.elasticsearch.read_alias
        with make_client(self.settings.elasticsearch, request_timeout=5) as client:
            while not self.stop.is_set():
                try:
                    self.samples.append((time.monotonic(), int(client.count(index=alias)["count"])))
                except Exception as exc:  # noqa: BLE001 - a failed sample is "no progress", logged
                    log.debug("event=sample_failed error=%s", type(exc).__name__)
                self.stop.wait(self.interval)

    def count(self) -> int:
        return self.samples[-1][1] if self.samples else 0

    def longest_stall(self, start: float, end: float) -> float:
        """Longest time in [start, end] without an increase of the count (a gap open at ``end`` counts)."""
        last, longest, previous = start, 0.0, None
        for at, count in self.samples:
            if at < start:
                previous = count
                continue
            if at > end:
                break
            if previous is not None and count > previous:
                longest, last = max(longest, at - last), at
            previous = count
        return round(max(longest, min(end, time.monotonic()) - last), 1)


def wait_for(check: Callable[[], bool], timeout: float, step: float = 1.0) -> float | None:
    """Seconds until ``check()`` held, or None after ``timeout`` (exceptions count as not yet)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            if check():
                return round(time.monotonic() - started, 1)
        except Exception as exc:  # noqa: BLE001 - a node coming back answers with errors for a while
            log.debug("event=check_failed error=%s", type(exc).__name__)
        time.sleep(step)
    return None


def kill_node(settings: Settings, name: str) -> int:
    """kill -9 the process group of local node ``name`` (Elasticsearch's launcher and its server JVM)."""
    spec = {s["name"]: s for s in _specs(settings)}[name]
    pid = int(Path(spec["pid_file"]).read_text().strip())
    os.killpg(pid, signal.SIGKILL)
    log.info("event=killed node=%s pid=%s", name, pid)
    return pid


def _specs(settings: Settings) -> list[dict[str, Any]]:
    from newsline_dev.services import elasticsearch, kafka

    return [{"name": s.name, "pid_file": s.pid_file} for s in kafka.specs(settings) + elasticsearch.specs(settings)]


def broker_to_kill(settings: Settings) -> tuple[str, dict[str, Any]]:
    """The leader of the raw topic's partition 0, and every partition it leads."""
    from pipeline.kafka.admin import topic_names
    from pipeline.topology import kafka_topology

    topo = kafka_topology(settings.kafka, topic_names(settings.kafka))
    leader = topo["partitions"][settings.kafka.topics.raw][0]["leader"]
    led = [f"{t}[{p['partition']}]" for t, parts in topo["partitions"].items() for p in parts if p["leader"] == leader]
    return f"kafka-{leader}", {"broker_id": leader, "leads": led, "was_controller": topo["controller"] == leader}


def es_node_to_kill(settings: Settings) -> tuple[str, dict[str, Any]]:
    """The node that is not the elected master (losing the master stops a two-node cluster), and its shards."""
    from pipeline.topology import es_topology

    topo = es_topology(settings.elasticsearch)
    node = next(n["name"] for n in topo["nodes"] if not n["master"])
    held = [f"{s['index']}[{s['shard']}]{'p' if s['primary'] else 'r'}" for s in topo["shards"] if s["node"] == node]
    return f"elasticsearch-{node.rsplit('-', 1)[1]}", {"node": node, "shards": held}


def kafka_in_sync(settings: Settings) -> bool:
    from pipeline.kafka.admin import topic_names
    from pipeline.topology import kafka_topology

    topo = kafka_topology(settings.kafka, topic_names(settings.kafka))
    return len(topo["brokers"]) == BROKERS and not topo["under_replicated"]


def es_green(settings: Settings) -> bool:
    from pipeline.topology import es_topology

    topo = es_topology(settings.elasticsearch)
    return topo["status"] == "green" and len(topo["nodes"]) == ES_NODES and all(
        s["state"] == "STARTED" for s in topo["shards"]
    )


def accounted(settings: Settings, published: list[str]) -> dict[str, Any]:
    """Which published ids are indexed, dead-lettered, or missing."""
    from pipeline.index.client import make_client
    from tests.support.topics import read_topic

    with make_client(settings.elasticsearch) as client:
        found = client.mget(index=settings.elasticsearch.read_alias, ids=published, source=False)["docs"]
    indexed = {doc["_id"] for doc in found if doc.get("found")}
    letters = [decode(v, DeadLetter) for v in read_topic(settings, settings.kafka.topics.dead_letter)]
    dead = {letter.article_id for letter in letters if letter.article_id}
    missing = sorted(set(published) - indexed - dead)
    return {"published": len(published), "indexed": len(indexed), "dead_letters": len(letters),
            "missing": len(missing), "missing_ids": missing[:10]}


def fault(settings: Settings, progress: Progress, pick: Callable[[Settings], tuple[str, dict[str, Any]]],
          check: Callable[[Settings], bool], down_s: float, max_down_s: float) -> dict[str, Any]:
    """Kill the node ``pick`` chooses and keep it down at least ``down_s`` s and until indexing went on without
    it (at most ``max_down_s`` s); then start it again and wait until ``check`` says it rejoined."""
    name, detail = pick(settings)
    killed_at = time.monotonic()
    kill_node(settings, name)
    at_kill = _count_at(progress, killed_at)
    time.sleep(down_s)
    wait_for(lambda: progress.count() > at_kill, max(0.0, max_down_s - down_s), step=0.5)
    detail |= {"killed": name, "indexed_at_kill": at_kill, "down_s": round(time.monotonic() - killed_at, 1),
               "indexed_while_down": progress.count() - at_kill,
               "no_progress_s": progress.longest_stall(killed_at, time.monotonic())}
    detail["restart_s"] = round(services.start_node(settings, name), 1)
    detail["rejoined_s"] = wait_for(lambda: check(settings), 180)
    return detail


def _count_at(progress: Progress, at: float) -> int:
    return max((count for when, count in progress.samples if when <= at), default=0)


FAULTS: dict[str, tuple[Callable[[Settings], tuple[str, dict[str, Any]]], Callable[[Settings], bool]]] = {
    "kafka_broker_kill": (broker_to_kill, kafka_in_sync),
    "elasticsearch_node_kill": (es_node_to_kill, es_green),
}


def run(settings: Settings, count: int = 80, rate: float = 1.0, down_s: float = 25.0, max_down_s: float = 120.0,
        drain_s: float = 300.0, faults: Sequence[str] = tuple(FAULTS), calm_s: float = 8.0) -> dict[str, Any]:
    """The scenario on a running cluster (``services.up`` first); returns the figures.

    Articles are published at ``rate`` from the start until every fault is over (``count`` at least, so some
    flow before the first kill however long the workers take to start). After ``calm_s`` s of indexing without a
    fault (the baseline), the ``faults`` (keys of ``FAULTS``, in order; both by default) follow one another: each
    node stays down ``down_s`` s and until indexing went on without it (``max_down_s`` at most), and is back
    before the next kill, so the figures of one fault are not the other's.
    """
    from pipeline.provision import run_setup

    run_setup(settings)
    tag = settings.elasticsearch.index_prefix
    procs = start_workers(settings, settings.paths.state / "chaos-logs" / tag)
    budget = count + int(rate * (300 + 2 * (max_down_s + 180)))  # never runs out while the scenario runs
    progress, publisher = Progress(settings), Publisher(settings, articles(budget), rate)
    try:
        progress.start()
        publisher.start()
        if wait_for(lambda: progress.count() >= 3, 300) is None:
            raise RuntimeError("no article was indexed within 300 s of the start")
        calm_from = time.monotonic()
        time.sleep(calm_s)
        baseline = progress.longest_stall(calm_from, time.monotonic())
        figures = {name: fault(settings, progress, *FAULTS[name], down_s, max_down_s) for name in faults}
        wait_for(lambda: len(publisher.published) >= count, count / rate + 60)
        publisher.finish(120)
        drained = wait_for(lambda: progress.count() >= len(publisher.published), drain_s)
        result = accounted(settings, publisher.published)
    finally:
        publisher.stop.set()
        progress.stop.set()
        stop_workers(procs)
    return result | {"rate_per_s": rate, "publish_retries": publisher.retries, "drained_s": drained,
                     "baseline_no_progress_s": baseline} | figures


def merge_results(figures: dict[str, Any], path: Path = RESULTS) -> None:
    """Write ``figures`` under "cluster" in ``path``, keeping every other key."""
    data = json.loads(path.read_text()) if path.is_file() else {}
    data["cluster"] = figures
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=80)
    parser.add_argument("--rate", type=float, default=1.0, help="articles published per second")
    parser.add_argument("--keep", action="store_true", help="leave the private cluster running afterwards")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = cluster_settings()
    with sigterm_raises():  # stopped with SIGTERM, the workers and the private cluster still go down
        services.up(settings, timeout=300)
        try:
            figures = run(settings, args.articles, args.rate)
        finally:
            if not args.keep:
                services.down(settings)
    figures["measured_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    merge_results(figures)
    print(json.dumps(figures, indent=2))
    return 0 if figures["missing"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
