"""Bodies of the ``ingest_news`` DAG tasks, as plain functions (no Airflow import at module level).

Kafka and Elasticsearch endpoints come from the Airflow Connections ``newsline_kafka`` and
``newsline_elasticsearch`` when they exist (``AIRFLOW_CONN_NEWSLINE_KAFKA`` etc.), else from settings
(:mod:`pipeline.orchestration.connections`).
Return values are JSON-serialisable (XCom).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pipeline.orchestration.connections import with_connections
from pipeline.orchestration.exceptions import PermanentError
from pipeline.settings import Settings, load_settings

log = logging.getLogger(__name__)


def _registry(sources_file: str | None, settings: Settings) -> Any:
    from pipeline.sources.registry import read_registry

    return read_registry(Path(sources_file) if sources_file else settings.fetch.sources_file)


def _spec(name: str, sources_file: str | None, settings: Settings) -> Any:
    registry = _registry(sources_file, settings)
    for spec in registry.specs:
        if spec.name == name:
            return spec
    bad = [p for p in registry.problems if p.startswith(f"source {name!r}:")]
    raise PermanentError(f"{registry.where}: {bad[0]}" if bad else f"no source named {name!r} in {registry.where}")


def list_sources(sources_file: str | None = None) -> list[str]:
    """The enabled, valid sources; each bad entry is logged (and fails ``summarize`` once the good ones ran)."""
    registry = _registry(sources_file, load_settings())
    for problem in registry.report():
        log.error("bad source entry, not run: %s", problem)
    names = [spec.name for spec in registry.specs if spec.enabled]
    log.info("sources file=%s enabled=%s bad=%d", registry.where, ",".join(names), len(registry.problems))
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
    from pipeline.revisions.track import track_published

    settings = with_connections(load_settings())
    spec = _spec(name, sources_file, settings)
    store = open_store(settings)
    try:
        with Fetcher(settings.fetch, source=name) as fetcher, Producer(settings.kafka, "newsline-ingest") as producer:
            summary = ingest_items(spec, Discovery.from_dict(found), settings, store, fetcher, producer,
                                   after_publish=track_published(settings))
    finally:
        store.close()
    for line in summary.text().splitlines():
        log.info("ingest %s", line.strip())
    return summary.to_dict()


def summarize(results: list[dict[str, Any]], sources_file: str | None = None) -> dict[str, Any]:
    """The run's totals; fails (permanently, after logging them) when the registry has a bad entry."""
    keys = ("discovered", "new", "fetched", "extracted", "published")
    totals = {k: sum(int(r.get(k, 0)) for r in results) for k in keys}
    totals["skipped"] = sum(sum(r.get("skipped", {}).values()) for r in results)
    totals["failed"] = sum(sum(r.get("failed", {}).values()) for r in results)
    totals["sources"] = len(results)
    log.info("ingest totals %s", " ".join(f"{k}={v}" for k, v in totals.items()))
    registry = _registry(sources_file, load_settings())
    if registry.problems:
        from pipeline.sources.exceptions import SourceError

        raise SourceError(registry.where, f"{len(registry.problems)} bad source entries were not run "
                                          f"(the others were), first: {registry.problems[0]}")
    return totals
