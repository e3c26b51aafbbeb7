"""Fault tests run on PRIVATE Kafka (127.0.0.1:29092) and Elasticsearch (:29200), started once per session.

They kill -9 and freeze those services; the shared development services are never touched. Each test
gets its own topics, consumer groups and index prefix on the private pair.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.faults import WorkerProcess
from bench.private_services import PrivateServices, scoped
from pipeline.settings import Settings

# clients retry a broker that went away at most 1 s apart (default 30 s): a restarted broker is noticed within
# about a second, so a test's wait after the restart is the recovery itself, not the clients' backoff
RECONNECT_BACKOFF_MAX_MS = 1000


def quick_reconnect(settings: Settings) -> Settings:
    """``settings`` whose Kafka clients retry a broker that went away at most ``RECONNECT_BACKOFF_MAX_MS`` apart."""
    kafka = settings.kafka.model_copy(update={"reconnect_backoff_max_ms": RECONNECT_BACKOFF_MAX_MS})
    return settings.model_copy(update={"kafka": kafka})


@pytest.fixture(scope="session")
def private_services() -> Iterator[PrivateServices]:
    with PrivateServices.started() as services:  # fails (never skips) when they cannot start
        yield services


@dataclass
class FaultRig:
    services: PrivateServices
    settings: Settings
    env: dict[str, str]
    logs: Path
    workers: list[WorkerProcess]

    def worker(self, kind: str, *args: str) -> WorkerProcess:
        process = WorkerProcess(kind, list(args), self.env, self.logs / f"{kind}-{len(self.workers)}.log")
        process.start()
        self.workers.append(process)
        return process

    def log_tails(self, lines: int = 15) -> str:
        parts = []
        for path in sorted(self.logs.glob("*.log")):
            text = path.read_text(errors="replace").splitlines()[-lines:]
            parts.append(f"--- {path.name} ---\n" + "\n".join(text))
        return "\n".join(parts)


@pytest.fixture
def rig(private_services: PrivateServices, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[FaultRig]:
    if private_services.pid("kafka") is None:  # an earlier test's broker restart failed: bring it back
        private_services.start_kafka()
    private_services.thaw_elasticsearch()
    tag = f"f-{request.node.name[5:25].replace('_', '-')}-{uuid.uuid4().hex[:6]}"
    settings = quick_reconnect(scoped(private_services.settings, tag, partitions=2))
    private_services.setup(settings)
    settings = settings.model_copy(update={"paths": settings.paths.model_copy(update={"state": tmp_path / "state"})})
    env = private_services.env(settings)  # worker state files of this test only (status shows its restarts)
    env["NEWSLINE_WORKERS_BATCH_SIZE"] = "10"
    # a killed member's partitions go to the others after 10 s, not the default 30 s (as in delivery_settings)
    env["NEWSLINE_WORKERS_SESSION_TIMEOUT_MS"] = "10000"
    rig = FaultRig(private_services, settings, env, tmp_path / "logs", [])
    rig.logs.mkdir()
    yield rig
    for worker in rig.workers:
        worker.stop(timeout=15)
