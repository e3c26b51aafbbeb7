"""Shared fixtures for the services tests: settings pointing at a temporary state/cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import Settings, load_settings


@pytest.fixture
def tmp_settings(tmp_path: Path) -> Settings:
    return load_settings(
        paths={"state": tmp_path / "state", "cache": tmp_path / "cache"},
        kafka={"bootstrap_servers": "127.0.0.1:19092", "controller_port": 19093},
        elasticsearch={"url": "http://127.0.0.1:19200"},
    )
