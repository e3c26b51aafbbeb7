"""Resource exhaustion on real services: Elasticsearch's flood-stage block, Kafka's log directory full.

Both run on PRIVATE services (the shared ones are never touched). The flood-stage block is put on the write
index by hand (what Elasticsearch does past ``cluster.routing.allocation.disk.watermark.flood_stage``). The
full log directory is real: the private broker's data directory is a small tmpfs (root only) filled with a
ballast file while the workers run and a producer keeps publishing.
"""

from __future__ import annotations

import json
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from bench.corpus import generate, write_json
from bench.faults import OffsetReader, WorkerProcess, ledger, run_cli, wait_drained, wait_for
from bench.private_services import PrivateServices, scoped
from bench.smallfs import fill, free_bytes, small_filesystem
from pipeline.index.client import make_client
from pipeline.index.disk import BLOCK
from pipeline.kafka.producer import Producer
from pipeline.models import Article, encode
from pipeline.settings import Settings
from tests.workers.fault_rig import FaultRig, quick_reconnect
from tests.workers.test_faults import ARTICLES, CHAOS_ARTICLES, drain, exits, progressed, replay, worker_status

pytestmark = [pytest.mark.integration, pytest.mark.faults]

KAFKA_DISK_MB = 64
DISK_KAFKA_PORTS = {"kafka_port": 29192, "controller_port": 29193}
# seconds the block lasts: longer than one batch's bulk retries (workers.max_retries 5: at most 0.5+1+2+4+8 s), so
# the index worker meets it as an outage and backs off; the long form runs in `make chaos`
BLOCKS = [pytest.param(20, ARTICLES, id="20s"), pytest.param(40, CHAOS_ARTICLES, id="40s", marks=pytest.mark.chaos)]


@pytest.mark.parametrize(("block_s", "count"), BLOCKS)
def test_flood_stage_block_on_the_write_index_outlasting_the_bulk_retries_is_ridden_out_nothing_dead_lettered(
    rig: FaultRig, block_s: int, count: int,
) -> None:
    enrich, index = rig.worker("enrich", "--processes", "1"), rig.worker("index", "--processes", "1")
    articles = replay(rig, count, seed=14)
    reader = OffsetReader(rig.settings)
    assert progressed(reader, lambda p: p.enriched_end >= 10), rig.log_tails()
    es = rig.settings.elasticsearch
    with make_client(es) as client:
        [write_index] = client.indices.get_alias(name=es.write_alias)
        client.indices.put_settings(index=write_index, settings={f"index.blocks.{BLOCK}": True})
        try:
            time.sleep(block_s)
            during = exits([enrich, index])
            client.indices.refresh(index=write_index)
            indexed_while_blocked = int(client.count(index=write_index)["count"])
        finally:
            client.indices.put_settings(index=write_index, settings={f"index.blocks.{BLOCK}": None})
    drained = drain(reader, [enrich, index], count)
    reader.close()
    accounts = ledger(rig.settings, articles, [])
    outcome = {"drained": drained is not None, "indexed": accounts["indexed_of_published"],
               "dead_letters": accounts["dead_letters_by_stage"], "exits_while_blocked": during,
               "all_indexed_while_blocked": indexed_while_blocked == count,
               "worker_exits": exits([enrich, index]), "status": worker_status(rig)}
    expected = {"drained": True, "indexed": count, "dead_letters": {}, "exits_while_blocked": {},
                "all_indexed_while_blocked": False,
                "worker_exits": {}, "status": {"enrich": ("running", 0), "index": ("running", 0)}}
    print(json.dumps(outcome))
    assert outcome == expected, f"{accounts}\n{rig.log_tails()}"


# --- Kafka's log directory full ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small_disk_kafka(private_services: PrivateServices) -> Iterator[tuple[PrivateServices, Path]]:
    """Private Kafka whose data directory is a 64 MiB tmpfs, beside the fault tests' private Elasticsearch."""
    private_services.thaw_elasticsearch()
    state = Path(tempfile.mkdtemp(prefix="newsline-kafkafull-", dir="/var/tmp"))
    services = PrivateServices(state, owns_state=False, es_port=private_services.settings.elasticsearch.port,
                               **DISK_KAFKA_PORTS)
    data = services._spec("kafka").state_dir / "data"
    try:
        with small_filesystem(data, KAFKA_DISK_MB):
            try:
                services.start_kafka()
                yield services, data
            finally:
                services.stop_kafka()
    finally:
        shutil.rmtree(state, ignore_errors=True)


