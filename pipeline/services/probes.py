"""Readiness probes that use real clients: kafka-python's admin client and ES cluster health."""

from __future__ import annotations

import base64
import json
import logging
import urllib.request

from pipeline.services.procs import port_open
from pipeline.settings import Settings

log = logging.getLogger("pipeline.services.probes")


def kafka_ready(settings: Settings, timeout_ms: int = 5000) -> bool:
    """True if a Kafka admin client can describe the cluster at ``bootstrap_servers``."""
    kafka = settings.kafka
    if not port_open(kafka.host, kafka.port):
        return False
    from kafka import KafkaAdminClient  # imported lazily: slow, and only needed here

    auth = {
        "security_protocol": kafka.security_protocol,
        "sasl_mechanism": kafka.sasl_mechanism,
        "sasl_plain_username": kafka.username,
        "sasl_plain_password": kafka.password.get_secret_value() if kafka.password else None,
    }
    try:
        admin = KafkaAdminClient(
            bootstrap_servers=kafka.bootstrap_servers,
            client_id="newsline-health",
            request_timeout_ms=timeout_ms,
            bootstrap_timeout_ms=timeout_ms,
            **auth,
        )
    except Exception as exc:  # noqa: BLE001 - any client failure means "not ready"
        log.debug("event=probe service=kafka ready=false error=%r", exc)
        return False
    try:
        return bool(admin.describe_cluster().get("brokers"))
    except Exception as exc:  # noqa: BLE001
        log.debug("event=probe service=kafka ready=false error=%r", exc)
        return False
    finally:
        admin.close()


def _auth_header(settings: Settings) -> dict[str, str]:
    es = settings.elasticsearch
    if es.api_key:
        return {"Authorization": f"ApiKey {es.api_key.get_secret_value()}"}
    if es.username:
        secret = es.password.get_secret_value() if es.password else ""
        token = base64.b64encode(f"{es.username}:{secret}".encode()).decode()
        return {"Authorization": f"Basic {token}"}
    return {}


def cluster_health(settings: Settings, wait_s: float = 1.0) -> dict[str, object] | None:
    """``GET /_cluster/health?wait_for_status=yellow``; None when unreachable or failing."""
    url = settings.elasticsearch.url.rstrip("/")
    query = f"/_cluster/health?wait_for_status=yellow&timeout={max(1, int(wait_s))}s"
    request = urllib.request.Request(url + query, headers=_auth_header(settings))  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=wait_s + 5) as response:  # noqa: S310 - configured URL
            return json.loads(response.read())
    except (OSError, ValueError) as exc:
        log.debug("event=probe service=elasticsearch ready=false error=%r", exc)
        return None


def elasticsearch_ready(settings: Settings) -> bool:
    """True if cluster health answers with status yellow or green."""
    health = cluster_health(settings)
    return health is not None and health.get("status") in ("yellow", "green")
