"""docker/compose.yaml and docker/Dockerfile checked without a Docker engine: parse, and agree with the code.

Docker cannot run on the machines this project is developed and tested on, so ``docker compose config`` is never
run here. Instead the file is validated against the compose specification's JSON schema (``compose-spec.json``
beside this file, see ``SCHEMA_SOURCE``) and its properties are checked: security on, healthchecks and memory
limits, the dependency graph, every setting name, every command (with the CLI's and Airflow's own parsers), and
every file it mounts.
"""

from __future__ import annotations

import base64
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import elasticsearch
import jsonschema
import pytest
import yaml
from pydantic import BaseModel

from pipeline.cli import build_parser
from pipeline.metrics import WorkerMetrics, serve
from pipeline.settings import PROJECT_ROOT, MetricsSettings, Settings, load_settings

pytestmark = pytest.mark.docker

DOCKER = PROJECT_ROOT / "docker"
COMPOSE_TEXT = (DOCKER / "compose.yaml").read_text()
COMPOSE = yaml.safe_load(COMPOSE_TEXT)
SERVICES: dict[str, Any] = COMPOSE["services"]
VARIABLE = re.compile(r"(?<!\$)\$\{(\w+)(?::([-?])([^}]*))?\}")
SCHEMA_FILE = Path(__file__).with_name("compose-spec.json")
SCHEMA_SOURCE = ("compose-spec.json from the PyPI wheel check-jsonschema 0.39.0 "
                 "(check_jsonschema/builtin_schemas/vendor/compose-spec.json, the compose-spec project's schema, "
                 "Apache-2.0: LICENSE.compose-spec), sha256 "
                 "d549057ebc2925f39f62799eab0db7b9e2c18b35b6c00595199116da3ed10e64")
ONE_SHOTS = {"certs", "setup", "kibana-import", "airflow-init"}
AIRFLOW_COMMANDS = {"api-server", "scheduler", "dag-processor", "triggerer", "db", "pools"}


def setting_env_names() -> set[str]:
    """Every NEWSLINE_* variable pydantic-settings reads: top-level fields, sections, and their fields."""
    names = {"NEWSLINE_CONFIG"}
    for name, field in Settings.model_fields.items():
        names.add(f"NEWSLINE_{name.upper()}")
        section = field.annotation
        if isinstance(section, type) and issubclass(section, BaseModel):
            names |= {f"NEWSLINE_{name.upper()}_{sub.upper()}" for sub in section.model_fields}
    return names


def interpolate(text: str) -> str:
    """Compose interpolation: ``${VAR:-default}`` gives the default, ``${VAR:?message}`` a placeholder secret."""
    return VARIABLE.sub(lambda m: m.group(3) if m.group(2) == "-" else "s3cret-Value_1", text)


def env_of(service: str) -> dict[str, str]:
    raw = SERVICES[service].get("environment", {})
    return {k: interpolate(str(v)) for k, v in raw.items()}


def newsline_services() -> list[str]:
    return [name for name, spec in SERVICES.items() if spec.get("image", "").startswith("newsline:")]


def long_running() -> list[str]:
    return [name for name, spec in SERVICES.items() if spec.get("restart") != "no"]


def commands(service: str) -> list[list[str]]:
    """The command lines a service runs, with the entrypoint; ``sh -c "a && b"`` gives each part."""
    spec = SERVICES[service]
    entry, command = spec.get("entrypoint", ["newsline"]), spec.get("command", [])
    if entry[-1] == "-c":
        return [shlex.split(interpolate(part)) for part in command[0].split("&&")]
    return [entry + command]


def healthcheck_text(service: str) -> str:
    return " ".join(SERVICES[service]["healthcheck"]["test"])


def test_the_file_is_valid_under_the_compose_specification_schema() -> None:
    schema = json.loads(SCHEMA_FILE.read_text())
    assert "compose" in schema["$id"] and SCHEMA_SOURCE
    jsonschema.Draft202012Validator(schema).validate(COMPOSE)


