"""The `make run` path (setup -> replay -> enrich -> index -> search) on secured private services,
and one-line errors naming the service and the setting for wrong credentials or CA."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pytest

from newsline_dev.services import certs
from tests.support.secure import NEWSLINE, PROJECT, SecureServices, read_env_file

pytestmark = [pytest.mark.integration, pytest.mark.security, pytest.mark.slow]


def _no_secret(services: SecureServices, result: subprocess.CompletedProcess[str], *extra: str) -> None:
    for secret in [*services.secrets(), *extra]:
        assert secret not in result.stdout and secret not in result.stderr


def test_clients_use_tls_and_credentials(secure_services: SecureServices) -> None:
    env = secure_services.client_env
    assert env["NEWSLINE_KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert env["NEWSLINE_KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
    assert env["NEWSLINE_ELASTICSEARCH_URL"].startswith("https://")
    assert Path(env["NEWSLINE_KAFKA_SSL_CAFILE"]) == secure_services.state / "certs" / "ca.pem"
    assert env["NEWSLINE_ELASTICSEARCH_API_KEY"] and env["NEWSLINE_KAFKA_PASSWORD"]
    assert "NEWSLINE_ELASTICSEARCH_PASSWORD" not in env  # the pipeline's identity is its API key


def test_the_pipeline_api_key_reaches_only_the_pipeline_indices(secure_services: SecureServices) -> None:
    from elasticsearch import AuthorizationException, Elasticsearch

    env = secure_services.client_env
    with Elasticsearch(env["NEWSLINE_ELASTICSEARCH_URL"], api_key=env["NEWSLINE_ELASTICSEARCH_API_KEY"],
                       ca_certs=env["NEWSLINE_ELASTICSEARCH_CA_CERTS"]) as client:
        me = client.security.authenticate()
        assert me["authentication_type"] == "api_key" and me["api_key"]["name"] == "newsline-newsline"
        client.indices.create(index="newsline-articles-probe")
        client.indices.delete(index="newsline-articles-probe")
        with pytest.raises(AuthorizationException):
            client.indices.create(index="someone-elses-index")


def test_secrets_and_keys_are_owner_only(secure_services: SecureServices) -> None:
    state = secure_services.state
    private = [*(state / "secrets").iterdir(), state / "secure.env", state / "certs" / "node-key.pem",
               state / "certs" / "ca-key.pem", state / "kafka" / "server.properties"]
    assert len(private) >= 8
    for path in private:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_make_run_path_passes_on_secured_services(secure_services: SecureServices) -> None:
    steps = [
        ("setup",),
        ("replay", "seeds"),
        ("run", "--until-idle"),
        ("search", "Idlib ceasefire", "--json"),
    ]
    results = [secure_services.run(*args) for args in steps]
    for args, result in zip(steps, results, strict=True):
        assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
        _no_secret(secure_services, result)
    found = json.loads(results[-1].stdout)
    assert found["total"] >= 1
    assert any("Idlib" in hit["title"] for hit in found["hits"])


def test_plain_http_cannot_reach_secured_elasticsearch(secure_services: SecureServices) -> None:
    result = secure_services.run("search", "Idlib", NEWSLINE_ELASTICSEARCH_URL="http://127.0.0.1:39200")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def other_ca(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA that did not sign the services' certificate."""
    return certs.ensure(tmp_path_factory.mktemp("other-ca")).ca


WRONG_SECRET = "not-the-password-7Qx2"
# a refused login or an untrusted certificate surfaces only when the client's bootstrap gives up: after 5 s here,
# not the default 30 s (the same path, the same one-line error)
QUICK_BOOTSTRAP = {"NEWSLINE_KAFKA_BOOTSTRAP_TIMEOUT_MS": "5000"}
CASES = {
    "es-password": (("search", "ceasefire"), {"NEWSLINE_ELASTICSEARCH_API_KEY": None,
                                              "NEWSLINE_ELASTICSEARCH_USERNAME": "newsline",
                                              "NEWSLINE_ELASTICSEARCH_PASSWORD": WRONG_SECRET},
                    "Elasticsearch: authentication failed", "NEWSLINE_ELASTICSEARCH_PASSWORD"),
    "es-api-key": (("search", "ceasefire"), {"NEWSLINE_ELASTICSEARCH_API_KEY": "bm90OmFrZXk3UXgy"},
                   "Elasticsearch: authentication failed", "elasticsearch.api_key / NEWSLINE_ELASTICSEARCH_API_KEY"),
    "es-ca": (("search", "ceasefire"), {"NEWSLINE_ELASTICSEARCH_CA_CERTS": "OTHER_CA"},
              "Elasticsearch: TLS certificate verification failed",
              "elasticsearch.ca_certs / NEWSLINE_ELASTICSEARCH_CA_CERTS"),
    "kafka-password": (("replay", "seeds"), {"NEWSLINE_KAFKA_PASSWORD": WRONG_SECRET, **QUICK_BOOTSTRAP},
                       "Kafka: authentication failed", "NEWSLINE_KAFKA_PASSWORD"),
    "kafka-ca": (("replay", "seeds"), {"NEWSLINE_KAFKA_SSL_CAFILE": "OTHER_CA", **QUICK_BOOTSTRAP},
                 "Kafka: TLS certificate verification failed", "kafka.ssl_cafile / NEWSLINE_KAFKA_SSL_CAFILE"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_wrong_credentials_or_ca_give_one_line_naming_the_setting(
    secure_services: SecureServices, other_ca: Path, case: str
) -> None:
    args, overrides, what, setting = CASES[case]
    overrides = {key: str(other_ca) if value == "OTHER_CA" else value for key, value in overrides.items()}
    result = secure_services.run(*args, **overrides)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"newsline: error: {what}"), lines[0]
    assert setting in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    _no_secret(secure_services, result,
               *(value for key, value in overrides.items() if value and key.endswith(("PASSWORD", "API_KEY"))))


def test_services_up_again_replaces_a_stored_api_key_that_no_longer_authenticates(
    secure_services: SecureServices,
) -> None:
    key_file = secure_services.state / "secrets" / "elasticsearch.api_key"
    key_file.write_text("bm90OmEta2V5LXRoYXQtd2FzLXJldm9rZWQ=\n")  # e.g. invalidated, or from wiped data
    again = subprocess.run([*NEWSLINE, "services", "up"], env=secure_services.base_env, cwd=PROJECT,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout[-2000:] + again.stderr[-2000:]
    fresh = key_file.read_text().strip()
    assert fresh and fresh != "bm90OmEta2V5LXRoYXQtd2FzLXJldm9rZWQ="
    env = read_env_file(secure_services.state / "secure.env")
    assert env["NEWSLINE_ELASTICSEARCH_API_KEY"] == fresh
    result = secure_services.run("search", "Idlib", NEWSLINE_ELASTICSEARCH_API_KEY=fresh)
    assert result.returncode == 0, result.stderr[-2000:]
    assert fresh not in again.stdout + again.stderr
