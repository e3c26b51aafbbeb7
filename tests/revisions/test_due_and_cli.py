"""Scheduled re-checks (the DAG task body) and the commands, on the real services and the fixture site."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import pytest

from pipeline.cli.main import main
from pipeline.models.urls import article_id_for_url
from pipeline.orchestration.recheck_tasks import recheck_due
from pipeline.settings import Settings
from pipeline.status import collect
from tests.revisions.helpers import index_all, ingest_and_index, tracked
from tests.revisions.pages import editable
from tests.support.site import Site

pytestmark = pytest.mark.integration

STEP_H = 0.0003  # about one second


def test_due_articles_are_rechecked_once_per_step_then_never(site: Site, ingest_settings: Settings) -> None:
    settings = ingest_settings.model_copy(update={"revisions": ingest_settings.revisions.model_copy(
        update={"schedule_h": (STEP_H,)})})
    today = datetime.now(UTC).isoformat()  # recent enough for the schedule (revisions.track_max_age_h)
    edited = editable(site, "/due/edited.html", "Ferry strike called off", date=today)
    same = editable(site, "/due/same.html", "Museum reopens its west wing", date=today)
    ingest_and_index(settings, site.url(edited.path), site.url(same.path))
    assert tracked(settings, site.url(edited.path)).next_check_at is not None
    time.sleep(STEP_H * 3600 + 0.5)
    assert collect(settings)["rechecks"] | {"last_checked_at": None} == {
        "tracked": 2, "scheduled": 2, "due": 2, "edited": 0, "removed": 0, "last_checked_at": None}

    edited.title = "Ferry strike called off after overnight talks"
    first = recheck_due(settings)
    assert (first["targets"], first["outcomes"]) == (2, {"revised": 1, "unchanged": 1})
    assert first["published"][0]["id"] == article_id_for_url(site.url(edited.path))
    assert tracked(settings, site.url(edited.path)).next_check_at is None, "the last step is done"
    assert recheck_due(settings)["targets"] == 0, "then never again on schedule"
    shown = collect(settings)["rechecks"]  # what `newsline status` shows
    assert (shown["due"], shown["scheduled"], shown["edited"]) == (0, 0, 1) and shown["last_checked_at"], shown


def test_recheck_history_and_search_edited_commands(
    site: Site, ingest_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = ingest_settings
    page = editable(site, "/cli/story.html", "Water rates to rise in April")
    url = site.url(page.path)
    ingest_and_index(settings, url, name="fx-cli")
    topics = settings.kafka.topics
    env = {
        "NEWSLINE_PATHS_STATE": str(settings.paths.state),
        "NEWSLINE_KAFKA_TOPICS": json.dumps({"raw": topics.raw, "enriched": topics.enriched,
                                             "dead_letter": topics.dead_letter, "partitions": topics.partitions}),
        "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": settings.elasticsearch.index_prefix,
        "NEWSLINE_FETCH_ALLOW_PRIVATE_ADDRESSES": "true",  # the fixture site is on 127.0.0.1 (tests only)
        "NEWSLINE_FETCH_POLITENESS_DELAY_S": "0",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)

    page.title = "Water rates to rise in May, not April"
    assert main(["recheck", "--since", "1h", "--source", "fx-other", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["targets"] == 0, "--source narrows --since"
    assert main(["recheck", "--since", "1h", "--source", "fx-cli", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["outcomes"] == {"revised": 1}
    index_all(settings)

    assert main(["history", url]) == 0
    out = capsys.readouterr().out
    assert "revision 2" in out and "title changed: 'Water rates to rise in April' -> " in out
    assert main(["history", article_id_for_url(url), "--json"]) == 0
    assert [r["revision"] for r in json.loads(capsys.readouterr().out)["revisions"]] == [1, 2]
    assert main(["search", "--edited", "--json"]) == 0
    assert [h["id"] for h in json.loads(capsys.readouterr().out)["hits"]] == [article_id_for_url(url)]
    assert main(["recheck", site.url("/cli/never-ingested.html")]) == 1
    assert "not ingested" in capsys.readouterr().out
