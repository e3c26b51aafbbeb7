"""Local Kafka, Elasticsearch and the CoreNLP NER server for development and CI: fetch, cache, start, probe, stop.

``up`` is idempotent: it reuses services it started (pid files in ``paths.state``) and ones
already listening on the configured ports, downloads what the cache lacks, and waits until
both answer real client calls.

Layout: ``<paths.cache>/kafka-<v>/libs`` (jars resolved by ``mvn``) and
``<paths.cache>/elasticsearch-<v>/*.zip``, ``<paths.cache>/corenlp-<v>-<languages>/libs``,
``<paths.cache>/frog-<v>`` (Debian's Frog packages unpacked: the Dutch NER each enrich process runs), each with a
``.complete`` stamp;
``<paths.state>/kafka/`` and ``<paths.state>/elasticsearch/`` hold config, data, logs,
``<name>.pid`` and ``<name>.out`` (the process's stdout/stderr). As root, Elasticsearch runs
as the system user ``newsline`` from a copy of the distribution under its state dir.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from newsline_dev.services import corenlp, elasticsearch, frog_fetch, kafka, lifecycle, nodes, secure
from newsline_dev.services.exceptions import (
    DownloadError,
    JavaError,
    ServiceError,
    StartError,
    StopError,
)
from newsline_dev.services.probes import elasticsearch_ready, kafka_ready
from newsline_dev.services.spec import ServiceSpec
from pipeline.exceptions import ConfigError
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
    "start_node",
    "status",
    "up",
]

log = logging.getLogger("newsline_dev.services")

def _as_services(settings: Settings) -> Settings:
    """With ``services.secure``: the settings the services' own probes use (TLS, SCRAM user, ``elastic``)."""
    clustered = nodes.kafka_count(settings) > 1 or nodes.es_count(settings) > 1
    if settings.services.secure and clustered:
        raise ConfigError("services.secure runs one Kafka broker and one Elasticsearch node; "
                          "set services.kafka_brokers and services.es_nodes to 1, or services.secure to false")
    return secure.service_settings(settings) if settings.services.secure else settings


def client_settings(settings: Settings) -> Settings:
    """``settings`` for pipeline clients of these services (secured: SCRAM user + API key + CA; a cluster:
    every broker in ``kafka.bootstrap_servers``, every node in ``elasticsearch.url``)."""
    return nodes.client_settings(secure.client_settings(settings) if settings.services.secure else settings)


def _nodes(settings: Settings) -> list[tuple[ServiceSpec, lifecycle.Launcher]]:
    """Every node with its launcher: Kafka's brokers, Elasticsearch's nodes, then the CoreNLP NER server (when
    ``enrich.ner_service.languages`` names any)."""
    found: list[tuple[ServiceSpec, lifecycle.Launcher]] = []
    for node in range(nodes.kafka_count(settings)):
        found.append((kafka.spec(settings, node), partial(kafka.launch, settings, node)))
    for node in range(nodes.es_count(settings)):
        found.append((elasticsearch.spec(settings, node), partial(elasticsearch.launch, settings, node)))
    if settings.enrich.ner_service.languages:
        found.append((corenlp.spec(settings), partial(corenlp.launch, settings)))
    return found


def start_node(settings: Settings, name: str, timeout: float = 180.0) -> float:
    """Start one node by name (e.g. ``kafka-2`` after a crash) and wait until it answers; seconds waited."""
    settings = _as_services(settings)
    for spec, launcher in _nodes(settings):
        if spec.name == name:
            return lifecycle.wait_ready(spec, lifecycle.start(spec, launcher), timeout)
    raise ConfigError(f"no local node named {name}; have {', '.join(spec.name for spec, _ in _nodes(settings))}")


def up(settings: Settings, timeout: float = 180.0) -> dict[str, Any]:
    """Start whatever is not running yet (all launch before any is awaited); wait until ready.

    With ``services.secure`` the report has a ``secure`` entry: the CA, the env file and where
    each generated secret is stored (paths only, never the secrets).
    """
    started = time.monotonic()
    settings = _as_services(settings)
    frog = frog_fetch.frog(settings)  # not a service (each enrich process runs its own): not in the report
    log.info("event=frog root=%s", frog or "system or off")
    pending = [(spec, lifecycle.start(spec, launcher)) for spec, launcher in _nodes(settings)]
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
    if nodes.kafka_count(settings) + nodes.es_count(settings) > 2:
        clients = client_settings(settings)
        report["clients"] = {"NEWSLINE_KAFKA_BOOTSTRAP_SERVERS": clients.kafka.bootstrap_servers,
                             "NEWSLINE_ELASTICSEARCH_URL": clients.elasticsearch.url}
    log.info("event=up seconds=%.1f secure=%s nodes=%d", time.monotonic() - started, settings.services.secure,
             len(pending))
    return report


def down(settings: Settings, timeout: float = 30.0) -> dict[str, Any]:
    """Stop the services newsline started: SIGTERM, then SIGKILL after ``timeout`` seconds."""
    settings = _as_services(settings)
    specs = [spec for spec, _ in _nodes(settings)]
    # all at once: the last broker of a cluster stopped alone waits for a quorum that is gone
    with ThreadPoolExecutor(max_workers=len(specs)) as pool:
        stopped = list(pool.map(lambda spec: lifecycle.stop(spec, timeout), specs))
    return {spec.name: result for spec, result in zip(specs, stopped, strict=True)}


def status(settings: Settings) -> dict[str, Any]:
    """Per service: running, managed (started by us), pid, address, version, ready, state_dir."""
    settings = _as_services(settings)
    return {spec.name: lifecycle.status(spec) for spec, _ in _nodes(settings)}
