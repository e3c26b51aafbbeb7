"""Throughput against the machine's CPU limit, on synthetic news traffic (bench/corpus.py).

Usage: python -m bench.throughput [--articles 2000] [--seed 7] [--latency-s 60] [--english-only]
       (needs `newsline services up`)

The corpus is a European newsroom's mix (bench.corpus.NEWSROOM_MIX: 55% English, German, Spanish, French,
Italian, Dutch, Polish, Portuguese by story; ``--english-only`` for the English corpus of earlier runs). One run, on isolated
topics/indices:
1. Stage CPU: every stage of the path measured on the corpus, in CPU seconds per article: decode, each
   enrichment step (the cluster step against a scratch Elasticsearch store; the corpus's languages one after
   the other, in worker-sized batches), the CoreNLP NER server's JVM (German, Spanish), encode, Kafka (this
   process's produce + consume of the raw and enriched payloads, plus the broker's CPU), indexing
   (article_document + bulk, plus Elasticsearch's CPU). Broker, CoreNLP and Elasticsearch CPU come from
   /proc/<pid>/stat and the node stats; the services are shared, so the rate measured while idle just before
   is subtracted. ``cpu_limit_articles_per_s`` = cores / the sum of the stages. ``stages.languages``: the
   enrich CPU per article of each language (every step, entities with the JVM's share, Elasticsearch's).
2. End to end, warm (the headline figure): long-running `newsline worker enrich` (default processes) and
   `newsline worker index` are started and warmed with one article of each language on every raw partition
   (every process loads every model; ``start_up_s``), then `newsline replay` of the corpus is timed until every
   article is searchable: ``end_to_end_articles_per_s`` = articles / that time. Like the stage figures, whose
   models are loaded before timing, it leaves out start-up, which a long-running pipeline pays once.
   ``end_to_end_over_cpu_limit`` is its ratio to the CPU limit. Cold, beside it: `newsline replay` of the corpus
   files, then the default `newsline run --until-idle`, both as subprocesses, model loading included:
   ``cold_end_to_end_articles_per_s`` = articles / (replay + drain seconds).
3. Freshness: the same warmed workers; a paced
   producer publishes at half the measured maximum rate; publish -> searchable latency p50/p95 (a poller
   sees each document in search). The enrich processes' peak RSS is read from /proc while they run.
Results: bench/results/throughput.json.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from bench import procstat
from bench.corpus import ENGLISH, NEWSROOM_MIX, generate, write_json
from newsline_dev.stopping import sigterm_raises
from pipeline.backoff import Backoff
from pipeline.cores import usable_cores
from pipeline.index.bulk import bulk_index
from pipeline.index.client import make_client
from pipeline.index.document import article_document
from pipeline.kafka.producer import Producer
from pipeline.models import Article, EnrichedArticle, decode, encode
from pipeline.provision import run_setup
from pipeline.settings import PROJECT_ROOT, Settings, load_settings

RESULTS = PROJECT_ROOT / "bench" / "results"
CLI = [sys.executable, "-m", "pipeline"]
IDLE_SAMPLE_S = 3.0
WARM_CORPUS = 400  # articles generated for the warm-up (one per language and raw partition is sent)


def isolated(settings: Settings, tag: str) -> Settings:
    topics = settings.kafka.topics.model_copy(
        update={"raw": f"bench.{tag}.raw", "enriched": f"bench.{tag}.enriched", "dead_letter": f"bench.{tag}.dlq"}
    )
    workers = settings.workers.model_copy(update={"enrich_group": f"bench.{tag}.e", "index_group": f"bench.{tag}.i"})
    return settings.model_copy(update={
        "kafka": settings.kafka.model_copy(update={"topics": topics}),
        "elasticsearch": settings.elasticsearch.model_copy(update={"index_prefix": f"bench-{tag}"}),
        "workers": workers,
    })


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


# --- service CPU ----------------------------------------------------------------------------------------------

def listening_pid(port: int) -> int | None:
    """The pid of the process listening on ``port`` (/proc/net/tcp{,6} inode -> /proc/*/fd), if readable."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{fields[9]}]")
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if any(os.readlink(fd) in inodes for fd in (proc / "fd").iterdir()):
                return int(proc.name)
        except OSError:
            continue
    return None


class ServiceCpu:
    """CPU seconds used by Kafka (broker pid), Elasticsearch (node stats) and the CoreNLP NER server (its JVM's
    pid, when it listens on this machine), net of their idle rate."""

    def __init__(self, settings: Settings, idle_sample_s: float = IDLE_SAMPLE_S) -> None:
        self.settings = settings
        self.idle_sample_s = idle_sample_s  # how long each block's idle rate is sampled before the block
        self.kafka_pid = listening_pid(settings.kafka.port)
        self.corenlp_pid = listening_pid(settings.enrich.ner_service.port)

    def read(self) -> dict[str, float | None]:
        with make_client(self.settings.elasticsearch) as es:
            nodes = es.nodes.stats(metric="process")["nodes"].values()
        es_cpu = sum(n["process"]["cpu"]["total_in_millis"] for n in nodes) / 1000
        kafka = procstat.cpu_s(self.kafka_pid) if self.kafka_pid else None
        corenlp = procstat.cpu_s(self.corenlp_pid) if self.corenlp_pid else None
        return {"kafka": kafka, "elasticsearch": es_cpu, "corenlp": corenlp}

    def idle_rate(self) -> dict[str, float | None]:
        before, start = self.read(), time.perf_counter()
        time.sleep(self.idle_sample_s)
        after, seconds = self.read(), time.perf_counter() - start
        return {k: None if before[k] is None else (after[k] - before[k]) / seconds for k in before}  # type: ignore[operator]

    @contextmanager
    def measure(self, out: dict[str, float | None]) -> Iterator[None]:
        """Fill ``out`` with each service's CPU seconds during the block, minus its idle rate x the block's time."""
        idle = self.idle_rate()
        before, start = self.read(), time.perf_counter()
        yield
        after, seconds = self.read(), time.perf_counter() - start
        for key in before:
            if before[key] is None:
                out[key] = None
            else:
                used = after[key] - before[key] - (idle[key] or 0.0) * seconds  # type: ignore[operator]
                out[key] = max(used, 0.0)
                out[key + "_idle_rate"] = idle[key]


# --- stage CPU ------------------------------------------------------------------------------------------------

def cpu(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def by_language(articles: list[Article]) -> dict[str, list[Article]]:
    """The corpus's articles per (generated) language, most articles first, corpus order kept within each."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        groups[article.language or "und"].append(article)
    return dict(sorted(groups.items(), key=lambda item: -len(item[1])))


def language_figures(
    lang: str, articles: list[Article], results: list[Any], steps: dict[str, float], used: dict[str, float | None]
) -> dict[str, Any]:
    """One language's enrich CPU per article: each step (this process), the CoreNLP JVM, Elasticsearch."""
    n = len(articles)
    corenlp = (used.get("corenlp") or 0.0) + (used.get("frog") or 0.0)  # the NER outside this process
    detected = [r.enrichment.language.code for r in results]
    skipped = sum("entities" in r.enrichment.skipped for r in results)
    client = sum(steps.values())
    return {
        "articles": n,
        "detected_as_generated": round(sum(code == lang for code in detected) / n, 3),
        "entities_skipped": skipped,
        "ms_per_article": {k: round(1000 * v / n, 3) for k, v in steps.items()},
        "entities_ms_per_article": round(1000 * (steps.get("entities", 0.0) + corenlp) / n, 3),
        "corenlp_jvm_ms_per_article": round(1000 * (used.get("corenlp") or 0.0) / n, 3),
        "frog_ms_per_article": round(1000 * (used.get("frog") or 0.0) / n, 3),
        "enrich_ms_per_article": round(1000 * (client + corenlp + (used.get("elasticsearch") or 0.0)) / n, 3),
    }


def _frog_cpu() -> float:
    """CPU seconds of this process's Frog child so far (0 without one)."""
    from pipeline.enrich.entities import frog

    pid = frog.child_pid()
    return procstat.cpu_s(pid) if pid else 0.0


def enrich_stages(
    settings: Settings, articles: list[Article], services: ServiceCpu
) -> tuple[dict[str, float], list[EnrichedArticle], dict[str, Any]]:
    """CPU seconds per step over the corpus (worker-sized batches of one language at a time), the cluster and
    event stores on Elasticsearch, the CoreNLP server's CPU for the languages it serves; and the same per language."""
    from pipeline.enrich.clusters.factory import cluster_index, make_store
    from pipeline.enrich.enricher import enrich_batch
    from pipeline.enrich.entities import ner
    from pipeline.enrich.events.factory import event_index, make_event_store
    from pipeline.enrich.steps import all_steps
    from pipeline.enrich.steps.event import event_step

    steps = all_steps(make_store(settings), event_step(make_event_store(settings), settings.enrich.events))
    groups = by_language(articles)
    for group in groups.values():  # load the models (and warm the CoreNLP server), untimed
        enrich_batch(group[:2], [s for s in steps if s.name not in ("cluster", "event")])
    totals: dict[str, float] = defaultdict(float)
    size = settings.workers.batch_size
    results: list[Any] = []
    languages: dict[str, Any] = {}
    for lang, group in groups.items():
        timed_steps: dict[str, float] = defaultdict(float)
        used: dict[str, float | None] = {}

        def add(name: str, seconds: float, into: dict[str, float] = timed_steps) -> None:
            into[name] += seconds

        done: list[Any] = []
        frog_before = _frog_cpu()
        with services.measure(used):
            for i in range(0, len(group), size):
                done += enrich_batch(group[i : i + size], steps, timer=add)
        used["frog"] = _frog_cpu() - frog_before  # Dutch NER: a child of this process, not in process_time
        assert all(isinstance(r, EnrichedArticle) for r in done), f"an enrichment step failed ({lang})"
        if lang not in ner.service_languages():
            used["corenlp"] = 0.0  # the server gets no request for this language: its CPU meanwhile is others'
        languages[lang] = language_figures(lang, group, done, timed_steps, used)
        for name, seconds in timed_steps.items():
            totals[name] += seconds
        totals["cluster_elasticsearch"] += used["elasticsearch"] or 0.0
        totals["entities_corenlp"] += used.get("corenlp") or 0.0
        totals["entities_frog"] += used["frog"] or 0.0
        results += done
    with make_client(settings.elasticsearch) as es:
        es.indices.delete(index=cluster_index(settings), ignore_unavailable=True)
        es.indices.delete(index=event_index(settings), ignore_unavailable=True)
    order = {a.id: i for i, a in enumerate(articles)}
    results.sort(key=lambda r: order[r.article.id])
    cache = {"lines": ner.CACHE.lines, "line_cache_hits": ner.CACHE.hits, "lines_through_model": ner.CACHE.misses,
             "corenlp_measured": services.corenlp_pid is not None, "languages": languages}
    return dict(totals), results, cache


def kafka_stage(settings: Settings, payloads: list[bytes], services: ServiceCpu) -> dict[str, float | None]:
    """Produce ``payloads`` to a scratch topic and consume them back (no group): client CPU and broker CPU."""
    from kafka import KafkaConsumer, TopicPartition

    from pipeline.kafka.admin import ensure_topics
    from pipeline.kafka.config import client_options

    topic = f"{settings.kafka.topics.raw}.transport.{uuid.uuid4().hex[:6]}"
    ensure_topics(settings.kafka, [topic])

    def run() -> None:
        with Producer(settings.kafka, client_id="bench") as producer:
            producer.send_many(topic, ((None, p) for p in payloads))
            producer.flush_or_raise()
        consumer = KafkaConsumer(**client_options(settings.kafka, "bench"), enable_auto_commit=False)
        parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or []]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        seen = 0
        while seen < len(payloads):
            seen += sum(len(r) for r in consumer.poll(timeout_ms=1000).values())
        consumer.close()

    used: dict[str, float | None] = {}
    with services.measure(used):
        client, _ = cpu(run)
    from pipeline.kafka.admin import delete_topics

    delete_topics(settings.kafka, [topic])
    return {"client": client, "broker": used["kafka"]}


def index_stage(settings: Settings, enriched: list[EnrichedArticle], services: ServiceCpu) -> dict[str, float | None]:
    from pipeline.index.template import ensure_index

    es_settings = settings.elasticsearch.model_copy(update={"index_prefix": settings.elasticsearch.index_prefix + "-alone"})
    used: dict[str, float | None] = {}
    with make_client(es_settings) as es:
        ensure_index(es, es_settings)
        batch = settings.workers.batch_size

        def run() -> None:
            for i in range(0, len(enriched), batch):
                chunk = enriched[i : i + batch]
                docs = {e.id: article_document(e, datetime.now(UTC)) for e in chunk}
                bulk_index(es, es_settings.write_alias, docs, Backoff(initial_s=0.5, max_s=10, max_retries=5))

        with services.measure(used):
            client, _ = cpu(run)
        es.indices.delete(index=f"{es_settings.index_prefix}-v*")
        es.indices.delete_index_template(name=es_settings.index_prefix)
    return {"client": client, "elasticsearch": used["elasticsearch"]}


def stage_cpu(settings: Settings, articles: list[Article], idle_sample_s: float = IDLE_SAMPLE_S) -> dict[str, Any]:
    """Seconds of CPU per article for every stage; the services' share as measured (net of their idle rate, sampled
    ``idle_sample_s`` before each stage)."""
    n = len(articles)
    services = ServiceCpu(settings, idle_sample_s)
    raw = [encode(a) for a in articles]
    decode_s, _ = cpu(lambda: [decode(p, Article) for p in raw])
    steps, enriched, cache = enrich_stages(settings, articles, services)
    languages = cache.pop("languages")
    encode_s, out = cpu(lambda: [encode(e) for e in enriched])
    kafka_raw = kafka_stage(settings, raw, services)
    kafka_enriched = kafka_stage(settings, out, services)
    index = index_stage(settings, enriched, services)
    stages: dict[str, float] = {"decode": decode_s}
    stages.update({f"enrich.{name}": s for name, s in steps.items()})
    stages["encode"] = encode_s
    stages["kafka.client"] = (kafka_raw["client"] or 0) + (kafka_enriched["client"] or 0)
    stages["kafka.broker"] = (kafka_raw["broker"] or 0) + (kafka_enriched["broker"] or 0)
    stages["index.client"] = index["client"] or 0.0
    stages["index.elasticsearch"] = index["elasticsearch"] or 0.0
    per_article = {k: v / n for k, v in stages.items()}
    total = sum(per_article.values())
    cores = usable_cores()
    return {
        "cores": cores,
        "ms_per_article": {k: round(1000 * v, 3) for k, v in per_article.items()},
        "ms_per_article_total": round(1000 * total, 3),
        "cpu_limit_articles_per_s": round(cores / total, 2),
        "kafka_broker_measured": services.kafka_pid is not None,
        "ner": cache,
        "languages": languages,
        "bytes_per_article": {"raw": sum(map(len, raw)) // n, "enriched": sum(map(len, out)) // n},
    }


# --- end to end (subprocesses) --------------------------------------------------------------------------------

def write_config(settings: Settings, path: Path) -> dict[str, str]:
    """A YAML config of ``settings`` (no secrets: the local services have none) and the env that selects it."""
    data = settings.model_dump(mode="json", exclude_none=True)
    path.write_text(yaml.safe_dump(data))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLINE_")}
    return {**env, "NEWSLINE_CONFIG": str(path)}


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, cwd=PROJECT_ROOT)
    if done.returncode:
        raise RuntimeError(f"newsline {' '.join(args)} exited {done.returncode}: {done.stderr[-2000:]}")
    return done


def indexed_count(settings: Settings) -> int:
    with make_client(settings.elasticsearch) as es:
        es.indices.refresh(index=settings.elasticsearch.read_alias)
        return int(es.count(index=settings.elasticsearch.read_alias)["count"])


def end_to_end(settings: Settings, articles: list[Article], tmp: Path) -> dict[str, Any]:
    files = write_json(articles, tmp / "corpus")
    env = write_config(settings, tmp / "e2e.yaml")
    replay_s, _ = timed(lambda: cli(env, "replay", str(tmp / "corpus")))
    drain_s, done = timed(lambda: cli(env, "run", "--until-idle", "--json"))
    count = indexed_count(settings)
    n = len(articles)
    return {
        "files": len(files), "indexed": count, "replay_s": round(replay_s, 2), "run_until_idle_s": round(drain_s, 2),
        "end_to_end_articles_per_s": round(n / (replay_s + drain_s), 2),
        "run_until_idle_articles_per_s": round(n / drain_s, 2), "run_output": done.stdout.strip()[-400:],
    }


def start_workers(env: dict[str, str]) -> list[subprocess.Popen[bytes]]:
    """Long-running `newsline worker enrich` (default processes) and `newsline worker index`."""
    return [subprocess.Popen([*CLI, "worker", kind], env=env, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL) for kind in ("enrich", "index")]


def stop_workers(workers: list[subprocess.Popen[bytes]]) -> None:
    for proc in workers:
        proc.send_signal(signal.SIGTERM)
    for proc in workers:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


def warm_up(settings: Settings, warm: list[Article]) -> int:
    """Send one article of each language in ``warm`` to every raw partition (so every enrich process loads every
    language's models and the CoreNLP server each language's; a language with fewer articles than partitions
    warms as many as it has), wait until all are searchable; return how many."""
    from kafka import KafkaProducer

    from pipeline.kafka.config import client_options

    firsts = by_language(warm)
    partitions = settings.kafka.topics.partitions
    chosen = [pair for group in firsts.values() for pair in zip(range(partitions), group, strict=False)]
    producer = KafkaProducer(**client_options(settings.kafka, "bench-warm"), acks="all")
    try:
        for partition, article in chosen:
            fresh = article.model_copy(update={"fetched_at": datetime.now(UTC)})
            producer.send(settings.kafka.topics.raw, encode(fresh), key=fresh.id.encode(), partition=partition)
        producer.flush(timeout=60)
    finally:
        producer.close()
    wait_indexed(settings, len(chosen), deadline_s=900)
    return len(chosen)


def wait_indexed(settings: Settings, count: int, deadline_s: float) -> None:
    """Until ``count`` documents are searchable (refresh, count, once a second); raise past ``deadline_s``."""
    deadline = time.perf_counter() + deadline_s
    while (found := indexed_count(settings)) < count:
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{found} of {count} documents searchable after {deadline_s:g}s")
        time.sleep(1.0)


def end_to_end_warm(settings: Settings, tmp: Path, n: int, warm: list[Article]) -> dict[str, Any]:
    """The corpus through running workers whose models are loaded: `worker enrich` (default processes: one per
    core) and `worker index` are started and warmed (:func:`warm_up`, timed as ``start_up_s``), then the clock
    runs from `newsline replay` of the corpus until every article is searchable. Like the stage figures (models
    loaded before timing), this leaves out start-up, which a long-running pipeline pays once."""
    env = write_config(settings, tmp / "warm.yaml")
    workers = start_workers(env)
    try:
        start_up_s, warmed = timed(lambda: warm_up(settings, warm))
        start = time.perf_counter()
        replay_s, _ = timed(lambda: cli(env, "replay", str(tmp / "corpus")))
        wait_indexed(settings, warmed + n, deadline_s=1800)
        total_s = time.perf_counter() - start
    finally:
        stop_workers(workers)
    return {"start_up_s": round(start_up_s, 2), "warm_up_articles": warmed, "replay_s": round(replay_s, 2),
            "replay_to_searchable_s": round(total_s, 2), "indexed": indexed_count(settings) - warmed,
            "articles_per_s": round(n / total_s, 2)}


# --- freshness under load -------------------------------------------------------------------------------------

def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(c) for c in task.read_text().split()]
    return found + [g for c in found for g in children(c)]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class SearchPoller(threading.Thread):
    """Records when each document first shows up in search (what a user could find)."""

    def __init__(self, settings: Settings, since: str) -> None:
        super().__init__(daemon=True)
        self.settings, self.since = settings, since
        self.seen: dict[str, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        with make_client(self.settings.elasticsearch) as es:
            while not self.done.wait(0.2):
                hits = es.search(index=self.settings.elasticsearch.read_alias, size=10_000, source=False,
                                 query={"range": {"indexed_at": {"gte": self.since}}})["hits"]["hits"]
                now = time.time()
                for hit in hits:
                    self.seen.setdefault(hit["_id"], now)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def freshness(
    settings: Settings, articles: list[Article], warm: list[Article], rate: float, seconds: float, tmp: Path
) -> dict[str, Any]:
    """Publish at ``rate``/s for ``seconds`` into running workers; publish -> searchable latency per article."""
    run_setup(settings)
    env = write_config(settings, tmp / "fresh.yaml")
    workers = start_workers(env)
    try:
        warmed = warm_up(settings, warm)  # models loaded, groups joined
        count = max(1, int(rate * seconds))
        batch = articles[:count]
        poller = SearchPoller(settings, datetime.now(UTC).isoformat())
        poller.start()
        published: dict[str, float] = {}
        with Producer(settings.kafka, client_id="bench-paced") as producer:
            start = time.time()
            for i, article in enumerate(batch):
                time.sleep(max(0.0, start + i / rate - time.time()))
                fresh = article.model_copy(update={"fetched_at": datetime.now(UTC)})
                producer.send(settings.kafka.topics.raw, fresh.id, encode(fresh))
                producer.flush_or_raise()
                published[fresh.id] = time.time()
        deadline = time.time() + 300
        while len(poller.seen.keys() & published.keys()) < len(published) and time.time() < deadline:
            time.sleep(0.5)
        poller.done.set()
        enrich_pids = children(workers[0].pid) or [workers[0].pid]
        rss = [round(peak_rss_mb(p)) for p in enrich_pids]
    finally:
        stop_workers(workers)
    latencies = [poller.seen[i] - t for i, t in published.items() if i in poller.seen]
    return {
        "rate_articles_per_s": round(rate, 2), "published": len(published), "searchable": len(latencies),
        "latency_s_p50": round(percentile(latencies, 0.5), 2) if latencies else None,
        "latency_s_p95": round(percentile(latencies, 0.95), 2) if latencies else None,
        "latency_s_max": round(max(latencies), 2) if latencies else None,
        "enrich_processes": len(rss), "enrich_process_peak_rss_mb": rss, "warm_up_articles": warmed,
    }


def cleanup(settings: Settings) -> None:
    from pipeline.enrich.clusters.factory import cluster_index
    from pipeline.kafka.admin import delete_topics

    t = settings.kafka.topics
    delete_topics(settings.kafka, [t.raw, t.enriched, t.dead_letter])
    with make_client(settings.elasticsearch) as es:
        es.indices.delete(index=f"{settings.elasticsearch.index_prefix}-v*", ignore_unavailable=True)
        if es.indices.exists_index_template(name=settings.elasticsearch.index_prefix):
            es.indices.delete_index_template(name=settings.elasticsearch.index_prefix)
        es.indices.delete(index=cluster_index(settings), ignore_unavailable=True)


@contextmanager
def scratch(base: Settings, setup: bool = True) -> Iterator[Settings]:
    """Topics, groups and indices of their own for one part of the run (set up unless ``setup`` is False),
    removed afterwards."""
    settings = isolated(base, uuid.uuid4().hex[:8])
    if setup:
        run_setup(settings)
    try:
        yield settings
    finally:
        cleanup(settings)


def ratios(result: dict[str, Any]) -> dict[str, Any]:
    """The headline figures: the warm end-to-end rate (start-up excluded, as in the stage figures) against the
    CPU limit, and the cold one (`replay` + `run --until-idle`, model loading included) beside it."""
    limit = result["stages"]["cpu_limit_articles_per_s"]
    warm = result["end_to_end_warm"]["articles_per_s"]
    cold = result["end_to_end"]["end_to_end_articles_per_s"]
    return {"cpu_limit_articles_per_s": limit, "end_to_end_articles_per_s": warm,
            "end_to_end_over_cpu_limit": round(warm / limit, 3), "cold_end_to_end_articles_per_s": cold,
            "cold_end_to_end_over_cpu_limit": round(cold / limit, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--latency-s", type=float, default=60.0, help="paced publishing time for the latency figure")
    parser.add_argument("--reuse-stages", action="store_true", help="keep the stage figures of the last results file")
    parser.add_argument("--english-only", action="store_true", help="the English corpus of earlier runs")
    args = parser.parse_args()
    mix = ENGLISH if args.english_only else NEWSROOM_MIX
    articles = generate(args.articles, seed=args.seed, near_duplicate_share=0.3, mix=mix)
    warm = generate(WARM_CORPUS, seed=args.seed + 2, near_duplicate_share=0.0, mix=mix)
    assert not {a.id for a in warm} & {a.id for a in articles}, "warm-up articles must not be corpus articles"
    result: dict[str, Any] = {"articles": len(articles), "seed": args.seed, "near_duplicate_share": 0.3,
                              "mix": dict(mix), "languages": {k: len(v) for k, v in by_language(articles).items()}}
    base = load_settings()
    with tempfile.TemporaryDirectory() as tmp:
        with scratch(base) as settings:
            if args.reuse_stages:
                result["stages"] = json.loads((RESULTS / "throughput.json").read_text())["stages"]
            else:
                result["stages"] = stage_cpu(settings, articles)
            print(json.dumps({"stages": result["stages"]}), flush=True)
        with scratch(base) as settings:
            result["end_to_end"] = end_to_end(settings, articles, Path(tmp))
            print(json.dumps({"end_to_end": result["end_to_end"]}), flush=True)
        with scratch(base) as settings:
            result["end_to_end_warm"] = end_to_end_warm(settings, Path(tmp), len(articles), warm)
            print(json.dumps({"end_to_end_warm": result["end_to_end_warm"]}), flush=True)
        run_drain = result["end_to_end"]["run_until_idle_articles_per_s"]
        result["max_rate_articles_per_s"] = round(max(run_drain, result["end_to_end_warm"]["articles_per_s"]), 2)
        rate = result["max_rate_articles_per_s"] / 2  # the freshness workers are the warm run's
        fresh_corpus = generate(max(2, int(rate * args.latency_s) + 1), seed=args.seed + 1, mix=mix)
        with scratch(base, setup=False) as settings:
            result["freshness_at_half_max_rate"] = freshness(settings, fresh_corpus, warm, rate, args.latency_s,
                                                             Path(tmp))
    result.update(ratios(result))
    result["measured_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "throughput.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    with sigterm_raises():  # stopped with SIGTERM, the worker processes and scratch topics/indices still go
        main()
