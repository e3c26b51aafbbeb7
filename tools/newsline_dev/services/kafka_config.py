"""Render the files a single-node KRaft Kafka needs: server.properties, log4j2 config, cluster id."""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from newsline_dev.services import nodes
from pipeline.settings import Settings

SCRAM = "SCRAM-SHA-512"


@dataclass(frozen=True)
class SecureBroker:
    """What a SASL_SSL broker needs: the PEM keystore/truststore and the inter-broker SCRAM login."""

    keystore: Path
    truststore: Path
    admin_user: str
    admin_password: SecretStr


def secure_properties(settings: Settings, secure: SecureBroker) -> dict[str, str]:
    """Client/inter-broker listener SASL_SSL with SCRAM-SHA-512; the controller stays PLAINTEXT on 127.0.0.1."""
    kafka, host = settings.kafka, "127.0.0.1"
    jaas = (
        "org.apache.kafka.common.security.scram.ScramLoginModule required "
        f'username="{secure.admin_user}" password="{secure.admin_password.get_secret_value()}";'
    )
    return {
        "listeners": f"SASL_SSL://{host}:{kafka.port},CONTROLLER://{host}:{kafka.controller_port}",
        "advertised.listeners": f"SASL_SSL://{host}:{kafka.port},CONTROLLER://{host}:{kafka.controller_port}",
        "listener.security.protocol.map": "SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT",
        "inter.broker.listener.name": "SASL_SSL",
        "sasl.enabled.mechanisms": SCRAM,
        "sasl.mechanism.inter.broker.protocol": SCRAM,
        f"listener.name.sasl_ssl.{SCRAM.lower()}.sasl.jaas.config": jaas,
        "ssl.keystore.type": "PEM",
        "ssl.keystore.location": str(secure.keystore),
        "ssl.truststore.type": "PEM",
        "ssl.truststore.location": str(secure.truststore),
        "ssl.client.auth": "none",
        "ssl.endpoint.identification.algorithm": "https",
    }


def cluster_properties(settings: Settings, node: int) -> dict[str, str]:
    """Node ``node`` of a cluster of ``services.kafka_brokers``: static quorum of every node, internal
    topics replicated ``min(3, brokers)`` times and ``min.insync.replicas`` 2 from three brokers on."""
    count = nodes.kafka_count(settings)
    replicas = str(min(3, count))
    min_isr = "2" if count >= 3 else "1"
    return {
        "node.id": str(node + 1),
        "controller.quorum.voters": nodes.quorum_voters(settings),
        "default.replication.factor": replicas,
        "min.insync.replicas": min_isr,
        "offsets.topic.replication.factor": replicas,
        "share.coordinator.state.topic.replication.factor": replicas,
        "share.coordinator.state.topic.min.isr": min_isr,
        "transaction.state.log.replication.factor": replicas,
        "transaction.state.log.min.isr": min_isr,
    }


def server_properties(settings: Settings, data_dir: Path, secure: SecureBroker | None = None, node: int = 0) -> str:
    """Combined broker+controller on 127.0.0.1. One node: one replica everywhere, dynamic quorum of one;
    in a cluster (``services.kafka_brokers`` > 1) see :func:`cluster_properties`.

    With ``secure`` the client listener is SASL_SSL (the file then holds the inter-broker password: 0600).
    """
    cluster = nodes.kafka_count(settings) > 1
    node_settings = nodes.kafka_node(settings, node)
    kafka = node_settings.kafka
    host = "127.0.0.1"
    props = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "listeners": f"PLAINTEXT://{host}:{kafka.port},CONTROLLER://{host}:{kafka.controller_port}",
        "advertised.listeners": f"PLAINTEXT://{host}:{kafka.port},CONTROLLER://{host}:{kafka.controller_port}",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "inter.broker.listener.name": "PLAINTEXT",
        "controller.listener.names": "CONTROLLER",
        "controller.quorum.bootstrap.servers": f"{host}:{kafka.controller_port}",
        "log.dirs": str(data_dir),
        "num.partitions": str(kafka.topics.partitions),
        "default.replication.factor": "1",
        "min.insync.replicas": "1",
        "offsets.topic.replication.factor": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
        "auto.create.topics.enable": "false",
        "log.retention.hours": "168",
        "log.segment.bytes": str(256 * 1024 * 1024),
    }
    if cluster:
        del props["controller.quorum.bootstrap.servers"]  # a static quorum: the voters are listed instead
        props |= cluster_properties(settings, node)
    if secure is not None:
        props |= secure_properties(node_settings, secure)
    lines = ["# written by newsline_dev.services.kafka; edits are overwritten on every start"]
    lines += [f"{key}={value}" for key, value in props.items()]
    return "\n".join(lines) + "\n"


def log4j2_properties(log_dir: Path) -> str:
    """log4j2 config: INFO to a size-rolled ``server.log``; chatty request/state loggers at WARN."""
    pattern = "[%d] %p %m (%c)%n"
    return f"""status = warn
name = newsline-kafka
appender.file.type = RollingFile
appender.file.name = file
appender.file.fileName = {log_dir / "server.log"}
appender.file.filePattern = {log_dir / "server.log.%i"}
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = {pattern}
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 20MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 3
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.state.name = state.change.logger
logger.state.level = WARN
logger.authorizer.name = kafka.authorizer.logger
logger.authorizer.level = WARN
"""


def new_cluster_id() -> str:
    """A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, not starting with '-'."""
    while True:
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not text.startswith("-"):
            return text
