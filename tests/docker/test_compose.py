"""docker/compose.yaml and docker/Dockerfile checked without a Docker engine: parse, and agree with the code."""

from __future__ import annotations

import base64
import re
import shlex
import subprocess
import sys
from typing import Any

import elasticsearch
import pytest
import yaml
from pydantic import BaseModel

from pipeline.cli import build_parser
from pipeline.settings import PROJECT_ROOT, Settings, load_settings

DOCKER = PROJECT_ROOT / "docker"
COMPOSE = yaml.safe_load((DOCKER / "compose.yaml").read_text())
SERVICES: dict[str, Any] = COMPOSE["services"]
VARIABLE = re.compile(r"(?<!\$)\$\{(\w+)(?::([-?])([^}]*))?\}")
AIRFLOW_COMMANDS = {"api-server", "scheduler", "dag-processor", "triggerer", "db"}


def setting_env_names() -> set[str]:
    """Every NEWSLINE_* variable pydantic-settings reads: top-level fields, sections, and their fields."""
    names = {"NEWSLINE_CONFIG"}
    for name, field in Settings.model_fields.items():
        names.add(f"NEWSLINE_{name.upper()}")
        section = field.annotation
        if isinstance(section, type) and issubclass(section, BaseModel):
            names |= {f"NEWSLINE_{name.upper()}_{sub.upper()}" for sub in section.model_fields}
    return names


def env_of(service: str) -> dict[str, str]:
    """A service's environment with ``${VAR:-default}`` replaced by the default (or a placeholder secret)."""
    raw = SERVICES[service].get("environment", {})
    return {k: VARIABLE.sub(lambda m: m.group(3) if m.group(2) == "-" else "secret", str(v)) for k, v in raw.items()}


def newsline_services() -> list[str]:
    return [name for name, spec in SERVICES.items() if spec.get("image", "").startswith("newsline:")]


def commands(service: str) -> list[list[str]]:
    """The command lines a service runs, with the entrypoint; ``sh -c "a && b"`` gives each part."""
    spec = SERVICES[service]
    entry, command = spec.get("entrypoint", ["newsline"]), spec.get("command", [])
    if entry[-1] == "-c":
        return [shlex.split(part) for part in command[0].split("&&")]
    return [entry + command]


def test_compose_has_the_whole_system() -> None:
    assert {"kafka", "elasticsearch", "kibana", "setup", "enrich-worker", "index-worker", "postgres", "airflow-init",
            "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"} == set(SERVICES)


def test_every_newsline_variable_is_a_real_setting_and_the_values_load() -> None:
    valid = setting_env_names()
    for service in newsline_services():
        env = env_of(service)
        assert {k for k in env if k.startswith("NEWSLINE_")} <= valid, service
        values = {k: v for k, v in env.items() if k.startswith("NEWSLINE_")}
        loaded = _load_with(values)
        assert loaded.elasticsearch.analyzer == "english" and loaded.kafka.topics.partitions == 6
        assert loaded.kafka.host in SERVICES and loaded.elasticsearch.url == "http://elasticsearch:9200"


def _load_with(values: dict[str, str]) -> Settings:
    mp = pytest.MonkeyPatch()
    try:
        for key, value in values.items():
            mp.setenv(key, value)
        return load_settings()
    finally:
        mp.undo()


def test_images_match_the_versions_the_code_uses() -> None:
    defaults = Settings.model_fields
    es_version = defaults["elasticsearch"].default.version
    kafka_version = defaults["kafka"].default.version
    assert SERVICES["elasticsearch"]["image"] == f"docker.elastic.co/elasticsearch/elasticsearch:{es_version}"
    assert SERVICES["kibana"]["image"] == f"docker.elastic.co/kibana/kibana:{es_version}"
    assert SERVICES["kafka"]["image"] == f"apache/kafka:{kafka_version}"
    assert es_version.split(".")[:2] == elasticsearch.__versionstr__.split(".")[:2]  # server and client minor
    for name, spec in SERVICES.items():
        image = spec["image"]
        assert ":" in image and not image.endswith(":latest"), name
        if "build" in spec:
            assert spec["build"] == {"context": "..", "dockerfile": "docker/Dockerfile"}


def test_kafka_is_kraft_with_a_valid_cluster_id() -> None:
    env = env_of("kafka")
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller" and "ZOOKEEPER" not in " ".join(env)
    assert len(base64.urlsafe_b64decode(env["CLUSTER_ID"] + "==")) == 16
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]


