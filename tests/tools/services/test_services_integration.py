"""Real Kafka and Elasticsearch: up, status, idempotent up. Leaves them running for other tests."""

from __future__ import annotations

import pytest

from newsline_dev import services
from pipeline.settings import load_settings

pytestmark = pytest.mark.integration


def test_up_is_ready_and_idempotent() -> None:
    settings = load_settings()
    first = services.up(settings)
    for name in ("kafka", "elasticsearch"):
        assert first[name]["running"] and first[name]["ready"], first
    current = services.status(settings)
    assert current["kafka"]["version"] == settings.kafka.version
    assert current["elasticsearch"]["address"] == settings.elasticsearch.url
    assert services.kafka_ready(settings) and services.elasticsearch_ready(settings)
    again = services.up(settings)
    for name in ("kafka", "elasticsearch"):
        assert again[name]["pid"] == first[name]["pid"]
        assert again[name]["ready"]
    # no services.down(): the other integration tests use these services
