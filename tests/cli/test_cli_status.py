"""The command line against the live services: search --json, show, status."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pipeline.runner import run_until_idle
from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.sources.replay import replay_paths
from pipeline.status import collect

pytestmark = pytest.mark.integration


def newsline(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        {
            "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": settings.elasticsearch.index_prefix,
            "NEWSLINE_KAFKA_TOPICS": json.dumps(settings.kafka.topics.model_dump()),
            "NEWSLINE_WORKERS_ENRICH_GROUP": settings.workers.enrich_group,
            "NEWSLINE_WORKERS_INDEX_GROUP": settings.workers.index_group,
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], env=env, cwd=PROJECT_ROOT, capture_output=True, text=True,
        timeout=300, check=False,
    )


def test_search_json_show_and_status(pipeline_settings: Settings) -> None:
    replay_paths([PROJECT_ROOT / "seeds"], pipeline_settings)
    run_until_idle(pipeline_settings)

    found = newsline(pipeline_settings, "search", "Idlib ceasefire", "--json", "--limit", "5")
    assert found.returncode == 0, found.stderr
    result = json.loads(found.stdout)
    assert result["total"] == 1
    assert {"id", "url", "title", "source", "published_at", "language", "score", "snippet"} <= set(result["hits"][0])

    shown = newsline(pipeline_settings, "show", result["hits"][0]["id"], "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["title"] == result["hits"][0]["title"]

    missing = newsline(pipeline_settings, "show", "f" * 64)
    assert missing.returncode == 2 and "no document" in missing.stderr

    report = collect(pipeline_settings)["pipeline"]
    assert report["documents_indexed"] == 1
    assert report["dead_letters"] == 0
    lag = report["consumer_groups"][pipeline_settings.workers.enrich_group]
    assert lag == {"end": 1, "committed": 1, "lag": 0}

    status = newsline(pipeline_settings, "status", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["pipeline"]["documents_indexed"] == 1

