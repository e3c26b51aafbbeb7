"""server.properties, log4j2 config, cluster ids and elasticsearch.yml rendering."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from newsline_dev.services import es_config, kafka, kafka_config, nodes
from pipeline.exceptions import ConfigError
from pipeline.settings import Settings, load_settings


def _props(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#"))


def test_server_properties_single_node_kraft(tmp_settings: Settings, tmp_path: Path) -> None:
    props = _props(kafka_config.server_properties(tmp_settings, tmp_path / "data"))
    assert props["process.roles"] == "broker,controller"
    assert props["node.id"] == "1"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    assert props["controller.quorum.bootstrap.servers"] == "127.0.0.1:19093"
    assert "controller.quorum.voters" not in props  # --standalone format forbids it
    assert props["log.dirs"] == str(tmp_path / "data")
    assert props["auto.create.topics.enable"] == "false"
    assert props["num.partitions"] == "6"
    assert props["group.initial.rebalance.delay.ms"] == "0"
    for key in (
        "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr",
    ):
        assert props[key] == "1"


def test_log4j2_properties_write_to_log_dir(tmp_path: Path) -> None:
    text = kafka_config.log4j2_properties(tmp_path)
    assert f"appender.file.fileName = {tmp_path / 'server.log'}" in text
    assert "rootLogger.level = INFO" in text


def test_cluster_id_is_kafka_uuid() -> None:
    ids = {kafka_config.new_cluster_id() for _ in range(200)}
    assert len(ids) == 200
    for cid in ids:
        assert len(cid) == 22 and not cid.startswith("-")
        assert len(base64.urlsafe_b64decode(cid + "==")) == 16


def _yml(text: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in text.splitlines() if line and not line.startswith("#"))


def test_elasticsearch_yml_with_security_module(tmp_settings: Settings, tmp_path: Path) -> None:
    yml = _yml(es_config.elasticsearch_yml(tmp_settings, tmp_path / "d", tmp_path / "l", security_module=True))
    assert yml["http.port"] == "19200"
    assert yml["network.host"] == '"127.0.0.1"'
    assert yml["discovery.type"] == '"single-node"'
    assert yml["path.data"] == f'"{tmp_path / "d"}"'
    assert yml["cluster.routing.allocation.disk.threshold_enabled"] == "false"
    assert yml["action.destructive_requires_name"] == "false"
    assert yml["xpack.security.enabled"] == "false"


def test_elasticsearch_yml_omits_xpack_without_module(tmp_settings: Settings, tmp_path: Path) -> None:
    text = es_config.elasticsearch_yml(tmp_settings, tmp_path, tmp_path, security_module=False)
    assert "xpack" not in text


def test_has_security_module(tmp_path: Path) -> None:
    assert not es_config.has_security_module(tmp_path)
    (tmp_path / "modules" / "x-pack-security").mkdir(parents=True)
    assert es_config.has_security_module(tmp_path)


def test_launch_env_is_minimal(tmp_path: Path) -> None:
    env = es_config.launch_env(Path("/jdk"), tmp_path / "config", tmp_path / "tmp", "512m")
    assert env["ES_JAVA_HOME"] == "/jdk"
    assert env["ES_PATH_CONF"] == str(tmp_path / "config")
    assert env["ES_JAVA_OPTS"] == "-Xms512m -Xmx512m"
    assert "JAVA_HOME" not in env


def test_jvm_options_follow_the_heap_on_both_services_command_lines(tmp_path: Path) -> None:
    settings = load_settings(services={"jvm_options": ["-XX:TieredStopAtLevel=1", "-Xss1m"]})
    env = es_config.launch_env(Path("/jdk"), tmp_path / "config", tmp_path / "tmp", "512m",
                               settings.services.jvm_options)
    assert env["ES_JAVA_OPTS"] == "-Xms512m -Xmx512m -XX:TieredStopAtLevel=1 -Xss1m"
    java = kafka._java(nodes.kafka_node(settings, 0))
    assert java[-2:] == ["-XX:TieredStopAtLevel=1", "-Xss1m"] and java.index("-Xss1m") > java.index("-Xmx1g")


@pytest.mark.parametrize("option", ["TieredStopAtLevel=1", "-Xms1g -Xmx1g", ""])
def test_a_jvm_option_that_is_not_one_flag_is_refused_naming_the_setting(option: str) -> None:
    with pytest.raises(ConfigError, match=r"services\.jvm_options .*not one JVM flag"):
        load_settings(services={"jvm_options": [option]})
