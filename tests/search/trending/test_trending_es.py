"""`newsline trending` on the real Elasticsearch: a small planted burst among steady stories ranks first."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.backoff import Backoff
from pipeline.cli import main
from pipeline.index.bulk import bulk_index
from pipeline.index.client import make_client
from pipeline.index.document import article_document
from pipeline.index.template import ensure_index
from pipeline.models import Article, EnrichedArticle, Enrichment, LanguageGuess, Provenance
from pipeline.search.trending import TrendParams, trending
from pipeline.search.trending.score import surprise
from pipeline.settings import Settings
from tests.support.live import isolated
from tests.support.topics import drop_isolated

pytestmark = pytest.mark.integration

NOW = datetime.now(UTC).replace(microsecond=0)
TEXT = "Officials said the situation was developing and more details would follow later in the day."


def article(n: int, story: str, source: str, age: timedelta, title: str) -> EnrichedArticle:
    built = Article.build(title=title, text=TEXT, url=f"https://{source}.example.com/{story}/{n}", source=source,
                          published_at=NOW - age, fetched_at=NOW,
                          extraction=Provenance(producer="test", version="1"))
    enrichment = Enrichment(language=LanguageGuess(code="en", confidence=0.99), word_count=15,
                            reading_time_minutes=0.1, content_fingerprint="0" * 16, story_id=story)
    return EnrichedArticle(article=built, enrichment=enrichment)


def records() -> list[EnrichedArticle]:
    out = []
    for s in range(4):  # steady stories: an article an hour for 15 hours, from three outlets in turn
        out += [article(h, f"story-steady-{s}", f"desk{(h + s) % 3}", timedelta(hours=h, minutes=10 + s),
                        f"Steady story {s}") for h in range(15)]
    # a busy steady story: four outlets every hour
    out += [article(10 * h + i, "story-busy", f"wire{i}", timedelta(hours=h, minutes=5 + i), "Busy story")
            for h in range(15) for i in range(4)]
    out += [article(i, "story-small", f"local{i}", timedelta(minutes=20 + i), "Small story") for i in range(2)]
    # the burst: six outlets in the last 45 minutes, never seen before
    out += [article(i, "story-burst", f"outlet{i}", timedelta(minutes=45 - 7 * i), "Dam breaks upstream")
            for i in range(6)]
    return out


@pytest.fixture(scope="module")
def indexed(live_settings: Settings) -> Iterator[Settings]:
    settings = isolated(live_settings, "trending")
    es = settings.elasticsearch
    with make_client(es) as client:
        ensure_index(client, es)
        docs = {r.id: article_document(r, indexed_at=NOW) for r in records()}
        assert all(o.ok for o in bulk_index(client, es.write_alias, docs, Backoff(0.1, 0.1)).values())
        client.indices.refresh(index=es.read_alias)
    yield settings
    drop_isolated(settings)


def test_cli_json_ranks_the_planted_burst_first_with_first_seen_and_sources(
    indexed: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", indexed.elasticsearch.index_prefix)
    assert main(["trending", "--json", "--at", NOW.isoformat()]) == 0
    result = json.loads(capsys.readouterr().out)
    first = result["stories"][0]
    assert first["key"] == "story-burst" and first["bursting"] and first["articles"] == first["sources"] == 6
    assert first["source_names"] == [f"outlet{i}" for i in range(6)]  # earliest first
    assert datetime.fromisoformat(first["first_seen"]) == NOW - timedelta(minutes=45)
    assert first["title"] == "Dam breaks upstream"
    others = {s["key"]: s for s in result["stories"][1:]}
    assert not any(s["bursting"] for s in others.values())
    assert others["story-busy"]["sources"] == 4 and others["story-busy"]["score"] < 1  # steady flow
    assert result["by"] == "story" and result["window"] == "1h" and result["note"] is None


def test_table_output_and_an_empty_window(
    indexed: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", indexed.elasticsearch.index_prefix)
    assert main(["trending", "--limit", "3", "--at", NOW.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "Dam breaks upstream" in out
    assert out.splitlines()[2].split()[2] == "yes"  # the first story row: bursting
    later = (NOW + timedelta(days=30)).isoformat()
    assert main(["trending", "--at", later]) == 0  # nothing in that window: said, and still an answer
    assert "no stories with articles in the last 1h" in capsys.readouterr().out


def test_event_grouping_falls_back_to_stories_on_an_index_without_event_id(live_settings: Settings) -> None:
    es = isolated(live_settings, "trending-noevents").elasticsearch
    index = f"{es.index_prefix}-v1"
    fields = {"story_key": {"type": "keyword"}, "source": {"type": "keyword"}, "title": {"type": "text"},
              "url": {"type": "keyword"}, "language": {"type": "keyword"}, "id": {"type": "keyword"},
              "published_or_fetched_at": {"type": "date"}}
    with make_client(es) as client:
        client.indices.create(index=index, mappings={"properties": fields}, aliases={es.read_alias: {}})
        try:
            for i in range(5):
                client.index(index=index, id=str(i), document={
                    "id": str(i), "story_key": "story-dam", "source": f"outlet{i}", "title": "Dam",
                    "language": "en", "published_or_fetched_at": (NOW - timedelta(minutes=50 - i)).isoformat()})
            client.indices.refresh(index=index)
            result = trending(client, es, by="event", now=NOW)
        finally:
            client.indices.delete(index=index, ignore_unavailable=True)
    assert result["by"] == "story" and "no event_id in the mapping" in (result["note"] or "")
    assert [s["key"] for s in result["stories"]] == ["story-dam"]


def test_a_longer_window_counts_the_busy_story_against_its_own_longer_baseline(indexed: Settings) -> None:
    with make_client(indexed.elasticsearch) as client:
        result = trending(client, indexed.elasticsearch, TrendParams(window=timedelta(hours=3), baseline_windows=3),
                          now=NOW)
    busy = next(s for s in result["stories"] if s["key"] == "story-busy")
    assert busy["articles"] == 12 and not busy["bursting"]
    assert result["stories"][0]["key"] == "story-burst"


def test_by_event_ranks_events_where_the_mapping_has_event_id(live_settings: Settings) -> None:
    es = isolated(live_settings, "trending-events").elasticsearch
    index = f"{es.index_prefix}-v1"
    fields = {"event_id": {"type": "keyword"}, "story_key": {"type": "keyword"}, "source": {"type": "keyword"},
              "title": {"type": "text"}, "url": {"type": "keyword"}, "language": {"type": "keyword"},
              "id": {"type": "keyword"}, "published_or_fetched_at": {"type": "date"}}
    with make_client(es) as client:
        client.indices.create(index=index, mappings={"properties": fields}, aliases={es.read_alias: {}})
        try:
            for i in range(5):  # one event told by five stories in five languages, one outlet each
                client.index(index=index, id=str(i), document={
                    "id": str(i), "event_id": "event-dam", "story_key": f"story-{i}", "source": f"outlet{i}",
                    "title": f"Dam {i}", "language": ["en", "fr", "de", "es", "it"][i],
                    "published_or_fetched_at": (NOW - timedelta(minutes=50 - i)).isoformat()})
            client.indices.refresh(index=index)
            by_event = trending(client, es, by="event", now=NOW)
            by_story = trending(client, es, by="story", now=NOW)
        finally:
            client.indices.delete(index=index, ignore_unavailable=True)
    [event] = by_event["stories"]
    assert by_event["by"] == "event" and by_event["note"] is None and event["key"] == "event-dam"
    assert event["bursting"] and event["sources"] == 5 and event["title"] == "Dam 0"
    assert [s["sources"] for s in by_story["stories"]] == [1] * 5 and not any(s["bursting"] for s in by_story["stories"])


def test_a_running_story_drawing_outlets_that_never_covered_it_bursts(live_settings: Settings) -> None:
    settings = isolated(live_settings, "trending-growth")
    es = settings.elasticsearch
    # three regular outlets every hour for two days (their first articles long before the 15 windows counted);
    # in the last hour, the regulars and five other outlets, four of them new to the story
    out = [article(10 * h + i, "story-running", f"desk{i}", timedelta(hours=h, minutes=20 + i), "Running story")
           for h in range(48) for i in range(3)]
    out += [article(1000 + i, "story-running", f"newcomer{i}", timedelta(minutes=30 - 5 * i), "Running story")
            for i in range(5)]
    out.append(article(2000, "story-running", "newcomer0", timedelta(hours=30), "Running story"))  # seen before
    try:
        with make_client(es) as client:
            ensure_index(client, es)
            docs = {r.id: article_document(r, indexed_at=NOW) for r in out}
            assert all(o.ok for o in bulk_index(client, es.write_alias, docs, Backoff(0.1, 0.1)).values())
            client.indices.refresh(index=es.read_alias)
            [story] = trending(client, es, now=NOW)["stories"]
    finally:
        drop_isolated(settings)
    assert story["key"] == "story-running" and story["sources"] == 8 and story["new_sources"] == 4
    assert story["bursting"] and story["expected_new_sources"] < 0.1
    # distinct sources alone would not tell it: eight where three or more are the story's hourly pace
    assert surprise(story["sources"], story["expected_sources"]) < TrendParams().threshold