def test_the_schema_check_catches_a_misspelt_key() -> None:
    broken = json.loads(json.dumps(COMPOSE))
    broken["services"]["index-worker"]["helthcheck"] = broken["services"]["index-worker"].pop("healthcheck")
    with pytest.raises(jsonschema.ValidationError, match="helthcheck"):
        jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text())).validate(broken)


def test_compose_has_the_whole_system() -> None:
    assert {"certs", "kafka", "elasticsearch", "kibana", "setup", "kibana-import", "enrich-worker", "index-worker",
            "prometheus", "postgres", "airflow-init", "airflow-apiserver", "airflow-scheduler",
            "airflow-dag-processor", "airflow-triggerer", "corenlp"} == set(SERVICES)
    assert set(SERVICES) - set(long_running()) == ONE_SHOTS


def test_every_long_running_service_has_a_healthcheck_and_every_service_a_memory_limit() -> None:
    for name in long_running():
        assert SERVICES[name]["healthcheck"]["test"], name
        assert SERVICES[name]["restart"] == "unless-stopped", name
    for name, spec in SERVICES.items():
        assert re.fullmatch(r"\d+[mg]", str(spec["mem_limit"])), name


def test_no_healthcheck_starts_a_jvm_or_goes_without_credentials() -> None:
    for name in long_running():
        assert not re.search(r"kafka-\S+\.sh|elasticsearch-\S+|\bjava\b", healthcheck_text(name)), name
    assert "/dev/tcp/127.0.0.1/9092" in healthcheck_text("kafka")
    assert '-u "elastic:$${ELASTIC_PASSWORD}"' in healthcheck_text("elasticsearch")
    assert "--cacert config/certs/ca/ca.crt" in healthcheck_text("elasticsearch")
    assert "https://localhost:9200" in healthcheck_text("elasticsearch")
    assert '-u "kibana_system:$${ELASTICSEARCH_PASSWORD}"' in healthcheck_text("kibana")
    assert 'PGPASSWORD="$${POSTGRES_PASSWORD}"' in healthcheck_text("postgres")


def test_workers_are_checked_through_their_metrics_health_endpoint() -> None:
    for worker in ("enrich-worker", "index-worker"):
        env = env_of(worker)
        assert env["NEWSLINE_METRICS_ENABLED"] == "true" and env["NEWSLINE_METRICS_HOST"] == "0.0.0.0"
        assert f"http://127.0.0.1:{env['NEWSLINE_METRICS_PORT']}/healthz" in healthcheck_text(worker)


def test_each_worker_container_runs_one_process_so_the_scraped_port_is_all_of_it() -> None:
    for worker in ("enrich-worker", "index-worker"):
        assert env_of(worker)["NEWSLINE_ENRICH_PROCESSES"] == "1"
        assert "--processes" not in SERVICES[worker]["command"]


def test_the_worker_healthcheck_command_passes_on_a_live_worker_and_fails_on_a_misconfigured_one() -> None:
    metrics = WorkerMetrics("index")
    server = serve(MetricsSettings(enabled=True, port=0), metrics)
    assert server is not None
    test = SERVICES["index-worker"]["healthcheck"]["test"]
    assert test[:2] == ["CMD", "python"]
    argv = [sys.executable, *(arg.replace(":9108/", f":{server.port}/") for arg in test[2:])]
    try:
        metrics.heartbeat()
        assert subprocess.run(argv, capture_output=True, timeout=30).returncode == 0
        metrics.misconfigured("write alias missing")
        assert subprocess.run(argv, capture_output=True, timeout=30).returncode != 0
    finally:
        server.close()


def test_elasticsearch_runs_with_security_and_tls_on_certificates_from_the_certs_one_shot() -> None:
    env = env_of("elasticsearch")
    assert env["xpack.security.enabled"] == "true" and env["xpack.security.http.ssl.enabled"] == "true"
    assert env["xpack.security.transport.ssl.enabled"] == "true" and env["ELASTIC_PASSWORD"]
    script = (DOCKER / "certs" / "setup.sh").read_text()
    for key in ("key", "certificate", "certificate_authorities"):
        path = env[f"xpack.security.http.ssl.{key}"]
        assert path.startswith("certs/") and path == env[f"xpack.security.transport.ssl.{key}"]
    assert "name: elasticsearch" in script and "dns: [elasticsearch, elasticsearch-2, localhost]" in script
    assert SERVICES["elasticsearch"]["depends_on"]["certs"]["condition"] == "service_healthy"
    assert "certs:/usr/share/elasticsearch/config/certs:ro" in SERVICES["elasticsearch"]["volumes"]


