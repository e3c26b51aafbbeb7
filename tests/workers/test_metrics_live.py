"""Workers serve Prometheus metrics and /healthz while they run on the real Kafka and Elasticsearch."""

from __future__ import annotations

import json
import os
import signal
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from pipeline.settings import Settings
from pipeline.workers.base import Worker
from pipeline.workers.enrich import EnrichWorker
from pipeline.workers.exceptions import WorkerDiedError
from pipeline.workers.index import IndexWorker
from pipeline.workers.state import state_path
from pipeline.workers.supervisor import Supervisor
from tests.support.topics import indexed_count
from tests.workers.helpers import articles, publish

pytestmark = pytest.mark.integration

COUNT = 12
WAIT_S = 300.0


def with_metrics(settings: Settings, port: int = 0, **changes: object) -> Settings:
    metrics = settings.metrics.model_copy(update={"enabled": True, "port": port})
    return settings.model_copy(update={"metrics": metrics, **changes})


def free_ports(count: int) -> int:
    """A base port with ``count`` consecutive free ports after it (checked by binding them)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = probe.getsockname()[1]
        if base + count >= 65536:
            continue
        sockets = []
        try:
            for port in range(base, base + count):
                sock = socket.socket()
                sockets.append(sock)
                sock.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for sock in sockets:
                sock.close()
    raise AssertionError("no run of free ports found")


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - a local test URL
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def samples(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    status, text = get(f"{url}/metrics")
    assert status == 200
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def value(found: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str) -> float:
    return found.get((name, tuple(sorted(labels.items()))), 0.0)


def wait_for(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.5)


def start(worker: Worker) -> threading.Thread:
    thread = threading.Thread(target=worker.run, name=f"test-{worker.name}", daemon=True)
    thread.start()
    wait_for(lambda: worker.metrics_server is not None, f"the {worker.name} worker to serve metrics")
    return thread


def test_running_workers_serve_counts_lag_latency_and_health(pipeline_settings: Settings) -> None:
    settings = with_metrics(pipeline_settings)
    publish(settings, articles(COUNT, source="metrics-test"))
    enrich, index = EnrichWorker(settings), IndexWorker(settings)
    threads = [start(enrich), start(index)]
    try:
        assert enrich.metrics_server is not None and index.metrics_server is not None
        enrich_url, index_url = enrich.metrics_server.url, index.metrics_server.url
        wait_for(lambda: value(samples(index_url), "newsline_records_produced_total", worker="index") >= COUNT,
                 "every article to be indexed")

        e, i = samples(enrich_url), samples(index_url)
        assert value(e, "newsline_records_consumed_total", worker="enrich") == COUNT
        assert value(e, "newsline_records_produced_total", worker="enrich") == COUNT
        assert value(i, "newsline_records_consumed_total", worker="index") == COUNT
        assert value(i, "newsline_records_produced_total", worker="index") == COUNT
        assert value(i, "newsline_publish_to_searchable_seconds_count", worker="index") == COUNT
        assert value(e, "newsline_batch_duration_seconds_count", worker="enrich") >= 1
        raw = settings.kafka.topics.raw
        lags = {labels: v for (name, labels), v in e.items() if name == "newsline_consumer_lag"}
        assert set(lags) == {(("partition", str(p)), ("topic", raw), ("worker", "enrich")) for p in range(2)}
        assert all(v == 0 for v in lags.values())
        assert value(i, "newsline_worker_last_poll_timestamp_seconds", worker="index") > time.time() - 60
        status, body = get(f"{index_url}/healthz")
        assert status == 200 and json.loads(body)["status"] == "ok"
        assert indexed_count(settings) == COUNT
    finally:
        enrich.stop()
        index.stop()
        for thread in threads:
            thread.join(timeout=120)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{index_url}/healthz", timeout=5)  # noqa: S310 - closed with the worker


def test_a_supervisor_with_two_processes_serves_one_port_per_child_and_its_own(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    base = free_ports(3)
    paths = pipeline_settings.paths.model_copy(update={"state": tmp_path / "state"})
    settings = with_metrics(pipeline_settings, port=base, paths=paths)
    supervisor = Supervisor(settings, "index", 2)
    thread = threading.Thread(target=supervisor.run, name="test-supervisor", daemon=True)
    thread.start()
    try:
        for port in (base, base + 1):
            wait_for(lambda port=port: _polled(f"http://127.0.0.1:{port}"), f"the child on port {port} to poll")
            assert get(f"http://127.0.0.1:{port}/healthz")[0] == 200
        status, _ = get(f"http://127.0.0.1:{base + 2}/healthz")
        assert status == 200  # the supervisor itself: restarts
        assert ("newsline_worker_restarts_total", (("worker", "index"),)) in samples(f"http://127.0.0.1:{base + 2}")
    finally:
        supervisor.stop()
        thread.join(timeout=120)
    assert supervisor.ok


def _polled(url: str) -> bool:
    try:
        return value(samples(url), "newsline_worker_last_poll_timestamp_seconds", worker="index") > 0
    except OSError:  # not serving yet
        return False


def test_run_until_idle_with_two_enrich_processes_drains_everything(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    from pipeline.runner import run_until_idle

    settings = two_processes(pipeline_settings, tmp_path)
    publish(settings, articles(COUNT, source="processes-test"))
    counts = run_until_idle(settings)
    assert counts["enriched"] == COUNT and counts["indexed"] == COUNT
    assert counts["enrich"]["processes"] == 2 and counts["enrich"]["consumed"] == COUNT
    assert indexed_count(settings) == COUNT


def test_run_until_idle_fails_when_an_enrich_process_is_killed(pipeline_settings: Settings, tmp_path: Path) -> None:
    from pipeline.runner import run_until_idle

    settings = two_processes(pipeline_settings, tmp_path)
    publish(settings, articles(COUNT, source="processes-test"))
    outcome: dict[str, object] = {}

    def drain() -> None:
        try:
            outcome["counts"] = run_until_idle(settings)
        except BaseException as exc:  # noqa: BLE001 - inspected below
            outcome["error"] = exc

    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    path = state_path(settings.paths.state, "enrich")
    wait_for(lambda: path.exists() and "pid" in json.loads(path.read_text())["members"].get("1", {}),
             "the second enrich process to start")
    os.kill(json.loads(path.read_text())["members"]["1"]["pid"], signal.SIGKILL)  # before it loaded its models
    thread.join(timeout=WAIT_S)
    assert not thread.is_alive()
    assert isinstance(outcome.get("error"), WorkerDiedError), outcome
    assert "slot 1 code=-9" in str(outcome["error"])


def two_processes(settings: Settings, tmp_path: Path) -> Settings:
    return settings.model_copy(update={
        "enrich": settings.enrich.model_copy(update={"processes": 2}),
        "paths": settings.paths.model_copy(update={"state": tmp_path / "state"}),
    })
