"""Every Kafka client is built from the settings: the reconnect backoff, bootstrap wait and close wait included."""

from __future__ import annotations

import pytest

from pipeline.exceptions import ConfigError
from pipeline.kafka.config import client_options
from pipeline.kafka.consumer import BatchConsumer
from pipeline.settings import load_settings


def test_clients_default_to_a_30_s_reconnect_backoff_and_bootstrap_wait() -> None:
    options = client_options(load_settings().kafka, "t")
    assert (options["reconnect_backoff_max_ms"], options["bootstrap_timeout_ms"]) == (30_000, 30_000)


def test_reconnect_backoff_and_bootstrap_wait_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_KAFKA_RECONNECT_BACKOFF_MAX_MS", "1000")
    monkeypatch.setenv("NEWSLINE_KAFKA_BOOTSTRAP_TIMEOUT_MS", "5000")
    options = client_options(load_settings().kafka, "t")
    assert (options["reconnect_backoff_max_ms"], options["bootstrap_timeout_ms"]) == (1000, 5000)


def test_a_worker_consumer_waits_the_close_timeout_from_the_settings_to_leave_its_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert load_settings().kafka.close_timeout_ms == 30_000
    monkeypatch.setenv("NEWSLINE_KAFKA_CLOSE_TIMEOUT_MS", "2000")
    settings = load_settings()
    calls: list[dict[str, object]] = []

    class Recorder:
        def close(self, **kwargs: object) -> None:
            calls.append(kwargs)

    consumer = BatchConsumer.__new__(BatchConsumer)
    consumer._consumer, consumer._close_timeout_ms = Recorder(), settings.kafka.close_timeout_ms  # type: ignore[assignment]
    consumer.close()
    assert calls == [{"autocommit": False, "timeout_ms": 2000}]


@pytest.mark.parametrize("name", ["NEWSLINE_KAFKA_RECONNECT_BACKOFF_MAX_MS", "NEWSLINE_KAFKA_BOOTSTRAP_TIMEOUT_MS",
                                  "NEWSLINE_KAFKA_CLOSE_TIMEOUT_MS"])
def test_a_zero_wait_is_refused_naming_the_setting(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(name, "0")
    with pytest.raises(ConfigError, match=name):
        load_settings()
