"""
### recheck_articles

Fetches recently published articles again on their schedule (`revisions.schedule_h`: 1 h, 6 h, 24 h and
72 h after the first fetch, then never) and publishes a new **revision** when the title or text changed,
a removal when the page is gone (404/410), or the new URL after a redirect. Unchanged pages (304, or the
same content hash) add nothing.

`recheck_due`: at most `revisions.max_per_run` due articles, with the ingest fetcher (robots.txt, per-host
delay shared with `ingest_news`, SSRF guard, conditional GET), in the `newsline_fetch` pool.

* Schedule: `NEWSLINE_RECHECK_SCHEDULE` (cron, default every 15 minutes), `catchup=False`,
  `max_active_runs=1`. Re-checks lease each article in the state store, so overlapping runs (or a manual
  `newsline recheck`) never check one article twice at once.
* Progress whatever the hosts do: each check is published and recorded when done; leases
  (`revisions.lease_s`, renewed while checking) are shorter than the task timeout (`revisions.task_timeout_s`);
  a check past `revisions.check_deadline_s` is recorded failed (retried next run) and its host's remaining
  checks wait, the other hosts go on; a run that lost a lease publishes nothing for that article.
* Endpoints: Airflow Connections `newsline_kafka` and `newsline_elasticsearch`, else the newsline settings.

Task body: `pipeline.orchestration.recheck_tasks`.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from airflow.sdk import dag, task

from pipeline.orchestration.dag_defaults import START_DATE, dag_settings, default_args

# Nothing below may do I/O at import: reading an environment variable is not I/O.
SCHEDULE = os.environ.get("NEWSLINE_RECHECK_SCHEDULE", "*/15 * * * *")
FETCH_POOL = "newsline_fetch"
TASK_TIMEOUT = timedelta(seconds=dag_settings().revisions.task_timeout_s)  # the lease is validated shorter


@dag(
    dag_id="recheck_articles",
    start_date=START_DATE,
    schedule=SCHEDULE,
    catchup=False,
    max_active_runs=1,
    doc_md=__doc__,
    tags=["newsline", "revisions"],
    default_args={**default_args(timedelta(minutes=2)), "execution_timeout": TASK_TIMEOUT},
)
def recheck_articles() -> None:
    @task(pool=FETCH_POOL)
    def recheck_due() -> dict[str, Any]:
        from pipeline.orchestration import recheck_tasks

        return recheck_tasks.recheck_due()

    recheck_due()


recheck_articles()
