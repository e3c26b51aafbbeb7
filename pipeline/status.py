"""How far each stage has got: ingest, re-checks, workers, topics and lag, documents, cluster.

Runtime code only: Kafka and Elasticsearch are reached with the pipeline's own clients (the ``pipeline``
and ``cluster`` sections say when one cannot be reached). ``newsline status`` adds the local services'
processes (``services``) when the development tooling is installed.
"""

from __future__ import annotations

from typing import Any

from elasticsearch import NotFoundError

from pipeline.kafka.admin import end_offsets, group_lag, topic_names
from pipeline.search import count_documents
from pipeline.settings import Settings


def _documents(settings: Settings) -> int | None:
    try:
        return count_documents(settings)
    except NotFoundError:  # the index is created by `newsline setup` / `services up`
        return None


def _pipeline_status(settings: Settings) -> dict[str, Any]:
    topics = settings.kafka.topics
    ends = end_offsets(settings.kafka, topic_names(settings.kafka))
    groups = {
        settings.workers.enrich_group: group_lag(settings.kafka, settings.workers.enrich_group, topics.raw),
        settings.workers.index_group: group_lag(settings.kafka, settings.workers.index_group, topics.enriched),
    }
    return {
        "topics": {name: {"end_offset": sum(parts.values()), "partitions": parts} for name, parts in ends.items()},
        "consumer_groups": groups,
        "dead_letters": sum(ends[topics.dead_letter].values()),
        "dead_letter_counts": _dead_letter_counts(settings),
        "documents_indexed": _documents(settings),
        "index_alias": settings.elasticsearch.read_alias,
    }


def _dead_letter_counts(settings: Settings) -> dict[str, Any]:
    """Per stage and per reason among the newest letters (bounded read; `newsline dlq list` for the letters)."""
    from pipeline.dlq import dead_letter_counts

    try:
        return dead_letter_counts(settings.kafka)
    except Exception as exc:  # noqa: BLE001 - status reports what it cannot read, never crashes
        return {"error": f"{type(exc).__name__}: {exc}"}


def _ingest_status(settings: Settings) -> dict[str, Any]:
    """Per source: URLs published/skipped/failed (with reasons) from the ingest state store, and the last run."""
    from pipeline.ingest.store import IngestStore, store_path

    path = store_path(settings.paths.state)
    if not path.exists():
        return {}
    store = IngestStore(path)
    try:
        counts, runs = store.counts(), store.last_runs()
    finally:
        store.close()
    for source, run in runs.items():
        counts.setdefault(source, {})["last_run"] = {k: run[k] for k in ("run_id", "discovered", "new", "published")}
    return counts


def _rechecks_status(settings: Settings) -> dict[str, Any]:
    """Re-checks of published articles (revisions): tracked, still scheduled, due now, edited, removed, last."""
    from pipeline.ingest.store import store_path
    from pipeline.revisions.store import RevisionStore

    if not store_path(settings.paths.state).exists():
        return {}
    store = RevisionStore.open(settings.paths.state)
    try:
        return store.counts()
    finally:
        store.close()


def _workers_status(settings: Settings) -> dict[str, Any]:
    """Per worker kind, from ``<paths.state>/workers/<kind>.json``: state (worst live member), reason, restarts,
    and each member's pid, state and last exit (members whose process is gone show as ``dead``)."""
    from pipeline.workers.state import report

    return {kind: report(settings.paths.state, kind) for kind in ("enrich", "index")}


def _cluster_status(settings: Settings) -> dict[str, Any]:
    """Brokers and ISR per partition of the pipeline's topics; Elasticsearch nodes and shard allocation."""
    from pipeline.topology import es_topology, kafka_topology

    report: dict[str, Any] = {}
    for name, read in (("kafka", lambda: kafka_topology(settings.kafka, topic_names(settings.kafka))),
                       ("elasticsearch", lambda: es_topology(settings.elasticsearch))):
        try:
            report[name] = read()
        except Exception as exc:  # noqa: BLE001 - status reports what it cannot reach, never crashes
            report[name] = {"error": f"{type(exc).__name__}: {exc}"}
    return report


def _disk_status(settings: Settings) -> dict[str, Any]:
    """Elasticsearch's disk per node against its watermarks, and indices the flood stage made read-only."""
    from pipeline.index.client import make_client
    from pipeline.index.disk import disk_status

    with make_client(settings.elasticsearch) as client:
        return disk_status(client)


def collect(settings: Settings) -> dict[str, Any]:
    report: dict[str, Any] = {}
    try:
        report["ingest"] = _ingest_status(settings)
    except Exception as exc:  # noqa: BLE001 - status reports what it cannot read, never crashes
        report["ingest"] = {"error": f"{type(exc).__name__}: {exc}"}
    try:
        report["rechecks"] = _rechecks_status(settings)
    except Exception as exc:  # noqa: BLE001 - status reports what it cannot read, never crashes
        report["rechecks"] = {"error": f"{type(exc).__name__}: {exc}"}
    try:
        report["workers"] = _workers_status(settings)
    except Exception as exc:  # noqa: BLE001 - status reports what it cannot read, never crashes
        report["workers"] = {"error": f"{type(exc).__name__}: {exc}"}
    try:
        report["pipeline"] = _pipeline_status(settings)
    except Exception as exc:  # noqa: BLE001 - status reports what it cannot reach, never crashes
        report["pipeline"] = {"error": f"{type(exc).__name__}: {exc}"}
    report["cluster"] = _cluster_status(settings)
    try:
        report["elasticsearch_disk"] = _disk_status(settings)
    except Exception as exc:  # noqa: BLE001 - status reports what it cannot reach, never crashes
        report["elasticsearch_disk"] = {"error": f"{type(exc).__name__}: {exc}"}
    return report
