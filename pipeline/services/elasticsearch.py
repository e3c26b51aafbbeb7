"""Local single-node Elasticsearch from the integ-test-zip distribution on Maven Central."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from pipeline.services import es_config, fetch, probes, runas
from pipeline.services.files import extract_zip, is_stamped, locked, stamp
from pipeline.services.java import find_java_home
from pipeline.services.procs import spawn
from pipeline.services.spec import ServiceSpec
from pipeline.settings import Settings

log = logging.getLogger("pipeline.services.elasticsearch")

JAVA_MINIMUM = 21


def spec(settings: Settings) -> ServiceSpec:
    es = settings.elasticsearch
    state = settings.paths.state / "elasticsearch"
    host = es.url.split("://", 1)[-1].rsplit(":", 1)[0]
    return ServiceSpec(
        name="elasticsearch",
        version=es.version,
        host=host,
        port=es.port,
        address=es.url,
        state_dir=state,
        marker="elasticsearch",
        logs=(state / "elasticsearch.out", state / "logs" / "newsline.log"),
        ready=lambda: probes.elasticsearch_ready(settings),
    )


def install(settings: Settings) -> Path:
    """Unpack the distribution into the state dir (readable by the service user); return ES home."""
    version = settings.elasticsearch.version
    dist = settings.paths.state / "elasticsearch" / f"dist-{version}"
    home = dist / f"elasticsearch-{version}"
    with locked(dist.with_name(dist.name + ".lock")):
        if not (is_stamped(dist) and (home / "bin" / "elasticsearch").is_file()):
            extract_zip(fetch.elasticsearch_zip(settings), dist)
            stamp(dist, f"elasticsearch {version}")
    return home


def prepare(settings: Settings) -> tuple[list[str], dict[str, str], str | None]:
    """Install, write config, fix ownership; return (command, environment, user to run as)."""
    state, home = settings.paths.state / "elasticsearch", install(settings)
    conf, data, logs, tmp = (state / name for name in ("config", "data", "logs", "tmp"))
    shutil.copytree(home / "config", conf, dirs_exist_ok=True)
    for directory in (data, logs, tmp):
        directory.mkdir(parents=True, exist_ok=True)
    yml = es_config.elasticsearch_yml(settings, data, logs, es_config.has_security_module(home))
    (conf / "elasticsearch.yml").write_text(yml)
    java_home = find_java_home(JAVA_MINIMUM, settings.elasticsearch.java_home)
    env = es_config.launch_env(java_home, conf, tmp, settings.elasticsearch.heap)
    user = _hand_over(state) if runas.is_root() else None
    return [str(home / "bin" / "elasticsearch"), "-q"], env, user


def _hand_over(state: Path) -> str:
    """As root: give the state tree to the service user and make sure it can reach it."""
    entry = runas.ensure_user()
    runas.chown_tree(state, entry.pw_uid, entry.pw_gid)
    runas.ensure_traversable(state, entry.pw_uid, entry.pw_gid)
    return entry.pw_name


def launch(settings: Settings) -> subprocess.Popen[bytes]:
    cmd, env, user = prepare(settings)
    state = settings.paths.state / "elasticsearch"
    log.info("event=launch service=elasticsearch user=%s java_home=%s", user or "self", env["ES_JAVA_HOME"])
    return spawn(cmd, state / "elasticsearch.out", env, cwd=state, user=user)
