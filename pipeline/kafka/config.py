"""kafka-python client options built from settings (secrets unwrapped only here)."""

from __future__ import annotations

from typing import Any

from pipeline.settings import KafkaSettings


def client_options(kafka: KafkaSettings, client_id: str) -> dict[str, Any]:
    options: dict[str, Any] = {
        "bootstrap_servers": kafka.bootstrap_servers.split(","),
        "client_id": client_id,
        "security_protocol": kafka.security_protocol,
        "reconnect_backoff_max_ms": kafka.reconnect_backoff_max_ms,
        "bootstrap_timeout_ms": kafka.bootstrap_timeout_ms,
    }
    if kafka.sasl_mechanism:
        options["sasl_mechanism"] = kafka.sasl_mechanism
        options["sasl_plain_username"] = kafka.username
        options["sasl_plain_password"] = kafka.password.get_secret_value() if kafka.password else None
    if kafka.security_protocol in ("SSL", "SASL_SSL"):
        options["ssl_check_hostname"] = True
        if kafka.ssl_cafile is not None:
            options["ssl_cafile"] = str(kafka.ssl_cafile)
    return options