class RetryingPublisher(threading.Thread):
    """Publishes articles through newsline's producer; whatever was not acknowledged is sent again, until all were."""

    def __init__(self, settings: Settings, articles: Sequence[Article], timeout_s: float = 600.0) -> None:
        super().__init__(name="retrying-publisher", daemon=True)
        self.settings, self.articles, self.timeout_s = settings, list(articles), timeout_s
        self.rounds = 0
        self.failed_sends = 0
        self.unacknowledged: list[str] = [a.id for a in articles]

    def run(self) -> None:
        by_id = {a.id: a for a in self.articles}
        deadline = time.monotonic() + self.timeout_s
        with Producer(self.settings.kafka, client_id="kafkafull-publisher") as producer:
            while self.unacknowledged and time.monotonic() < deadline:
                self.rounds += 1
                producer.send_many(self.settings.kafka.topics.raw, ((i, encode(by_id[i])) for i in self.unacknowledged))
                failed = {f.key for f in producer.flush_failures(timeout=30)}
                self.failed_sends += len(failed)
                self.unacknowledged = [i for i in self.unacknowledged if i in failed]
                if failed:
                    producer.reconnect()
                    time.sleep(2.0)


def port_open_now(settings: Settings) -> bool:
    host, port = settings.kafka.bootstrap_servers.split(",")[0].rsplit(":", 1)
    try:
        with socket.create_connection((host, int(port)), timeout=2):
            return True
    except OSError:
        return False


def _broker_state(services: PrivateServices) -> str:
    return "running" if services.pid("kafka") is not None else "stopped"


