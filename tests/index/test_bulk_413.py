"""413 handling on a private Elasticsearch with a tiny ``http.max_content_length`` (the shared instance keeps
its defaults; this one runs on its own port and state dir and is stopped by pid after the module)."""

from __future__ import annotations

import logging
import socket
import subprocess
from collections.abc import Iterator

import pytest
from elasticsearch import Elasticsearch

from newsline_dev.services import elasticsearch as es_service
from newsline_dev.services import lifecycle
from newsline_dev.services.procs import spawn
from pipeline.backoff import Backoff
from pipeline.index.bulk import BulkLimits, Outcome, bulk_index
from pipeline.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

MAX_CONTENT = 20_000  # bytes; http.max_content_length of the private node
STATE = PROJECT_ROOT / ".newsline" / "private" / "es-413"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def small_es(live_settings: Settings) -> Iterator[Elasticsearch]:
    settings = live_settings.model_copy(update={
        "paths": live_settings.paths.model_copy(update={"state": STATE}),
        "elasticsearch": live_settings.elasticsearch.model_copy(
            update={"url": f"http://127.0.0.1:{free_port()}", "heap": "256m"}),
    })
    spec = es_service.spec(settings)

    def launch() -> subprocess.Popen[bytes]:
        cmd, env, user = es_service.prepare(settings)
        yml = spec.state_dir / "config" / "elasticsearch.yml"
        yml.write_text(yml.read_text() + f'http.max_content_length: "{MAX_CONTENT}b"\n')
        return spawn(cmd, spec.state_dir / "elasticsearch.out", env, cwd=spec.state_dir, user=user)

    proc = lifecycle.start(spec, launch)
    try:
        lifecycle.wait_ready(spec, proc, 300)
        with Elasticsearch(settings.elasticsearch.url, request_timeout=30, max_retries=0) as client:
            client.options(ignore_status=404).indices.delete(index="small-v1")  # left by an earlier run's state dir
            client.indices.create(index="small-v1", aliases={"small-write": {"is_write_index": True}})
            yield client
    finally:
        lifecycle.stop(spec, 30)  # only the process this fixture started (its pid file)


def test_413_splits_the_request_and_rejects_only_the_document_too_large_alone(
    small_es: Elasticsearch, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="pipeline.index.bulk")
    docs: dict[str, dict[str, object]] = {f"d{n}": {"text": "x" * 1000} for n in range(40)}  # ~42 kB in one request
    docs["huge"] = {"text": "y" * (MAX_CONTENT + 5000)}
    sleeps: list[float] = []
    outcomes = bulk_index(small_es, "small-write", docs, Backoff(0.1, 0.1, 2), sleep=sleeps.append,
                          limits=BulkLimits(max_docs=1000, max_bytes=10_000_000))
    assert [r for r in caplog.records if "too large" in r.getMessage()]
    assert outcomes["huge"].kind is Outcome.REJECTED and outcomes["huge"].status == 413
    assert "http.max_content_length" in (outcomes["huge"].error or "")
    assert all(outcomes[f"d{n}"].ok for n in range(40)) and sleeps == []  # split, never retried
    small_es.indices.refresh(index="small-write")
    assert int(small_es.count(index="small-write")["count"]) == 40


def test_a_byte_cap_below_the_server_limit_never_meets_a_413(
    small_es: Elasticsearch, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="pipeline.index.bulk")
    docs: dict[str, dict[str, object]] = {f"c{n}": {"text": "z" * 1000} for n in range(40)}
    outcomes = bulk_index(small_es, "small-write", docs, Backoff(0.1, 0.1),
                          limits=BulkLimits(max_docs=1000, max_bytes=MAX_CONTENT // 2))
    assert all(o.ok for o in outcomes.values()) and len(outcomes) == 40
    assert not [r for r in caplog.records if "too large" in r.getMessage()]
