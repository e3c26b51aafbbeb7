"""Airflow task bodies mask URL credentials and tokens in every log record, whatever handler writes it."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from pipeline.orchestration.connections import with_connections
from pipeline.settings import load_settings

SECRET_URL = "https://reader:hunter2@feeds.example.org/rss?token=abc123&page=2"


@pytest.fixture
def record_factory() -> Iterator[None]:
    before = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(before)


class Keep(logging.Handler):
    """A handler that does not go through pipeline.logs.configure (as Airflow's task handlers do not)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def logged_by_httpx(message: str, *args: object) -> str:
    logger, keep = logging.getLogger("httpx"), Keep()
    logger.addHandler(keep)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        logger.info(message, *args)
    finally:
        logger.removeHandler(keep)
        logger.setLevel(level)
    return keep.lines[0]


def test_records_carry_the_secret_until_a_task_body_starts(record_factory: None) -> None:
    assert "hunter2" in logged_by_httpx('HTTP Request: GET %s "HTTP/1.1 200 OK"', SECRET_URL)
    with_connections(load_settings())
    line = logged_by_httpx('HTTP Request: GET %s "HTTP/1.1 200 OK"', SECRET_URL)
    assert "hunter2" not in line and "abc123" not in line
    assert "feeds.example.org/rss" in line and "page=2" in line


def test_installing_twice_wraps_the_factory_once(record_factory: None) -> None:
    with_connections(load_settings())
    first = logging.getLogRecordFactory()
    with_connections(load_settings())
    assert logging.getLogRecordFactory() is first
