"""Body of the ``recheck_articles`` DAG task, a plain function (no Airflow import at module level)."""

from __future__ import annotations

import logging
from typing import Any

from pipeline.orchestration.ingest_tasks import with_connections
from pipeline.settings import Settings, load_settings

log = logging.getLogger(__name__)


def recheck_due(settings: Settings | None = None) -> dict[str, Any]:
    """Re-check the articles whose scheduled re-check is due (at most ``revisions.max_per_run``).

    Failed fetches are reported in the summary and stay due (transient) or wait for the next step; they do
    not fail the task, which fails only when Kafka, Elasticsearch or the state store are unusable.
    """
    from pipeline.revisions.run import recheck

    settings = settings or with_connections(load_settings())
    summary = recheck(settings, due=True)
    for line in summary.text().splitlines():
        log.info("recheck %s", line.strip())
    return summary.to_dict()
