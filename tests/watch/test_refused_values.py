"""Values Elasticsearch would refuse in an alert are stored, never retried as an outage forever (real services)."""

from __future__ import annotations

import pytest

from pipeline.index.client import make_client
from pipeline.kafka.producer import Producer
from pipeline.settings import Settings
from pipeline.watch.alerts import record_alerts
from pipeline.watch.match import Match
from pipeline.watch.model import parse
from pipeline.watch.store import alerts_index, ensure_indices

pytestmark = pytest.mark.integration

LONG_URL = "https://example.com/" + "a" * 40_000  # over Elasticsearch's 32766-byte limit for one keyword term
OLD_ALERTS_MAPPING = {"dynamic": False, "properties": {"url": {"type": "keyword"}, "watchlist": {"type": "keyword"}}}


def test_an_alert_for_a_very_long_url_is_written_and_published(pipeline_settings: Settings) -> None:
    index = alerts_index(pipeline_settings)
    watchlist = parse({"name": "long", "query": "harbour"}, "index", "test")
    match = Match(watchlist, {"id": "a" * 64, "url": LONG_URL, "title": "Harbour", "story_key": "s-long"},
                  ("harbour",))
    with make_client(pipeline_settings.elasticsearch) as es:
        es.indices.delete(index=index, ignore_unavailable=True)
        es.indices.create(index=index, mappings=OLD_ALERTS_MAPPING)  # as an earlier version created it
        ensure_indices(es, pipeline_settings)  # brings the mapping up to date in place
        assert es.indices.get_mapping(index=index)[index]["mappings"]["properties"]["url"]["ignore_above"] == 2048
        with Producer(pipeline_settings.kafka, client_id="newsline-test") as producer:
            (published,) = record_alerts(es, producer, pipeline_settings, [match])
        stored = es.get(index=index, id=published["id"])["_source"]
    assert stored["url"] == LONG_URL and stored["published"] is True


def test_an_alert_elasticsearch_refuses_is_logged_and_the_others_go_through(
    pipeline_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    watchlist = parse({"name": "dates", "query": "harbour"}, "index", "test")
    bad = Match(watchlist, {"id": "b" * 64, "published_at": "not a date", "story_key": "s-bad"}, ("harbour",))
    good = Match(watchlist, {"id": "c" * 64, "published_at": "2026-03-01T12:00:00+00:00", "story_key": "s-good"},
                 ("harbour",))
    with make_client(pipeline_settings.elasticsearch) as es:
        ensure_indices(es, pipeline_settings)
        with Producer(pipeline_settings.kafka, client_id="newsline-test") as producer:
            published = record_alerts(es, producer, pipeline_settings, [bad, good])
    assert [a["story_key"] for a in published] == ["s-good"]
    (refused,) = [r for r in caplog.records if "alert rejected" in r.getMessage()]
    assert "dates:s-bad" in refused.getMessage() and "published_at" in refused.getMessage()
