"""The local Stanford CoreNLP NER server (``enrich.ner_service``) from Maven Central jars.

CoreNLP's server listens on every interface (it has no bind option); it runs with the IPv4 stack only and
a block list of every IPv4 network but 127.0.0.0/8, so it answers loopback clients only. Language models
load on the first request of each language (German ~15 s of CPU, Spanish ~2 s), not at start, so ``up``
does not wait for them.
"""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

import httpx

from newsline_dev.services import fetch
from newsline_dev.services.java import find_java_home
from newsline_dev.services.procs import port_open, spawn
from newsline_dev.services.spec import ServiceSpec
from pipeline.settings import Settings

log = logging.getLogger("newsline_dev.services.corenlp")

NAME = "corenlp"
MAIN_CLASS = "edu.stanford.nlp.pipeline.StanfordCoreNLPServer"
JAVA_MINIMUM = 17
# every IPv4 network except 127.0.0.0/8
NOT_LOOPBACK = ("0.0.0.0/2", "64.0.0.0/3", "96.0.0.0/4", "112.0.0.0/5", "120.0.0.0/6", "124.0.0.0/7", "126.0.0.0/8",
                "128.0.0.0/1")


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


def command(settings: Settings, libs: Path, java_home: Path, block_list: Path) -> list[str]:
    service = settings.enrich.ner_service
    timeout_ms = int(service.timeout_s * 1000)
    return [
        str(java_home / "bin" / "java"), f"-Xms{service.heap}", f"-Xmx{service.heap}", "-XX:+UseG1GC",
        "-Djava.awt.headless=true", "-Djava.net.preferIPv4Stack=true", "-cp", f"{libs}/*", MAIN_CLASS,
        "-port", str(service.port), "-timeout", str(timeout_ms), "-threads", str(service.threads), "-quiet",
        "-blockList", str(block_list),
    ]


def launch(settings: Settings) -> subprocess.Popen[bytes]:
    state = state_dir(settings)
    state.mkdir(parents=True, exist_ok=True)
    block_list = state / "blocklist.txt"  # CoreNLP reads the networks it refuses from a file, one a line
    block_list.write_text("\n".join(NOT_LOOPBACK) + "\n")
    cmd = command(settings, fetch.corenlp_libs(settings), find_java_home(JAVA_MINIMUM), block_list)
    return spawn(cmd, state / f"{NAME}.out", dict(os.environ), cwd=state)
