"""The whole path on the real services: files -> raw topic -> enrich -> enriched topic -> index -> search."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.models import Article, Provenance, encode
from pipeline.runner import run_until_idle
from pipeline.search import search, show_document
from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.sources.replay import replay_paths
from tests.support.topics import dead_letters, indexed_count, produce_raw, read_topic

pytestmark = pytest.mark.integration

SEEDS = PROJECT_ROOT / "seeds"
SEED_TITLE = "Top Syrian and Turkish intelligence officials meet in Russia to discuss Idlib"


def test_seed_replayed_twice_is_one_searchable_document(pipeline_settings: Settings) -> None:
    first = replay_paths([SEEDS], pipeline_settings)
    assert first.published == 1 and not first.failed
    counts = run_until_idle(pipeline_settings)
    assert counts["indexed"] == 1 and counts["dead_letters"] == 0
    assert indexed_count(pipeline_settings) == 1

    result = search(pipeline_settings, "Idlib ceasefire")
    assert result["total"] == 1
    hit = result["hits"][0]
    assert hit["title"] == SEED_TITLE and hit["language"] == "en"
    assert "<<" in hit["snippet"] and hit["id"] == first.ids[0]

    replay_paths([SEEDS], pipeline_settings)
    run_until_idle(pipeline_settings)
    assert indexed_count(pipeline_settings) == 1
    assert len(read_topic(pipeline_settings, pipeline_settings.kafka.topics.raw)) == 2
    stored = show_document(pipeline_settings, hit["id"])
    assert stored["word_count"] > 500 and stored["enrichment"]["provenance"]["language"]["producer"] == "py3langid"
    assert stored["event_id"] == hit["id"][:32] and stored["event_evidence"]["decision"] == "founded"
    assert stored["enrichment"]["provenance"]["event"]["producer"] == "onnxruntime+newsline.events"


def test_bad_input_is_reported_or_dead_lettered_and_nothing_is_lost(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    shutil.copy(SEEDS / "000_c14a1469d1a060ad.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "unreadable.txt").symlink_to(tmp_path / "missing-target.txt")
    report = replay_paths([tmp_path], pipeline_settings)
    assert report.published == 1
    assert {Path(where).name: reason for where, reason in report.failed} == {
        "empty.txt": "file is empty",
        "unreadable.txt": report.failed[-1][1],
    }
    assert "cannot read" in report.failed[-1][1]

    raw = pipeline_settings.kafka.topics.raw
    produce_raw(pipeline_settings, raw, [b"this is not json", json.dumps({"title": "no body"}).encode()])
    huge_source = Article.build(
        title="Oversized source", text="Body text that is fine.", url="https://example.com/huge",
        source="s" * 40_000, extraction=Provenance(producer="test", version="1"),
    )
    produce_raw(pipeline_settings, raw, [encode(huge_source)])

    counts = run_until_idle(pipeline_settings)
    letters = dead_letters(pipeline_settings)
    stages = sorted(letter.stage for letter in letters)
    assert stages == ["decode", "decode", "index:rejected"]
    not_json = next(letter for letter in letters if letter.payload() == b"this is not json")
    assert "not JSON" in not_json.reason and not_json.topic == raw and not_json.offset is not None
    rejected = next(letter for letter in letters if letter.stage == "index:rejected")
    assert rejected.article_id == huge_source.id
    assert "failed to parse field [source]" in rejected.reason
    assert len(rejected.reason) <= 2000 and rejected.payload_text is not None

    published = report.published + 3
    assert indexed_count(pipeline_settings) == 1
    assert published == indexed_count(pipeline_settings) + len(letters)
    assert counts["dead_letters"] == len(letters)


def test_crash_before_commit_redelivers_without_duplicates(
    pipeline_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.kafka.consumer import BatchConsumer
    from pipeline.workers.index import IndexWorker

    # the crash is patched into this process, so enrichment must run here too (one process: a thread)
    pipeline_settings = pipeline_settings.model_copy(
        update={"enrich": pipeline_settings.enrich.model_copy(update={"processes": 1})})

    articles = [
        Article.build(title=f"Story {n}", text=f"Body of story number {n}.", url=f"https://example.com/s/{n}",
                      source="crash-test", extraction=Provenance(producer="test", version="1"))
        for n in range(25)
    ]
    produce_raw(pipeline_settings, pipeline_settings.kafka.topics.raw, [encode(a) for a in articles])

    def crash(self: BatchConsumer) -> None:
        raise RuntimeError("worker killed before commit")

    monkeypatch.setattr(BatchConsumer, "commit", crash)
    with pytest.raises(RuntimeError, match="killed"):
        run_until_idle(pipeline_settings)
    monkeypatch.undo()

    counts = run_until_idle(pipeline_settings)
    assert counts["enriched"] == 25  # the uncommitted batch was delivered again
    assert indexed_count(pipeline_settings) == 25
    enriched_messages = read_topic(pipeline_settings, pipeline_settings.kafka.topics.enriched)
    assert len(enriched_messages) >= 25  # at-least-once: duplicates on the topic ...
    assert IndexWorker(pipeline_settings).run(until_idle=True).consumed == 0  # ... and nothing left over
    assert indexed_count(pipeline_settings) == 25  # ... but one document per article
