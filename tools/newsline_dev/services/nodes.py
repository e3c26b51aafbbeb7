"""The nodes of the local services: names, ports and per-node settings (node ``i`` is 0-based).

One node (the default) keeps the historical names and state dirs (``kafka``, ``elasticsearch``).
With ``services.kafka_brokers`` / ``services.es_nodes`` above one, node ``i`` is ``kafka-<i+1>`` /
``elasticsearch-<i+1>`` with its own state dir, Kafka on ``kafka.port + i`` (controller on
``kafka.controller_port + i``), Elasticsearch on the ``elasticsearch.url`` port ``+ i`` (transport
``services.es_transport_port + i``).
"""

from __future__ import annotations

from pipeline.settings import Settings

HOST = "127.0.0.1"


def kafka_count(settings: Settings) -> int:
    return settings.services.kafka_brokers


def es_count(settings: Settings) -> int:
    return settings.services.es_nodes


def kafka_name(settings: Settings, node: int) -> str:
    return "kafka" if kafka_count(settings) == 1 else f"kafka-{node + 1}"


def es_name(settings: Settings, node: int) -> str:
    return "elasticsearch" if es_count(settings) == 1 else f"elasticsearch-{node + 1}"


def kafka_bootstrap(settings: Settings) -> str:
    """Every broker, as a client's ``bootstrap_servers`` (so any one of them may be down)."""
    host, port = settings.kafka.host, settings.kafka.port
    return ",".join(f"{host}:{port + i}" for i in range(kafka_count(settings)))


def quorum_voters(settings: Settings) -> str:
    """``controller.quorum.voters`` of a cluster: ``<node.id>@host:controller_port+i`` for every node."""
    port = settings.kafka.controller_port
    return ",".join(f"{i + 1}@{HOST}:{port + i}" for i in range(kafka_count(settings)))


def es_url(settings: Settings, node: int) -> str:
    first = settings.elasticsearch.urls[0]
    base, port = first.rsplit(":", 1)
    return f"{base}:{int(port.split('/')[0]) + node}"


def es_urls(settings: Settings) -> str:
    return ",".join(es_url(settings, i) for i in range(es_count(settings)))


def es_transport_ports(settings: Settings) -> list[int]:
    first = settings.services.es_transport_port
    return [first + i for i in range(es_count(settings))]


def kafka_node(settings: Settings, node: int) -> Settings:
    """``settings`` as node ``node`` sees itself: its own client and controller port."""
    if kafka_count(settings) == 1:
        return settings
    kafka = settings.kafka.model_copy(
        update={
            "bootstrap_servers": f"{settings.kafka.host}:{settings.kafka.port + node}",
            "controller_port": settings.kafka.controller_port + node,
            "heap": settings.services.cluster_kafka_heap,
        }
    )
    return settings.model_copy(update={"kafka": kafka})


def es_node(settings: Settings, node: int) -> Settings:
    """``settings`` as Elasticsearch node ``node`` sees itself: its own URL (and the cluster heap)."""
    if es_count(settings) == 1:
        return settings
    es = settings.elasticsearch.model_copy(
        update={"url": es_url(settings, node), "heap": settings.services.cluster_es_heap}
    )
    return settings.model_copy(update={"elasticsearch": es})


def client_settings(settings: Settings) -> Settings:
    """``settings`` for clients of the local services: every broker and every node listed."""
    update: dict[str, object] = {}
    if kafka_count(settings) > 1:
        update["kafka"] = settings.kafka.model_copy(update={"bootstrap_servers": kafka_bootstrap(settings)})
    if es_count(settings) > 1:
        update["elasticsearch"] = settings.elasticsearch.model_copy(update={"url": es_urls(settings)})
    return settings.model_copy(update=update) if update else settings