def test_dependencies_exist_and_wait_for_health_or_completion() -> None:
    for name, spec in SERVICES.items():
        for target, rule in spec.get("depends_on", {}).items():
            assert target in SERVICES, (name, target)
            condition = rule["condition"]
            if condition == "service_healthy":
                assert "healthcheck" in SERVICES[target], (name, target)
            else:
                assert condition == "service_completed_successfully" and SERVICES[target]["restart"] == "no"
    for name in ("kafka", "elasticsearch", "kibana", "postgres", "airflow-apiserver", "airflow-scheduler"):
        assert SERVICES[name]["healthcheck"]["test"], name
    assert SERVICES["setup"]["depends_on"].keys() == {"kafka", "elasticsearch", "kibana"}
    for worker in ("enrich-worker", "index-worker"):
        assert SERVICES[worker]["depends_on"]["setup"]["condition"] == "service_completed_successfully"


def test_newsline_commands_are_real_cli_subcommands() -> None:
    parser = build_parser()
    seen = []
    for service in newsline_services():
        for line in commands(service):
            if line[0] == "newsline":
                args = parser.parse_args(line[1:])
                seen.append((args.command, getattr(args, "kind", getattr(args, "action", None))))
    assert {("worker", "enrich"), ("worker", "index"), ("setup", None), ("kibana", "import")} <= set(seen)


def test_airflow_commands_parse_with_airflow_itself() -> None:
    lines = [commands(s)[0] for s in newsline_services() if SERVICES[s].get("entrypoint") == ["airflow"]]
    assert {line[1] for line in lines} == AIRFLOW_COMMANDS
    script = ("import sys; from airflow.cli.cli_parser import get_parser; p = get_parser(); "
              "[p.parse_args(a) for a in eval(sys.argv[1])]")
    args = repr([line[1:] for line in lines])
    env = {"AIRFLOW_HOME": "/tmp/newsline-compose-test-airflow", "PATH": "/usr/bin:/bin",
           **{k: v for k, v in env_of("airflow-apiserver").items() if k.startswith("AIRFLOW__CORE__L")}}
    proc = subprocess.run([sys.executable, "-c", script, args], capture_output=True, text=True, env=env, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_workers_have_no_fixed_name_or_port_so_they_can_scale() -> None:
    for worker in ("enrich-worker", "index-worker"):
        spec = SERVICES[worker]
        assert "container_name" not in spec and "ports" not in spec


def test_named_volumes_are_declared_and_variables_documented() -> None:
    used = {v.split(":")[0] for spec in SERVICES.values() for v in spec.get("volumes", [])}
    assert used == set(COMPOSE["volumes"])
    text = (DOCKER / "compose.yaml").read_text()
    example = (DOCKER / "env.example").read_text()
    for name, kind, _ in VARIABLE.findall(text):
        assert kind in ("-", "?"), f"${{{name}}} has neither a default nor a required-message"
        assert re.search(rf"^{name}=", example, re.M), f"{name} missing from docker/env.example"


def test_dockerfile_is_multi_stage_pinned_non_root_and_installs_the_lock_with_hashes() -> None:
    text = (DOCKER / "Dockerfile").read_text()
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", text, re.M).group(1)
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+", base) or "@sha256:" in base
    stages = re.findall(r"^FROM (\S+) AS (\w+)$", text, re.M)
    assert [s[1] for s in stages] == ["build", "runtime"] and all(s[0] == "${PYTHON_IMAGE}" for s in stages)
    users = re.findall(r"^USER (\S+)$", text, re.M)
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert "--require-hashes -r requirements-bootstrap.lock" in text
    assert re.search(r"uv pip sync --require-hashes .*requirements\.lock", text)
    assert "COPY --from=build /opt/venv /opt/venv" in text and 'ENTRYPOINT ["newsline"]' in text
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text().split()
    assert ignore[ignore.index("*") + 1 :] and "!requirements.lock" in ignore and ".venv" not in ignore


def test_everything_the_dockerfile_copies_exists_and_is_not_ignored() -> None:
    text = (DOCKER / "Dockerfile").read_text()
    sources = [part for line in re.findall(r"^COPY (?!--from)(.+) \S+$", text, re.M) for part in line.split()]
    assert {"requirements.lock", "pipeline", "config", "dags", "seeds"} <= set(sources)
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text()
    for source in sources:
        assert (PROJECT_ROOT / source).exists(), source
        assert f"!{source}" in ignore, f"{source} is excluded from the build context"
