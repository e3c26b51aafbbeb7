"""Re-publishing dead letters' original payloads to their original topics, each letter at most once.

What was redriven is recorded on a compacted topic beside the dead-letter topic (``<dead_letter>.redriven``,
key ``partition@offset`` of the letter), written only after the re-published payloads were acknowledged. A
second redrive skips every letter recorded there, whatever ``--stage`` either run used. A crash between the
two writes re-publishes those letters again next time: harmless, since records are keyed by article id and
Elasticsearch writes are idempotent (at-least-once, like the workers).

Runs are exclusive: a redrive holds an advisory lock (``flock``) on ``<paths.state>/dlq/redrive.<dead-letter
topic>.lock`` from reading the markers until its own markers are acknowledged, so a second run started
meanwhile waits (up to ``LOCK_WAIT_S``), then finds every letter the first one redrove already recorded. The
lock holds for runs sharing the state directory (one host, or a shared volume); a dry run takes no lock.

A bad letter stops nothing: one that cannot be decoded, whose payload cannot be had (not retained, bad
base64, its topic deleted) or that Kafka refuses is reported by its position and reason, the others are
redriven (``newsline dlq redrive`` then exits 1).
"""

from __future__ import annotations

import fcntl
import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipeline.dlq.exceptions import DlqError
from pipeline.dlq.reader import Entry, TopicReader, stage_matches, to_entry
from pipeline.kafka.admin import ensure_topics, redriven_topic
from pipeline.kafka.producer import Producer
from pipeline.models import DeadLetter
from pipeline.settings import Settings

log = logging.getLogger(__name__)

LOCK_WAIT_S = 600.0
LOCK_POLL_S = 0.2


def lock_path(settings: Settings) -> Path:
    return settings.paths.state / "dlq" / f"redrive.{settings.kafka.topics.dead_letter}.lock"


@contextmanager
def exclusive(path: Path, wait_s: float = LOCK_WAIT_S) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path``; wait for another holder up to ``wait_s``, else DlqError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        deadline, waiting = time.monotonic() + wait_s, False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DlqError(f"another redrive still holds {path} after {wait_s:.0f}s") from None
                if not waiting:
                    log.info("redrive waiting for another run lock=%s", path)
                    waiting = True
                time.sleep(LOCK_POLL_S)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass
class RedriveReport:
    dry_run: bool
    selected: int = 0
    redriven: list[dict[str, object]] = field(default_factory=list)
    already_redriven: int = 0
    not_redrivable: list[dict[str, str]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "dry_run": self.dry_run, "selected": self.selected,
            "would_redrive" if self.dry_run else "redriven": len(self.redriven),
            "already_redriven": self.already_redriven,
            "not_redrivable": self.not_redrivable, "failed": self.failed, "letters": self.redriven,
        }


def redriven_positions(reader: TopicReader, settings: Settings) -> set[str]:
    """Positions (``partition@offset``) of the letters already redriven."""
    topic = redriven_topic(settings.kafka)
    if not reader.exists(topic):  # created by `newsline setup`, or by the first redrive
        return set()
    starts = {tp: begin for tp, (begin, _) in reader.bounds(topic).items()}
    return {record.key.decode("utf-8") for record in reader.read(starts) if record.key and record.value}


def original_payload(reader: TopicReader, letter: DeadLetter) -> bytes | str:
    """The bytes to re-publish, or the reason they cannot be had (the letter's topic must still exist: a
    send to a missing topic would block, then fail every letter after it)."""
    if letter.topic is None or letter.partition is None or letter.offset is None:
        return "the letter does not say which topic the record came from"
    if not reader.exists(letter.topic):
        return f"topic {letter.topic} no longer exists"
    if not letter.by_reference:
        try:
            return letter.payload()
        except ValueError as exc:  # a payload_b64 that is not base64
            return f"inline payload cannot be decoded: {exc}"
    try:
        record = reader.read_one(letter.topic, letter.partition, letter.offset)
    except DlqError as exc:
        return str(exc)
    if record is None:
        return f"payload stored by reference and {letter.position} is no longer retained"
    if not letter.matches(record.value or b""):
        return f"{letter.position} no longer holds the original payload (sha256 differs; topic recreated?)"
    return bytes(record.value)


