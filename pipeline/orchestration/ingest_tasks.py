"""Bodies of the ``ingest_news`` DAG tasks, as plain functions (no Airflow import at module level).

Kafka and Elasticsearch endpoints come from the Airflow Connections ``newsline_kafka`` and
``newsline_elasticsearch`` when they exist (``AIRFLOW_CONN_NEWSLINE_KAFKA`` etc.), else from settings.
Return values are JSON-serialisable (XCom).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pipeline.orchestration.exceptions import PermanentError
from pipeline.settings import Settings, load_settings

log = logging.getLogger(__name__)

KAFKA_CONN = "newsline_kafka"
ELASTICSEARCH_CONN = "newsline_elasticsearch"


def _connection(conn_id: str) -> Any | None:
    try:
        from airflow.sdk import BaseHook
    except ImportError:
        return None
    try:
        return BaseHook.get_connection(conn_id)
    except Exception as exc:  # noqa: BLE001 - AirflowNotFoundException and friends: fall back to settings
        log.info("connection not used conn_id=%s reason=%s", conn_id, type(exc).__name__)
        return None


def with_connections(settings: Settings) -> Settings:
    """``settings`` with the Kafka/Elasticsearch endpoints of the Airflow Connections, if defined."""
    kafka, es = settings.kafka, settings.elasticsearch
    conn = _connection(KAFKA_CONN)
    if conn is not None and conn.host:
        servers = (conn.extra_dejson or {}).get("bootstrap_servers") or f"{conn.host}:{conn.port or 9092}"
        kafka = kafka.model_copy(update={"bootstrap_servers": servers})
    conn = _connection(ELASTICSEARCH_CONN)
    if conn is not None and conn.host:
        scheme = conn.schema or "http"
        update: dict[str, Any] = {"url": f"{scheme}://{conn.host}:{conn.port or 9200}"}
        if conn.login:
            update |= {"username": conn.login, "password": conn.password}
        es = es.model_copy(update=update)
    log.info("endpoints kafka=%s elasticsearch=%s", kafka.bootstrap_servers, es.url)
    return settings.model_copy(update={"kafka": kafka, "elasticsearch": es})


def _spec(name: str, sources_file: str | None, settings: Settings) -> Any:
    from pipeline.sources.registry import load_sources

    path = Path(sources_file) if sources_file else settings.fetch.sources_file
    for spec in load_sources(path):
        if spec.name == name:
            return spec
    raise PermanentError(f"no source named {name!r} in {path}")


def list_sources(sources_file: str | None = None) -> list[str]:
    from pipeline.sources.registry import load_sources

    settings = load_settings()
    path = Path(sources_file) if sources_file else settings.fetch.sources_file
    names = [spec.name for spec in load_sources(path) if spec.enabled]
    log.info("sources file=%s enabled=%s", path, ",".join(names))
    return names


def discover(name: str, sources_file: str | None = None) -> dict[str, Any]:
    from pipeline.fetch import Fetcher
    from pipeline.ingest.run import discover as run_discover
    from pipeline.ingest.run import open_store

    settings = load_settings()
    spec = _spec(name, sources_file, settings)
    store = open_store(settings)
    try:
        with Fetcher(settings.fetch, source=name) as fetcher:
            found = run_discover(spec, settings, fetcher, store)
    finally:
        store.close()
    log.info("discovered source=%s urls=%d errors=%d", name, len(found.items), len(found.errors))
    return found.to_dict()


def fetch_publish(name: str, found: dict[str, Any], sources_file: str | None = None) -> dict[str, Any]:
    from pipeline.fetch import Fetcher
    from pipeline.ingest.discover import Discovery
    from pipeline.ingest.run import ingest_items, open_store
    from pipeline.kafka.producer import Producer

    settings = with_connections(load_settings())
    spec = _spec(name, sources_file, settings)
    store = open_store(settings)
    try:
        with Fetcher(settings.fetch, source=name) as fetcher, Producer(settings.kafka, "newsline-ingest") as producer:
            summary = ingest_items(spec, Discovery.from_dict(found), settings, store, fetcher, producer)
    finally:
        store.close()
    for line in summary.text().splitlines():
        log.info("ingest %s", line.strip())
    return summary.to_dict()


def summarize(results: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("discovered", "new", "fetched", "extracted", "published")
    totals = {k: sum(int(r.get(k, 0)) for r in results) for k in keys}
    totals["skipped"] = sum(sum(r.get("skipped", {}).values()) for r in results)
    totals["failed"] = sum(sum(r.get("failed", {}).values()) for r in results)
    totals["sources"] = len(results)
    log.info("ingest totals %s", " ".join(f"{k}={v}" for k, v in totals.items()))
    return totals
