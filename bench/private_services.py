"""Private Kafka + Elasticsearch for fault tests: own ports, own state dir, killed and frozen at will.

The shared development services (9092/9200) are never touched: every signal here goes to a process
group whose pid file lives in this instance's own ``paths.state``. Kafka listens on 127.0.0.1:29092
(controller 29093) and Elasticsearch on http://127.0.0.1:29200 unless told otherwise.

    with PrivateServices.started() as ps:
        env = ps.env(topics_tag="t1")          # NEWSLINE_* for worker subprocesses
        ps.kill_kafka(); ps.start_kafka()      # kill -9, then the same data dir again
        ps.freeze_elasticsearch(); ps.thaw_elasticsearch()
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from newsline_dev import services
from newsline_dev.services import elasticsearch as es_service
from newsline_dev.services import kafka as kafka_service
from newsline_dev.services import lifecycle
from newsline_dev.services.procs import group_alive, port_open
from newsline_dev.services.spec import ServiceSpec
from newsline_dev.stopping import sigterm_raises
from pipeline.provision import run_setup
from pipeline.settings import Settings, load_settings

log = logging.getLogger("bench.private_services")

KAFKA_PORT, CONTROLLER_PORT, ES_PORT = 29092, 29093, 29200
HEAP = "768m"
SHARED_PORTS = frozenset({9092, 9093, 9200})


class PrivateServiceError(RuntimeError):
    """A private service could not be started, signalled or stopped."""


def private_settings(state: Path, kafka_port: int = KAFKA_PORT, controller_port: int = CONTROLLER_PORT,
                     es_port: int = ES_PORT, heap: str = HEAP, jvm_options: Sequence[str] | None = None) -> Settings:
    """Settings for services on private ports with their own state dir (cache shared: jars, zip);
    ``jvm_options``: the services' JVM flags, or None for the configured ``services.jvm_options``.

    Private Kafka and Elasticsearch only: the fault and soak corpora are English, so no CoreNLP NER server is
    started beside them (its port is the shared one's)."""
    if SHARED_PORTS & {kafka_port, controller_port, es_port}:
        raise PrivateServiceError(f"refusing the shared ports {sorted(SHARED_PORTS)} for private services")
    flags = {} if jvm_options is None else {"services": {"jvm_options": list(jvm_options)}}
    return load_settings(
        paths={"state": state},
        kafka={"bootstrap_servers": f"127.0.0.1:{kafka_port}", "controller_port": controller_port, "heap": heap},
        elasticsearch={"url": f"http://127.0.0.1:{es_port}", "heap": heap},
        enrich={"ner_service": {"languages": []}},  # no CoreNLP of their own: it would take the shared one's port
        **flags,
    )


def scoped(settings: Settings, tag: str, partitions: int = 3) -> Settings:
    """Own topics, consumer groups and index prefix under ``tag`` (several runs on one private instance)."""
    topics = settings.kafka.topics.model_copy(update={
        "raw": f"{tag}.raw", "enriched": f"{tag}.enriched", "dead_letter": f"{tag}.deadletter",
        "partitions": partitions,
    })
    workers = settings.workers.model_copy(update={"enrich_group": f"{tag}-enrich", "index_group": f"{tag}-index"})
    return settings.model_copy(update={
        "kafka": settings.kafka.model_copy(update={"topics": topics}),
        "elasticsearch": settings.elasticsearch.model_copy(update={"index_prefix": f"{tag}-articles"}),
        "workers": workers,
    })


def settings_env(settings: Settings) -> dict[str, str]:
    """``NEWSLINE_*`` variables that make a ``newsline`` subprocess use exactly these settings' services."""
    topics = settings.kafka.topics
    return {
        "NEWSLINE_PATHS_STATE": str(settings.paths.state),
        "NEWSLINE_PATHS_CACHE": str(settings.paths.cache),
        "NEWSLINE_KAFKA_BOOTSTRAP_SERVERS": settings.kafka.bootstrap_servers,
        "NEWSLINE_KAFKA_CONTROLLER_PORT": str(settings.kafka.controller_port),
        "NEWSLINE_KAFKA_RECONNECT_BACKOFF_MAX_MS": str(settings.kafka.reconnect_backoff_max_ms),
        "NEWSLINE_KAFKA_TOPICS": json.dumps({
            "raw": topics.raw, "enriched": topics.enriched, "dead_letter": topics.dead_letter,
            "partitions": topics.partitions, "replication_factor": topics.replication_factor,
        }),
        "NEWSLINE_ELASTICSEARCH_URL": settings.elasticsearch.url,
        "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": settings.elasticsearch.index_prefix,
        "NEWSLINE_WORKERS_ENRICH_GROUP": settings.workers.enrich_group,
        "NEWSLINE_WORKERS_INDEX_GROUP": settings.workers.index_group,
    }


class PrivateServices:
    """One private Kafka + Elasticsearch pair in a temporary state dir."""

    def __init__(self, state: Path, owns_state: bool = False, kafka_port: int = KAFKA_PORT,
                 controller_port: int = CONTROLLER_PORT, es_port: int = ES_PORT,
                 jvm_options: Sequence[str] | None = None) -> None:
        self.state = state
        self.owns_state = owns_state
        self.settings = private_settings(state, kafka_port, controller_port, es_port, jvm_options=jvm_options)

    @classmethod
    @contextmanager
    def started(cls, keep_state: bool = False, timeout: float = 300.0, kafka_port: int = KAFKA_PORT,
                controller_port: int = CONTROLLER_PORT, es_port: int = ES_PORT,
                jvm_options: Sequence[str] | None = None) -> Iterator[PrivateServices]:
        # /var/tmp, not /tmp: Elasticsearch's data can be large and must be reachable by its service user
        state = Path(tempfile.mkdtemp(prefix="newsline-faults-", dir="/var/tmp"))
        instance = cls(state, not keep_state, kafka_port, controller_port, es_port, jvm_options)
        with sigterm_raises():  # stopped with SIGTERM, the services still go down (and the caller's clean-up runs)
            try:
                instance.up(timeout)
                yield instance
            finally:
                instance.down()

    # --- whole lifecycle -------------------------------------------------------------------------
    def up(self, timeout: float = 300.0) -> None:
        for port in (self.settings.kafka.port, self.settings.elasticsearch.port):
            if port_open("127.0.0.1", port) and not self._managed(port):
                raise PrivateServiceError(f"port {port} is already in use by something this instance did not start")
        services.up(self.settings, timeout=timeout)
        log.info("event=private_up state=%s kafka=%s es=%s", self.state, self.settings.kafka.bootstrap_servers,
                 self.settings.elasticsearch.url)

    def _managed(self, port: int) -> bool:
        spec = self._spec("kafka" if port == self.settings.kafka.port else "elasticsearch")
        return lifecycle.managed_pid(spec) is not None

    def down(self) -> None:
        self.thaw_elasticsearch()  # a frozen JVM ignores SIGTERM until it runs again
        try:
            services.down(self.settings, timeout=30.0)
        finally:
            if self.owns_state:
                shutil.rmtree(self.state, ignore_errors=True)

    def setup(self, settings: Settings) -> dict[str, object]:
        """Topics, template, index and aliases for ``settings`` (a :func:`scoped` copy) on these services."""
        return run_setup(settings)

    def env(self, settings: Settings | None = None) -> dict[str, str]:
        """The process environment for a ``newsline`` subprocess talking to these services."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLINE_")}
        env.update(settings_env(settings or self.settings))
        env["PYTHONUNBUFFERED"] = "1"
        return env

    # --- pids ------------------------------------------------------------------------------------
    def _spec(self, name: str) -> ServiceSpec:
        return kafka_service.spec(self.settings) if name == "kafka" else es_service.spec(self.settings)

    def pid(self, name: str) -> int | None:
        """The running service's pid (= its process group: services are spawned in their own session)."""
        return lifecycle.managed_pid(self._spec(name))

    def _signal_group(self, name: str, sig: signal.Signals) -> int:
        pid = self.pid(name)
        if pid is None:
            raise PrivateServiceError(f"private {name} is not running (no live pid in {self.state})")
        os.killpg(pid, sig)
        log.info("event=signal service=%s pgid=%d signal=%s", name, pid, sig.name)
        return pid

    # --- faults ----------------------------------------------------------------------------------
    def kill_kafka(self, wait_s: float = 30.0) -> int:
        """kill -9 the broker's process group; return once it is gone and the port is closed."""
        pid = self._signal_group("kafka", signal.SIGKILL)
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline and (group_alive(pid) or port_open("127.0.0.1", self.settings.kafka.port)):
            time.sleep(0.2)
        if group_alive(pid):
            raise PrivateServiceError(f"kafka process group {pid} survived SIGKILL for {wait_s}s")
        return pid

    def start_kafka(self, timeout: float = 180.0) -> float:
        """Start the broker again on the same data dir; return seconds until it answered."""
        started = time.monotonic()
        spec = kafka_service.spec(self.settings)
        proc = lifecycle.start(spec, lambda: kafka_service.launch(self.settings))
        lifecycle.wait_ready(spec, proc, timeout)
        return time.monotonic() - started

    def stop_kafka(self, timeout: float = 30.0) -> None:
        """Stop the broker this instance started (its own pid file), leaving Elasticsearch alone."""
        lifecycle.stop(kafka_service.spec(self.settings), timeout)

    def freeze_elasticsearch(self) -> int:
        """SIGSTOP every process of Elasticsearch's group (the CLI launcher and the server JVM)."""
        return self._signal_group("elasticsearch", signal.SIGSTOP)

    def thaw_elasticsearch(self) -> int | None:
        """SIGCONT Elasticsearch's group; None if it is not running."""
        if self.pid("elasticsearch") is None:
            return None
        return self._signal_group("elasticsearch", signal.SIGCONT)
