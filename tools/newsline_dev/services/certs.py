"""A private CA and one node certificate (127.0.0.1 / localhost) for the secured local services.

Files, PEM, under ``<state>/certs/``: ``ca.pem`` (what clients trust), ``ca-key.pem``,
``node.pem`` (node certificate + CA), ``node-key.pem`` (PKCS#8, unencrypted, mode 0600) and
``node-keystore.pem`` (key + chain in one file, Kafka's PEM keystore). Made once and kept; made
again when a file is missing or the node certificate expires within a day.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsline_dev.services.secrets import write_private

if TYPE_CHECKING:  # cryptography is imported only when certificates are made
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
    from cryptography.x509 import Certificate, CertificateBuilder, KeyUsage, Name

log = logging.getLogger("newsline_dev.services.certs")

VALID_DAYS = 365
NODE_NAMES = ("localhost",)
NODE_IPS = ("127.0.0.1", "::1")


@dataclass(frozen=True)
class CertPaths:
    directory: Path

    @property
    def ca(self) -> Path:
        return self.directory / "ca.pem"

    @property
    def ca_key(self) -> Path:
        return self.directory / "ca-key.pem"

    @property
    def node(self) -> Path:
        return self.directory / "node.pem"

    @property
    def node_key(self) -> Path:
        return self.directory / "node-key.pem"

    @property
    def keystore(self) -> Path:
        return self.directory / "node-keystore.pem"

    def all(self) -> tuple[Path, ...]:
        return (self.ca, self.ca_key, self.node, self.node_key, self.keystore)


def ensure(directory: Path) -> CertPaths:
    """Return the certificate files under ``directory``, creating them if missing or expiring."""
    paths = CertPaths(directory)
    if all(p.is_file() for p in paths.all()) and not _expiring(paths.node):
        return paths
    directory.mkdir(parents=True, exist_ok=True)
    ca_key, ca_cert = make_ca("newsline local CA")
    node_key, node_cert = make_node(ca_key, ca_cert)
    ca_pem, node_pem, key_pem = _pem(ca_cert), _pem(node_cert), _key_pem(node_key)
    paths.ca.write_bytes(ca_pem)
    write_private(paths.ca_key, _key_pem(ca_key))
    paths.node.write_bytes(node_pem + ca_pem)
    write_private(paths.node_key, key_pem)
    write_private(paths.keystore, key_pem + node_pem + ca_pem)
    log.info("event=certificates_created dir=%s valid_days=%s", directory, VALID_DAYS)
    return paths


def make_ca(common_name: str) -> tuple[RSAPrivateKey, Certificate]:
    """A self-signed CA: (private key, certificate)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    cert = (
        _builder(name, name, key.public_key(), VALID_DAYS * 2)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_node(ca_key: RSAPrivateKey, ca_cert: Certificate) -> tuple[RSAPrivateKey, Certificate]:
    """A server+client certificate for localhost/127.0.0.1/::1 signed by the CA."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "newsline-node")])
    names: list[x509.GeneralName] = [x509.DNSName(n) for n in NODE_NAMES]
    names += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in NODE_IPS]
    usage = [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
    cert = (
        _builder(subject, ca_cert.subject, key.public_key(), VALID_DAYS)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage(usage), critical=False)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _builder(subject: Name, issuer: Name, public_key: RSAPublicKey, days: int) -> CertificateBuilder:
    from cryptography import x509

    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
    )


def _usage(cert_sign: bool) -> KeyUsage:
    from cryptography import x509

    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=not cert_sign,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _pem(cert: Certificate) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(cert.public_bytes(serialization.Encoding.PEM))


def _key_pem(key: RSAPrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )


def _expiring(path: Path) -> bool:
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(path.read_bytes())
    except ValueError:
        return True
    return cert.not_valid_after_utc - dt.datetime.now(dt.UTC) < dt.timedelta(days=1)
