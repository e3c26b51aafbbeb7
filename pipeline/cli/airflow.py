"""``newsline airflow init``: prepare an Airflow deployment for newsline's DAGs.

Creates (or resizes) the pool ``newsline_fetch`` with ``ingest.fetch_pool_size`` slots. Without
``--local`` it runs ``airflow pools set`` in this process's environment, i.e. against the Airflow whose
``AIRFLOW__*`` variables are set (the compose one-shot); with ``--local`` against the local Airflow of
``make airflow`` (``<paths.state>/airflow``, migrated first; needs the development tooling, ``tools/``).
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from pipeline.cli import render
from pipeline.cli.registry import Add

if TYPE_CHECKING:
    from pipeline.settings import Settings



def cmd_airflow(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.orchestration.pools import FETCH_POOL, set_fetch_pool

    env = None
    if args.local:
        from pipeline.cli.devtools import dev_module

        airflow_env = dev_module("airflow.airflow_env", "`newsline airflow init --local` (the local Airflow)")
        airflow_env.ensure_migrated(settings)
        env = {**os.environ, **airflow_env.build_env(settings)}
    slots = set_fetch_pool(settings, env=env)
    report = {"pool": FETCH_POOL, "slots": slots, "airflow": "local" if args.local else "environment"}
    print(render.as_json(report) if args.json else f"pool {FETCH_POOL}: {slots} slots ({report['airflow']} Airflow)")
    return 0


def register(add: Add) -> None:
    p = add("airflow", cmd_airflow, "prepare Airflow for the DAGs: the newsline_fetch pool (ingest.fetch_pool_size)")
    p.add_argument("action", choices=["init"])
    p.add_argument("--local", action="store_true", help="the local Airflow of `make airflow` instead of $AIRFLOW_*")
