"""Secured mode of the local services (``services.secure`` / ``newsline services up --secure``).

Everything is made here at run time, under ``paths.state``: a CA and node certificate
(``certs/``), a generated ``elastic`` password (Elasticsearch's keystore ``bootstrap.password``),
SCRAM-SHA-512 users for Kafka (``admin`` between brokers, ``services.pipeline_user`` for the
pipeline; created when the storage is formatted), an Elasticsearch API key for the pipeline limited to
``<index_prefix>*`` (created by ``elastic`` once the node answers; the pipeline's identity), the same
privileges as a file-realm user (``roles.yml``; a login for people and the fallback before the key exists),
each secret in ``secrets/<name>`` (0600), and ``secure.env`` (0600) with every ``NEWSLINE_*`` variable a
client needs.

API keys live in the ``.security`` system index, whose mapping needs three analysis-common components the
integ-test distribution lacks; :mod:`newsline_dev.services.es_plugin` adds them.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from newsline_dev.services import certs, secrets
from newsline_dev.services.kafka_config import SCRAM, SecureBroker
from pipeline.exceptions import ConfigError
from pipeline.settings import Settings

log = logging.getLogger("newsline_dev.services.secure")

KAFKA_ADMIN = "admin"
ELASTIC_USER = "elastic"
PIPELINE_ROLE = "newsline_pipeline"
PIPELINE_CLUSTER = ("monitor", "manage_index_templates")
ENV_FILE = "secure.env"


def check(settings: Settings) -> None:
    """Secured services need an https Elasticsearch URL (the client would otherwise speak plain HTTP)."""
    if not settings.elasticsearch.url.startswith("https://"):
        raise ConfigError(
            f"services.secure needs an https URL in setting elasticsearch.url (env NEWSLINE_ELASTICSEARCH_URL), "
            f"got {settings.elasticsearch.url}"
        )


def cert_paths(settings: Settings) -> certs.CertPaths:
    return certs.ensure(settings.paths.state / "certs")


def scram_users(settings: Settings) -> list[tuple[str, SecretStr]]:
    """The Kafka users created at storage format time, with their (generated) passwords."""
    state = settings.paths.state
    names = (KAFKA_ADMIN, settings.services.pipeline_user)
    return [(name, secrets.ensure(state, secrets.kafka_password_name(name))) for name in names]


def broker(settings: Settings) -> SecureBroker:
    paths = cert_paths(settings)
    admin = secrets.ensure(settings.paths.state, secrets.kafka_password_name(KAFKA_ADMIN))
    return SecureBroker(keystore=paths.keystore, truststore=paths.ca, admin_user=KAFKA_ADMIN, admin_password=admin)


def elastic_password(settings: Settings) -> SecretStr:
    return secrets.ensure(settings.paths.state, secrets.ELASTIC_PASSWORD)


def service_settings(settings: Settings) -> Settings:
    """``settings`` as the services' own probes see them: the pipeline's SCRAM user, ``elastic``, the CA."""
    check(settings)
    ca = cert_paths(settings).ca
    user = settings.services.pipeline_user
    kafka = settings.kafka.model_copy(
        update={
            "security_protocol": "SASL_SSL",
            "sasl_mechanism": SCRAM,
            "username": user,
            "password": secrets.ensure(settings.paths.state, secrets.kafka_password_name(user)),
            "ssl_cafile": ca,
        }
    )
    es = settings.elasticsearch.model_copy(
        update={"username": ELASTIC_USER, "password": elastic_password(settings), "api_key": None, "ca_certs": ca}
    )
    return settings.model_copy(update={"kafka": kafka, "elasticsearch": es})


def pipeline_password(settings: Settings) -> SecretStr:
    return secrets.ensure(settings.paths.state, secrets.elasticsearch_password_name(settings.services.pipeline_user))


def client_settings(settings: Settings) -> Settings:
    """``settings`` as the pipeline uses the secured services (no superuser), with the CA: Kafka's SCRAM user;
    Elasticsearch's API key once made, the pipeline's file-realm user before."""
    key = api_key(settings)
    if key is not None:
        return _with_key(settings, key)
    secured = service_settings(settings)
    update = {"username": settings.services.pipeline_user, "password": pipeline_password(settings), "api_key": None}
    return secured.model_copy(update={"elasticsearch": secured.elasticsearch.model_copy(update=update)})


def pipeline_role(settings: Settings) -> dict[str, Any]:
    """The pipeline's privileges: its own indices (``<prefix>*``), templates, health (user and API key)."""
    return {"cluster": list(PIPELINE_CLUSTER),
            "indices": [{"names": [f"{settings.elasticsearch.index_prefix}*"], "privileges": ["all"]}]}


def roles_yml(settings: Settings) -> str:
    """Elasticsearch file-realm role of the pipeline (:func:`pipeline_role`)."""
    role = pipeline_role(settings)
    return (
        "# written by newsline_dev.services.secure; edits are overwritten on every start\n"
        f"{PIPELINE_ROLE}:\n"
        f"  cluster: {json.dumps(role['cluster'])}\n"
        "  indices:\n"
        f"    - names: {json.dumps(role['indices'][0]['names'])}\n"
        f"      privileges: {json.dumps(role['indices'][0]['privileges'])}\n"
    )


