"""Poison inputs and size limits on the real Kafka/Elasticsearch: nothing wedges, every bad input has a reason.

Replay of oversized/bad files, topic configs, rolling-upgrade records, and the dead-letter list/show/redrive
round trip through the ``newsline`` command line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaProducer

from pipeline.kafka.admin import describe_topic_configs, redriven_topic
from pipeline.kafka.config import client_options
from pipeline.models import Article, DeadLetter, Provenance, decode, encode
from pipeline.runner import run_until_idle
from pipeline.search import show_document
from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.status import collect
from tests.support.topics import dead_letters, indexed_count, produce_raw, read_topic

pytestmark = pytest.mark.integration

SEED = PROJECT_ROOT / "seeds" / "000_c14a1469d1a060ad.txt"
PROV = Provenance(producer="test", version="1")


def cli_env(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": settings.elasticsearch.index_prefix,
        "NEWSLINE_KAFKA_TOPICS": json.dumps(settings.kafka.topics.model_dump()),
        "NEWSLINE_WORKERS_ENRICH_GROUP": settings.workers.enrich_group,
        "NEWSLINE_WORKERS_INDEX_GROUP": settings.workers.index_group,
    }


def newsline(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], env=cli_env(settings), cwd=PROJECT_ROOT,
                          capture_output=True, text=True, timeout=300, check=False)


def big_text_file(path: Path, size: int) -> None:
    words = "ceasefire negotiations continued in the border region overnight. "
    path.write_text("A very long transcript\n" + words * (size // len(words) + 1), encoding="utf-8")


def raw_articles(settings: Settings) -> list[Article]:
    return [decode(value, Article) for value in read_topic(settings, settings.kafka.topics.raw)]


def test_topics_are_created_with_max_message_bytes_and_dead_letter_retention(pipeline_settings: Settings) -> None:
    kafka = pipeline_settings.kafka
    keys = ["max.message.bytes", "retention.ms", "cleanup.policy"]
    raw = describe_topic_configs(kafka, kafka.topics.raw, keys)
    dlq = describe_topic_configs(kafka, kafka.topics.dead_letter, keys)
    redriven = describe_topic_configs(kafka, redriven_topic(kafka), keys)
    assert raw["max.message.bytes"] == str(kafka.max_message_bytes) == "4194304"
    assert dlq == {"max.message.bytes": "4194304", "retention.ms": str(30 * 24 * 3600 * 1000), "cleanup.policy": "delete"}
    assert redriven["cleanup.policy"] == "compact,delete" and redriven["retention.ms"] == dlq["retention.ms"]


def test_replay_of_a_3_9_mb_file_truncates_it_and_publishes_every_good_file(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED, inputs / "good.txt")
    big_text_file(inputs / "big.txt", 3_900_000)
    assert (inputs / "big.txt").stat().st_size > 3_900_000

    clean = newsline(pipeline_settings, "replay", str(inputs), "--json")
    assert clean.returncode == 0, clean.stderr  # truncation alone is not a rejection
    report = json.loads(clean.stdout)
    assert (report["published"], report["rejected"], len(report["truncated"])) == (2, 0, 1)
    assert report["truncated"][0]["input"].endswith("big.txt")

    (inputs / "latin1.txt").write_bytes("Título\ncafé con leche".encode("latin-1"))
    (inputs / "empty.txt").write_text("")
    (inputs / "huge.json").write_text(json.dumps(
        {"title": "Huge description", "text": "Short body.", "description": "d" * 5_000_000}))
    mixed = newsline(pipeline_settings, "replay", str(inputs))
    assert mixed.returncode == 1, mixed.stderr
    assert mixed.stdout.startswith("files=5 published=2 rejected=3 truncated=1")
    assert "rejected (1): record too large" in mixed.stdout and "huge.json" in mixed.stdout
    assert "rejected (1): file is empty" in mixed.stdout and "not UTF-8 text" in mixed.stdout

    limit = pipeline_settings.limits.max_text_bytes
    articles = {a.title: a for a in raw_articles(pipeline_settings)}
    big = articles["A very long transcript"]
    assert big.truncated and big.original_text_bytes is not None and big.original_text_bytes > 3_800_000
    assert limit - 4 < len(big.text.encode("utf-8")) <= limit
    assert not articles[next(t for t in articles if t != big.title)].truncated

    run_until_idle(pipeline_settings)
    assert indexed_count(pipeline_settings) == 2
    stored = show_document(pipeline_settings, big.id)
    assert stored["truncated"] is True and stored["original_text_bytes"] == big.original_text_bytes


def poison_records(settings: Settings) -> dict[str, bytes]:
    """The kinds the chaos run injects on the raw topic, plus a record from a newer build of the same major."""
    newer_minor = json.loads(encode(Article.build(title="Rolling upgrade", text="Written by a newer build.",
                                                  source="test", extraction=PROV)))
    newer_minor["sentiment"] = {"score": 0.2}
    newer_major = {**newer_minor, "schema_version": 2, "title": "From the future"}
    oversized = Article.build(title="Oversized on the topic", text="word " * 120_000, source="test",
                              extraction=PROV)
    return {
        "broken_json": b'{"title": "cut off',
        "invalid_utf8": b"\xff\xfe\x00garbage",
        "newer_major": json.dumps(newer_major).encode(),
        "newer_minor": json.dumps(newer_minor).encode(),
        "oversized_text": encode(oversized),
    }


def test_poison_is_dead_lettered_with_reasons_and_redriven_once(pipeline_settings: Settings) -> None:
    settings = pipeline_settings.model_copy(
        update={"limits": pipeline_settings.limits.model_copy(update={"max_text_bytes": 100_000})})
    records = poison_records(settings)
    produce_raw(settings, settings.kafka.topics.raw, list(records.values()))
    counts = run_until_idle(settings)
    assert counts["indexed"] == 2 and counts["dead_letters"] == 3

    letters = {letter.payload(): letter for letter in dead_letters(settings)}
    assert set(letters) == {records["broken_json"], records["invalid_utf8"], records["newer_major"]}
    assert {letter.stage for letter in letters.values()} == {"decode"}
    assert letters[records["newer_major"]].reason == "schema_version 2 is newer than this build reads (1)"
    assert letters[records["invalid_utf8"]].payload_stored == "base64"
    assert letters[records["broken_json"]].payload_stored == "text"
    oversized = decode(records["oversized_text"], Article)
    stored = show_document(settings, oversized.id)
    assert stored["truncated"] is True and stored["original_text_bytes"] == 600_000
    assert len(stored["text"].encode()) <= 100_000

    status = collect(settings)["pipeline"]["dead_letter_counts"]
    assert status["total"] == 3 and status["by_stage"] == {"decode": 3}
    assert status["by_reason"]["decode: schema_version 2 is newer than this build reads (1)"] == 1

    listed = newsline(settings, "dlq", "list", "--stage", "decode", "--json")
    assert listed.returncode == 0, listed.stderr
    items: list[dict[str, Any]] = json.loads(listed.stdout)["letters"]
    assert len(items) == 3 and all(item["source"].startswith(settings.kafka.topics.raw) for item in items)
    assert json.loads(newsline(settings, "dlq", "list", "--stage", "index", "--json").stdout)["matched"] == 0
    assert json.loads(newsline(settings, "dlq", "list", "--since", "1h", "--json").stdout)["matched"] == 3

    binary = next(item for item in items if item["payload"]["stored"] == "base64")
    shown = newsline(settings, "dlq", "show", binary["position"])
    assert shown.returncode == 0 and "not UTF-8; base64" in shown.stdout and "decode" in shown.stdout
    payload = subprocess.run([sys.executable, "-m", "pipeline", "dlq", "show", binary["position"], "--payload"],
                             env=cli_env(settings), cwd=PROJECT_ROOT, capture_output=True, timeout=120, check=False)
    assert payload.stdout == records["invalid_utf8"]
    assert newsline(settings, "dlq", "show", "0@999999").returncode == 2

    raw_before = read_topic(settings, settings.kafka.topics.raw)
    dry = newsline(settings, "dlq", "redrive", "--dry-run", "--json")
    assert dry.returncode == 0 and json.loads(dry.stdout)["would_redrive"] == 3
    assert len(read_topic(settings, settings.kafka.topics.raw)) == len(raw_before)

    first = newsline(settings, "dlq", "redrive", "--stage", "decode", "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["redriven"] == 3
    raw_after = read_topic(settings, settings.kafka.topics.raw)
    assert sorted(raw_after) == sorted(raw_before + list(letters))  # each letter's original bytes, once

    second = newsline(settings, "dlq", "redrive", "--json")
    report = json.loads(second.stdout)
    assert second.returncode == 0 and report["redriven"] == 0 and report["already_redriven"] == 3
    assert len(read_topic(settings, settings.kafka.topics.raw)) == len(raw_after)


def test_letter_by_reference_is_redriven_from_its_source_while_retained(pipeline_settings: Settings) -> None:
    kafka = pipeline_settings.kafka
    value = encode(Article.build(title="Big one", text="body " * 2000, source="test", extraction=PROV))
    producer = KafkaProducer(**client_options(kafka, "newsline-test"))
    try:
        meta = producer.send(kafka.topics.raw, key=b"k1", value=value).get(timeout=30)
    finally:
        producer.close()
    kept = DeadLetter.for_payload(value, max_payload_bytes=1000, stage="enrich:entities", reason="boom",
                                  error_type="StepError", topic=kafka.topics.raw, partition=meta.partition,
                                  offset=meta.offset, key="k1")
    gone = DeadLetter.for_payload(value, max_payload_bytes=1000, stage="enrich:entities", reason="boom",
                                  error_type="StepError", topic=kafka.topics.raw, partition=meta.partition,
                                  offset=meta.offset + 500, key="k2")
    assert kept.payload_stored == gone.payload_stored == "reference" and len(encode(kept)) < 1000
    produce_raw(pipeline_settings, kafka.topics.dead_letter, [encode(kept), encode(gone)])

    result = newsline(pipeline_settings, "dlq", "redrive", "--stage", "enrich", "--json")
    assert result.returncode == 1, result.stderr  # one letter could not be redriven
    report = json.loads(result.stdout)
    assert report["redriven"] == 1
    assert len(report["not_redrivable"]) == 1 and "no longer retained" in report["not_redrivable"][0]["reason"]
    assert read_topic(pipeline_settings, kafka.topics.raw) == [value, value]

    again = json.loads(newsline(pipeline_settings, "dlq", "redrive", "--json").stdout)
    assert again["redriven"] == 0 and again["already_redriven"] == 1 and len(again["not_redrivable"]) == 1
