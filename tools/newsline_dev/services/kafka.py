"""Local Kafka (KRaft, combined broker+controller nodes: one, or a cluster) from Maven Central jars."""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

from pydantic import SecretStr

from newsline_dev.services import fetch, kafka_config, nodes, probes, secure
from newsline_dev.services.exceptions import StartError
from newsline_dev.services.files import locked
from newsline_dev.services.java import find_java_home
from newsline_dev.services.procs import spawn
from newsline_dev.services.secrets import write_private
from newsline_dev.services.spec import ServiceSpec
from pipeline.settings import Settings

log = logging.getLogger("newsline_dev.services.kafka")

MAIN_CLASS = "kafka.Kafka"
JAVA_MINIMUM = 17


def state_dir(settings: Settings, node: int = 0) -> Path:
    return settings.paths.state / nodes.kafka_name(settings, node)


def spec(settings: Settings, node: int = 0) -> ServiceSpec:
    own = nodes.kafka_node(settings, node)
    kafka, state, name = own.kafka, state_dir(settings, node), nodes.kafka_name(settings, node)
    return ServiceSpec(
        name=name,
        version=kafka.version,
        host=kafka.host,
        port=kafka.port,
        address=f"{kafka.host}:{kafka.port}",
        state_dir=state,
        marker=MAIN_CLASS,
        logs=(state / f"{name}.out", state / "logs" / "server.log"),
        ready=lambda: probes.kafka_ready(own),
    )


def specs(settings: Settings) -> list[ServiceSpec]:
    return [spec(settings, node) for node in range(nodes.kafka_count(settings))]


def _java(settings: Settings) -> list[str]:
    java = str(find_java_home(JAVA_MINIMUM) / "bin" / "java")
    heap = settings.kafka.heap
    return [java, f"-Xms{heap}", f"-Xmx{heap}", "-XX:+UseG1GC", "-Djava.awt.headless=true",
            *settings.services.jvm_options]


def prepare(settings: Settings, node: int = 0) -> list[str]:
    """Write configs, format storage on first use; return the broker command line."""
    state, libs = state_dir(settings, node), fetch.kafka_libs(settings)
    data, logs = state / "data", state / "logs"
    for directory in (data, logs):
        directory.mkdir(parents=True, exist_ok=True)
    broker = secure.broker(settings) if settings.services.secure else None
    # with a secure broker the file holds the inter-broker password: owner-only
    write_private(state / "server.properties", kafka_config.server_properties(settings, data, broker, node).encode())
    (state / "log4j2.properties").write_text(kafka_config.log4j2_properties(logs))
    base = [
        *_java(nodes.kafka_node(settings, node)),
        f"-Dlog4j2.configurationFile={state / 'log4j2.properties'}",
        f"-Dkafka.logs.dir={logs}",
        "-Dlog4j2.shutdownHookEnabled=false",
        "-cp",
        f"{libs}/*",
    ]
    _format_once(settings, base, data)
    return [*base, MAIN_CLASS, str(state / "server.properties")]


def _cluster_id(settings: Settings) -> str:
    """One id for every node of a cluster (kept in the state dir); a fresh one for a single node."""
    if nodes.kafka_count(settings) == 1:
        return kafka_config.new_cluster_id()
    path = settings.paths.state / "kafka-cluster.id"
    with locked(path.with_suffix(".lock")):
        if not path.is_file():
            path.write_text(kafka_config.new_cluster_id() + "\n")
        return path.read_text().strip()


def format_arguments(cluster_id: str, properties: Path, cluster: bool, users: list[tuple[str, SecretStr]]) -> list[str]:
    """``StorageTool format``'s main class and arguments, SCRAM users (with their passwords) included."""
    tool = ["kafka.tools.StorageTool", "format",
            *([] if cluster else ["--standalone"]),  # a cluster's quorum is the static controller.quorum.voters
            "-t", cluster_id, "-c", str(properties)]
    for name, password in users:
        tool += ["--add-scram", f"{kafka_config.SCRAM}=[name={name},password={password.get_secret_value()}]"]
    return tool


def java_argfile(arguments: list[str]) -> bytes:
    """The ``java @file`` form of ``arguments``: one double-quoted argument a line, backslashes and quotes escaped."""
    quoted = (a.replace("\\", "\\\\").replace('"', '\\"') for a in arguments)
    return "".join(f'"{a}"\n' for a in quoted).encode()


def _format_once(settings: Settings, base: list[str], data: Path) -> None:
    cluster = nodes.kafka_count(settings) > 1
    controller = nodes.quorum_voters(settings) if cluster else f"127.0.0.1:{settings.kafka.controller_port}"
    if settings.services.secure:
        controller += " scram"  # storage formatted with SCRAM users; a plain one lacks them
    marker = data.parent / "formatted-controller"
    if (data / "meta.properties").is_file():
        if marker.is_file() and marker.read_text().strip() != controller:
            raise StartError(
                f"kafka storage {data} was formatted for controller {marker.read_text().strip()}, "
                f"settings now say {controller}; run `down`, delete {data.parent} and `up` again"
            )
        return
    users = secure.scram_users(settings) if settings.services.secure else []
    tool = format_arguments(_cluster_id(settings), data.parent / "server.properties", cluster, users)
    log.info("event=format service=kafka dir=%s scram_users=%s", data, ",".join(name for name, _ in users) or "-")
    # the SCRAM passwords go to the JVM in an owner-only argument file, never on the command line (`ps`)
    arguments = data.parent / "format.args"
    write_private(arguments, java_argfile(tool))
    cmd = [*base, f"@{arguments}"]
    try:
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    finally:
        arguments.unlink(missing_ok=True)
    if run.returncode != 0:
        shown = _redact(" ".join(cmd) + "\n" + (run.stdout + run.stderr)[-3000:], [p for _, p in users])
        raise StartError(f"kafka storage format failed (exit {run.returncode}): {shown}")
    marker.write_text(controller + "\n")


def _redact(text: str, passwords: list[SecretStr]) -> str:
    for password in passwords:
        text = text.replace(password.get_secret_value(), "**********")
    return text


def launch(settings: Settings, node: int = 0) -> subprocess.Popen[bytes]:
    cmd = prepare(settings, node)
    state = state_dir(settings, node)
    return spawn(cmd, state / f"{nodes.kafka_name(settings, node)}.out", dict(os.environ), cwd=state)
