"""The local Stanford CoreNLP NER server (``enrich.ner_service``) from Maven Central jars.

CoreNLP's server has no bind option (it listens on every interface); the JDK HTTP server provider of
:mod:`newsline_dev.services.corenlp_bind` binds it to ``enrich.ner_service.url``'s host. Language models
load on the first request of each language (German ~15 s of CPU, Spanish ~2 s, Italian ~20 s with its
gazette index, see :mod:`newsline_dev.services.corenlp_gazette`), not at start, so ``up``
does not wait for them.
"""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

import httpx

from newsline_dev.services import corenlp_bind, corenlp_gazette, fetch
from newsline_dev.services.java import find_java_home
from newsline_dev.services.procs import port_open, spawn
from newsline_dev.services.spec import ServiceSpec
from pipeline.settings import Settings

log = logging.getLogger("newsline_dev.services.corenlp")

NAME = "corenlp"
MAIN_CLASS = "edu.stanford.nlp.pipeline.StanfordCoreNLPServer"
JAVA_MINIMUM = 17


def state_dir(settings: Settings) -> Path:
    return settings.paths.state / NAME


def ready(settings: Settings, timeout: float = 5.0) -> bool:
    """True if the server answers ``GET /ready`` with 200."""
    service = settings.enrich.ner_service
    if not port_open(service.host, service.port):
        return False
    try:
        answer = httpx.get(f"{service.url.rstrip('/')}/ready", timeout=timeout, trust_env=False)
    except httpx.HTTPError as exc:
        log.debug("event=probe service=corenlp ready=false error=%s", type(exc).__name__)
        return False
    return answer.status_code == 200


def spec(settings: Settings) -> ServiceSpec:
    service, state = settings.enrich.ner_service, state_dir(settings)
    return ServiceSpec(
        name=NAME,
        version=service.version,
        host=service.host,
        port=service.port,
        address=f"{service.host}:{service.port}",
        state_dir=state,
        marker=MAIN_CLASS,
        logs=(state / f"{NAME}.out",),
        ready=lambda: ready(settings),
    )


def command(settings: Settings, libs: Path, java_home: Path, classes: tuple[Path, ...]) -> list[str]:
    """The server's command line; ``classes``: the dirs of newsline's own classes (bind provider, gazette index)."""
    service = settings.enrich.ner_service
    timeout_ms = int(service.timeout_s * 1000)
    path = ":".join([*map(str, classes), f"{libs}/*"])
    return [
        str(java_home / "bin" / "java"), f"-Xms{service.heap}", f"-Xmx{service.heap}", "-XX:+UseG1GC",
        "-Djava.awt.headless=true", *corenlp_bind.jvm_options(service.host), "-cp", path,
        MAIN_CLASS,
        "-port", str(service.port), "-timeout", str(timeout_ms), "-threads", str(service.threads), "-quiet",
    ]


def launch(settings: Settings) -> subprocess.Popen[bytes]:
    state = state_dir(settings)
    state.mkdir(parents=True, exist_ok=True)
    java_home = find_java_home(JAVA_MINIMUM)
    libs = fetch.corenlp_libs(settings)
    classes = (corenlp_bind.compiled(state, java_home), corenlp_gazette.compiled(state, java_home, libs))
    cmd = command(settings, libs, java_home, classes)
    return spawn(cmd, state / f"{NAME}.out", dict(os.environ), cwd=state)
