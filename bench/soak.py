"""Soak: the enrich and index workers under a steady stream for an hour; memory and descriptors must stay flat.

Usage: python -m bench.soak [--minutes 60] [--articles 50000] [--rate 5] [--interval-s 10]     (make soak)

On PRIVATE services (Kafka 127.0.0.1:39092, Elasticsearch :39200 by default, own temp state dir; the shared
ones are never touched) it runs ``newsline worker enrich --processes N`` and ``newsline worker index
--processes 1`` (supervisors with worker children, as in production), publishes generated articles
(bench/corpus.py) to the raw topic at ``--rate`` per second until ``--minutes`` have passed or ``--articles``
were published, whichever comes first, then waits for the workers to drain and accounts for every article
(articles in == indexed + dead letters). Every ``--interval-s`` it records the resident memory (``VmRSS``) and
open file descriptors of EVERY process of both workers' process groups (supervisors, children, helpers) and
the lag; bench/results/soak.json is rewritten after each sample, so a running soak can be read at any time.

Growth: per worker kind, the summed RSS (and descriptors) of its group, the last 10 minutes against minutes
5-10 (runs under 20 minutes: the last quarter against the second quarter). For RSS the level compared is the
window's floor (its 10th percentile): a worker's RSS swings with the batch in hand (a long article's tensors and
buffers, up to ~250 MB for the enrich worker, freed when the batch ends), so one sample falls on a peak or a
trough by chance; what a leak raises is the level the worker returns to between batches. The median and peak of
each window are reported beside it. Descriptors do not swing: their medians are compared. Exits 1 when growth >=
``--max-growth`` (10%) for any kind, a worker exited, the run did not drain, or an article is unaccounted for.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import corpus
from bench.faults import OffsetReader, WorkerProcess, dead_letters, indexed_versions, wait_drained
from bench.private_services import PrivateServices, scoped
from bench.procstat import sample_group
from pipeline.kafka.producer import Producer
from pipeline.models import encode
from pipeline.settings import PROJECT_ROOT, Settings

log = logging.getLogger("bench.soak")

RESULTS = PROJECT_ROOT / "bench" / "results"
SOAK_PORTS = (39092, 39093, 39200)  # kafka, controller, elasticsearch: apart from tests/faults (29xxx)
KINDS = ("enrich", "index")
MAX_GROWTH = 0.10


# --- growth ----------------------------------------------------------------------------------------

def windows(duration_s: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """(warm-up window, final window) in seconds since the workers started."""
    if duration_s >= 20 * 60:
        return (5 * 60.0, 10 * 60.0), (duration_s - 10 * 60.0, duration_s + 1e-9)
    quarter = duration_s / 4
    return (quarter, 2 * quarter), (3 * quarter, duration_s + 1e-9)


def totals(sample: dict[str, Any], kind: str, field: str) -> int:
    return sum(p[field] for p in sample["processes"] if p["kind"] == kind)


FLOOR = 0.10  # the quantile of a window's RSS samples taken as the level the workers return to between batches


def quantile(values: Sequence[float], q: float) -> float:
    """The lower nearest-rank ``q`` quantile."""
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def growth(samples: Sequence[dict[str, Any]], field: str = "rss_kb") -> dict[str, dict[str, Any]]:
    """Per kind: the level of ``field`` (summed over the group) in the warm-up and final windows, and the growth.

    The level is the window's floor for RSS (see the module docstring) and its median for descriptors.
    """
    if len(samples) < 2:
        return {}
    duration = samples[-1]["t"]
    (w0, w1), (f0, f1) = windows(duration)
    out: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        warm = [totals(s, kind, field) for s in samples if w0 <= s["t"] < w1]
        final = [totals(s, kind, field) for s in samples if f0 <= s["t"] < f1]
        if not warm or not final:
            continue
        row: dict[str, Any] = {"warm_window_s": [round(w0), round(w1)], "final_window_s": [round(f0), round(duration)],
                               "samples": [len(warm), len(final)],
                               "warm_median": statistics.median(warm), "final_median": statistics.median(final)}
        if field == "rss_kb":
            row |= {"level": f"p{round(FLOOR * 100)}", "warm_floor": quantile(warm, FLOOR),
                    "final_floor": quantile(final, FLOOR), "warm_peak": max(warm), "final_peak": max(final)}
            base, last = row["warm_floor"], row["final_floor"]
        else:
            row["level"] = "median"
            base, last = row["warm_median"], row["final_median"]
        row["growth"] = round((last - base) / base, 4) if base else None
        out[kind] = row
    return out


def curve(samples: Sequence[dict[str, Any]], every_s: float = 600.0) -> list[dict[str, Any]]:
    """Every ``every_s`` (and the last sample): per kind the group's RSS in MiB and descriptors, and the lag."""
    rows, next_t = [], 0.0
    for i, sample in enumerate(samples):
        if sample["t"] + 1e-6 < next_t and i != len(samples) - 1:
            continue
        next_t = sample["t"] + every_s - 5
        rows.append({"minute": round(sample["t"] / 60, 1), "lag": sample["lag"], **{
            f"{kind}_{name}": round(totals(sample, kind, field) / scale, 1)
            for kind in KINDS for name, field, scale in (("rss_mib", "rss_kb", 1024), ("fds", "fds", 1))}})
    return rows


