"""Airflow Connections become validated settings: passwords are SecretStr, never shown, bad values named."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr

from newsline_dev.airflow.airflow_env import build_env
from pipeline.exceptions import ConfigError
from pipeline.orchestration.connections import ConnectionInfo, apply_connections
from pipeline.settings import PROJECT_ROOT, load_settings
from tests.dags.helpers import requires_airflow

PASSWORD = "s3cret-Connection-pw"  # noqa: S105 - a test value

ES = ConnectionInfo("newsline_elasticsearch", host="es.internal", port=9243, schema="https", login="newsline",
                    password=PASSWORD, extra={"request_timeout": 12})
KAFKA = ConnectionInfo("newsline_kafka", host="kafka-1", port=9094, login="ingest", password=PASSWORD,
                       extra={"security_protocol": "SASL_SSL", "sasl_mechanism": "SCRAM-SHA-512"})


def test_elasticsearch_connection_password_becomes_a_secret() -> None:
    settings = apply_connections(load_settings(), None, ES)
    es = settings.elasticsearch
    assert es.url == "https://es.internal:9243" and es.username == "newsline" and es.request_timeout == 12
    assert isinstance(es.password, SecretStr) and es.password.get_secret_value() == PASSWORD
    assert PASSWORD not in repr(settings) and PASSWORD not in str(settings) and PASSWORD not in repr(ES)


def test_kafka_connection_gives_servers_credentials_and_protocol() -> None:
    kafka = apply_connections(load_settings(), KAFKA, None).kafka
    assert kafka.bootstrap_servers == "kafka-1:9094"
    assert (kafka.security_protocol, kafka.sasl_mechanism, kafka.username) == ("SASL_SSL", "SCRAM-SHA-512", "ingest")
    assert isinstance(kafka.password, SecretStr) and kafka.password.get_secret_value() == PASSWORD
    assert PASSWORD not in repr(kafka)


def test_bootstrap_servers_extra_wins_over_host() -> None:
    conn = ConnectionInfo("newsline_kafka", host="ignored", port=1, extra={"bootstrap_servers": "a:9092,b:9092"})
    assert apply_connections(load_settings(), conn, None).kafka.bootstrap_servers == "a:9092,b:9092"


def test_no_connection_keeps_the_settings() -> None:
    settings = load_settings()
    assert apply_connections(settings, None, None) is settings


def test_bad_connection_value_names_the_connection_and_setting_not_the_secret() -> None:
    conn = ConnectionInfo("newsline_kafka", host="k", login="u", password=PASSWORD, extra={"security_protocol": "TLS"})
    with pytest.raises(ConfigError) as info:
        apply_connections(load_settings(), conn, None)
    message = str(info.value)
    assert "newsline_kafka" in message and "kafka.security_protocol" in message
    assert PASSWORD not in message


@pytest.mark.airflow
@requires_airflow
def test_real_airflow_connection_from_the_environment_is_validated(tmp_path: Path) -> None:
    """Through Airflow's own Connection lookup (``AIRFLOW_CONN_*``), in a subprocess as Airflow must be."""
    es = {"conn_type": "http", "schema": "https", "host": "es.example", "port": 9200, "login": "elastic",
          "password": PASSWORD}
    kafka = {"conn_type": "generic", "host": "kafka.example", "port": 9092}
    probe = (
        "from pipeline.orchestration.connections import with_connections\n"
        "from pipeline.settings import load_settings\n"
        "s = with_connections(load_settings())\n"
        "print('RESULT', type(s.elasticsearch.password).__name__, s.elasticsearch.url, s.kafka.bootstrap_servers,\n"
        "      s.elasticsearch.password.get_secret_value() == " + repr(PASSWORD) + ", " + repr(PASSWORD) + " in repr(s))\n"
    )
    env = {**build_env(home=tmp_path / "airflow"), "AIRFLOW_CONN_NEWSLINE_ELASTICSEARCH": json.dumps(es),
           "AIRFLOW_CONN_NEWSLINE_KAFKA": json.dumps(kafka), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                         timeout=120, check=False)
    result = [line for line in out.stdout.splitlines() if line.startswith("RESULT")]
    assert result == ["RESULT SecretStr https://es.example:9200 kafka.example:9092 True False"], out.stdout + out.stderr
    assert PASSWORD not in out.stdout.replace(result[0], "") + out.stderr
