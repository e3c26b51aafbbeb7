"""Generated secrets of the secured local services, one file each, mode 0600, under ``<state>/secrets/``.

A secret is made once (``secrets.token_urlsafe``) and read back on every later start, so the
services and the clients agree across restarts. Values are returned as ``SecretStr``.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from pydantic import SecretStr

log = logging.getLogger("newsline_dev.services.secrets")

ELASTIC_PASSWORD = "elastic.password"  # noqa: S105 - a file name, not a password
ELASTICSEARCH_API_KEY = "elasticsearch.api_key"  # the pipeline's key (encoded id:key), made at `services up`


def kafka_password_name(user: str) -> str:
    return f"kafka-{user}.password"


def elasticsearch_password_name(user: str) -> str:
    return f"elasticsearch-{user}.password"


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` with mode 0600 from the first byte (replaced atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    tmp.replace(path)


def secret_path(state: Path, name: str) -> Path:
    return state / "secrets" / name


def read(state: Path, name: str) -> SecretStr | None:
    path = secret_path(state, name)
    try:
        text = path.read_text().strip()
    except FileNotFoundError:
        return None
    return SecretStr(text) if text else None


def store(state: Path, name: str, value: SecretStr) -> Path:
    path = secret_path(state, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    write_private(path, value.get_secret_value().encode() + b"\n")
    log.info("event=secret_stored name=%s path=%s", name, path)
    return path


def ensure(state: Path, name: str) -> SecretStr:
    """The secret ``name``: read from its file, or generated (32 url-safe characters) and stored."""
    existing = read(state, name)
    if existing is not None:
        return existing
    value = SecretStr(secrets.token_urlsafe(24))
    store(state, name, value)
    return value
