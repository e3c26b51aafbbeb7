"""Workers on a full state directory: the state files are informational, so the workers keep working.

``<paths.state>/workers/<kind>.json`` (what ``newsline status`` shows) cannot be written when the state
directory's filesystem is full. The supervisor and its children log that and carry on; the drain completes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.smallfs import fill, free_bytes, small_filesystem
from pipeline.kafka.admin import end_offsets
from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.sources.replay import replay_paths

pytestmark = pytest.mark.integration


def test_supervised_worker_on_a_full_state_directory_drains_and_says_the_state_file_was_not_written(
    pipeline_settings: Settings, tmp_path: Path,
) -> None:
    replay_paths([PROJECT_ROOT / "seeds"], pipeline_settings)
    state = tmp_path / "state"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLINE_")}
    env.update({
        "NEWSLINE_KAFKA_TOPICS": pipeline_settings.kafka.topics.model_dump_json(),
        "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": pipeline_settings.elasticsearch.index_prefix,
        "NEWSLINE_WORKERS_ENRICH_GROUP": pipeline_settings.workers.enrich_group,
        "NEWSLINE_WORKERS_INDEX_GROUP": pipeline_settings.workers.index_group,
        "NEWSLINE_PATHS_STATE": str(state),
    })
    with small_filesystem(state, 1):
        (state / "workers").mkdir()
        fill(state)
        filled = free_bytes(state)
        done = subprocess.run(
            [sys.executable, "-m", "pipeline", "worker", "enrich", "--processes", "1", "--until-idle", "--json"],
            env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600, check=False)
        state_files = sorted(p.name for p in (state / "workers").iterdir())
    output = done.stdout + done.stderr
    assert filled == 0
    assert done.returncode == 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    assert "state file not written" in output and "No space left on device" in output
    report = json.loads(done.stdout[done.stdout.index("{"):])
    assert (report["ok"], report["exit_codes"]) == (True, [0]), report
    topics = pipeline_settings.kafka.topics
    ends = end_offsets(pipeline_settings.kafka, [topics.raw, topics.enriched, topics.dead_letter])
    raw, enriched, dead = (sum(ends[t].values()) for t in (topics.raw, topics.enriched, topics.dead_letter))
    assert raw >= 1 and enriched + dead == raw, ends
    assert "enrich.json" not in state_files  # nothing half-written in its place