def _plan(
    reader: TopicReader, sources: TopicReader, settings: Settings, stage: str | None, report: RedriveReport
) -> list[tuple[Entry, bytes]]:
    done = redriven_positions(reader, settings)
    dlq = settings.kafka.topics.dead_letter
    starts = {tp: begin for tp, (begin, _) in reader.bounds(dlq).items()}
    plan: list[tuple[Entry, bytes]] = []
    for entry in map(to_entry, reader.read(starts)):
        if entry.letter is None:
            if stage is None:
                report.not_redrivable.append({"position": entry.position, "reason": f"unreadable letter: {entry.error}"})
            continue
        if not stage_matches(entry, stage):
            continue
        report.selected += 1
        if entry.position in done:
            report.already_redriven += 1
            continue
        payload = original_payload(sources, entry.letter)
        if isinstance(payload, str):
            report.not_redrivable.append({"position": entry.position, "reason": payload})
            continue
        plan.append((entry, payload))
    return plan


def _describe(entry: Entry, size: int) -> dict[str, object]:
    letter = entry.letter
    assert letter is not None
    return {"position": entry.position, "stage": letter.stage, "to": letter.topic, "key": letter.key, "bytes": size}


def redrive(settings: Settings, stage: str | None = None, dry_run: bool = False) -> RedriveReport:
    """Re-publish the selected letters' payloads (not yet redriven) to their topics, then record them."""
    report = RedriveReport(dry_run=dry_run)
    if dry_run:
        report.redriven = [_describe(entry, len(payload)) for entry, payload in _read_plan(settings, stage, report)]
        return report
    ensure_topics(settings.kafka, [redriven_topic(settings.kafka)])  # a deployment set up before redrive
    with exclusive(lock_path(settings)):  # plan, publish and mark as one step: a concurrent run waits
        plan = _read_plan(settings, stage, report)
        if plan:
            _publish(settings, plan, report)
    return report


def _read_plan(settings: Settings, stage: str | None, report: RedriveReport) -> list[tuple[Entry, bytes]]:
    with TopicReader(settings.kafka, "newsline-redrive") as reader, TopicReader(settings.kafka) as sources:
        return _plan(reader, sources, settings, stage, report)


def _publish(settings: Settings, plan: list[tuple[Entry, bytes]], report: RedriveReport) -> None:
    """Re-publish ``plan``'s payloads; record each acknowledged one on the redriven topic."""
    with Producer(settings.kafka, client_id="newsline-redrive") as producer:
        for entry, payload in plan:
            assert entry.letter is not None and entry.letter.topic is not None
            producer.send(entry.letter.topic, entry.letter.key, payload, origin=entry.position)
        refused = {failure.origin: failure.reason for failure in producer.flush_failures()}  # by letter, not key
        now = datetime.now(UTC).isoformat()
        for entry, payload in plan:
            letter = entry.letter
            assert letter is not None
            if entry.position in refused:
                report.failed.append({"position": entry.position, "reason": refused[entry.position]})
                log.warning("dead letter not redriven letter=%s reason=%r", entry.position, refused[entry.position])
                continue
            marker = {"letter": entry.position, "dead_letter_topic": settings.kafka.topics.dead_letter,
                      "to": letter.topic, "stage": letter.stage, "redriven_at": now}
            producer.send(redriven_topic(settings.kafka), entry.position, json.dumps(marker).encode("utf-8"))
            report.redriven.append(_describe(entry, len(payload)))
            log.info("dead letter redriven letter=%s stage=%s to=%s key=%s", entry.position, letter.stage,
                     letter.topic, letter.key)
        producer.flush_or_raise()
