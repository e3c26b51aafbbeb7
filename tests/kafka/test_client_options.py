"""Every Kafka client is built from the settings: the reconnect backoff and bootstrap wait included."""

from __future__ import annotations

import pytest

from pipeline.exceptions import ConfigError
from pipeline.kafka.config import client_options
from pipeline.settings import load_settings


def test_clients_default_to_a_30_s_reconnect_backoff_and_bootstrap_wait() -> None:
    options = client_options(load_settings().kafka, "t")
    assert (options["reconnect_backoff_max_ms"], options["bootstrap_timeout_ms"]) == (30_000, 30_000)


def test_reconnect_backoff_and_bootstrap_wait_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_KAFKA_RECONNECT_BACKOFF_MAX_MS", "1000")
    monkeypatch.setenv("NEWSLINE_KAFKA_BOOTSTRAP_TIMEOUT_MS", "5000")
    options = client_options(load_settings().kafka, "t")
    assert (options["reconnect_backoff_max_ms"], options["bootstrap_timeout_ms"]) == (1000, 5000)


@pytest.mark.parametrize("name", ["NEWSLINE_KAFKA_RECONNECT_BACKOFF_MAX_MS", "NEWSLINE_KAFKA_BOOTSTRAP_TIMEOUT_MS"])
def test_a_zero_wait_is_refused_naming_the_setting(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(name, "0")
    with pytest.raises(ConfigError, match=name):
        load_settings()
