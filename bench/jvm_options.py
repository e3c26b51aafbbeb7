"""What ``services.jvm_options`` costs and saves: a private Kafka + Elasticsearch pair with the full JIT and with
the JIT's first tier only (``-XX:TieredStopAtLevel=1``, what ``make test`` uses), started and given the same
small workload, each service's CPU seconds (its process group's user + system time) read from /proc.

The workload is the shape of a test suite's: ``--setups`` isolated setups (topics, index template, write index,
watchlist, alert and revision indices, as ``newsline services up`` creates them), then ``--messages`` Kafka
records produced and read back and ``--docs`` documents bulk-indexed and searched ``--searches`` times. The
variants alternate for ``--rounds`` rounds (so drift on a shared machine hits both); the result is each figure's
median and the first tier's ratio to the full JIT's. Nothing is asserted: the machine is shared.

Usage: python -m bench.jvm_options [--rounds N] [--setups N] [--messages N] [--docs N] [--searches N]
Results: bench/results/jvm_options.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from elasticsearch import helpers
from kafka import KafkaConsumer, KafkaProducer

from bench import procstat
from bench.private_services import PrivateServices, scoped
from pipeline.index.client import make_client
from pipeline.kafka.config import client_options
from pipeline.provision import run_setup
from pipeline.settings import PROJECT_ROOT, Settings

RESULTS = PROJECT_ROOT / "bench" / "results" / "jvm_options.json"
VARIANTS: dict[str, list[str]] = {"full JIT": [], "first tier": ["-XX:TieredStopAtLevel=1"]}
KAFKA_PORT, CONTROLLER_PORT, ES_PORT = 30092, 30093, 30200  # beside make test's private services


def service_cpu(services: PrivateServices) -> dict[str, float]:
    return {name: procstat.group_cpu_s(services.pid(name) or 0) for name in ("kafka", "elasticsearch")}


def kafka_round_trip(settings: Settings, messages: int) -> None:
    topic = settings.kafka.topics.raw
    producer = KafkaProducer(**client_options(settings.kafka, "bench-jvm"), acks="all")
    for n in range(messages):
        producer.send(topic, json.dumps({"n": n, "text": "word " * 100}).encode())
    producer.flush()
    producer.close()
    consumer = KafkaConsumer(topic, **client_options(settings.kafka, "bench-jvm"), group_id="bench-jvm",
                             auto_offset_reset="earliest", consumer_timeout_ms=10_000)
    read = sum(1 for _ in zip(range(messages), consumer, strict=False))
    consumer.close()
    if read != messages:
        raise SystemExit(f"read {read} of {messages} records back from {topic}")


def index_and_search(settings: Settings, docs: int, searches: int) -> None:
    es_settings = settings.elasticsearch
    actions = ({"_index": es_settings.write_alias, "_id": str(n),
                "_source": {"title": f"story {n}", "text": f"word{n % 50} " * 80}} for n in range(docs))
    with make_client(es_settings) as es:
        indexed, _ = helpers.bulk(es, actions, raise_on_error=False, refresh="wait_for", stats_only=True)
        if indexed != docs:
            raise SystemExit(f"{docs - indexed} of {docs} documents not indexed")
        for n in range(searches):
            es.search(index=es_settings.read_alias, query={"match": {"text": f"word{n % 50}"}}, size=10)


def workload(services: PrivateServices, args: argparse.Namespace, variant: str) -> None:
    for n in range(args.setups):
        settings = scoped(services.settings, f"jvm-{variant.replace(' ', '-').lower()}-{n}")
        run_setup(settings)
        if n == 0:
            kafka_round_trip(settings, args.messages)
            index_and_search(settings, args.docs, args.searches)


def one_run(variant: str, args: argparse.Namespace) -> dict[str, float]:
    started = time.monotonic()
    with PrivateServices.started(kafka_port=KAFKA_PORT, controller_port=CONTROLLER_PORT, es_port=ES_PORT,
                                 jvm_options=VARIANTS[variant]) as services:
        ready = service_cpu(services)
        ready_s = time.monotonic() - started
        work_started = time.monotonic()
        workload(services, args, variant)
        done = service_cpu(services)
    figures = {f"{name}_start_cpu_s": ready[name] for name in ready}
    figures |= {f"{name}_workload_cpu_s": done[name] - ready[name] for name in done}
    figures |= {"ready_s": ready_s, "workload_s": time.monotonic() - work_started}
    figures["total_cpu_s"] = sum(done.values())
    print(f"variant={variant!r} " + " ".join(f"{k}={v:.1f}" for k, v in figures.items()), flush=True)
    return figures


def summarize(runs: dict[str, list[dict[str, float]]]) -> dict[str, Any]:
    medians = {v: {k: round(statistics.median(r[k] for r in rows), 2) for k in rows[0]} for v, rows in runs.items()}
    full, first = medians["full JIT"], medians["first tier"]
    ratios = {k: round(first[k] / full[k], 3) for k in full if full[k]}
    return {"medians": medians, "first_tier_over_full": ratios}


def count(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=count, default=2)
    parser.add_argument("--setups", type=count, default=10)
    parser.add_argument("--messages", type=count, default=2000)
    parser.add_argument("--docs", type=count, default=2000)
    parser.add_argument("--searches", type=count, default=300)
    args = parser.parse_args(argv)
    runs: dict[str, list[dict[str, float]]] = {variant: [] for variant in VARIANTS}
    for n in range(args.rounds):
        order = list(VARIANTS) if n % 2 == 0 else list(reversed(VARIANTS))
        for variant in order:
            runs[variant].append(one_run(variant, args))
    result = {"measured_at": datetime.now(UTC).isoformat(timespec="seconds"), "workload": vars(args),
              "flags": VARIANTS, **summarize(runs), "runs": runs}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result["first_tier_over_full"]), f"-> {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