def api_key(settings: Settings) -> SecretStr | None:
    """The pipeline's stored API key (None before the first ``services up`` made it)."""
    return secrets.read(settings.paths.state, secrets.ELASTICSEARCH_API_KEY)


def ensure_api_key(settings: Settings) -> SecretStr:
    """The pipeline's API key: the stored one while it still authenticates, else a new one made by ``elastic``
    with :func:`pipeline_role` (and stored)."""
    from elasticsearch import AuthenticationException

    from pipeline.index.client import make_client

    stored = api_key(settings)
    if stored is not None:
        try:
            with make_client(_with_key(settings, stored).elasticsearch) as client:
                client.security.authenticate()
            return stored
        except AuthenticationException:
            log.info("event=api_key_invalid action=create")
    with make_client(service_settings(settings).elasticsearch) as client:
        made = client.security.create_api_key(
            name=f"newsline-{settings.services.pipeline_user}", role_descriptors={PIPELINE_ROLE: pipeline_role(settings)},
            metadata={"managed_by": "newsline services"})
    key = SecretStr(str(made["encoded"]))
    secrets.store(settings.paths.state, secrets.ELASTICSEARCH_API_KEY, key)
    log.info("event=api_key_created id=%s", made["id"])
    return key


def _with_key(settings: Settings, key: SecretStr) -> Settings:
    secured = service_settings(settings)
    es = secured.elasticsearch.model_copy(update={"api_key": key, "username": None, "password": None})
    return secured.model_copy(update={"elasticsearch": es})


def check_pipeline_user(settings: Settings) -> str:
    """Authenticate as the pipeline's file-realm user; return its roles, comma-separated."""
    from pipeline.index.client import make_client

    secured = service_settings(settings)
    es = secured.elasticsearch.model_copy(update={"username": settings.services.pipeline_user,
                                                  "password": pipeline_password(settings)})
    with make_client(es) as client:
        answer = client.security.authenticate()
    return ",".join(answer["roles"])


def client_env(settings: Settings) -> dict[str, str]:
    """Every ``NEWSLINE_*`` variable a client needs for the secured services (secrets included)."""
    secured = client_settings(settings)
    kafka, es = secured.kafka, secured.elasticsearch
    env = {
        "NEWSLINE_PATHS_STATE": str(settings.paths.state),
        "NEWSLINE_SERVICES_SECURE": "true",
        "NEWSLINE_KAFKA_BOOTSTRAP_SERVERS": kafka.bootstrap_servers,
        "NEWSLINE_KAFKA_CONTROLLER_PORT": str(kafka.controller_port),
        "NEWSLINE_KAFKA_SECURITY_PROTOCOL": kafka.security_protocol,
        "NEWSLINE_KAFKA_SASL_MECHANISM": SCRAM,
        "NEWSLINE_KAFKA_USERNAME": str(kafka.username),
        "NEWSLINE_KAFKA_SSL_CAFILE": str(kafka.ssl_cafile),
        "NEWSLINE_ELASTICSEARCH_URL": es.url,
        "NEWSLINE_ELASTICSEARCH_CA_CERTS": str(es.ca_certs),
    }
    if kafka.password is not None:
        env["NEWSLINE_KAFKA_PASSWORD"] = kafka.password.get_secret_value()
    if es.api_key is not None:
        env["NEWSLINE_ELASTICSEARCH_API_KEY"] = es.api_key.get_secret_value()
    else:
        env["NEWSLINE_ELASTICSEARCH_USERNAME"] = str(es.username)
        if es.password is not None:
            env["NEWSLINE_ELASTICSEARCH_PASSWORD"] = es.password.get_secret_value()
    return env


def write_env(settings: Settings) -> Path:
    """``<state>/secure.env`` (0600): ``set -a; . <file>; set +a`` points a shell at the secured services."""
    path = settings.paths.state / ENV_FILE
    lines = [f"{key}={value}" for key, value in client_env(settings).items()]
    secrets.write_private(path, ("\n".join(lines) + "\n").encode())
    return path


def finish(settings: Settings) -> dict[str, Any]:
    """After both services are ready: the pipeline's API key, its user's login checked, the env file; a report
    without secrets."""
    ensure_api_key(settings)
    roles = check_pipeline_user(settings)
    env_file = write_env(settings)
    state = settings.paths.state
    user = settings.services.pipeline_user
    return {
        "ca": str(cert_paths(settings).ca),
        "env_file": str(env_file),
        "use": f"set -a; . {env_file}; set +a",
        "elastic_password_file": str(secrets.secret_path(state, secrets.ELASTIC_PASSWORD)),
        "pipeline_user": f"{user} (Kafka SCRAM-SHA-512; Elasticsearch roles {roles})",
        "elasticsearch_api_key_file": str(secrets.secret_path(state, secrets.ELASTICSEARCH_API_KEY)),
        "elasticsearch_password_file": str(secrets.secret_path(state, secrets.elasticsearch_password_name(user))),
        "kafka_password_file": str(secrets.secret_path(state, secrets.kafka_password_name(user))),
    }
