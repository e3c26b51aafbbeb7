"""``newsline dlq redrive`` past bad letters: one that cannot be decoded or republished is reported by its
position and reason, and every other letter is redriven (exit 1 says some were not)."""

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


def letter(settings: Settings, n: int, inline_up_to: int = 100_000, **fields: object) -> DeadLetter:
    article = Article.build(title=f"Story {n}", text=f"Body of story {n}.", url=f"https://example.com/{n}",
                            source="hostile", extraction=Provenance(producer="test", version="1"))
    values: dict[str, object] = {"stage": "enrich:entities", "reason": "boom", "error_type": "StepError",
                                 "topic": settings.kafka.topics.raw, "partition": 0, "offset": n, "key": "same-key"}
    return DeadLetter.for_payload(encode(article), max_payload_bytes=inline_up_to, **(values | fields))


def test_bad_letters_are_reported_by_position_and_reason_and_the_others_redriven(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = pipeline_settings
    gone = settings.kafka.topics.raw + "-deleted"
    bad_b64 = encode(DeadLetter.for_payload(b"\xff\xfe binary", topic=settings.kafka.topics.raw, partition=0,
                                            offset=7, stage="enrich:entities", reason="boom", error_type="X"))
    assert b'"payload_b64":"' in bad_b64
    bad_b64 = bad_b64.replace(b'"payload_b64":"', b'"payload_b64":"@@not base64@@')
    produce_raw(settings, settings.kafka.topics.dead_letter, [
        encode(letter(settings, 1)),
        b"\xff not a letter at all",
        encode(letter(settings, 2, topic=gone)),  # inline, to a topic deleted since
        encode(letter(settings, 3, inline_up_to=1)),  # by reference, not retained
        encode(letter(settings, 4, topic=gone, inline_up_to=1)),
        bad_b64,
        encode(letter(settings, 5)),  # same key as the first: each letter's outcome is its own
    ])
    env = {**cli_env(settings), "NEWSLINE_PATHS_STATE": str(tmp_path / "state")}
    run = subprocess.run([sys.executable, "-m", "pipeline", "dlq", "redrive", "--json"], env=env, cwd=PROJECT_ROOT,
                         text=True, capture_output=True, timeout=300, check=False)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    report = json.loads(run.stdout)
    assert report["redriven"] == 2 and report["failed"] == []
    reasons = sorted(r["reason"] for r in report["not_redrivable"])
    assert len(reasons) == 5, reasons
    assert reasons[0].startswith("inline payload cannot be decoded"), reasons
    assert reasons[1] == "payload stored by reference and " f"{settings.kafka.topics.raw}[0]@3 is no longer retained"
    assert reasons[2:4] == [f"topic {gone} no longer exists"] * 2
    assert reasons[4].startswith("unreadable letter: "), reasons
    assert all(r["position"].count("@") == 1 for r in report["not_redrivable"])
    titles = sorted(json.loads(v)["title"] for v in read_topic(settings, settings.kafka.topics.raw))
    assert titles == ["Story 1", "Story 5"]
