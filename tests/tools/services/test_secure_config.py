"""Secured mode, pure parts: certificates, broker properties, elasticsearch.yml, roles, client options."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography import x509
from pydantic import SecretStr

from newsline_dev.services import certs, es_config, kafka_config, secrets, secure
from pipeline.exceptions import ConfigError
from pipeline.index.client import make_client
from pipeline.kafka.config import client_options
from pipeline.settings import Settings


def _secure(settings: Settings) -> Settings:
    es = settings.elasticsearch.model_copy(update={"url": "https://127.0.0.1:19200"})
    services = settings.services.model_copy(update={"secure": True})
    return settings.model_copy(update={"elasticsearch": es, "services": services})


def test_node_certificate_is_signed_by_the_ca_for_loopback(tmp_path: Path) -> None:
    paths = certs.ensure(tmp_path / "certs")
    ca = x509.load_pem_x509_certificate(paths.ca.read_bytes())
    node = x509.load_pem_x509_certificate(paths.node.read_bytes())
    node.verify_directly_issued_by(ca)
    san = node.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "localhost" in san.get_values_for_type(x509.DNSName)
    assert "127.0.0.1" in {str(ip) for ip in san.get_values_for_type(x509.IPAddress)}
    for private in (paths.ca_key, paths.node_key, paths.keystore):
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" in paths.keystore.read_bytes() and b"CERTIFICATE" in paths.keystore.read_bytes()


def test_certificates_are_kept_across_calls(tmp_path: Path) -> None:
    first = certs.ensure(tmp_path).ca.read_bytes()
    assert certs.ensure(tmp_path).ca.read_bytes() == first


def test_secret_is_generated_once_and_owner_only(tmp_path: Path) -> None:
    value = secrets.ensure(tmp_path, "x.password")
    assert secrets.ensure(tmp_path, "x.password").get_secret_value() == value.get_secret_value()
    assert len(value.get_secret_value()) >= 24
    assert stat.S_IMODE(secrets.secret_path(tmp_path, "x.password").stat().st_mode) == 0o600


def test_secure_broker_listens_sasl_ssl_with_scram(tmp_settings: Settings, tmp_path: Path) -> None:
    broker = kafka_config.SecureBroker(tmp_path / "ks.pem", tmp_path / "ca.pem", "admin", SecretStr("pw-123"))
    text = kafka_config.server_properties(tmp_settings, tmp_path / "data", broker)
    props = dict(line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))
    assert props["listeners"] == "SASL_SSL://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    assert props["listener.security.protocol.map"] == "SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT"
    assert props["sasl.enabled.mechanisms"] == props["sasl.mechanism.inter.broker.protocol"] == "SCRAM-SHA-512"
    assert props["ssl.keystore.type"] == props["ssl.truststore.type"] == "PEM"
    assert 'username="admin" password="pw-123"' in props["listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config"]
    assert len([line for line in text.splitlines() if line.startswith("listeners=")]) == 1


def test_secure_elasticsearch_yml_turns_security_and_tls_on(tmp_settings: Settings, tmp_path: Path) -> None:
    text = es_config.elasticsearch_yml(_secure(tmp_settings), tmp_path / "d", tmp_path / "l", security_module=True)
    assert "xpack.security.enabled: true" in text
    assert "xpack.security.http.ssl.enabled: true" in text
    assert 'xpack.security.http.ssl.certificate_authorities: ["certs/ca.pem"]' in text
    plain = es_config.elasticsearch_yml(tmp_settings, tmp_path / "d", tmp_path / "l", security_module=True)
    assert "xpack.security.enabled: false" in plain


def test_secure_mode_needs_an_https_url(tmp_settings: Settings) -> None:
    with pytest.raises(ConfigError, match="elasticsearch.url"):
        secure.check(tmp_settings)


def test_pipeline_role_is_limited_to_its_indices(tmp_settings: Settings) -> None:
    text = secure.roles_yml(tmp_settings)
    assert f'names: ["{tmp_settings.elasticsearch.index_prefix}*"]' in text
    assert "superuser" not in text and '"all"]\n  indices' not in text


def test_client_settings_carry_ca_and_credentials(tmp_settings: Settings) -> None:
    settings = secure.client_settings(_secure(tmp_settings))
    options = client_options(settings.kafka, "t")
    assert options["security_protocol"] == "SASL_SSL" and options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert options["ssl_cafile"] == str(settings.paths.state / "certs" / "ca.pem")
    assert settings.elasticsearch.username == "newsline" and settings.elasticsearch.ca_certs is not None
    with make_client(settings.elasticsearch) as client:  # builds the TLS context from the CA file
        assert client.transport.node_pool.all()[0].config.ca_certs == str(settings.elasticsearch.ca_certs)
