"""What a worker loop reports: Prometheus metrics in its own registry, and its liveness for ``/healthz``."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

BATCH_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
LATENCY_BUCKETS = (0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 900.0, 1800.0, 3600.0, 21600.0, 86400.0)


@dataclass(frozen=True)
class HealthState:
    healthy: bool
    reason: str
    since_progress_s: float
    warning: str | None = None  # working, but on a fallback (e.g. the last good watchlists)


class Health:
    """Healthy while the loop has polled within ``stale_after_s``; unhealthy for good once misconfigured."""

    def __init__(self, stale_after_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.stale_after_s = stale_after_s
        self._clock = clock
        self._last = clock()  # start counts as progress: a worker gets stale_after_s to reach its first poll
        self._misconfigured: str | None = None
        self._warning: str | None = None
        self._lock = threading.Lock()

    def beat(self) -> None:
        with self._lock:
            self._last = self._clock()

    def misconfigured(self, reason: str | None) -> None:
        """``None`` clears it (the setup was fixed and a batch went through)."""
        with self._lock:
            self._misconfigured = reason

    def warn(self, warning: str | None) -> None:
        """Healthy, but say ``warning`` (``None`` clears it)."""
        with self._lock:
            self._warning = warning

    def state(self) -> HealthState:
        with self._lock:
            since = self._clock() - self._last
            if self._misconfigured is not None:
                return HealthState(False, f"misconfigured: {self._misconfigured}", since, self._warning)
            if since > self.stale_after_s:
                return HealthState(False, f"no poll for {since:.0f}s (limit {self.stale_after_s:.0f}s)", since,
                                   self._warning)
            return HealthState(True, "ok", since, self._warning)


class WorkerMetrics:
    """Counters, histograms and gauges of one worker process, labelled with its kind (``enrich``, ``index``)."""

    def __init__(self, kind: str, *, stale_after_s: float = 120.0, registry: CollectorRegistry | None = None) -> None:
        self.kind = kind
        self.registry = registry if registry is not None else CollectorRegistry()
        self.health = Health(stale_after_s)
        r, w = self.registry, ["worker"]
        self._consumed = Counter("newsline_records_consumed", "Records read from Kafka", w, registry=r).labels(kind)
        self._produced = Counter("newsline_records_produced", "Records written (topic or index), acknowledged", w,
                                 registry=r).labels(kind)
        self._dead = Counter("newsline_records_dead_lettered", "Records sent to the dead-letter topic", w + ["stage"],
                             registry=r)
        self._superseded = Counter("newsline_records_superseded",
                                   "Writes skipped because a newer version was already stored", w, registry=r).labels(kind)
        self._restarts = Counter("newsline_worker_restarts", "Restarts of the consume loop or of a worker process", w,
                                 registry=r).labels(kind)
        self._batch = Histogram("newsline_batch_duration_seconds", "Consume-to-commit time of one batch", w,
                                buckets=BATCH_BUCKETS, registry=r).labels(kind)
        self._latency = Histogram("newsline_publish_to_searchable_seconds",
                                  "From fetch/publish to searchable in Elasticsearch", w, buckets=LATENCY_BUCKETS,
                                  registry=r).labels(kind)
        self._lag = Gauge("newsline_consumer_lag", "Records behind the end of the partition", w + ["topic", "partition"],
                          registry=r)
        self._last_poll = Gauge("newsline_worker_last_poll_timestamp_seconds", "Unix time of the last poll", w,
                                registry=r).labels(kind)
        self._lag_series: set[tuple[str, int]] = set()
        self._misconfigured = Gauge("newsline_worker_misconfigured", "1 once the worker reported a setup error", w,
                                    registry=r).labels(kind)

    def consumed(self, n: int) -> None:
        self._consumed.inc(n)

    def produced(self, n: int) -> None:
        self._produced.inc(n)

    def dead_lettered(self, stage: str, n: int = 1) -> None:
        self._dead.labels(self.kind, stage).inc(n)

    def superseded(self, n: int) -> None:
        self._superseded.inc(n)

    def batch(self, seconds: float) -> None:
        self._batch.observe(seconds)

    def latency(self, seconds: float) -> None:
        self._latency.observe(max(seconds, 0.0))

    def lag(self, topic: str, partition: int, n: int) -> None:
        self._lag.labels(self.kind, topic, str(partition)).set(n)

    def lags(self, lags: Mapping[tuple[str, int], int]) -> None:
        """Set the lag of every partition the worker holds now and drop the series of partitions it lost."""
        for topic, partition in self._lag_series - set(lags):
            self._lag.remove(self.kind, topic, str(partition))
        for (topic, partition), n in lags.items():
            self.lag(topic, partition, n)
        self._lag_series = set(lags)

    def restarted(self) -> None:
        self._restarts.inc()

    def heartbeat(self) -> None:
        """Call after every poll (empty or not) and while backing off: it keeps ``/healthz`` green."""
        self.health.beat()
        self._last_poll.set_to_current_time()

    def misconfigured(self, reason: str) -> None:
        """``/healthz`` answers 503 with ``reason`` from now on. ``reason`` must not carry secrets."""
        self.health.misconfigured(reason)
        self._misconfigured.set(1)

    def recovered(self) -> None:
        """The setup error is gone (a batch was committed): ``/healthz`` is green again."""
        self.health.misconfigured(None)
        self._misconfigured.set(0)
