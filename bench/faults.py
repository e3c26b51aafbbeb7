"""Fault-injection tooling shared by ``make chaos`` and tests/workers/test_faults.py: worker subprocesses, offsets,
poison, ledger.

Everything goes through real processes and real clients: workers are ``newsline worker ...`` subprocesses
(each in its own process group, so only what we started is ever signalled), progress is committed offsets
against end offsets read from Kafka, and the ledger reads the dead-letter topic and Elasticsearch itself.
"""

from __future__ import annotations

import json
import logging
import os
import random
import signal
import subprocess
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from elasticsearch import helpers
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

from pipeline.index.client import make_client
from pipeline.kafka.config import client_options
from pipeline.models import Article, DeadLetter, RecordError, decode, encode
from pipeline.settings import PROJECT_ROOT, Settings

log = logging.getLogger("bench.faults")

NEWSLINE = str(PROJECT_ROOT / ".venv" / "bin" / "newsline")
HELPER_MARKERS = ("resource_tracker", "forkserver")  # multiprocessing helpers, not workers


# --- processes -------------------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if int(fields[1]) == pid and fields[0] not in ("Z", "X") and not any(m in cmdline for m in HELPER_MARKERS):
            found.append(int(entry.name))
    return sorted(found)


def run_cli(args: Sequence[str], env: dict[str, str], timeout: float, log_path: Path | None = None) -> int:
    """Run ``newsline ARGS`` to completion (bounded by ``timeout``); return its exit code (-9 if killed)."""
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - closed below
    try:
        proc = subprocess.Popen([NEWSLINE, *args], env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            return proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            log.warning("event=cli_timeout args=%s timeout_s=%s", " ".join(args), timeout)
            return -9
    finally:
        if log_path:
            out.close()  # type: ignore[union-attr]


@dataclass
class WorkerProcess:
    """One ``newsline worker KIND`` subprocess (a supervisor when it has worker children)."""

    kind: str
    args: list[str]
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    launches: int = 0
    exits: list[int] = field(default_factory=list)
    seen_children: set[int] = field(default_factory=set)
    initial_children: int = 0

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as out:
            self.proc = subprocess.Popen([NEWSLINE, "worker", self.kind, *self.args], env=self.env, stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        self.launches += 1
        log.info("event=worker_started kind=%s pid=%d launch=%d", self.kind, self.proc.pid, self.launches)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def alive(self) -> bool:
        if self.proc is None:
            return False
        code = self.proc.poll()
        if code is None:
            return True
        if len(self.exits) < self.launches:
            self.exits.append(code)
            log.warning("event=worker_exited kind=%s pid=%d code=%d", self.kind, self.proc.pid, code)
        return False

    def children(self) -> list[int]:
        """Live worker children of the top process; new ones are remembered (restarts by a supervisor)."""
        if not self.alive() or self.pid is None:
            return []
        kids = _children(self.pid)
        if not self.seen_children:
            self.initial_children = len(kids)
        self.seen_children.update(kids)
        return kids

    @property
    def supervisor_restarts(self) -> int:
        """Children that appeared after the first ones, over every launch of the top process."""
        return max(0, len(self.seen_children) - self.initial_children * max(self.launches, 1))

    def kill_one(self, rng: random.Random) -> dict[str, Any]:
        """kill -9 a random worker child if this is a supervisor, else the worker itself."""
        kids = self.children()
        target = rng.choice(kids) if kids else self.pid
        if target is None:
            return {"kind": self.kind, "target": None, "note": "not running"}
        try:
            os.kill(target, signal.SIGKILL)
        except ProcessLookupError:
            return {"kind": self.kind, "target": target, "note": "already gone"}
        role = "child" if kids else "top"
        log.info("event=kill9 kind=%s pid=%d role=%s", self.kind, target, role)
        return {"kind": self.kind, "target": target, "role": role}

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM our process group, SIGKILL after ``timeout``; the exit code of the top process."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=30)
        _kill_group_leftovers(self.proc.pid)
        return self.proc.returncode


def _kill_group_leftovers(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        return
    except PermissionError as exc:
        log.warning("event=leftover_kill_refused pgid=%d error=%s", pgid, exc)


# --- offsets ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Progress:
    at: float
    raw_end: int
    raw_committed: int
    enriched_end: int
    enriched_committed: int
    dead_letters: int

    @property
    def committed(self) -> int:
        return self.raw_committed + self.enriched_committed

    @property
    def lag(self) -> int:
        return (self.raw_end - self.raw_committed) + (self.enriched_end - self.enriched_committed)

    @property
    def drained(self) -> bool:
        return self.raw_end > 0 and self.raw_committed == self.raw_end and self.enriched_committed == self.enriched_end


class OffsetReader:
    """Committed vs end offsets of both worker groups; clients are rebuilt after any failure (outages)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._consumer: KafkaConsumer | None = None
        self._admin: KafkaAdminClient | None = None

    def _clients(self) -> tuple[KafkaConsumer, KafkaAdminClient]:
        options = client_options(self.settings.kafka, "newsline-faults-offsets")
        if self._consumer is None:
            self._consumer = KafkaConsumer(**options, request_timeout_ms=8000)
        if self._admin is None:
            self._admin = KafkaAdminClient(**{**options, "request_timeout_ms": 8000, "bootstrap_timeout_ms": 5000})
        return self._consumer, self._admin

    def read(self) -> Progress | None:
        """The current progress, or None while Kafka does not answer."""
        topics = self.settings.kafka.topics
        try:
            consumer, admin = self._clients()
            ends = {t: self._ends(consumer, t) for t in (topics.raw, topics.enriched, topics.dead_letter)}
            workers = self.settings.workers
            raw_done = self._committed(admin, workers.enrich_group, topics.raw)
            enriched_done = self._committed(admin, workers.index_group, topics.enriched)
        except Exception as exc:  # noqa: BLE001 - an outage is an expected state here; clients are rebuilt
            log.info("event=offsets_unavailable error=%s", type(exc).__name__)
            self.close()
            return None
        return Progress(time.monotonic(), sum(ends[topics.raw].values()), raw_done,
                        sum(ends[topics.enriched].values()), enriched_done, sum(ends[topics.dead_letter].values()))

    @staticmethod
    def _ends(consumer: KafkaConsumer, topic: str) -> dict[int, int]:
        parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        return {tp.partition: off for tp, off in consumer.end_offsets(parts).items()} if parts else {}

    @staticmethod
    def _committed(admin: KafkaAdminClient, group: str, topic: str) -> int:
        offsets = admin.list_group_offsets({group: None}).get(group, {})
        return sum(max(meta.offset, 0) for tp, meta in offsets.items() if tp.topic == topic)

    def close(self) -> None:
        for client in (self._consumer, self._admin):
            if client is not None:
                try:
                    client.close()
                except Exception as exc:  # noqa: BLE001 - closing a client of a dead broker may fail
                    log.debug("event=close_failed error=%r", exc)
        self._consumer = self._admin = None


def wait_for(check: Callable[[], bool], timeout: float, every: float = 1.0) -> bool:
    """Poll ``check`` until it is true or ``timeout`` seconds pass (bounded in time and count)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(every)
    return False


def wait_drained(reader: OffsetReader, expected_raw: int, timeout: float, settle_s: float = 3.0) -> Progress | None:
    """Wait until every published raw message is committed through both groups; the last progress or None."""
    last: dict[str, Progress | None] = {"p": None}

    def done() -> bool:
        progress = reader.read()
        last["p"] = progress or last["p"]
        return bool(progress and progress.raw_end >= expected_raw and progress.drained)

    if not wait_for(done, timeout):
        return None
    time.sleep(settle_s)  # the enriched end is final once raw is committed; re-read to be sure
    again = reader.read()
    return again if again and again.drained else (None if again else last["p"])


# --- publishing ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Published:
    """One message put on the raw topic by hand, and where it landed."""

    label: str
    partition: int
    offset: int
    article_id: str | None


# what each hand-made message must become: indexed (possibly truncated) or a dead letter of this stage
POISON_OUTCOMES = {
    "broken_json": "decode", "invalid_utf8": "decode", "newer_major": "decode",
    "mapping_breaker": "index:rejected", "oversized": "indexed", "unknown_extra_field": "indexed",
}


def poison_messages(seed: int = 0, oversized_bytes: int = 900_000) -> list[tuple[str, str | None, bytes]]:
    """(label, key, value) put on the raw topic by a misbehaving or newer producer (see ``POISON_OUTCOMES``).

    Broken JSON, invalid UTF-8 and a newer major ``schema_version`` cannot be read; a value that breaks the
    mapping cannot be indexed; text over ``limits.max_text_bytes`` is truncated and indexed; an unknown extra
    field of the same major version (a rolling upgrade) is ignored and the article indexed.
    """
    from bench.corpus import generate

    base = generate(4, seed=seed + 991, near_duplicate_share=0.0)
    words = ("wire", "copy", "report", "update", "analysis", "briefing")
    rng = random.Random(seed)
    filler = " ".join(rng.choice(words) for _ in range(oversized_bytes // 7))
    oversized = base[0].model_copy(update={"text": filler[:oversized_bytes]})
    mapping_breaker = base[1].model_copy(update={"source": "s" * 40_000})  # keyword term > 32 KiB: rejected by ES
    upgraded = json.loads(encode(base[2]))
    upgraded["sentiment"] = {"score": 0.4, "model": "from-a-newer-build"}
    newer_major = {**json.loads(encode(base[3])), "schema_version": 2}
    return [
        ("broken_json", None, b'{"id": "abc", "title": "truncated", "text": "cut off in the midd'),
        ("invalid_utf8", None, b'{"title": "caf\xe9 \xff\xfe", "text": "\xc3\x28 not utf-8"}'),
        ("oversized", oversized.id, encode(oversized)),
        ("mapping_breaker", mapping_breaker.id, encode(mapping_breaker)),
        ("unknown_extra_field", base[2].id, json.dumps(upgraded).encode()),
        ("newer_major", base[3].id, json.dumps(newer_major).encode()),
    ]


def publish_by_hand(settings: Settings, messages: Iterable[tuple[str, str | None, bytes]]) -> list[Published]:
    """Produce raw bytes to the raw topic (what a misbehaving producer would do); where each one landed."""
    producer = KafkaProducer(**client_options(settings.kafka, "newsline-faults-poison"), acks="all",
                             max_request_size=2 * 1024 * 1024, request_timeout_ms=30_000)
    try:
        sent = [(label, key, producer.send(settings.kafka.topics.raw, key=key.encode() if key else None, value=value))
                for label, key, value in messages]
        producer.flush(timeout=60)
        landed = []
        for label, key, future in sent:
            meta = future.get(timeout=60)
            landed.append(Published(label, meta.partition, meta.offset, key))
        return landed
    finally:
        producer.close(timeout=10)


def newer_version(article: Article, later: timedelta = timedelta(hours=6)) -> Article:
    """The same article (same URL, same id) fetched again later with an updated text."""
    return article.model_copy(update={
        "title": f"{article.title} (updated)",
        "text": article.text + "\n\nThis article has been updated with new information.",
        "fetched_at": article.fetched_at + later,
    })


# --- the ledger ------------------------------------------------------------------------------------

def read_topic(settings: Settings, topic: str, timeout: float = 120.0) -> list[tuple[int, int, bytes | None]]:
    """Every (partition, offset, value) of ``topic`` up to its current end."""
    consumer = KafkaConsumer(**client_options(settings.kafka, "newsline-faults-reader"), enable_auto_commit=False)
    try:
        parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        if not parts:
            return []
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        ends = consumer.end_offsets(parts)
        rows: list[tuple[int, int, bytes | None]] = []
        deadline = time.monotonic() + timeout
        while any(consumer.position(tp) < ends[tp] for tp in parts) and time.monotonic() < deadline:
            for tp, records in consumer.poll(timeout_ms=1000, max_records=2000).items():
                rows += [(r.partition, r.offset, r.value) for r in records if r.offset < ends[tp]]
        return rows
    finally:
        consumer.close()


def dead_letters(settings: Settings) -> list[DeadLetter]:
    letters = []
    for partition, offset, value in read_topic(settings, settings.kafka.topics.dead_letter):
        try:
            letters.append(decode(value, DeadLetter))
        except RecordError as exc:
            log.warning("event=unreadable_dead_letter at=%s[%d]@%d error=%s",
                        settings.kafka.topics.dead_letter, partition, offset, exc)
    return letters


def indexed_versions(settings: Settings) -> dict[str, str | None]:
    """Every document id in the read alias with its stored ``fetched_at``."""
    with make_client(settings.elasticsearch) as es:
        alias = settings.elasticsearch.read_alias
        es.indices.refresh(index=alias)
        return {hit["_id"]: (hit.get("_source") or {}).get("fetched_at")
                for hit in helpers.scan(es, index=alias, _source=["fetched_at"], size=1000)}


def stored_documents(settings: Settings, ids: Sequence[str], fields: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``fields`` of the stored documents among ``ids`` (absent ids are left out)."""
    if not ids:
        return {}
    with make_client(settings.elasticsearch) as es:
        found = es.mget(index=settings.elasticsearch.read_alias, ids=list(ids), source_includes=list(fields))
        return {doc["_id"]: dict(doc.get("_source") or {}) for doc in found["docs"] if doc.get("found")}


def _same_instant(stored: str | None, expected: datetime) -> bool:
    return stored is not None and datetime.fromisoformat(stored) == expected


def ledger(settings: Settings, articles: Sequence[Article], by_hand: Sequence[Published],
           newer: Sequence[Article] = ()) -> dict[str, Any]:
    """Account for every published article and hand-made message: indexed, dead-lettered, or missing.

    ``newer`` are versions published after the originals (with an older copy replayed again after them):
    the stored document must keep the newer ``fetched_at``; every other outcome is a stale overwrite.
    """
    stored = indexed_versions(settings)
    letters = dead_letters(settings)
    raw = settings.kafka.topics.raw
    lettered_ids = {d.article_id or d.key for d in letters} - {None}
    lettered_positions = {(d.partition, d.offset) for d in letters if d.topic == raw}
    by_stage: dict[str, int] = {}
    for letter in letters:
        by_stage[letter.stage] = by_stage.get(letter.stage, 0) + 1
    published_ids = {a.id for a in articles}
    missing = sorted(i for i in published_ids if i not in stored and i not in lettered_ids)
    hand = {}
    flags = stored_documents(settings, [i.article_id for i in by_hand if i.article_id in stored],
                             ["truncated", "original_text_bytes"])
    for item in by_hand:
        indexed = bool(item.article_id and item.article_id in stored)
        lettered = (item.partition, item.offset) in lettered_positions or bool(
            item.article_id and item.article_id in lettered_ids)
        stages = sorted({d.stage for d in letters if (d.topic, d.partition, d.offset) == (raw, item.partition, item.offset)
                         or (item.article_id and (d.article_id or d.key) == item.article_id)})
        outcome = "indexed" if indexed and not lettered else ",".join(stages) if lettered and not indexed else None
        hand[item.label] = {"indexed": indexed, "dead_lettered": lettered, "outcome": outcome,
                            "expected": POISON_OUTCOMES.get(item.label), "at": f"{raw}[{item.partition}]@{item.offset}",
                            **flags.get(item.article_id or "", {})}
    unexpected = sorted(label for label, state in hand.items()
                        if state["expected"] is not None and state["outcome"] != state["expected"])
    stale = [a.id for a in newer if a.id in stored and not _same_instant(stored[a.id], a.fetched_at)]
    hand_missing = [label for label, state in hand.items() if not (state["indexed"] or state["dead_lettered"])]
    accounted = published_ids | {i.article_id for i in by_hand if i.article_id}
    return {
        "published_articles": len(published_ids),
        "published_by_hand": len(by_hand),
        "indexed": len(stored),
        "indexed_of_published": len(published_ids & stored.keys()),
        "unexpected_documents": len(stored.keys() - accounted),
        "dead_letters": len(letters),
        "dead_letters_by_stage": dict(sorted(by_stage.items())),
        "dead_lettered_articles": len(published_ids & lettered_ids),
        "by_hand": hand,
        "by_hand_unexpected": unexpected,
        "missing": len(missing) + len(hand_missing),
        "missing_ids": missing[:20] + hand_missing,
        "newer_versions": len(newer),
        "stale_overwrites": len(stale),
        "stale_ids": stale[:20],
    }


def worker_state_files(state_dir: Path) -> dict[str, Any]:
    """The workers' own state files (``<paths.state>/workers/<kind>.json``), as they report themselves."""
    found: dict[str, Any] = {}
    directory = state_dir / "workers"
    if not directory.is_dir():
        return found
    for path in sorted(directory.glob("*.json")):
        try:
            found[path.stem] = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError) as exc:
            found[path.stem] = {"unreadable": f"{type(exc).__name__}: {exc}"}
    return found


def restarts_in(state: Any) -> int:
    """The supervisor's restart count in a worker state file (its top-level ``restarts``; members repeat it)."""
    if not isinstance(state, dict):
        return 0
    restarts = state.get("restarts")
    return restarts if isinstance(restarts, int) else 0
