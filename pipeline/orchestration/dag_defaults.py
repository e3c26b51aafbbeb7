"""Defaults shared by newsline's DAGs: start date, retries, and the errors never worth retrying.

Imported by the files in ``dags/`` only (it imports Airflow). The only I/O it does is
:func:`dag_settings`: reading newsline's settings (YAML file + ``NEWSLINE_*`` environment).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from airflow.sdk import ExceptionRetryPolicy, RetryAction, RetryRule

from pipeline.settings import Settings, load_settings

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


def dag_settings() -> Settings:
    """Settings for parse-time DAG arguments (schedule, run timeouts): YAML + environment, nothing else.

    A bad value fails the DAG import with the message naming the setting (shown as an import error).
    """
    return load_settings()
