"""Fixtures for the DAG tests.

Airflow reads its configuration once, at import, so no test process imports Airflow: everything that
needs it runs in a subprocess (``python -m newsline_dev.airflow.dagcheck`` / ``dagtest``) with the
newsline Airflow environment and a throwaway ``AIRFLOW_HOME``. Test order and other suites therefore
cannot change what Airflow sees, and the developer's ``.newsline/airflow`` is never touched.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def airflow_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh AIRFLOW_HOME for the session (``dagtest`` migrates it on first use, ~6 s)."""
    return tmp_path_factory.mktemp("airflow-home")