def summarize(path: Path) -> dict[str, Any]:
    """Growth and curve of a soak report on disk (finished or still running)."""
    report = json.loads(path.read_text())
    samples = report["samples"]
    return {"phase": report["phase"], "published": report["published"], "samples": len(samples),
            "growth_rss": growth(samples, "rss_kb"), "growth_fds": growth(samples, "fds"),
            "outcome": report.get("outcome"), "curve": curve(samples)}


def exceeded(report: dict[str, dict[str, Any]], limit: float) -> list[str]:
    return [kind for kind, row in report.items() if row["growth"] is not None and row["growth"] >= limit]


# --- the run ---------------------------------------------------------------------------------------

class Sampler(threading.Thread):
    """Every ``interval_s``: RSS and descriptors of every process of each worker's group, and the lag."""

    def __init__(self, workers: dict[str, WorkerProcess], settings: Settings, interval_s: float,
                 on_sample: Any = None) -> None:
        super().__init__(name="soak-sampler", daemon=True)
        self.workers = workers
        self.reader = OffsetReader(settings)
        self.interval_s = interval_s
        self.on_sample = on_sample
        self.started = time.monotonic()
        self.samples: list[dict[str, Any]] = []
        self._stop_event = threading.Event()

    def sample(self) -> dict[str, Any]:
        processes = []
        for kind, worker in self.workers.items():
            if worker.pid is not None and worker.alive():
                processes += [{"kind": kind, **s.to_dict()} for s in sample_group(worker.pid)]
        progress = self.reader.read()
        row = {"t": round(time.monotonic() - self.started, 1), "at": datetime.now(UTC).isoformat(timespec="seconds"),
               "processes": processes,
               "lag": progress.lag if progress else None, "raw_end": progress.raw_end if progress else None}
        self.samples.append(row)
        return row

    def run(self) -> None:
        while True:
            row = self.sample()
            log.info("event=sample t=%s %s lag=%s", row["t"], " ".join(
                f"{k}_rss_mb={totals(row, k, 'rss_kb') / 1024:.0f} {k}_fds={totals(row, k, 'fds')}" for k in KINDS),
                row["lag"])
            if self.on_sample is not None:
                self.on_sample()
            if self._stop_event.wait(self.interval_s):
                break
        self.reader.close()

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=60)


