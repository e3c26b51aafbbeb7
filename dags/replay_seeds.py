"""
### replay_seeds

Replays local article files (the seeds dir by default) through the newsline pipeline and checks
the result is searchable.

`discover_files` -> `publish` (raw Kafka topic) -> `drain` (enrich + index workers until the
topics are idle) -> `verify` (search Elasticsearch for `query`).

**Params**

* `path`: file or directory to replay; relative paths are taken from the project root.
  Empty means the configured `paths.seeds`.
* `query`: search run by `verify` (default "Idlib ceasefire").
* `min_hits`: `verify` fails below this many hits (0 only logs).

Bad input (missing path, no files, bad settings, import errors) fails at once; other errors are
retried. A run still going after `airflow.replay_dagrun_timeout_s` is failed. Kafka and Elasticsearch
come from the Connections `newsline_kafka`/`newsline_elasticsearch` when defined, else the settings.
Task bodies live in `pipeline.orchestration.tasks`.

Run locally: `python -m newsline_dev.airflow.airflow_env -- dags test replay_seeds`
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from airflow.sdk import Param, dag, task

from pipeline.orchestration.dag_defaults import START_DATE, dag_settings, default_args

# The only I/O at import: reading the settings (YAML + NEWSLINE_* env); Kafka and Elasticsearch are
# touched in tasks only, through the Connections newsline_kafka/newsline_elasticsearch when defined.
RUN_TIMEOUT = timedelta(seconds=dag_settings().airflow.replay_dagrun_timeout_s)


@dag(
    dag_id="replay_seeds",
    start_date=START_DATE,
    schedule=None,
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=RUN_TIMEOUT,
    doc_md=__doc__,
    tags=["newsline", "replay"],
    default_args=default_args(timedelta(seconds=30)),
    params={
        "path": Param(None, type=["null", "string"], description="file or dir; empty = seeds dir"),
        "query": Param("Idlib ceasefire", type="string", minLength=1, description="verify search"),
        "min_hits": Param(1, type="integer", minimum=0, description="verify fails below this"),
    },
)
def replay_seeds() -> None:
    @task
    def discover_files(params: dict[str, Any] | None = None) -> list[str]:
        from pipeline.orchestration import tasks

        return tasks.discover_files((params or {}).get("path"))

    @task(multiple_outputs=False)
    def publish(files: list[str]) -> dict[str, Any]:
        from pipeline.orchestration import tasks

        return tasks.publish(files)

    @task(multiple_outputs=False)
    def drain() -> dict[str, Any]:
        from pipeline.orchestration import tasks

        return tasks.drain()

    @task(multiple_outputs=False)
    def verify(params: dict[str, Any] | None = None) -> dict[str, Any]:
        from pipeline.orchestration import tasks

        params = params or {}
        return tasks.verify(str(params.get("query", "Idlib ceasefire")), int(params.get("min_hits", 1)))

    # TaskFlow passes an XComArg where the function declares list[str]; mypy cannot see through it
    publish(discover_files()) >> drain() >> verify()  # type: ignore[arg-type]


replay_seeds()
