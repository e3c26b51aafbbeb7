"""Rendering of a local cluster: KRaft quorum and replication per node, Elasticsearch discovery, client lists."""

from __future__ import annotations

from pathlib import Path

import yaml

from newsline_dev.services import es_config, kafka_config, nodes
from pipeline.kafka.admin import replication, topic_configs
from pipeline.settings import Settings


def _cluster(settings: Settings, brokers: int = 3, es_nodes: int = 2) -> Settings:
    svc = settings.services.model_copy(update={"kafka_brokers": brokers, "es_nodes": es_nodes,
                                               "es_transport_port": 19300})
    return settings.model_copy(update={"services": svc})


def _props(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))


def test_each_broker_has_its_own_id_and_ports_and_all_share_one_static_quorum(tmp_settings: Settings,
                                                                              tmp_path: Path) -> None:
    settings = _cluster(tmp_settings)
    rendered = [_props(kafka_config.server_properties(settings, tmp_path, None, node)) for node in range(3)]
    assert [p["node.id"] for p in rendered] == ["1", "2", "3"]
    assert rendered[1]["listeners"] == "PLAINTEXT://127.0.0.1:19093,CONTROLLER://127.0.0.1:19094"
    assert {p["controller.quorum.voters"] for p in rendered} == {
        "1@127.0.0.1:19093,2@127.0.0.1:19094,3@127.0.0.1:19095"}
    for props in rendered:
        assert "controller.quorum.bootstrap.servers" not in props
        assert props["default.replication.factor"] == props["offsets.topic.replication.factor"] == "3"
        assert props["min.insync.replicas"] == props["transaction.state.log.min.isr"] == "2"


def test_two_brokers_replicate_twice_but_keep_min_insync_at_one(tmp_settings: Settings, tmp_path: Path) -> None:
    props = _props(kafka_config.server_properties(_cluster(tmp_settings, brokers=2), tmp_path, None, 1))
    assert props["offsets.topic.replication.factor"] == "2" and props["min.insync.replicas"] == "1"


def test_a_single_broker_keeps_its_standalone_layout(tmp_settings: Settings, tmp_path: Path) -> None:
    props = _props(kafka_config.server_properties(tmp_settings, tmp_path))
    assert "controller.quorum.voters" not in props and props["offsets.topic.replication.factor"] == "1"
    assert nodes.kafka_name(tmp_settings, 0) == "kafka" and nodes.es_name(tmp_settings, 0) == "elasticsearch"


def test_elasticsearch_nodes_discover_each_other_and_bootstrap_only_once(tmp_settings: Settings,
                                                                         tmp_path: Path) -> None:
    settings = _cluster(tmp_settings)
    first = yaml.safe_load(es_config.elasticsearch_yml(settings, tmp_path, tmp_path, True, 0, bootstrap=True))
    second = yaml.safe_load(es_config.elasticsearch_yml(settings, tmp_path, tmp_path, True, 1, bootstrap=False))
    assert "discovery.type" not in first and "discovery.type" not in second
    assert first["discovery.seed_hosts"] == ["127.0.0.1:19300", "127.0.0.1:19301"]
    assert first["cluster.initial_master_nodes"] == ["newsline-1", "newsline-2"]
    assert "cluster.initial_master_nodes" not in second  # a node that has joined once must not bootstrap again
    assert (first["http.port"], second["http.port"]) == (19200, 19201)
    assert (first["transport.port"], second["transport.port"]) == (19300, 19301)
    assert nodes.es_node(settings, 1).elasticsearch.heap == settings.services.cluster_es_heap


def test_clients_of_a_cluster_list_every_broker_and_node(tmp_settings: Settings) -> None:
    clients = nodes.client_settings(_cluster(tmp_settings))
    assert clients.kafka.bootstrap_servers == "127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094"
    assert clients.elasticsearch.urls == ["http://127.0.0.1:19200", "http://127.0.0.1:19201"]
    assert clients.elasticsearch.port == 19200 and clients.kafka.port == 19092
    assert nodes.client_settings(tmp_settings) == tmp_settings


def test_topic_replication_follows_the_cluster_size_unless_set(tmp_settings: Settings) -> None:
    kafka = tmp_settings.kafka
    assert replication(kafka, 1) == (1, None)
    assert replication(kafka, 2) == (2, None)
    assert replication(kafka, 5) == (3, 2)
    assert topic_configs(kafka, kafka.topics.raw, 2)["min.insync.replicas"] == "2"
    fixed = kafka.model_copy(update={"topics": kafka.topics.model_copy(update={"replication_factor": 2,
                                                                               "min_insync_replicas": 1})})
    assert replication(fixed, 5) == (2, 1)
