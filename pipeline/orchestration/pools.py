"""The Airflow pool that caps ``ingest_news``'s fetching tasks, sized by ``ingest.fetch_pool_size``.

``make airflow`` creates it (:mod:`newsline_dev.airflow.local_airflow`); in compose a one-shot runs
``newsline airflow init`` (or, equivalently, ``airflow pools set newsline_fetch <size> "<description>"``).
No Airflow import here: the pool is set through the ``airflow`` command of this interpreter.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping

from pipeline.orchestration.exceptions import AirflowEnvError
from pipeline.settings import Settings

FETCH_POOL = "newsline_fetch"
FETCH_POOL_DESCRIPTION = "caps concurrent fetching tasks of ingest_news (setting ingest.fetch_pool_size)"


def pool_set_args(settings: Settings) -> list[str]:
    """``airflow`` arguments that create or resize the fetch pool."""
    return ["pools", "set", FETCH_POOL, str(settings.ingest.fetch_pool_size), FETCH_POOL_DESCRIPTION]


def set_fetch_pool(settings: Settings, env: Mapping[str, str] | None = None, timeout: float = 120.0) -> int:
    """Run ``airflow pools set`` with ``env`` (default: this process's); return the slots; raise on failure."""
    proc = subprocess.run(
        [sys.executable, "-m", "airflow", *pool_set_args(settings)],
        env=None if env is None else dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-15:])
        raise AirflowEnvError(f"airflow pools set {FETCH_POOL} failed (exit {proc.returncode}):\n{tail}")
    return settings.ingest.fetch_pool_size
