"""A local Airflow (api-server + scheduler + dag-processor) wired to the local Kafka/Elasticsearch.

``make airflow`` runs ``python -m newsline_dev.airflow.local_airflow``: it migrates the DB, creates the
``newsline_fetch`` pool with ``ingest.fetch_pool_size`` slots, sets the ``newsline_kafka``/``newsline_elasticsearch``
Connections through ``AIRFLOW_CONN_*`` variables, starts the three processes (logs under ``<home>/logs/``)
with new DAGs unpaused (``airflow.dags_paused_at_creation``), prints the URL and login, and stops every process
it started on Ctrl-C (SIGINT) or SIGTERM. Tests use :class:`LocalAirflow` with their own home, port and env.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsline_dev.airflow.airflow_env import airflow_command, build_env, ensure_migrated
from pipeline.logs import configure as configure_logging
from pipeline.orchestration.exceptions import AirflowEnvError
from pipeline.orchestration.pools import FETCH_POOL, set_fetch_pool
from pipeline.settings import Settings, load_settings

log = logging.getLogger(__name__)

PROCESSES = ("api-server", "scheduler", "dag-processor")
PASSWORDS = "simple_auth_manager_passwords.json.generated"


def connection_env(settings: Settings) -> dict[str, str]:
    """``AIRFLOW_CONN_*`` for the Kafka/Elasticsearch endpoints (no credentials: those stay in NEWSLINE_* env)."""
    kafka = {
        "conn_type": "generic",
        "host": settings.kafka.host,
        "port": settings.kafka.port,
        "extra": {"bootstrap_servers": settings.kafka.bootstrap_servers},
    }
    scheme, rest = settings.elasticsearch.url.split("://", 1)
    es = {
        "conn_type": "http",
        "schema": scheme,
        "host": rest.split(":")[0].split("/")[0],
        "port": settings.elasticsearch.port,
    }
    return {"AIRFLOW_CONN_NEWSLINE_KAFKA": json.dumps(kafka), "AIRFLOW_CONN_NEWSLINE_ELASTICSEARCH": json.dumps(es)}


@dataclass
class LocalAirflow:
    home: Path
    port: int = 8080
    dags: Path | None = None
    extra_env: Mapping[str, str] = field(default_factory=dict)
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self, settings: Settings) -> dict[str, str]:
        env = {**os.environ, **build_env(settings, home=self.home, dags=self.dags), **connection_env(settings)}
        env |= {
            "AIRFLOW__API__PORT": str(self.port),
            "PYTHONUNBUFFERED": "1",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{self.url}/execution/",
            "AIRFLOW__API__BASE_URL": self.url,
        }
        return {**env, **self.extra_env}

    def prepare(self, settings: Settings) -> None:
        """Migrate the DB and create (or resize) the fetch pool to ``ingest.fetch_pool_size`` slots."""
        ensure_migrated(settings, home=self.home)
        slots = set_fetch_pool(settings, env=self.env(settings))
        log.info("airflow pool set pool=%s slots=%d", FETCH_POOL, slots)

    def start(self, settings: Settings) -> None:
        env = self.env(settings)
        logs = self.home / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        for name in PROCESSES:
            with open(logs / f"{name}.log", "ab") as out:
                self.procs[name] = subprocess.Popen(
                    airflow_command([name]), env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
                )
            log.info("airflow process started name=%s pid=%d", name, self.procs[name].pid)

    def wait_ready(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/monitor/health", timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise AirflowEnvError(f"airflow api-server not ready on {self.url} after {timeout:.0f}s")

    def check_alive(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                raise AirflowEnvError(
                    f"airflow {name} exited with {proc.returncode}; see {self.home / 'logs' / name}.log"
                )

    def login(self) -> str:
        path = self.home / PASSWORDS
        return (
            ", ".join(f"{user} / {pw}" for user, pw in json.loads(path.read_text()).items()) if path.exists() else "?"
        )

    def stop(self, grace: float = 20.0) -> None:
        """SIGTERM each process group we started, then SIGKILL what is left after ``grace`` seconds."""
        for proc in self.procs.values():
            if proc.poll() is None:
                _signal_group(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        for name, proc in self.procs.items():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("airflow process killed name=%s pid=%d", name, proc.pid)
                _signal_group(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        self.procs.clear()


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    """Signal a process group we started (its leader's pid is the group id); gone already is fine."""
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        log.info("airflow process group already gone pgid=%d", pgid)


class Stop(Exception):  # noqa: N818 - a request, not an error
    """SIGTERM arrived: leave the wait loop and stop the processes like Ctrl-C does."""


def _raise_stop(signum: int, frame: object) -> None:
    raise Stop(signal.Signals(signum).name)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsline_dev.airflow.local_airflow", description=__doc__)
    parser.add_argument("--home", type=Path, help="AIRFLOW_HOME (default <paths.state>/airflow)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--dags", type=Path, help="DAGs folder (default: the project's dags/)")
    opts = parser.parse_args(argv)
    configure_logging("INFO")
    settings = load_settings()
    airflow = LocalAirflow(home=(opts.home or settings.paths.state / "airflow").resolve(), port=opts.port, dags=opts.dags)
    previous = signal.signal(signal.SIGTERM, _raise_stop)
    try:
        airflow.prepare(settings)
        airflow.start(settings)
        airflow.wait_ready()
        paused = "paused" if settings.airflow.dags_paused_at_creation else "unpaused"
        print(
            f"\nAirflow UI: {airflow.url}   login: {airflow.login()}\n"
            f"pool {FETCH_POOL}: {settings.ingest.fetch_pool_size} slots   new DAGs start {paused}\n"
            f"logs: {airflow.home / 'logs'}   Ctrl-C stops it\n",
            flush=True,
        )
        while True:
            airflow.check_alive()
            time.sleep(5)
    except (KeyboardInterrupt, Stop) as exc:
        log.info("airflow stopping reason=%s", type(exc).__name__ if isinstance(exc, KeyboardInterrupt) else exc)
        return 0
    except AirflowEnvError as exc:
        print(f"airflow: error: {exc}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the clean-up short
        airflow.stop()
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    raise SystemExit(main())
