"""Bodies of the ``replay_seeds`` DAG tasks, as plain functions.

No Airflow import here: the DAG file only wires these together, and they are unit-testable
without Airflow. Kafka and Elasticsearch come from the Airflow Connections ``newsline_kafka`` and
``newsline_elasticsearch`` when they are defined (:mod:`pipeline.orchestration.connections`), like
``ingest_news``. Pipeline modules (Kafka, Elasticsearch clients) are imported inside the
functions, so importing this module does no I/O. Return values are JSON-serialisable (XCom).
Errors derive from :class:`pipeline.exceptions.NewslineError`; :class:`PermanentError` and
:class:`pipeline.exceptions.ConfigError` mean "retrying will not help".
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pipeline.orchestration.exceptions import NoInputError, ReplayFailedError, VerifyError
from pipeline.settings import PROJECT_ROOT, Settings, load_settings

log = logging.getLogger(__name__)

MAX_LOGGED_FAILURES = 50


def _settings(settings: Settings | None) -> Settings:
    """``settings`` if given, else the loaded settings with the Airflow Connections' endpoints and credentials."""
    from pipeline.orchestration.connections import with_connections

    return settings if settings is not None else with_connections(load_settings())


def resolve_replay_path(path: str | None, settings: Settings) -> Path:
    """``path`` (relative paths are anchored at the project root), else the seeds dir."""
    if path is None or not str(path).strip():
        return settings.paths.seeds
    candidate = Path(str(path).strip()).expanduser()
    return candidate if candidate.is_absolute() else PROJECT_ROOT / candidate


def discover_files(path: str | None = None, settings: Settings | None = None) -> list[str]:
    """Files to replay under ``path`` (default: the configured seeds dir), sorted."""
    from pipeline.sources.replay import discover

    settings = _settings(settings)
    root = resolve_replay_path(path, settings)
    if not root.exists():
        raise NoInputError(f"replay path does not exist: {root}")
    files = [str(p) for p in discover([root])]
    if not files:
        raise NoInputError(f"no replayable files (.txt/.html/.json) under {root}")
    log.info("replay discovered path=%s files=%d", root, len(files))
    return files


def publish(files: list[str], settings: Settings | None = None) -> dict[str, Any]:
    """Publish ``files`` to the raw topic; fail only when nothing was published and files failed.

    Unlike ``newsline replay`` (exit 1 when any input is rejected), the task succeeds when some inputs were
    published: the rejected ones are logged with their reasons and returned (``failed``, ``rejected_by_reason``)
    so the drain and verify tasks still run on the good ones.
    """
    from pipeline.sources.replay import replay_paths

    if not files:
        raise NoInputError("nothing to publish: the file list is empty")
    settings = _settings(settings)
    report = replay_paths([Path(f) for f in files], settings)
    failed = list(report.failed)
    for path, reason in failed[:MAX_LOGGED_FAILURES]:
        log.warning("replay file failed path=%s reason=%s", path, reason)
    if len(failed) > MAX_LOGGED_FAILURES:
        log.warning("replay failures truncated not_logged=%d", len(failed) - MAX_LOGGED_FAILURES)
    log.info("replay published files=%d published=%d failed=%d", len(files), report.published, len(failed))
    for path, detail in list(getattr(report, "truncated", []))[:MAX_LOGGED_FAILURES]:
        log.warning("replay input truncated path=%s %s", path, detail)
    if report.published == 0 and failed:
        path, reason = failed[0]
        raise ReplayFailedError(f"replay published nothing: all {len(failed)} file(s) failed; first: {path}: {reason}")
    return dict(report.to_dict())


def drain(settings: Settings | None = None) -> dict[str, Any]:
    """Run the enrich and index workers until the topics are drained; return their counts.

    Drained means the consumer groups' committed offsets reached the end offsets (measured, see
    ``pipeline.runner``). A drain timeout (``workers.drain_timeout_s``) or a dying worker fails the task;
    the remaining lag per topic and partition is logged first.
    """
    from pipeline.runner import run_until_idle
    from pipeline.workers.exceptions import DrainTimeoutError

    try:
        counts = dict(run_until_idle(_settings(settings)))
    except DrainTimeoutError as exc:
        for lag in exc.lags:
            log.error("drain incomplete topic=%s group=%s lag=%s partitions=%s",
                      lag.get("topic"), lag.get("group"), lag.get("lag"), lag.get("partitions"))
        raise
    scalars = " ".join(f"{k}={v}" for k, v in counts.items() if isinstance(v, int | float | str))
    log.info("drained %s", scalars)
    if counts.get("dead_letters"):
        log.warning("dead letters written count=%s", counts["dead_letters"])
    return counts


def verify(query: str, min_hits: int = 1, limit: int = 10, settings: Settings | None = None) -> dict[str, Any]:
    """Log the index size, search for ``query`` and log the hits; fail below ``min_hits`` hits."""
    from pipeline.search import count_documents, search

    settings = _settings(settings)
    documents = count_documents(settings)
    result = search(settings, query, limit=limit)
    hits = list(result.get("hits", []))
    total = int(result.get("total", len(hits)))
    log.info("verify search query=%r documents=%d total=%d returned=%d", query, documents, total, len(hits))
    for rank, hit in enumerate(hits, 1):
        log.info(
            "verify hit rank=%d score=%s id=%s source=%s title=%r url=%s",
            rank,
            hit.get("score"),
            hit.get("id"),
            hit.get("source"),
            hit.get("title"),
            hit.get("url"),
        )
    if total < min_hits:
        raise VerifyError(f"search {query!r} found {total} hit(s) in {documents} document(s), expected at least {min_hits}")
    return {"query": query, "documents": documents, "total": total, "hits": hits}
