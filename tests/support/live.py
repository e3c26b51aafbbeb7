"""Integration fixtures (registered suite-wide by tests/conftest.py): the real local Kafka and Elasticsearch,
brought up once per session.

Each test gets its own topics, consumer groups and index prefix, so tests do not see each other's data.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from newsline_dev import services
from pipeline.provision import run_setup
from pipeline.settings import Settings, load_settings
from tests.support.topics import drop_isolated


@pytest.fixture(scope="session")
def live_settings() -> Settings:
    settings = load_settings()
    services.up(settings)  # idempotent; fails (never skips) when a service cannot start
    return settings


def isolated(settings: Settings, name: str) -> Settings:
    tag = f"{name}-{uuid.uuid4().hex[:8]}"
    topics = settings.kafka.topics.model_copy(
        update={"raw": f"t.{tag}.raw", "enriched": f"t.{tag}.enriched", "dead_letter": f"t.{tag}.dlq",
                "alerts": f"t.{tag}.alerts", "partitions": 2}
    )
    workers = settings.workers.model_copy(
        update={"enrich_group": f"g.{tag}.enrich", "index_group": f"g.{tag}.index", "idle_timeout_s": 20.0}
    )
    return settings.model_copy(
        update={
            "kafka": settings.kafka.model_copy(update={"topics": topics}),
            "elasticsearch": settings.elasticsearch.model_copy(update={"index_prefix": f"test-{tag}"}),
            "workers": workers,
        }
    )


@pytest.fixture
def pipeline_settings(live_settings: Settings, request: pytest.FixtureRequest) -> Iterator[Settings]:
    settings = isolated(live_settings, request.node.name.lower().replace("_", "-")[:30])
    run_setup(settings)
    yield settings
    drop_isolated(settings)
