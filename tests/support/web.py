"""Fixtures (registered suite-wide by tests/conftest.py): the fixture site on 127.0.0.1 and fetch settings that
allow it (explicitly, for tests only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.settings import FetchSettings, Settings
from tests.support.site import Reply, Site


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site().start()
    server.add("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    yield server
    server.stop()


def fast_fetch_settings(**overrides: object) -> FetchSettings:
    """Fast, bounded settings; private addresses allowed because the fixture site is on 127.0.0.1."""
    values: dict[str, object] = {
        "allow_private_addresses": True,
        "politeness_delay_s": 0.0,
        "retries": 2,
        "backoff_initial_s": 0.05,
        "backoff_max_s": 0.2,
        "connect_timeout_s": 2.0,
        "read_timeout_s": 2.0,
        "total_timeout_s": 10.0,
        "retry_after_max_s": 5.0,
        "workers": 4,
        "contact": "newsline-tests@example.org",
    }
    return FetchSettings(**{**values, **overrides})  # type: ignore[arg-type]


@pytest.fixture
def fetch_settings() -> FetchSettings:
    return fast_fetch_settings()


@pytest.fixture
def ingest_settings(pipeline_settings: Settings, tmp_path: Path) -> Settings:
    """Isolated topics/index (pipeline_settings), own state dir, the fixture site allowed."""
    paths = pipeline_settings.paths.model_copy(update={"state": tmp_path / "state"})
    return pipeline_settings.model_copy(update={"fetch": fast_fetch_settings(), "paths": paths})
