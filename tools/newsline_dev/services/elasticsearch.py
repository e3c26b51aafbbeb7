"""Local Elasticsearch (one node, or a cluster of ``services.es_nodes``) from the integ-test-zip on Maven Central."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

from newsline_dev.services import es_config, es_plugin, fetch, nodes, probes, runas, secure
from newsline_dev.services.exceptions import StartError
from newsline_dev.services.files import extract_zip, is_stamped, locked, stamp
from newsline_dev.services.java import find_java_home
from newsline_dev.services.procs import spawn
from newsline_dev.services.spec import ServiceSpec
from pipeline.settings import Settings

log = logging.getLogger("newsline_dev.services.elasticsearch")

JAVA_MINIMUM = 21


def state_dir(settings: Settings, node: int = 0) -> Path:
    return settings.paths.state / nodes.es_name(settings, node)


def spec(settings: Settings, node: int = 0) -> ServiceSpec:
    own = nodes.es_node(settings, node)
    es, state, name = own.elasticsearch, state_dir(settings, node), nodes.es_name(settings, node)
    host = es.urls[0].split("://", 1)[-1].rsplit(":", 1)[0]
    cluster = "newsline-cluster" if nodes.es_count(settings) > 1 else "newsline"
    return ServiceSpec(
        name=name,
        version=es.version,
        host=host,
        port=es.port,
        address=es.urls[0],
        state_dir=state,
        marker="elasticsearch",
        logs=(state / f"{name}.out", state / "logs" / f"{cluster}.log"),
        ready=lambda: probes.elasticsearch_ready(own),
    )


def specs(settings: Settings) -> list[ServiceSpec]:
    return [spec(settings, node) for node in range(nodes.es_count(settings))]


def install(settings: Settings, node: int = 0) -> Path:
    """Unpack the distribution into the state dir (readable by the service user); return ES home."""
    version = settings.elasticsearch.version
    dist = state_dir(settings, node) / f"dist-{version}"
    home = dist / f"elasticsearch-{version}"
    with locked(dist.with_name(dist.name + ".lock")):
        if not (is_stamped(dist) and (home / "bin" / "elasticsearch").is_file()):
            extract_zip(fetch.elasticsearch_zip(settings), dist)
            stamp(dist, f"elasticsearch {version}")
    return home


def prepare(settings: Settings, node: int = 0) -> tuple[list[str], dict[str, str], str | None]:
    """Install, write config, fix ownership; return (command, environment, user to run as)."""
    state, home = state_dir(settings, node), install(settings, node)
    conf, data, logs, tmp = (state / name for name in ("config", "data", "logs", "tmp"))
    shutil.copytree(home / "config", conf, dirs_exist_ok=True)
    bootstrap = not (data / "_state").is_dir()  # a node that never joined a cluster
    for directory in (data, logs, tmp):
        directory.mkdir(parents=True, exist_ok=True)
    security = es_config.has_security_module(home)
    yml = es_config.elasticsearch_yml(settings, data, logs, security, node, bootstrap)
    (conf / "elasticsearch.yml").write_text(yml)
    java_home = find_java_home(JAVA_MINIMUM, settings.elasticsearch.java_home)
    env = es_config.launch_env(java_home, conf, tmp, nodes.es_node(settings, node).elasticsearch.heap,
                               settings.services.jvm_options)
    if settings.services.secure:
        es_plugin.install(settings, home, java_home)  # API keys need it (see es_plugin)
        _secure_files(settings, conf)
    user = _hand_over(state) if runas.is_root() else None
    if settings.services.secure:
        _secure_users(settings, home, conf, env, user)
    return [str(home / "bin" / "elasticsearch"), "-q"], env, user


def _secure_files(settings: Settings, conf: Path) -> None:
    """Certificates into the config dir (the only place Elasticsearch reads them from); the pipeline's role."""
    paths = secure.cert_paths(settings)
    target = conf / es_config.CERTS_SUBDIR
    target.mkdir(parents=True, exist_ok=True)
    for source in (paths.ca, paths.node, paths.node_key):
        shutil.copyfile(source, target / source.name)
        os.chmod(target / source.name, 0o600 if source == paths.node_key else 0o644)
    (conf / "roles.yml").write_text(secure.roles_yml(settings))


def _secure_users(settings: Settings, home: Path, conf: Path, env: dict[str, str], user: str | None) -> None:
    """As the service user: ``elastic``'s generated password into the keystore, the pipeline user into
    the file realm (``users``/``users_roles`` come fresh from the distribution on every start)."""
    tool = str(home / "bin" / "elasticsearch-keystore")
    if not (conf / "elasticsearch.keystore").is_file():
        _run_tool([tool, "create"], env, None, user)
    password = secure.elastic_password(settings).get_secret_value()
    _run_tool([tool, "add", "--force", "--stdin", "bootstrap.password"], env, password, user)
    pipeline = secure.pipeline_password(settings).get_secret_value()
    user_cmd = [str(home / "bin" / "elasticsearch-users"), "useradd", settings.services.pipeline_user]
    _run_tool([*user_cmd, "-r", secure.PIPELINE_ROLE], env, f"{pipeline}\n{pipeline}\n", user)


def _run_tool(cmd: list[str], env: dict[str, str], stdin: str | None, user: str | None) -> None:
    run = subprocess.run(
        cmd, input=stdin, env=env, cwd=env["HOME"], capture_output=True, text=True, timeout=120, user=user, group=user,
        extra_groups=[] if user else None,
    )
    if run.returncode != 0:  # secrets go in on stdin: the tools never echo them
        raise StartError(f"{' '.join(cmd)} failed (exit {run.returncode}): {(run.stdout + run.stderr)[-2000:]}")


def _hand_over(state: Path) -> str:
    """As root: give the state tree to the service user and make sure it can reach it."""
    entry = runas.ensure_user()
    runas.chown_tree(state, entry.pw_uid, entry.pw_gid)
    runas.ensure_traversable(state, entry.pw_uid, entry.pw_gid)
    return entry.pw_name


def launch(settings: Settings, node: int = 0) -> subprocess.Popen[bytes]:
    cmd, env, user = prepare(settings, node)
    state, name = state_dir(settings, node), nodes.es_name(settings, node)
    log.info("event=launch service=%s user=%s java_home=%s", name, user or "self", env["ES_JAVA_HOME"])
    return spawn(cmd, state / f"{name}.out", env, cwd=state, user=user)
