"""``min_sources: N``: the alert fires in the batch where a matching story reaches N distinct sources, once."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import EnrichedArticle
from pipeline.settings import Settings
from pipeline.watch.match import Match, at_min_sources, sources_body
from pipeline.watch.model import Watchlist, parse
from tests.support.topics import read_topic
from tests.watch.helpers import CEASEFIRE, alert_messages, enriched, publish
from tests.watch.test_watchlists import alerts_now, index_all, with_watch

WATCHES = ("watchlists:\n  - name: idlib3\n    query: ceasefire Idlib\n    min_sources: 3\n"
           "  - name: idlib\n    query: ceasefire Idlib\n")


def copy(n: int, source: str, story: str = "story-idlib") -> EnrichedArticle:
    return enriched(n, "Ceasefire agreed in Idlib", CEASEFIRE, source, story, ("SY",))


@pytest.mark.integration
def test_the_alert_fires_exactly_when_the_third_distinct_source_arrives_and_once(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = with_watch(pipeline_settings, tmp_path, WATCHES)
    arrivals = [copy(1, "outlet-a"), copy(2, "outlet-a"), copy(3, "outlet-b"), copy(4, "outlet-c"),
                copy(5, "outlet-d")]
    seen: list[list[tuple[str, str]]] = []
    for record in arrivals:  # one batch each, in order
        publish(settings, [record])
        index_all(settings)
        seen.append(sorted((a["watchlist"], a["article_id"]) for a in alerts_now(settings, watch="idlib3")))
    third = arrivals[3].id  # outlet-c: the third distinct source (outlet-a wrote twice)
    assert seen == [[], [], [], [("idlib3", third)], [("idlib3", third)]]
    [alert] = alerts_now(settings, watch="idlib3")
    assert alert["distinct_sources"] == 3 and alert["story_key"] == "story-idlib" and alert["published"] is True
    [plain] = alerts_now(settings, watch="idlib")  # without min_sources: the first article alerts, as before
    assert plain["article_id"] == arrivals[0].id and plain["distinct_sources"] is None

    publish(settings, arrivals)  # a replay of everything: no new alert, nothing re-published
    index_all(settings)
    assert [a["id"] for a in alerts_now(settings, watch="idlib3")] == [alert["id"]]
    assert alerts_now(settings, watch="idlib3")[0]["alerted_at"] == alert["alerted_at"]
    messages = alert_messages(read_topic(settings, settings.kafka.topics.alerts))
    assert sorted(m["id"] for m in messages) == sorted([alert["id"], plain["id"]])


@pytest.mark.integration
def test_three_sources_arriving_in_one_batch_alert_once_and_other_stories_count_apart(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = with_watch(pipeline_settings, tmp_path, WATCHES)
    batch = [copy(1, "outlet-a"), copy(2, "outlet-b"), copy(3, "outlet-c"),
             copy(4, "outlet-a", "story-other"), copy(5, "outlet-b", "story-other")]
    publish(settings, batch)
    index_all(settings)
    assert [(a["story_key"], a["distinct_sources"]) for a in alerts_now(settings, watch="idlib3")] == [
        ("story-idlib", 3)]


def test_min_sources_is_validated_and_counted_per_matched_story() -> None:
    assert parse({"name": "w", "query": "x", "min_sources": 3}, "file", "test").min_sources == 3
    for bad in (0, -1, "many"):
        with pytest.raises(Exception, match="min_sources"):
            parse({"name": "w", "query": "x", "min_sources": bad}, "file", "test")
    w = Watchlist(name="w", query="ceasefire", countries=("SY",), min_sources=3)
    body = sources_body(w, ["s1", "s2"])
    assert body["query"]["bool"]["filter"][-1] == {"terms": {"story_key": ["s1", "s2"]}}
    assert body["aggs"]["stories"]["aggs"]["sources"]["cardinality"]["field"] == "source"
    plain = Match(Watchlist(name="p", query="x"), {"id": "a"}, ())
    assert at_min_sources(None, "index", [plain]) == [plain]  # type: ignore[arg-type] - no search needed