def test_kibana_logs_in_as_kibana_system_with_its_three_encryption_keys() -> None:
    env = env_of("kibana")
    assert env["ELASTICSEARCH_USERNAME"] == "kibana_system" and "ELASTIC_PASSWORD" not in env
    assert json.loads(env["ELASTICSEARCH_HOSTS"]) == ["https://elasticsearch:9200"]
    assert env["ELASTICSEARCH_SSL_CERTIFICATEAUTHORITIES"].endswith("/ca/ca.crt")
    for key in ("XPACK_SECURITY_ENCRYPTIONKEY", "XPACK_ENCRYPTEDSAVEDOBJECTS_ENCRYPTIONKEY",
                "XPACK_REPORTING_ENCRYPTIONKEY"):
        assert "${KIBANA_" in str(SERVICES["kibana"]["environment"][key]) and ":?" in str(
            SERVICES["kibana"]["environment"][key]), key
    script = (DOCKER / "certs" / "setup.sh").read_text()
    assert "/_security/user/kibana_system/_password" in script  # set by the certs one-shot, as Elastic's example
    assert SERVICES["kibana"]["depends_on"]["certs"]["condition"] == "service_completed_successfully"


def test_kafka_clients_use_sasl_scram_over_tls_and_the_user_is_created_at_format_time() -> None:
    env = env_of("kafka")
    protocols = dict(item.split(":") for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(","))
    advertised = dict(item.split("://") for item in env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    listeners = dict(item.split("://") for item in env["KAFKA_LISTENERS"].split(","))
    assert advertised["CLIENT"] == "kafka:9092" and protocols["CLIENT"] == protocols["EXTERNAL"] == "SASL_SSL"
    for name, protocol in protocols.items():  # plaintext only on localhost, inside the container
        assert protocol == "SASL_SSL" or listeners[name].startswith("localhost:"), name
    assert env["KAFKA_SASL_ENABLED_MECHANISMS"] == "SCRAM-SHA-512"
    for name in ("CLIENT", "EXTERNAL"):
        assert "ScramLoginModule required" in env[f"KAFKA_LISTENER_NAME_{name}_SCRAM___SHA___512_SASL_JAAS_CONFIG"]
    assert env["KAFKA_SSL_KEYSTORE_LOCATION"] == "/certs/kafka/kafka.p12"
    assert '-out "$certs/kafka/kafka.p12"' in (DOCKER / "certs" / "setup.sh").read_text()
    start = (DOCKER / "kafka" / "start.sh").read_text()
    assert '--add-scram "SCRAM-SHA-512=[name=$NEWSLINE_KAFKA_USERNAME,password=$NEWSLINE_KAFKA_PASSWORD]"' in start
    assert not re.findall(r"\$\{?KAFKA_", start)  # every KAFKA_* variable is a broker property, not a script input
    client = env_of("enrich-worker")
    assert client["NEWSLINE_KAFKA_USERNAME"] == env["NEWSLINE_KAFKA_USERNAME"]
    assert SERVICES["kafka"]["environment"]["NEWSLINE_KAFKA_PASSWORD"] == SERVICES["setup"]["environment"][
        "NEWSLINE_KAFKA_PASSWORD"]


def test_kafka_is_kraft_with_a_valid_cluster_id() -> None:
    env = env_of("kafka")
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller" and "ZOOKEEPER" not in " ".join(env)
    assert len(base64.urlsafe_b64decode(env["CLUSTER_ID"] + "==")) == 16


def test_every_newsline_variable_is_a_real_setting_and_the_values_load() -> None:
    valid = setting_env_names()
    for service in newsline_services():
        env = env_of(service)
        assert {k for k in env if k.startswith("NEWSLINE_")} <= valid, service
        loaded = _load_with({k: v for k, v in env.items() if k.startswith("NEWSLINE_")})
        assert loaded.elasticsearch.analyzer == "english" and loaded.kafka.topics.partitions == 6
        assert loaded.kafka.host in SERVICES and loaded.elasticsearch.url == "https://elasticsearch:9200"
        assert loaded.kafka.security_protocol == "SASL_SSL" and loaded.kafka.sasl_mechanism == "SCRAM-SHA-512"
        assert loaded.kafka.password is not None and loaded.elasticsearch.password is not None
        assert str(loaded.kafka.ssl_cafile) == str(loaded.elasticsearch.ca_certs) == "/certs/ca/ca.crt"
        assert "certs:/certs:ro" in SERVICES[service]["volumes"], service
        assert loaded.paths.state == Path("/var/lib/newsline")


def _load_with(values: dict[str, str]) -> Settings:
    mp = pytest.MonkeyPatch()
    try:
        for key, value in values.items():
            mp.setenv(key, value)
        return load_settings()
    finally:
        mp.undo()


def test_airflow_connections_carry_the_secured_endpoints() -> None:
    env = env_of("airflow-scheduler")
    kafka = json.loads(env["AIRFLOW_CONN_NEWSLINE_KAFKA"])
    es = json.loads(env["AIRFLOW_CONN_NEWSLINE_ELASTICSEARCH"])
    assert (kafka["host"], kafka["port"], kafka["login"]) == ("kafka", 9092, "newsline") and kafka["password"]
    assert kafka["extra"]["security_protocol"] == "SASL_SSL" and kafka["extra"]["sasl_mechanism"] == "SCRAM-SHA-512"
    assert (es["schema"], es["host"], es["port"], es["login"]) == ("https", "elasticsearch", 9200, "newsline")
    assert es["extra"]["ca_certs"] == kafka["extra"]["ssl_cafile"] == "/certs/ca/ca.crt"
    assert env["AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION"] == "False"


def test_the_ingest_state_lives_in_a_volume_shared_by_airflow_and_the_one_shots() -> None:
    state = env_of("setup")["NEWSLINE_PATHS_STATE"]
    for name in ("setup", "airflow-scheduler", "airflow-apiserver", "airflow-dag-processor", "airflow-triggerer"):
        assert f"newsline-state:{state}" in SERVICES[name]["volumes"], name
    assert "newsline-state" in COMPOSE["volumes"]


def test_dependencies_exist_wait_for_health_or_completion_and_nothing_waits_on_the_kibana_import() -> None:
    for name, spec in SERVICES.items():
        for target, rule in spec.get("depends_on", {}).items():
            assert target in SERVICES and target != "kibana-import", (name, target)
            condition = rule["condition"]
            if condition == "service_healthy":
                assert "healthcheck" in SERVICES[target], (name, target)
            else:
                assert condition == "service_completed_successfully" and SERVICES[target]["restart"] == "no"
    assert SERVICES["setup"]["depends_on"].keys() == {"kafka", "elasticsearch", "certs"}
    assert SERVICES["kibana-import"]["depends_on"]["kibana"]["condition"] == "service_healthy"
    for worker in ("enrich-worker", "index-worker"):
        assert SERVICES[worker]["depends_on"]["setup"]["condition"] == "service_completed_successfully"


def test_newsline_commands_are_real_cli_subcommands() -> None:
    parser = build_parser()
    seen = []
    for service in newsline_services():
        for line in commands(service):
            if line[0] == "newsline":
                args = parser.parse_args(line[1:])
                seen.append((service, args.command, getattr(args, "kind", getattr(args, "action", None))))
    assert {("enrich-worker", "worker", "enrich"), ("index-worker", "worker", "index"), ("setup", "setup", None),
            ("kibana-import", "kibana", "import")} <= set(seen)


def test_airflow_commands_parse_with_airflow_itself() -> None:
    lines = [line for s in newsline_services() for line in commands(s) if line[0] == "airflow"]
    assert {line[1] for line in lines} == AIRFLOW_COMMANDS
    assert ["airflow", "pools", "set", "newsline_fetch", "4", "newsline fetch slots"] in lines
    script = ("import sys; from airflow.cli.cli_parser import get_parser; p = get_parser(); "
              "[p.parse_args(a) for a in eval(sys.argv[1])]")
    args = repr([line[1:] for line in lines])
    env = {"AIRFLOW_HOME": "/tmp/newsline-compose-test-airflow", "PATH": "/usr/bin:/bin",
           **{k: v for k, v in env_of("airflow-apiserver").items() if k.startswith("AIRFLOW__CORE__L")}}
    proc = subprocess.run([sys.executable, "-c", script, args], capture_output=True, text=True, env=env, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_prometheus_scrapes_every_worker_replica_on_its_metrics_port() -> None:
    mounts = {v.split(":")[1]: v.split(":")[0] for v in SERVICES["prometheus"]["volumes"]}
    config = yaml.safe_load((DOCKER / mounts["/etc/prometheus/prometheus.yml"].removeprefix("./")).read_text())
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    for worker in ("enrich-worker", "index-worker"):
        (sd,) = jobs[worker]["dns_sd_configs"]
        assert sd["names"] == [worker] and sd["type"] == "A"
        assert sd["port"] == int(env_of(worker)["NEWSLINE_METRICS_PORT"])
    assert "--config.file=/etc/prometheus/prometheus.yml" in SERVICES["prometheus"]["command"]


def test_every_mounted_file_exists_and_the_scripts_parse() -> None:
    for name, spec in SERVICES.items():
        for volume in spec.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                path = DOCKER / source.removeprefix("./")
                assert path.is_file(), (name, source)
                if path.suffix == ".sh":
                    proc = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
                    assert proc.returncode == 0, proc.stderr
        entry = spec.get("entrypoint", [])
        if entry[:1] == ["bash"] and entry[1].startswith("/setup/"):
            assert any(v.split(":")[1] == entry[1] for v in spec["volumes"]), name


def test_workers_have_no_fixed_name_or_port_so_they_can_scale() -> None:
    for worker in ("enrich-worker", "index-worker"):
        spec = SERVICES[worker]
        assert "container_name" not in spec and "ports" not in spec


def test_images_match_the_versions_the_code_uses() -> None:
    defaults = Settings.model_fields
    es_version = defaults["elasticsearch"].default.version
    kafka_version = defaults["kafka"].default.version
    assert SERVICES["elasticsearch"]["image"] == SERVICES["certs"]["image"] == (
        f"docker.elastic.co/elasticsearch/elasticsearch:{es_version}")
    assert SERVICES["kibana"]["image"] == f"docker.elastic.co/kibana/kibana:{es_version}"
    assert SERVICES["kafka"]["image"] == f"apache/kafka:{kafka_version}"
    assert es_version.split(".")[:2] == elasticsearch.__versionstr__.split(".")[:2]  # server and client minor
    for name, spec in SERVICES.items():
        image = spec["image"]
        assert ":" in image and not image.endswith(":latest"), name
        if "build" in spec and name != "corenlp":
            assert spec["build"] == {"context": "..", "dockerfile": "docker/Dockerfile"}


def test_named_volumes_are_declared_and_variables_documented() -> None:
    used = {v.split(":")[0] for spec in SERVICES.values() for v in spec.get("volumes", []) if not v.startswith("./")}
    assert used == set(COMPOSE["volumes"])
    example = (DOCKER / "env.example").read_text()
    for name, kind, _ in VARIABLE.findall(COMPOSE_TEXT):
        assert kind in ("-", "?"), f"${{{name}}} has neither a default nor a required-message"
        assert re.search(rf"^{name}=", example, re.M), f"{name} missing from docker/env.example"
    generated = re.search(r"for k in \((.*?)\)\]", example).group(1)
    required = {name for name, kind, _ in VARIABLE.findall(COMPOSE_TEXT) if kind == "?"} - {"AIRFLOW_FERNET_KEY"}
    assert required <= set(re.findall(r"'(\w+)'", generated))  # the one-liner generates every secret


def test_dockerfile_is_multi_stage_pinned_non_root_and_installs_the_runtime_lock_with_hashes() -> None:
    text = (DOCKER / "Dockerfile").read_text()
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", text, re.M).group(1)
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+", base) or "@sha256:" in base
    stages = re.findall(r"^FROM (\S+) AS (\w+)$", text, re.M)
    assert [s[1] for s in stages] == ["build", "runtime"] and all(s[0] == "${PYTHON_IMAGE}" for s in stages)
    users = re.findall(r"^USER (\S+)$", text, re.M)
    assert users and users[-1].split(":")[0] not in ("root", "0")
    assert "--require-hashes -r requirements-bootstrap.lock" in text
    assert re.search(r"uv pip sync --require-hashes .*requirements-runtime\.lock", text)
    assert "COPY --from=build /opt/venv /opt/venv" in text and 'ENTRYPOINT ["newsline"]' in text
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text().split()
    assert ignore[ignore.index("*") + 1 :] and "!requirements-runtime.lock" in ignore and ".venv" not in ignore


def test_the_runtime_lock_has_the_app_and_airflow_but_no_dev_tools() -> None:
    pinned = set(re.findall(r"^([a-z0-9][a-z0-9._-]*)==", (PROJECT_ROOT / "requirements-runtime.lock").read_text(),
                            re.M))
    assert {"apache-airflow", "psycopg2-binary", "prometheus-client", "kafka-python", "elasticsearch"} <= pinned
    assert not pinned & {"pytest", "ruff", "mypy", "types-pyyaml"}


def test_everything_the_dockerfile_copies_exists_and_is_not_ignored() -> None:
    text = (DOCKER / "Dockerfile").read_text()
    sources = [part for line in re.findall(r"^COPY (?!--from)(.+) \S+$", text, re.M) for part in line.split()]
    assert {"requirements-runtime.lock", "pipeline", "config", "dags", "seeds"} <= set(sources)
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text()
    for source in sources:
        assert (PROJECT_ROOT / source).exists(), source
        assert f"!{source}" in ignore, f"{source} is excluded from the build context"


def test_corenlp_is_built_from_maven_central_jars_of_the_settings_version_and_languages() -> None:
    service = Settings.model_fields["enrich"].default.ner_service
    spec = SERVICES["corenlp"]
    assert spec["image"] == f"newsline-corenlp:{service.version}"
    assert spec["build"] == {"context": "..", "dockerfile": "docker/corenlp/Dockerfile"}
    pom = (DOCKER / "corenlp" / "pom.xml").read_text()
    assert pom.count(f"<version>{service.version}</version>") == 1 + len(service.languages)
    from pipeline.settings import CORENLP_LANGUAGES

    for code in service.languages:
        assert f"<classifier>models-{CORENLP_LANGUAGES[code]}</classifier>" in pom
    dockerfile = (DOCKER / "corenlp" / "Dockerfile").read_text()
    assert "COPY docker/corenlp/pom.xml" in dockerfile and "USER corenlp" in dockerfile
    assert "StanfordCoreNLPServer" in dockerfile and '"-port", "9000"' in dockerfile
    # the Italian requests' custom annotator (newsline.IndexedGazetteNER) is compiled into the image's class path
    assert "COPY tools/newsline_dev/services/corenlp_java/newsline/" in dockerfile and "javac" in dockerfile
    assert '"/opt/corenlp/classes:/opt/corenlp/libs/*"' in dockerfile
    ignore = (DOCKER / "corenlp" / "Dockerfile.dockerignore").read_text()
    assert "!tools/newsline_dev/services/corenlp_java/newsline/*.java" in ignore
    assert "ports" not in spec  # the compose network only


def test_the_enrich_worker_waits_for_corenlp_and_its_url_loads() -> None:
    assert SERVICES["enrich-worker"]["depends_on"]["corenlp"] == {"condition": "service_healthy"}
    assert "GET /ready" in healthcheck_text("corenlp") and "/dev/tcp/127.0.0.1/9000" in healthcheck_text("corenlp")
    env = env_of("enrich-worker")
    loaded = _load_with({k: v for k, v in env.items() if k.startswith("NEWSLINE_")})
    assert loaded.enrich.ner_service.url == "http://corenlp:9000"
    assert loaded.enrich.ner_service.languages == ("de", "es", "it", "hu")
