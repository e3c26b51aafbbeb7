"""Reading the dead-letter topic (and the records letters point at) without a consumer group."""

from __future__ import annotations

import logging
import re
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from pipeline.dlq.exceptions import DlqError
from pipeline.kafka.config import client_options
from pipeline.models import DeadLetter, RecordError, decode
from pipeline.settings import KafkaSettings

log = logging.getLogger(__name__)

STALL_S = 30.0  # no progress towards the end offsets for this long: give up with an error
RELATIVE = re.compile(r"^(\d+)\s*([smhdw])$")
UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


@dataclass(frozen=True)
class Entry:
    """One record of the dead-letter topic: the letter, or why it cannot be read as one."""

    partition: int
    offset: int
    timestamp_ms: int
    letter: DeadLetter | None
    error: str | None = None

    @property
    def position(self) -> str:
        return f"{self.partition}@{self.offset}"


def parse_position(text: str) -> tuple[int, int]:
    """``partition@offset`` -> (partition, offset)."""
    match = re.fullmatch(r"\s*(\d+)@(\d+)\s*", text)
    if not match:
        raise DlqError(f"position {text!r} is not partition@offset (e.g. 0@12, as `newsline dlq list` prints)")
    return int(match.group(1)), int(match.group(2))


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """An ISO date/datetime (UTC if no zone) or a relative age: ``30m``, ``6h``, ``7d``, ``2w``."""
    relative = RELATIVE.match(text.strip())
    if relative:
        delta = timedelta(**{UNITS[relative.group(2)]: int(relative.group(1))})
        return (now or datetime.now(UTC)) - delta
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise DlqError(f"--since {text!r} is neither an ISO date/time nor an age like 30m, 6h, 7d") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def to_entry(record: ConsumerRecord) -> Entry:
    try:
        letter = decode(record.value, DeadLetter)
    except RecordError as exc:
        return Entry(record.partition, record.offset, record.timestamp, None, str(exc))
    return Entry(record.partition, record.offset, record.timestamp, letter)


class TopicReader:
    """Assign-and-seek reads of whole partitions or single records; no group, nothing committed."""

    def __init__(self, kafka: KafkaSettings, client_id: str = "newsline-dlq") -> None:
        self._consumer = KafkaConsumer(
            **client_options(kafka, client_id), enable_auto_commit=False, allow_auto_create_topics=False
        )

    def exists(self, topic: str) -> bool:
        return bool(self._consumer.partitions_for_topic(topic))

    def partitions(self, topic: str) -> list[TopicPartition]:
        parts = self._consumer.partitions_for_topic(topic)
        if not parts:
            raise DlqError(f"topic {topic} does not exist (run `newsline setup`)")
        return [TopicPartition(topic, p) for p in sorted(parts)]

    def bounds(self, topic: str) -> dict[TopicPartition, tuple[int, int]]:
        """(beginning, end) offsets per partition."""
        parts = self.partitions(topic)
        begins, ends = self._consumer.beginning_offsets(parts), self._consumer.end_offsets(parts)
        return {tp: (begins[tp], ends[tp]) for tp in parts}

    def starts_at(self, topic: str, since: datetime) -> dict[TopicPartition, int]:
        """First offset per partition whose record timestamp is at or after ``since`` (end if none)."""
        bounds = self.bounds(topic)
        found = self._consumer.offsets_for_times({tp: int(since.timestamp() * 1000) for tp in bounds})
        return {tp: found[tp].offset if found.get(tp) else bounds[tp][1] for tp in bounds}

    def read(self, starts: dict[TopicPartition, int]) -> Iterator[ConsumerRecord]:
        """Every record from ``starts`` up to the end offsets as they are now (later records are left)."""
        ends = self._consumer.end_offsets(list(starts))
        todo = {tp: start for tp, start in starts.items() if start < ends[tp]}
        if not todo:
            return
        self._consumer.assign(list(todo))
        for tp, start in todo.items():
            self._consumer.seek(tp, start)
        last_progress = time.monotonic()
        while any(self._consumer.position(tp) < ends[tp] for tp in todo):
            polled = self._consumer.poll(timeout_ms=1000)
            if polled:
                last_progress = time.monotonic()
            elif time.monotonic() - last_progress > STALL_S:
                raise DlqError(f"reading {', '.join(str(tp) for tp in todo)} made no progress for {STALL_S:.0f}s")
            for tp, records in sorted(polled.items()):
                yield from (r for r in records if r.offset < ends[tp])

    def read_one(self, topic: str, partition: int, offset: int) -> ConsumerRecord | None:
        """The record at ``topic[partition]@offset``; None if it is no longer (or not yet) there."""
        tp = TopicPartition(topic, partition)
        if tp not in self.partitions(topic):
            raise DlqError(f"topic {topic} has no partition {partition}")
        begin, end = self.bounds(topic)[tp]
        if not begin <= offset < end:
            return None
        for record in self.read({tp: offset}):
            if record.offset == offset:
                return record
            if record.offset > offset:  # compacted away
                return None
        return None

    def close(self) -> None:
        self._consumer.close(autocommit=False)

    def __enter__(self) -> TopicReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def stage_matches(entry: Entry, stage: str | None) -> bool:
    """``stage`` selects that stage and its sub-stages (``index`` matches ``index:rejected``)."""
    if stage is None:
        return True
    if entry.letter is None:
        return False
    return entry.letter.stage == stage or entry.letter.stage.startswith(f"{stage}:")


def read_letters(
    kafka: KafkaSettings, stage: str | None = None, since: datetime | None = None, limit: int | None = None
) -> tuple[list[Entry], int]:
    """Letters on the dead-letter topic (oldest first; the newest ``limit``) and how many matched in all."""
    topic = kafka.topics.dead_letter
    with TopicReader(kafka) as reader:
        starts = reader.starts_at(topic, since) if since else {tp: b for tp, (b, _) in reader.bounds(topic).items()}
        kept: deque[Entry] = deque(maxlen=limit)
        matched = 0
        for record in reader.read(starts):
            entry = to_entry(record)
            if not stage_matches(entry, stage):
                continue
            if since and entry.letter and entry.letter.failed_at < since:
                continue
            matched += 1
            kept.append(entry)
    return sorted(kept, key=lambda e: (e.timestamp_ms, e.partition, e.offset)), matched


def read_letter(kafka: KafkaSettings, position: str) -> Entry:
    partition, offset = parse_position(position)
    with TopicReader(kafka) as reader:
        record = reader.read_one(kafka.topics.dead_letter, partition, offset)
    if record is None:
        raise DlqError(f"no dead letter at {position} on {kafka.topics.dead_letter} (expired or never written)")
    return to_entry(record)