def test_kafka_log_dir_full_broker_stops_workers_pause_nothing_lost_once_space_returns(
    small_disk_kafka: tuple[PrivateServices, Path], tmp_path: Path,
) -> None:
    services, data = small_disk_kafka
    settings = quick_reconnect(scoped(services.settings, "kafkafull", partitions=2))
    services.setup(settings)
    settings = settings.model_copy(update={"paths": settings.paths.model_copy(update={"state": tmp_path / "state"})})
    env = services.env(settings)
    env["NEWSLINE_WORKERS_BATCH_SIZE"] = "10"
    # the workers retry Kafka at most 5 s apart (default 30 s): once space returns they resume within seconds
    env["NEWSLINE_WORKERS_BACKOFF_MAX_S"] = "5"
    env["NEWSLINE_WORKERS_SESSION_TIMEOUT_MS"] = "10000"
    workers = [WorkerProcess(kind, ["--processes", "1"], env, tmp_path / f"{kind}.log") for kind in ("enrich", "index")]
    # 20 before the disk fills, 20 published into the full broker, 10 replayed while it is full and again after
    first, second, third = (generate(n, seed=seed, near_duplicate_share=0.0) for n, seed in ((20, 31), (20, 32), (10, 33)))
    observed: dict[str, Any] = {}
    for worker in workers:
        worker.start()
    try:
        early = RetryingPublisher(settings, first)
        early.run()
        reader = OffsetReader(settings)
        assert wait_for(lambda: bool((p := reader.read()) and p.enriched_committed >= 10), 300.0), _tails(tmp_path)
        ballast = fill(data)
        observed["free_after_fill"] = free_bytes(data)
        late = RetryingPublisher(settings, second)
        late.start()  # publishes into the full broker: every send fails until it is back
        filled_at = time.monotonic()
        observed["broker_stopped"] = wait_for(lambda: _broker_state(services) == "stopped"
                                              or not port_open_now(settings), 120.0)
        observed["broker_stopped_after_s"] = round(time.monotonic() - filled_at, 1)
        observed["broker_said"] = _broker_log_failure(services)
        write_json(third, tmp_path / "third")  # a one-shot producer on the full broker: it must say it failed
        # it gives up bootstrapping after 5 s (default 30 s): the same one-line failure, sooner
        observed["replay_while_full"] = run_cli(["replay", str(tmp_path / "third")],
                                                {**env, "NEWSLINE_KAFKA_BOOTSTRAP_TIMEOUT_MS": "5000"}, timeout=300,
                                                log_path=tmp_path / "replay-full.log")
        time.sleep(max(0.0, 20 - (time.monotonic() - filled_at)))  # the workers meet a broker that is gone
        observed["acknowledged_while_full"] = len(second) - len(late.unacknowledged)
        observed["worker_exits_while_full"] = {w.kind: w.exits for w in workers if not w.alive()}
        ballast.unlink()
        observed["broker_restarted"] = _broker_state(services) == "stopped"
        if observed["broker_restarted"]:
            services.start_kafka()
        late.join(timeout=600)
        observed["replay_after"] = run_cli(["replay", str(tmp_path / "third")], env, timeout=300,
                                           log_path=tmp_path / "replay-after.log")
        observed["restart_s"] = round(time.monotonic() - filled_at, 1)
        progress = wait_drained(reader, len(first) + len(second) + len(third), timeout=600.0)
        observed["drained_after_s"] = round(time.monotonic() - filled_at, 1)
        reader.close()
        accounts = ledger(settings, [*first, *second, *third], [])
    finally:
        for worker in workers:
            worker.stop(timeout=15)
    outcome = {
        "filled": observed["free_after_fill"] < 1024 * 1024,
        "broker_stopped": observed["broker_stopped"],
        "acknowledged_while_full": observed["acknowledged_while_full"],
        "late_publisher_retried": late.failed_sends > 0,
        "late_unacknowledged": len(late.unacknowledged),
        "replay_exit_while_full": observed["replay_while_full"],
        "replay_said": _said_kafka_failed((tmp_path / "replay-full.log").read_text(errors="replace")),
        "replay_exit_after": observed["replay_after"],
        "worker_exits_while_full": observed["worker_exits_while_full"],
        "drained": progress is not None,
        "published": accounts["published_articles"],
        "indexed": accounts["indexed_of_published"],
        "dead_letters": accounts["dead_letters_by_stage"],
        "missing": accounts["missing"],
        "unexpected_documents": accounts["unexpected_documents"],
        "worker_exits": {w.kind: w.exits for w in workers if w.exits},
    }
    expected = {
        "filled": True, "broker_stopped": True, "acknowledged_while_full": 0, "late_publisher_retried": True,
        "late_unacknowledged": 0, "replay_exit_while_full": 3, "replay_said": True, "replay_exit_after": 0,
        "worker_exits_while_full": {}, "drained": True, "published": 50, "indexed": 50,
        "dead_letters": {}, "missing": 0, "unexpected_documents": 0, "worker_exits": {},
    }
    print(json.dumps({**observed, **outcome, "publisher_rounds": late.rounds, "failed_sends": late.failed_sends}))
    assert outcome == expected, f"{observed}\n{accounts}\n{_tails(tmp_path)}"


def _broker_log_failure(services: PrivateServices) -> list[str]:
    """The broker's own words about the failed log directory (its server.log)."""
    log_file = services._spec("kafka").state_dir / "logs" / "server.log"
    if not log_file.exists():
        return []
    keys = ("No space left", "log dir", "Shutdown broker", "halt", "Stopped")
    lines = [line for line in log_file.read_text(errors="replace").splitlines() if any(k in line for k in keys)]
    return [line[:240] for line in lines[:6]]


def _said_kafka_failed(output: str) -> bool:
    """One line saying Kafka did not take the articles: unreachable (exit 3) or not acknowledged (exit 1)."""
    lines = [line for line in output.splitlines() if "Kafka" in line]
    return bool(lines) and "Traceback" not in output


def _tails(directory: Path, lines: int = 20) -> str:
    return "\n".join(f"--- {p.name} ---\n" + "\n".join(p.read_text(errors="replace").splitlines()[-lines:])
                     for p in sorted(directory.glob("*.log")))
