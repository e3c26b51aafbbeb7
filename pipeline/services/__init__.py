"""Local Kafka and Elasticsearch for development and CI: fetch, cache, start, probe, stop.

``up`` is idempotent: it reuses services it started (pid files in ``paths.state``) and ones
already listening on the configured ports, downloads what the cache lacks, and waits until
both answer real client calls.

Layout: ``<paths.cache>/kafka-<v>/libs`` (jars resolved by ``mvn``) and
``<paths.cache>/elasticsearch-<v>/*.zip``, each with a ``.complete`` stamp;
``<paths.state>/kafka/`` and ``<paths.state>/elasticsearch/`` hold config, data, logs,
``<name>.pid`` and ``<name>.out`` (the process's stdout/stderr). As root, Elasticsearch runs
as the system user ``newsline`` from a copy of the distribution under its state dir.
"""

from __future__ import annotations

import logging
import time
from functools import partial
from types import ModuleType
from typing import Any

from pipeline.services import elasticsearch, kafka, lifecycle, secure
from pipeline.services.exceptions import (
    DownloadError,
    JavaError,
    ServiceError,
    StartError,
    StopError,
)
from pipeline.services.probes import elasticsearch_ready, kafka_ready
from pipeline.settings import Settings

__all__ = [
    "DownloadError",
    "JavaError",
    "ServiceError",
    "StartError",
    "StopError",
    "client_settings",
    "down",
    "elasticsearch_ready",
    "kafka_ready",
    "status",
    "up",
]

log = logging.getLogger("pipeline.services")

SERVICES: tuple[ModuleType, ...] = (kafka, elasticsearch)


def _as_services(settings: Settings) -> Settings:
    """With ``services.secure``: the settings the services' own probes use (TLS, SCRAM user, ``elastic``)."""
    return secure.service_settings(settings) if settings.services.secure else settings


def client_settings(settings: Settings) -> Settings:
    """``settings`` for pipeline clients of these services (secured: SCRAM user + API key + CA)."""
    return secure.client_settings(settings) if settings.services.secure else settings


def up(settings: Settings, timeout: float = 180.0) -> dict[str, Any]:
    """Start whatever is not running yet (both launch before either is awaited); wait until ready.

    With ``services.secure`` the report has a ``secure`` entry: the CA, the env file and where
    each generated secret is stored (paths only, never the secrets).
    """
    started = time.monotonic()
    settings = _as_services(settings)
    pending = []
    for module in SERVICES:
        spec = module.spec(settings)
        pending.append((spec, lifecycle.start(spec, partial(module.launch, settings))))
    failures = []
    for spec, proc in pending:
        try:
            lifecycle.wait_ready(spec, proc, timeout)
        except StartError as exc:  # wait for the others too, then report every failure at once
            failures.append(exc)
    if failures:
        raise StartError("\n\n".join(str(exc) for exc in failures)) from failures[0]
    report = status(settings)
    if settings.services.secure:
        report["secure"] = secure.finish(settings)
    log.info("event=up seconds=%.1f secure=%s", time.monotonic() - started, settings.services.secure)
    return report


def down(settings: Settings, timeout: float = 30.0) -> dict[str, Any]:
    """Stop the services newsline started: SIGTERM, then SIGKILL after ``timeout`` seconds."""
    settings = _as_services(settings)
    return {module.spec(settings).name: lifecycle.stop(module.spec(settings), timeout) for module in SERVICES}


def status(settings: Settings) -> dict[str, Any]:
    """Per service: running, managed (started by us), pid, address, version, ready, state_dir."""
    settings = _as_services(settings)
    return {module.spec(settings).name: lifecycle.status(module.spec(settings)) for module in SERVICES}
