"""Where the data lives: Kafka brokers with leader/replicas/ISR per partition, Elasticsearch nodes and shards."""

from __future__ import annotations

from typing import Any

from pipeline.settings import ElasticsearchSettings, KafkaSettings


def kafka_topology(kafka: KafkaSettings, topics: list[str]) -> dict[str, Any]:
    """Live brokers, the active controller, and per partition of ``topics``: leader, replicas, ISR.

    ``under_replicated`` lists ``topic[partition]`` whose ISR is smaller than its replica set.
    """
    from kafka import KafkaAdminClient

    from pipeline.kafka.config import client_options

    admin = KafkaAdminClient(**client_options(kafka, "newsline-inspect"))
    try:
        cluster = admin.describe_cluster()
        described = admin.describe_topics(topics)
    finally:
        admin.close()
    partitions: dict[str, list[dict[str, Any]]] = {}
    under: list[str] = []
    for topic in described:
        name = topic.get("name") or topic["topic"]  # "name" in kafka-python 2.1+
        rows = sorted((_partition(p) for p in topic.get("partitions") or []), key=lambda p: p["partition"])
        partitions[name] = rows
        under += [f"{name}[{p['partition']}]" for p in rows if len(p["isr"]) < len(p["replicas"])]
    brokers = sorted(cluster.get("brokers") or [], key=lambda b: b.get("broker_id", b.get("node_id")))
    return {
        "brokers": [
            {"id": b.get("broker_id", b.get("node_id")), "address": f"{b['host']}:{b['port']}",
             "fenced": bool(b.get("is_fenced"))}
            for b in brokers
        ],
        "controller": cluster.get("controller_id"),
        "partitions": partitions,
        "under_replicated": under,
    }


def _partition(raw: dict[str, Any]) -> dict[str, Any]:
    """One partition of ``describe_topics`` (kafka-python 2.1+ names, older ones as fallback)."""
    return {
        "partition": raw.get("partition_index", raw.get("partition")),
        "leader": raw.get("leader_id", raw.get("leader")),
        "replicas": list(raw.get("replica_nodes", raw.get("replicas")) or []),
        "isr": list(raw.get("isr_nodes", raw.get("isr")) or []),
    }


def es_topology(es: ElasticsearchSettings) -> dict[str, Any]:
    """Cluster status, nodes (name, roles, master) and shard allocation of newsline's indices."""
    from pipeline.index.client import make_client

    with make_client(es) as client:
        health = client.cluster.health().body
        nodes = client.cat.nodes(format="json", h="name,node.role,master,ip,http_address").body
        shards = client.cat.shards(index=f"{es.index_prefix}*", format="json", h="index,shard,prirep,state,node").body
    return {
        "status": health.get("status"),
        "nodes": [
            {"name": n["name"], "roles": n["node.role"], "master": n["master"] == "*", "http": n.get("http_address")}
            for n in sorted(nodes, key=lambda n: n["name"])
        ],
        "unassigned_shards": health.get("unassigned_shards"),
        "shards": [
            {"index": s["index"], "shard": int(s["shard"]), "primary": s["prirep"] == "p", "state": s["state"],
             "node": s.get("node")}
            for s in sorted(shards, key=lambda s: (s["index"], int(s["shard"]), s["prirep"]))
        ],
    }
