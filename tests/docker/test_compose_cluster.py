"""docker/compose.cluster.yaml (3 brokers, 2 Elasticsearch nodes) checked without a Docker engine.

As for docker/compose.yaml: the file is validated against the vendored compose-spec JSON schema and its
properties are checked: the merged view (compose merges ``environment`` maps key by key, ``!reset`` removes a
key, ``!override`` replaces a sequence) has a quorum of three voters, replication settings that let one broker
go, Elasticsearch discovery instead of single-node, and clients that list every node.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
import yaml

from pipeline.settings import Settings
from tests.docker.test_compose import COMPOSE, DOCKER, SCHEMA_FILE, SERVICES, interpolate

pytestmark = pytest.mark.docker

RESET = object()


class _ComposeLoader(yaml.SafeLoader):
    """Compose's merge tags: ``!reset`` (drop the key) and ``!override`` (replace, do not merge)."""


_ComposeLoader.add_constructor("!reset", lambda loader, node: RESET)
_ComposeLoader.add_constructor(
    "!override", lambda loader, node: loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode)
    else loader.construct_mapping(node)
)

OVERRIDE: dict[str, Any] = yaml.load((DOCKER / "compose.cluster.yaml").read_text(), Loader=_ComposeLoader)  # noqa: S506


def _plain(value: Any) -> Any:
    """The override as JSON for the schema (a ``!reset`` value is null there)."""
    if value is RESET:
        return None
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def merged_env(service: str) -> dict[str, str]:
    """The service's environment after the override (a new service extends the base one)."""
    spec = OVERRIDE["services"][service]
    base_name = spec.get("extends", {}).get("service", service)
    env = dict(SERVICES.get(base_name, {}).get("environment", {}))
    for key, value in spec.get("environment", {}).items():
        if value is RESET:
            env.pop(key, None)
        else:
            env[key] = value
    return {k: interpolate(str(v)) for k, v in env.items()}


def brokers() -> list[str]:
    return [name for name in OVERRIDE["services"] if name == "kafka" or name.startswith("kafka-")]


def test_the_override_is_valid_under_the_compose_specification_schema() -> None:
    jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text())).validate(_plain(OVERRIDE))


def test_three_brokers_form_one_quorum_of_three_voters_with_distinct_ids_and_ports() -> None:
    assert brokers() == ["kafka", "kafka-2", "kafka-3"]
    envs = {name: merged_env(name) for name in brokers()}
    voters = {env["KAFKA_CONTROLLER_QUORUM_VOTERS"] for env in envs.values()}
    assert voters == {"1@kafka:9093,2@kafka-2:9093,3@kafka-3:9093"}
    ids = {name: env["KAFKA_NODE_ID"] for name, env in envs.items()}
    assert sorted(ids.values()) == ["1", "2", "3"]
    for name, env in envs.items():  # the storage is formatted with the same id and voters the broker runs with
        assert env["NEWSLINE_KAFKA_NODE_ID"] == ids[name]
        assert env["NEWSLINE_KAFKA_QUORUM_VOTERS"] == env["KAFKA_CONTROLLER_QUORUM_VOTERS"]
        assert f"CLIENT://{name}:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
        assert len({env["CLUSTER_ID"] for env in envs.values()}) == 1
    published = [p for name in brokers() for p in (OVERRIDE["services"][name].get("ports") or
                                                   SERVICES["kafka"]["ports"])]
    assert len(published) == len(set(published)) == 3
    start = (DOCKER / "kafka" / "start.sh").read_text()
    assert "node.id=${NEWSLINE_KAFKA_NODE_ID:-1}" in start and "${NEWSLINE_KAFKA_QUORUM_VOTERS:-" in start


def test_replication_lets_one_broker_go_without_losing_an_acknowledged_record() -> None:
    for name in brokers():
        env = merged_env(name)
        assert env["KAFKA_DEFAULT_REPLICATION_FACTOR"] == env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "3"
        assert env["KAFKA_MIN_INSYNC_REPLICAS"] == env["KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"] == "2"
    topics = json.loads(merged_env("setup")["NEWSLINE_KAFKA_TOPICS"])
    assert topics["replication_factor"] == 3 and topics["min_insync_replicas"] == 2
    Settings(kafka={"topics": topics})  # the values load as settings


def test_elasticsearch_nodes_discover_each_other_instead_of_running_single_node() -> None:
    nodes = [name for name in OVERRIDE["services"] if name.startswith("elasticsearch")]
    assert nodes == ["elasticsearch", "elasticsearch-2"]
    names = set()
    for name in nodes:
        env = merged_env(name)
        assert "discovery.type" not in env
        assert env["discovery.seed_hosts"].split(",") == nodes
        assert env["cluster.initial_master_nodes"].split(",") == nodes
        assert env["cluster.name"] == "newsline"
        names.add(env["node.name"])
    assert names == set(nodes)
    certs = (DOCKER / "certs" / "setup.sh").read_text()
    assert "elasticsearch-2" in certs and "kafka-2,kafka-3" in certs  # clients check the host names


def test_every_client_lists_every_broker_and_node_and_every_client_service_is_covered() -> None:
    clients = [name for name, spec in SERVICES.items() if "NEWSLINE_KAFKA_BOOTSTRAP_SERVERS" in spec.get(
        "environment", {})]
    assert sorted(clients) == sorted(name for name in OVERRIDE["services"] if name in clients)
    for name in clients:
        env = merged_env(name)
        assert env["NEWSLINE_KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092,kafka-2:9092,kafka-3:9092"
        assert Settings(elasticsearch={"url": env["NEWSLINE_ELASTICSEARCH_URL"]}).elasticsearch.urls == [
            "https://elasticsearch:9200", "https://elasticsearch-2:9200"]
        if "AIRFLOW_CONN_NEWSLINE_KAFKA" in env:
            extra = json.loads(env["AIRFLOW_CONN_NEWSLINE_KAFKA"])["extra"]
            assert extra["bootstrap_servers"] == env["NEWSLINE_KAFKA_BOOTSTRAP_SERVERS"]


def test_new_nodes_have_their_own_volumes_and_memory_limits_that_fit_the_heaps() -> None:
    for name in ("kafka-2", "kafka-3", "elasticsearch-2"):
        spec = OVERRIDE["services"][name]
        data = [v.split(":")[0] for v in spec["volumes"] if v.split(":")[1].endswith("/data")]
        assert len(data) == 1 and data[0] in OVERRIDE["volumes"] and data[0] not in COMPOSE["volumes"]
        assert spec["mem_limit"]
    assert "-Xmx512m" in merged_env("kafka-2")["KAFKA_HEAP_OPTS"]
    assert "-Xmx768m" in merged_env("elasticsearch-2")["ES_JAVA_OPTS"]
