"""Readiness probes that use the real clients, built where every client is built.

Kafka: kafka-python's admin client with :func:`pipeline.kafka.config.client_options`;
Elasticsearch: cluster health through :func:`pipeline.index.client.make_client`. So a probe
uses exactly the TLS and credentials the pipeline uses.
"""

from __future__ import annotations

import logging
from typing import Any

from newsline_dev.services.procs import port_open
from pipeline.settings import Settings

log = logging.getLogger("newsline_dev.services.probes")


def kafka_ready(settings: Settings, timeout_ms: int = 5000) -> bool:
    """True if a Kafka admin client can describe the cluster at ``bootstrap_servers``."""
    kafka = settings.kafka
    if not port_open(kafka.host, kafka.port):
        return False
    from kafka import KafkaAdminClient  # imported lazily: slow, and only needed here

    from pipeline.kafka.config import client_options

    options = client_options(kafka, "newsline-health")
    try:
        admin = KafkaAdminClient(**{**options, "request_timeout_ms": timeout_ms, "bootstrap_timeout_ms": timeout_ms})
    except Exception as exc:  # noqa: BLE001 - any client failure means "not ready"
        log.debug("event=probe service=kafka ready=false error=%s", type(exc).__name__)
        return False
    try:
        return bool(admin.describe_cluster().get("brokers"))
    except Exception as exc:  # noqa: BLE001
        log.debug("event=probe service=kafka ready=false error=%s", type(exc).__name__)
        return False
    finally:
        admin.close()


def cluster_health(settings: Settings, wait_s: float = 1.0) -> dict[str, Any] | None:
    """``GET /_cluster/health?wait_for_status=yellow``; None when unreachable or failing."""
    from pipeline.index.client import make_client

    try:
        with make_client(settings.elasticsearch, request_timeout=wait_s + 5) as client:
            answer = client.cluster.health(wait_for_status="yellow", timeout=f"{max(1, int(wait_s))}s")
            return dict(answer.body)
    except Exception as exc:  # noqa: BLE001 - unreachable, TLS, auth, 408 timeout: all mean "not ready"
        log.debug("event=probe service=elasticsearch ready=false error=%s", type(exc).__name__)
        return None


def elasticsearch_ready(settings: Settings) -> bool:
    """True if cluster health answers with status yellow or green."""
    health = cluster_health(settings)
    return health is not None and health.get("status") in ("yellow", "green")
