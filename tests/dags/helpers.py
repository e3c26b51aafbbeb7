"""Helpers for the DAG tests: run Airflow-touching modules in a subprocess from the project root."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Mapping

import pytest

from pipeline.settings import PROJECT_ROOT

AIRFLOW_INSTALLED = importlib.util.find_spec("airflow") is not None

requires_airflow = pytest.mark.skipif(not AIRFLOW_INSTALLED, reason="Airflow is not installed (pip install -e '.[airflow]')")


def run_module(
    module: str, *args: str, timeout: float, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m module args`` from the project root; output captured."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=PROJECT_ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def tail(proc: subprocess.CompletedProcess[str], lines: int = 60) -> str:
    text = (proc.stdout or "") + (proc.stderr or "")
    return "\n".join(text.splitlines()[-lines:])
