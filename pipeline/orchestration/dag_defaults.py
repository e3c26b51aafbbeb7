"""Defaults shared by newsline's DAGs: start date, retries, and the errors never worth retrying.

Imported by the files in ``dags/`` only (it imports Airflow); it does no I/O.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from airflow.sdk import ExceptionRetryPolicy, RetryAction, RetryRule

START_DATE = datetime(2026, 1, 1, tzinfo=UTC)

PERMANENT_ERRORS = (
    "pipeline.exceptions.ConfigError",
    "pipeline.orchestration.exceptions.PermanentError",
    "builtins.ImportError",
)


def default_args(retry_delay: timedelta, permanent: tuple[str, ...] = (), reason: str = "") -> dict[str, Any]:
    """Two retries with ``retry_delay``, except for bad input or configuration, which fails at once."""
    rule = RetryRule(
        exception=[*PERMANENT_ERRORS, *permanent],
        action=RetryAction.FAIL,
        reason=reason or "bad input or configuration; retrying will not help",
    )
    return {
        "owner": "newsline",
        "retries": 2,
        "retry_delay": retry_delay,
        "execution_timeout": timedelta(minutes=30),
        "retry_policy": ExceptionRetryPolicy(rules=[rule]),
    }
