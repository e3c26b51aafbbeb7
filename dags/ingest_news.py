"""
### ingest_news

Fetches the sources of the registry (`config/sources.yaml`, or `fetch.sources_file`) politely and
safely, and publishes the new articles to the raw Kafka topic (the enrich/index workers take it
from there).

`list_sources` -> per source, a mapped task group: `discover` (feeds/sitemaps, conditional GET)
-> `fetch_publish` (claim new URLs, fetch, extract, publish, record every outcome) -> `summarize`.

* Schedule: setting `ingest.schedule` (`NEWSLINE_INGEST_SCHEDULE`; cron or preset, default every
  15 minutes), `catchup=False`, `max_active_runs=1`, and a run still going after `ingest.dagrun_timeout_s`
  is failed so the next one can start. Overlapping runs cannot double-publish: URLs are claimed in a
  shared store.
* Fetching tasks run in the pool `newsline_fetch` of `ingest.fetch_pool_size` slots (created by
  `make airflow`, or `newsline airflow init` in compose), which caps them.
* Endpoints: Airflow Connections `newsline_kafka` and `newsline_elasticsearch`
  (`AIRFLOW_CONN_NEWSLINE_KAFKA`, ...), else the newsline settings.

Task bodies live in `pipeline.orchestration.ingest_tasks`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from airflow.sdk import Param, dag, task, task_group

from pipeline.orchestration.dag_defaults import START_DATE, dag_settings, default_args
from pipeline.orchestration.pools import FETCH_POOL

# The only I/O at import: reading the settings (YAML + NEWSLINE_* env). Kafka, Elasticsearch, the
# source registry and the network are touched in tasks only.
INGEST = dag_settings().ingest


@dag(
    dag_id="ingest_news",
    start_date=START_DATE,
    schedule=INGEST.schedule,
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(seconds=INGEST.dagrun_timeout_s),
    doc_md=__doc__,
    tags=["newsline", "ingest"],
    default_args=default_args(
        timedelta(minutes=1),
        permanent=("pipeline.sources.exceptions.SourceError",),
        reason="bad source registry or configuration; retrying will not help",
    ),
    params={"sources_file": Param(None, type=["null", "string"], description="registry YAML; empty = fetch.sources_file")},
)
def ingest_news() -> None:
    @task
    def list_sources(params: dict[str, Any] | None = None) -> list[str]:
        from pipeline.orchestration import ingest_tasks

        return ingest_tasks.list_sources((params or {}).get("sources_file"))

    @task_group(group_id="source")
    def source(name: str) -> Any:
        @task(pool=FETCH_POOL)
        def discover(name: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
            from pipeline.orchestration import ingest_tasks

            return ingest_tasks.discover(name, (params or {}).get("sources_file"))

        @task(pool=FETCH_POOL)
        def fetch_publish(name: str, found: dict[str, Any], params: dict[str, Any] | None = None) -> dict[str, Any]:
            from pipeline.orchestration import ingest_tasks

            return ingest_tasks.fetch_publish(name, found, (params or {}).get("sources_file"))

        return fetch_publish(name, discover(name))  # type: ignore[arg-type]

    @task
    def summarize(results: list[dict[str, Any]], params: dict[str, Any] | None = None) -> dict[str, Any]:
        from pipeline.orchestration import ingest_tasks

        return ingest_tasks.summarize(list(results), (params or {}).get("sources_file"))

    summarize(source.expand(name=list_sources()))  # type: ignore[arg-type]


ingest_news()
