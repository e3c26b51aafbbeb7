"""Private secured Kafka (SASL_SSL, SCRAM-SHA-512) and Elasticsearch (https, x-pack security).

Started once for the module that uses them (tests/cli/test_secure_pipeline.py), so they do not run
beside the rest of the suite, with ``newsline services up`` (``NEWSLINE_SERVICES_SECURE=true``) on
their own ports (Kafka 39092/39093, Elasticsearch 39200) and state dir, stopped at the end.
The shared plain services on 9092/9200 are never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsline_dev.stopping import sigterm_raises

PROJECT = Path(__file__).resolve().parents[2]
NEWSLINE = [sys.executable, "-m", "pipeline"]


@dataclass(frozen=True)
class SecureServices:
    state: Path
    base_env: dict[str, str]  # what `services up/down` ran with
    client_env: dict[str, str]  # base_env + secure.env: every client setting, secrets included
    start_seconds: float

    def secrets(self) -> list[str]:
        """Every generated secret, to check that none is ever printed."""
        return [p.read_text().strip() for p in (self.state / "secrets").iterdir()]

    def run(self, *args: str, timeout: float = 300, **overrides: str | None) -> subprocess.CompletedProcess[str]:
        """``newsline ARGS`` as a client of the secured services; an override of None removes the variable."""
        merged = {**self.client_env, **overrides}
        env = {key: value for key, value in merged.items() if value is not None}
        return subprocess.run([*NEWSLINE, *args], env=env, cwd=PROJECT, capture_output=True, text=True, timeout=timeout)


def read_env_file(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if line and not line.startswith("#"))
    return dict(pairs)


@pytest.fixture(scope="module")
def secure_services() -> Iterator[SecureServices]:
    # not below pytest's basetemp: pytest keeps /tmp/pytest-of-<user> at 0700 (reset by every other
    # pytest run), and Elasticsearch runs as the unprivileged user `newsline` when we are root
    root = Path(tempfile.mkdtemp(prefix="newsline-secure-"))
    state = root / "state"
    # nothing of the caller's settings but the JVM flags `make test` gives every service it starts
    base = {key: value for key, value in os.environ.items()
            if not key.startswith("NEWSLINE_") or key == "NEWSLINE_SERVICES_JVM_OPTIONS"}
    base |= {
        "NEWSLINE_SERVICES_SECURE": "true",
        "NEWSLINE_PATHS_STATE": str(state),
        "NEWSLINE_KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:39092",
        "NEWSLINE_KAFKA_CONTROLLER_PORT": "39093",
        "NEWSLINE_KAFKA_HEAP": "512m",
        "NEWSLINE_ELASTICSEARCH_URL": "https://127.0.0.1:39200",
        "NEWSLINE_ELASTICSEARCH_HEAP": "512m",
        "NEWSLINE_ENRICH_NER_SERVICE_LANGUAGES": "[]",  # no CoreNLP of its own: never the shared one's port
    }
    # stopped with SIGTERM (make test's streams pass theirs on), even while starting: what started goes down
    with sigterm_raises(), _down_at_the_end(base, root):
        started = time.monotonic()
        up = subprocess.run([*NEWSLINE, "services", "up"], env=base, cwd=PROJECT, capture_output=True, text=True,
                            timeout=900)
        seconds = time.monotonic() - started
        assert up.returncode == 0, up.stdout + up.stderr
        client = base | read_env_file(state / "secure.env")
        print(f"\nsecure services up in {seconds:.1f}s (state {state})", file=sys.stderr)
        yield SecureServices(state, base, client, seconds)


@contextmanager
def _down_at_the_end(base: dict[str, str], root: Path) -> Iterator[None]:
    try:
        yield
    finally:
        subprocess.run([*NEWSLINE, "services", "down"], env=base, cwd=PROJECT, capture_output=True, text=True, timeout=300)
        shutil.rmtree(root, ignore_errors=True)
