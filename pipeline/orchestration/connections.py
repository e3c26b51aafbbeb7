"""Kafka and Elasticsearch endpoints (and credentials) from the Airflow Connections, as validated settings.

Every DAG task that talks to Kafka or Elasticsearch calls :func:`with_connections`. Connections:

* ``newsline_kafka``: host/port (or ``extra.bootstrap_servers``), login/password = ``kafka.username``/``password``;
  extra keys that name a ``kafka.*`` setting (``security_protocol``, ``sasl_mechanism``...) are applied too.
* ``newsline_elasticsearch``: schema/host/port = ``elasticsearch.url``, login/password = ``username``/``password``;
  extra keys naming an ``elasticsearch.*`` setting (``api_key``, ``ca_certs``...) are applied too.

A Connection that is not defined leaves the settings as they are. The result is built with
``Settings.model_validate`` (never ``model_copy(update=...)``, which skips validation), so a password
becomes a ``SecretStr`` and a bad value is a :class:`ConfigError` naming the Connection and the setting.
No Airflow import at module level.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from pipeline.exceptions import ConfigError
from pipeline.logs import redact_records
from pipeline.settings import ElasticsearchSettings, KafkaSettings, Settings

log = logging.getLogger(__name__)

KAFKA_CONN = "newsline_kafka"
ELASTICSEARCH_CONN = "newsline_elasticsearch"


@dataclass(frozen=True)
class ConnectionInfo:
    """The parts of an Airflow Connection newsline uses (repr hides the password)."""

    conn_id: str
    host: str | None = None
    port: int | None = None
    schema: str | None = None
    login: str | None = None
    password: str | None = field(default=None, repr=False)
    extra: dict[str, Any] = field(default_factory=dict)


def lookup(conn_id: str) -> ConnectionInfo | None:
    """The Airflow Connection ``conn_id`` (``AIRFLOW_CONN_*``, secrets backend, DB), or None if undefined."""
    try:
        from airflow.sdk import BaseHook
    except ImportError:
        return None
    try:
        conn = BaseHook.get_connection(conn_id)
    except Exception as exc:  # noqa: BLE001 - AirflowNotFoundException and friends: fall back to settings
        log.info("connection not used conn_id=%s reason=%s", conn_id, type(exc).__name__)
        return None
    return ConnectionInfo(
        conn_id=conn_id,
        host=conn.host,
        port=conn.port,
        schema=conn.schema,
        login=conn.login,
        password=conn.password,
        extra=dict(conn.extra_dejson or {}),
    )


def _extras(conn: ConnectionInfo, section: type[KafkaSettings] | type[ElasticsearchSettings]) -> dict[str, Any]:
    known = {k: v for k, v in conn.extra.items() if k in section.model_fields and k != "topics"}
    ignored = sorted(set(conn.extra) - set(known))
    if ignored:
        log.warning("connection extra ignored conn_id=%s keys=%s", conn.conn_id, ",".join(ignored))
    return known


def kafka_update(conn: ConnectionInfo) -> dict[str, Any]:
    update = _extras(conn, KafkaSettings)
    if conn.host and "bootstrap_servers" not in update:
        update["bootstrap_servers"] = f"{conn.host}:{conn.port or 9092}"
    if conn.login:
        update |= {"username": conn.login, "password": conn.password}
    return update


def elasticsearch_update(conn: ConnectionInfo) -> dict[str, Any]:
    update = _extras(conn, ElasticsearchSettings)
    if conn.host:
        update["url"] = f"{conn.schema or 'http'}://{conn.host}:{conn.port or 9200}"
    if conn.login:
        update |= {"username": conn.login, "password": conn.password}
    return update


def apply_connections(settings: Settings, kafka: ConnectionInfo | None, es: ConnectionInfo | None) -> Settings:
    """``settings`` with the Connections' values, validated like any other setting."""
    data = settings.model_dump()
    used = []
    for conn, section, update in ((kafka, "kafka", kafka_update), (es, "elasticsearch", elasticsearch_update)):
        if conn is not None:
            data[section] |= update(conn)
            used.append(conn.conn_id)
    if not used:
        return settings
    try:
        return type(settings).model_validate(data)
    except ValidationError as exc:
        fields = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors(include_input=False))
        raise ConfigError(f"Airflow Connection(s) {', '.join(used)} give invalid settings: {fields}") from None


def with_connections(settings: Settings) -> Settings:
    """``settings`` with the endpoints and credentials of the Airflow Connections that are defined.

    Every task body starts here, so this is also where URL credentials and tokens are masked in every log record
    the task makes (httpx logs each request URL; Airflow writes task logs through its own handlers)."""
    redact_records()
    result = apply_connections(settings, lookup(KAFKA_CONN), lookup(ELASTICSEARCH_CONN))
    log.info("endpoints kafka=%s elasticsearch=%s", result.kafka.bootstrap_servers, result.elasticsearch.url)
    return result