class Publisher:
    """Generated articles to the raw topic at a steady rate; unacknowledged ones are sent again."""

    def __init__(self, settings: Settings, rate: float, seed: int, limit: int) -> None:
        self.settings = settings
        self.rate = rate
        self.limit = limit
        self.records: Iterator[dict[str, Any]] = corpus.iter_records(limit, seed=seed)
        self.ids: set[str] = set()
        self.resent = 0

    def publish_for(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        with Producer(self.settings.kafka, client_id="bench-soak") as producer:
            tick, credit = time.monotonic(), 0.0
            while time.monotonic() < deadline and len(self.ids) < self.limit:
                credit += self.rate  # one tick a second: fractional rates carry over
                due, credit = int(credit), credit - int(credit)
                batch = [corpus.to_article(r) for _, r in zip(range(due), self.records, strict=False)]
                if due and not batch:
                    break
                if batch:
                    self._send(producer, batch)
                tick += 1.0
                time.sleep(max(0.0, tick - time.monotonic()))

    def _send(self, producer: Producer, batch: list[Any]) -> None:
        by_id = {a.id: a for a in batch}
        pending = list(by_id)
        while pending:
            producer.send_many(self.settings.kafka.topics.raw, ((i, encode(by_id[i])) for i in pending))
            failed = [f.key for f in producer.flush_failures() if f.key]
            if failed:  # an outage: wait and send the unacknowledged ones again
                self.resent += len(failed)
                log.warning("event=publish_retry failed=%d", len(failed))
                producer.reconnect()
                time.sleep(2.0)
            pending = [i for i in pending if i in failed]
        self.ids.update(by_id)


def account(settings: Settings, published: set[str]) -> dict[str, Any]:
    """Articles in == indexed + dead letters: every published id read back from Elasticsearch or the DLQ."""
    stored = indexed_versions(settings).keys()
    letters = dead_letters(settings)
    lettered = {d.article_id or d.key for d in letters} - {None}
    indexed = published & stored
    lettered_only = (published & lettered) - indexed
    return {"published": len(published), "indexed": len(indexed), "dead_lettered": len(lettered_only),
            "dead_letters": len(letters), "missing": len(published - indexed - lettered_only),
            "unexpected_documents": len(stored - published)}


class Soak:
    def __init__(self, args: argparse.Namespace, services: PrivateServices, run_dir: Path) -> None:
        self.args = args
        self.settings = scoped(services.settings, args.tag, partitions=args.partitions)
        services.setup(self.settings)
        self.env = services.env(self.settings)
        logs = run_dir
        self.workers = {
            "enrich": WorkerProcess("enrich", ["--processes", str(args.enrich_processes)], self.env,
                                    logs / "enrich.log"),
            "index": WorkerProcess("index", ["--processes", "1"], self.env, logs / "index.log"),
        }
        self.publisher = Publisher(self.settings, args.rate, args.seed, args.articles)
        self.sampler = Sampler(self.workers, self.settings, args.interval_s, on_sample=self.write)
        self.phase = "starting"
        self.outcome: dict[str, Any] = {}

    def run(self) -> dict[str, Any]:
        for worker in self.workers.values():
            worker.start()
        self.sampler.start()
        try:
            self.phase = "publishing"
            self.publisher.publish_for(self.args.minutes * 60)
            self.phase = "draining"
            reader = OffsetReader(self.settings)
            drained = wait_drained(reader, len(self.publisher.ids), timeout=self.args.drain_timeout_s)
            reader.close()
            self.outcome = {"drained": drained is not None, **account(self.settings, self.publisher.ids)}
            self.phase = "done"
        finally:
            self.sampler.stop()
            self.outcome["worker_exits"] = {k: w.exits for k, w in self.workers.items() if not w.alive() and w.exits}
            for worker in self.workers.values():
                worker.stop(timeout=30)
        return self.write()

    def write(self) -> dict[str, Any]:
        samples = list(self.sampler.samples)
        report = {
            "phase": self.phase, "args": vars(self.args), "rate_per_s": self.args.rate,
            "published": len(self.publisher.ids), "resent": self.publisher.resent,
            "growth_rss": growth(samples, "rss_kb"), "growth_fds": growth(samples, "fds"),
            "outcome": self.outcome, "curve": curve(samples), "samples": samples,
        }
        out = Path(self.args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp")
        tmp.write_text(json.dumps(report, indent=1, default=str))
        tmp.replace(out)
        return report


def verdict(report: dict[str, Any], limit: float) -> list[str]:
    """Reasons the soak failed (empty: passed)."""
    outcome = report["outcome"]
    reasons = [f"rss growth >= {limit:.0%}: {kind}" for kind in exceeded(report["growth_rss"], limit)]
    reasons += [f"descriptor growth >= {limit:.0%}: {kind}" for kind in exceeded(report["growth_fds"], limit)]
    if not outcome.get("drained"):
        reasons.append("the workers did not drain")
    if outcome.get("missing", 1):
        reasons.append(f"missing articles: {outcome.get('missing')}")
    if outcome.get("worker_exits"):
        reasons.append(f"workers exited: {outcome['worker_exits']}")
    return reasons


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0, help="publish for this long (default 60)")
    parser.add_argument("--articles", type=int, default=50_000, help="or until this many were published")
    parser.add_argument("--rate", type=float, default=5.0, help="articles per second (default 5)")
    parser.add_argument("--interval-s", type=float, default=10.0, help="seconds between samples (default 10)")
    parser.add_argument("--max-growth", type=float, default=MAX_GROWTH, help="fail at this growth (default 0.10)")
    parser.add_argument("--enrich-processes", type=int, default=1)
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tag", default="soak", help="topics, groups and index prefix on the private services")
    parser.add_argument("--drain-timeout-s", type=float, default=1800.0)
    parser.add_argument("--ports", type=int, nargs=3, default=list(SOAK_PORTS),
                        metavar=("KAFKA", "CONTROLLER", "ES"), help="private service ports")
    parser.add_argument("--out", default=str(RESULTS / "soak.json"))
    parser.add_argument("--summarize", metavar="FILE", help="only print growth and curve of an existing report")
    parser.add_argument("--logs", default=None, help="worker logs here (default: a new /tmp/newsline-soak-* dir)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    for noisy in ("kafka", "elastic_transport", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    args = parse(argv)
    if args.summarize:
        print(json.dumps(summarize(Path(args.summarize)), indent=1))
        return 0
    kafka_port, controller_port, es_port = args.ports
    with PrivateServices.started(kafka_port=kafka_port, controller_port=controller_port, es_port=es_port) as services:
        run_dir = Path(args.logs) if args.logs else Path(tempfile.mkdtemp(prefix="newsline-soak-", dir="/tmp"))
        log.info("event=soak_start logs=%s out=%s", run_dir, args.out)
        soak = Soak(args, services, run_dir)
        report = soak.run()
    reasons = verdict(report, args.max_growth)
    summary = {k: report[k] for k in ("published", "resent", "growth_rss", "growth_fds", "outcome")}
    print(json.dumps(summary, indent=1, default=str))
    print("soak: " + ("FAILED: " + "; ".join(reasons) if reasons else "passed") + f" ({args.out})")
    return 1 if reasons else 0


if __name__ == "__main__":
    raise SystemExit(main())
