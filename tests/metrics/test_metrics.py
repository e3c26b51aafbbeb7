"""pipeline.metrics: values scraped over HTTP from 127.0.0.1 in the Prometheus text format, and /healthz."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

from pipeline.metrics import Health, MetricsError, MetricsServer, WorkerMetrics, serve
from pipeline.settings import MetricsSettings, load_settings

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def scrape(url: str) -> Samples:
    with urllib.request.urlopen(url + "/metrics", timeout=5) as response:
        assert response.headers["Content-Type"].startswith("text/plain; version=")
        text = response.read().decode()
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def health(url: str) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(url + "/healthz", timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def labels(**kv: str) -> frozenset[tuple[str, str]]:
    return frozenset(kv.items())


@pytest.fixture
def metrics() -> WorkerMetrics:
    return WorkerMetrics("index", stale_after_s=60)


@pytest.fixture
def server(metrics: WorkerMetrics) -> Iterator[MetricsServer]:
    started = serve(MetricsSettings(enabled=True, host="127.0.0.1", port=0), metrics)
    assert started is not None
    yield started
    started.close()


def test_counters_histograms_and_gauges_are_scraped_with_their_values(metrics: WorkerMetrics,
                                                                      server: MetricsServer) -> None:
    metrics.consumed(200)
    metrics.consumed(50)
    metrics.produced(245)
    metrics.dead_lettered("decode")
    metrics.dead_lettered("index", 4)
    metrics.superseded(3)
    metrics.batch(0.2)
    metrics.batch(3.0)
    metrics.latency(4.0)
    metrics.lag("newsline.articles.enriched", 0, 17)
    metrics.lag("newsline.articles.enriched", 1, 0)
    metrics.restarted()
    samples = scrape(server.url)
    w = labels(worker="index")
    assert samples[("newsline_records_consumed_total", w)] == 250
    assert samples[("newsline_records_produced_total", w)] == 245
    assert samples[("newsline_records_dead_lettered_total", labels(worker="index", stage="decode"))] == 1
    assert samples[("newsline_records_dead_lettered_total", labels(worker="index", stage="index"))] == 4
    assert samples[("newsline_records_superseded_total", w)] == 3
    assert samples[("newsline_worker_restarts_total", w)] == 1
    assert samples[("newsline_batch_duration_seconds_count", w)] == 2
    assert samples[("newsline_batch_duration_seconds_sum", w)] == pytest.approx(3.2)
    assert samples[("newsline_batch_duration_seconds_bucket", labels(worker="index", le="0.25"))] == 1
    assert samples[("newsline_batch_duration_seconds_bucket", labels(worker="index", le="5.0"))] == 2
    assert samples[("newsline_publish_to_searchable_seconds_bucket", labels(worker="index", le="2.5"))] == 0
    assert samples[("newsline_publish_to_searchable_seconds_bucket", labels(worker="index", le="5.0"))] == 1
    topic = "newsline.articles.enriched"
    assert samples[("newsline_consumer_lag", labels(worker="index", topic=topic, partition="0"))] == 17
    assert samples[("newsline_consumer_lag", labels(worker="index", topic=topic, partition="1"))] == 0
    metrics.lag(topic, 0, 5)
    assert scrape(server.url)[("newsline_consumer_lag", labels(worker="index", topic=topic, partition="0"))] == 5


def test_healthz_is_green_after_a_heartbeat_and_red_once_misconfigured(metrics: WorkerMetrics,
                                                                        server: MetricsServer) -> None:
    metrics.heartbeat()
    status, body = health(server.url)
    assert status == 200 and body["status"] == "ok" and body["worker"] == "index"
    assert scrape(server.url)[("newsline_worker_misconfigured", labels(worker="index"))] == 0
    metrics.misconfigured("write alias newsline-articles-write is missing")
    metrics.heartbeat()  # polling on does not make a misconfigured worker healthy
    status, body = health(server.url)
    assert status == 503 and body["reason"] == "misconfigured: write alias newsline-articles-write is missing"
    assert scrape(server.url)[("newsline_worker_misconfigured", labels(worker="index"))] == 1


def test_healthz_is_green_again_once_the_worker_recovered_from_a_setup_error(metrics: WorkerMetrics,
                                                                           server: MetricsServer) -> None:
    metrics.misconfigured("write alias newsline-articles-write is missing")
    assert health(server.url)[0] == 503
    metrics.recovered()
    status, body = health(server.url)
    assert status == 200 and body["reason"] == "ok"
    assert scrape(server.url)[("newsline_worker_misconfigured", labels(worker="index"))] == 0


def test_partition_lags_replace_the_series_of_partitions_the_worker_lost(metrics: WorkerMetrics,
                                                                         server: MetricsServer) -> None:
    metrics.lags({("raw", 0): 7, ("raw", 1): 2})
    metrics.lags({("raw", 1): 0, ("raw", 2): 4})  # a rebalance took partition 0 away and gave partition 2
    lags = {dict(k)["partition"]: v for (name, k), v in scrape(server.url).items() if name == "newsline_consumer_lag"}
    assert lags == {"1": 0, "2": 4}


def test_healthz_goes_unhealthy_when_the_loop_stops_polling(server: MetricsServer, metrics: WorkerMetrics) -> None:
    now = [1000.0]
    metrics.health = Health(stale_after_s=30, clock=lambda: now[0])
    now[0] += 29
    assert health(server.url)[0] == 200  # start counts as progress
    now[0] += 2
    status, body = health(server.url)
    assert status == 503 and body["reason"] == "no poll for 31s (limit 30s)"
    metrics.heartbeat()
    assert health(server.url)[0] == 200


def test_unknown_paths_are_404(server: MetricsServer) -> None:
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(server.url + "/", timeout=5)
    assert error.value.code == 404


def test_disabled_by_default_and_a_taken_port_names_the_setting(metrics: WorkerMetrics) -> None:
    assert load_settings().metrics.enabled is False
    assert serve(load_settings(), metrics) is None
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(MetricsError, match=rf"127\.0\.0\.1:{port} .*NEWSLINE_METRICS_PORT"):
            serve(MetricsSettings(enabled=True, port=port), metrics)


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_METRICS_ENABLED", "true")
    monkeypatch.setenv("NEWSLINE_METRICS_PORT", "9200")
    monkeypatch.setenv("NEWSLINE_METRICS_HOST", "0.0.0.0")  # noqa: S104 - containers listen on all interfaces
    config = load_settings().metrics
    assert (config.enabled, config.host, config.port) == (True, "0.0.0.0", 9200)


def test_two_workers_in_one_process_keep_separate_registries() -> None:
    enrich, index = WorkerMetrics("enrich"), WorkerMetrics("index")
    enrich.consumed(3)
    with serve(MetricsSettings(enabled=True, port=0), index) as server:  # type: ignore[union-attr]
        samples = scrape(server.url)
    assert samples[("newsline_records_consumed_total", labels(worker="index"))] == 0
    assert ("newsline_records_consumed_total", labels(worker="enrich")) not in samples
