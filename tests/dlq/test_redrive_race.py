"""Two ``newsline dlq redrive`` runs at once on the real Kafka: every letter is re-published once, not twice."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.models import Article, DeadLetter, Provenance, encode
from pipeline.settings import PROJECT_ROOT, Settings
from tests.dlq.test_poison import cli_env
from tests.support.topics import produce_raw, read_topic

pytestmark = pytest.mark.integration

LETTERS = 40


def letters(settings: Settings) -> list[bytes]:
    prov = Provenance(producer="test", version="1")
    payloads = [encode(Article.build(title=f"Story {n}", text=f"Body of story {n}.", url=f"https://example.com/{n}",
                                     source="race", extraction=prov)) for n in range(LETTERS)]
    return [encode(DeadLetter.for_payload(p, max_payload_bytes=100_000, stage="enrich:entities", reason="boom",
                                          error_type="StepError", topic=settings.kafka.topics.raw, partition=0,
                                          offset=n, key=f"k{n}")) for n, p in enumerate(payloads)]


def test_two_concurrent_redrives_republish_each_letter_once(pipeline_settings: Settings, tmp_path: Path) -> None:
    settings = pipeline_settings
    produce_raw(settings, settings.kafka.topics.dead_letter, letters(settings))
    env = {**cli_env(settings), "NEWSLINE_PATHS_STATE": str(tmp_path / "state")}
    runs = [subprocess.Popen([sys.executable, "-m", "pipeline", "dlq", "redrive", "--json"], env=env,
                             cwd=PROJECT_ROOT, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err[-2000:] for _, err in outputs]
    reports = [json.loads(out) for out, _ in outputs]
    assert sorted(r["redriven"] for r in reports) == [0, LETTERS], reports
    assert sorted(r["already_redriven"] for r in reports) == [0, LETTERS]
    republished = read_topic(settings, settings.kafka.topics.raw)
    assert len(republished) == LETTERS and len(set(republished)) == LETTERS
