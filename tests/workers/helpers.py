"""Helpers for the delivery tests: articles, `newsline` subprocesses with the isolated settings, waiting."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable
from typing import Any

from pipeline.kafka.lag import LagProbe, TopicLag
from pipeline.kafka.producer import Producer
from pipeline.models import Article, Provenance, encode
from pipeline.settings import PROJECT_ROOT, Settings

NEWSLINE = str(PROJECT_ROOT / ".venv" / "bin" / "newsline")

SENTENCES = [
    "The council in {city} approved the new budget on Tuesday after a long debate.",
    "Officials said the plan would fund schools, roads and a water project near the river.",
    "Opposition members argued that the spending was too high for a small town like {city}.",
    "The mayor, {person}, said the vote showed that residents wanted visible change.",
]
CITIES = ["Lyon", "Porto", "Gdansk", "Leeds", "Bergen", "Graz", "Turin", "Malmo"]
PEOPLE = ["Anna Weber", "Luis Prado", "Marta Nowak", "James Hill"]


def articles(count: int, source: str = "delivery-test") -> list[Article]:
    out = []
    for n in range(count):
        city, person = CITIES[n % len(CITIES)], PEOPLE[n % len(PEOPLE)]
        text = " ".join(s.format(city=city, person=person) for s in SENTENCES) + f" Report number {n}."
        out.append(Article.build(
            title=f"{city} council approves budget, report {n}", text=text, url=f"https://example.com/d/{n}",
            source=source, extraction=Provenance(producer="test", version="1"),
        ))
    return out


def publish(settings: Settings, items: list[Article]) -> None:
    """Keyed by article id, as replay publishes."""
    with Producer(settings.kafka, client_id="newsline-test") as producer:
        producer.send_many(settings.kafka.topics.raw, ((a.id, encode(a)) for a in items))
        producer.flush_or_raise()


def env_for(settings: Settings, **extra: str) -> dict[str, str]:
    """``NEWSLINE_*`` variables that make ``load_settings()`` in a subprocess equal ``settings``."""
    env = dict(os.environ)
    w = settings.workers
    env.update({
        "NEWSLINE_KAFKA_TOPICS": settings.kafka.topics.model_dump_json(),
        "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": settings.elasticsearch.index_prefix,
        "NEWSLINE_PATHS_STATE": str(settings.paths.state),
        "NEWSLINE_WORKERS_ENRICH_GROUP": w.enrich_group,
        "NEWSLINE_WORKERS_INDEX_GROUP": w.index_group,
        "NEWSLINE_WORKERS_BATCH_SIZE": str(w.batch_size),
        "NEWSLINE_WORKERS_SESSION_TIMEOUT_MS": str(w.session_timeout_ms),
        "NEWSLINE_WORKERS_DRAIN_TIMEOUT_S": str(w.drain_timeout_s),
        "NEWSLINE_ENRICH_CLUSTER_STORE": settings.enrich.cluster_store,
    })
    env.update(extra)
    return env


def start(settings: Settings, *args: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [NEWSLINE, *args], env=env_for(settings, **extra), cwd=PROJECT_ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def run(settings: Settings, *args: str, timeout: float = 900, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [NEWSLINE, *args], env=env_for(settings, **extra), cwd=PROJECT_ROOT, capture_output=True, text=True,
        timeout=timeout, check=False,
    )


def wait_for(condition: Callable[[], Any], what: str, timeout: float = 300, every: float = 0.5) -> Any:
    """Poll ``condition`` until it returns something truthy; fail naming ``what`` (a hang guard, not a limit)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"gave up waiting for {what}")


def lag(settings: Settings, group: str, topic: str) -> TopicLag:
    with LagProbe(settings.kafka) as probe:
        return probe.measure(group, topic)


def state(settings: Settings, kind: str) -> dict[str, Any]:
    path = settings.paths.state / "workers" / f"{kind}.json"
    return dict(json.loads(path.read_text())) if path.exists() else {}
