"""Render elasticsearch.yml and the launch environment for the local single-node Elasticsearch."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from newsline_dev.services import nodes
from pipeline.settings import Settings

TRANSPORT_PORTS = "9300-9399"  # transport is only used inside the node; a range never clashes


def has_security_module(es_home: Path) -> bool:
    """Whether the distribution ships x-pack security (then its setting exists and must be off)."""
    return (es_home / "modules" / "x-pack-security").is_dir()


CERTS_SUBDIR = "certs"  # below ES_PATH_CONF: Elasticsearch reads TLS files only from its config dir


def security_settings() -> dict[str, object]:
    """x-pack security on: TLS on HTTP and transport with the project's CA and node certificate."""
    values: dict[str, object] = {"xpack.security.enabled": True, "xpack.security.enrollment.enabled": False}
    for layer in ("http", "transport"):
        values |= {
            f"xpack.security.{layer}.ssl.enabled": True,
            f"xpack.security.{layer}.ssl.key": f"{CERTS_SUBDIR}/node-key.pem",
            f"xpack.security.{layer}.ssl.certificate": f"{CERTS_SUBDIR}/node.pem",
            f"xpack.security.{layer}.ssl.certificate_authorities": [f"{CERTS_SUBDIR}/ca.pem"],
        }
    values["xpack.security.transport.ssl.verification_mode"] = "certificate"
    return values


def cluster_settings(settings: Settings, node: int, bootstrap: bool) -> dict[str, object]:
    """Node ``node`` of ``services.es_nodes``: fixed transport port, every node a seed host; the initial
    master nodes only while the cluster has never formed (``bootstrap``: this node has no cluster state)."""
    count = nodes.es_count(settings)
    ports = nodes.es_transport_ports(settings)
    values: dict[str, object] = {
        "cluster.name": "newsline-cluster",
        "node.name": f"newsline-{node + 1}",
        "http.port": nodes.es_node(settings, node).elasticsearch.port,
        "transport.port": ports[node],
        "discovery.seed_hosts": [f"{nodes.HOST}:{port}" for port in ports],
    }
    if bootstrap:
        values["cluster.initial_master_nodes"] = [f"newsline-{i + 1}" for i in range(count)]
    return values


def elasticsearch_yml(
    settings: Settings, data: Path, logs: Path, security_module: bool, node: int = 0, bootstrap: bool = True
) -> str:
    """Single node on 127.0.0.1, no disk watermarks; xpack.security only if the module exists.
    With ``services.es_nodes`` > 1: node ``node`` of a cluster (:func:`cluster_settings`).

    With ``services.secure`` security is on (TLS + authentication); otherwise it is off.
    """
    values: dict[str, object] = {
        "cluster.name": "newsline",
        "node.name": "newsline-1",
        "network.host": "127.0.0.1",
        "http.port": settings.elasticsearch.port,
        "transport.port": TRANSPORT_PORTS,
        "discovery.type": "single-node",
        "path.data": str(data),
        "path.logs": str(logs),
        "cluster.routing.allocation.disk.threshold_enabled": False,
        "action.destructive_requires_name": False,  # tests delete their indices by wildcard
    }
    if nodes.es_count(settings) > 1:
        del values["discovery.type"]
        values |= cluster_settings(settings, node, bootstrap)
    if settings.services.secure:
        values |= security_settings()
    elif security_module:
        values["xpack.security.enabled"] = False
    lines = ["# written by newsline_dev.services.elasticsearch; edits are overwritten on every start"]
    lines += [f"{key}: {json.dumps(value)}" for key, value in values.items()]
    return "\n".join(lines) + "\n"


def launch_env(java_home: Path, conf: Path, tmp: Path, heap: str, options: Sequence[str] = ()) -> dict[str, str]:
    """A clean environment: only what bin/elasticsearch reads, nothing inherited that could clash;
    ``options``: JVM flags after the heap's (``services.jvm_options``)."""
    return {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(conf.parent),
        "ES_JAVA_HOME": str(java_home),
        "ES_PATH_CONF": str(conf),
        "ES_TMPDIR": str(tmp),
        "ES_JAVA_OPTS": " ".join([f"-Xms{heap}", f"-Xmx{heap}", *options]),
    }
