"""Events on the real shared Elasticsearch: the kNN store, and two languages of one event through the enrich
step, indexed, searched by event and shown with their event's stories (each test its own indices)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from elasticsearch import Elasticsearch

from pipeline.cli.main import main
from pipeline.enrich.clusters.store import MemoryClusterStore
from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.events import embed
from pipeline.enrich.events.es_store import ElasticsearchEventStore
from pipeline.enrich.events.factory import event_index, make_event_store
from pipeline.enrich.events.store import EventMember
from pipeline.enrich.exceptions import StoreUnavailable
from pipeline.enrich.steps import all_steps
from pipeline.enrich.steps.event import event_step
from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.index.client import make_client
from pipeline.index.document import article_document
from pipeline.models import Article, EnrichedArticle, Provenance
from pipeline.search import SearchFilters, search, show_document, why_event
from pipeline.settings import EventSettings, Settings
from tests.enrich.events.linking import article, load
from tests.support.docs import index_corpus

pytestmark = pytest.mark.integration


@pytest.fixture
def es_store(live_settings: Settings) -> Iterator[ElasticsearchEventStore]:
    with make_client(live_settings.elasticsearch) as es:
        store = ElasticsearchEventStore(es, f"test-events-{uuid.uuid4().hex[:8]}", retry_s=2.0)
        store.ensure()
        try:
            yield store
        finally:
            es.indices.delete(index=store.index, ignore_unavailable=True)


def _member(n: int, vector: tuple[float, ...], at: str) -> EventMember:
    return EventMember(f"{n:02x}" * 32, f"event-{n}", at, vector + (0.0,) * 381, frozenset({"name:etna"}), "it")


def test_knn_finds_the_nearest_members_inside_the_time_window_only(es_store: ElasticsearchEventStore) -> None:
    near, far_in_time, other = (_member(1, (1.0, 0.1, 0.0), "2026-11-10T06:00:00+00:00"),
                                _member(2, (1.0, 0.1, 0.0), "2026-10-01T06:00:00+00:00"),
                                _member(3, (0.0, 0.1, 1.0), "2026-11-10T07:00:00+00:00"))
    es_store.write([near, far_in_time, other])
    found = es_store.nearest((1.0, 0.0, 0.0) + (0.0,) * 381, "2026-11-07T00:00:00+00:00", "2026-11-13T00:00:00+00:00", 5)
    assert [m.article_id for m, _ in found] == [near.article_id, other.article_id]
    assert found[0][1] == pytest.approx(0.995, abs=0.01) and found[0][0].keys == {"name:etna"}
    es_store.write([EventMember(near.article_id, "changed", near.at, near.vector, frozenset(), "it")])  # a replay
    assert es_store.members([near.article_id])[near.article_id].event_id == "event-1"


def test_each_story_answers_with_its_earliest_member_and_its_vector(es_store: ElasticsearchEventStore) -> None:
    later, earliest, other = (_member(4, (1.0, 0.0, 0.0), "2026-11-10T08:00:00+00:00"),
                              _member(5, (0.0, 1.0, 0.0), "2026-11-10T06:00:00+00:00"),
                              _member(6, (0.0, 0.0, 1.0), "2026-11-10T07:00:00+00:00"))
    es_store.write([replace(later, story_id="s1"), replace(earliest, story_id="s1"), replace(other, story_id="s2"),
                    _member(7, (1.0, 1.0, 0.0), "2026-11-10T05:00:00+00:00")])  # no story
    found = es_store.story_members(["s1", "s2", "s3"])
    assert {s: m.article_id for s, m in found.items()} == {"s1": earliest.article_id, "s2": other.article_id}
    assert found["s1"].vector == earliest.vector and found["s1"].story_id == "s1"
    assert es_store.story_members([]) == {}


def test_a_missing_event_index_is_misconfigured_not_dead_lettered(es_store: ElasticsearchEventStore) -> None:
    es_store.es.indices.delete(index=es_store.index)
    with pytest.raises(MisconfiguredError):
        enrich_batch([article(load()[0])], all_steps(MemoryClusterStore(), event_step(es_store, EventSettings())))


def test_unreachable_elasticsearch_is_an_outage_after_the_retry_budget() -> None:
    with Elasticsearch("http://127.0.0.1:9", request_timeout=1, max_retries=0) as es:  # nothing listens on port 9
        store = ElasticsearchEventStore(es, "test-events-unreachable", retry_s=0.5)
        with pytest.raises(StoreUnavailable) as raised:
            enrich_batch([article(load()[0])], all_steps(MemoryClusterStore(), event_step(store, EventSettings())))
    assert isinstance(raised.value, OutageError)


@pytest.fixture
def events_settings(pipeline_settings: Settings) -> Iterator[Settings]:
    yield pipeline_settings
    with make_client(pipeline_settings.elasticsearch) as es:
        es.indices.delete(index=event_index(pipeline_settings), ignore_unavailable=True)


def test_two_languages_of_one_event_share_its_id_and_a_distractor_does_not(
        events_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rows = {r["id"]: r for r in load()}
    steps = all_steps(MemoryClusterStore(), event_step(make_event_store(events_settings), events_settings.enrich.events))
    first = enrich_batch([article(rows["e01-en"])], steps)  # an earlier batch: found through kNN, not the batch
    later = enrich_batch([article(rows["d02-de"]), article(rows["e01-de"])], steps)
    english, japan, german = [r for r in (*first, *later) if isinstance(r, EnrichedArticle)]
    assert english.enrichment.event_id == german.enrichment.event_id == english.id[:32]
    assert japan.enrichment.event_id not in (None, english.enrichment.event_id)
    replay = enrich_batch([article(rows["e01-de"])], steps)[0]
    assert isinstance(replay, EnrichedArticle) and replay.enrichment.event_id == english.id[:32]

    now = datetime.now(UTC)
    index_corpus(events_settings, {e.id: article_document(e, now) for e in (english, japan, german)})
    event = english.enrichment.event_id
    found = search(events_settings, "", 10, SearchFilters(events=(event,)), options=None)
    assert {h["id"] for h in found["hits"]} == {english.id, german.id}
    facet = {b["value"]: b["count"] for b in search(events_settings, "Erdbeben", 10)["facets"]["events"]}
    assert facet == {event: 1, japan.enrichment.event_id: 1}

    shown = show_document(events_settings, german.id, with_event=True)
    assert "embedding" not in shown and set(shown["event"]["languages"]) == {"de", "en"}
    why = why_event(shown)
    assert why["evidence"]["decision"] == "joined" and why["evidence"]["candidate"] == english.id
    assert "joined event" in why["explanation"] and why["evidence"]["cosine"] >= events_settings.enrich.events.threshold

    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", events_settings.elasticsearch.index_prefix)
    assert main(["search", "--event", event, "--json"]) == 0
    assert {h["id"] for h in json.loads(capsys.readouterr().out)["hits"]} == {english.id, german.id}
    assert main(["show", german.id]) == 0
    shown_text = capsys.readouterr().out
    assert f"event {event}: 2 articles, 2 stories" in shown_text and "  de:" in shown_text and "  en:" in shown_text
    assert main(["show", german.id, "--why-event"]) == 0
    assert f"joined event {event} through article {english.id}" in capsys.readouterr().out


def test_a_wire_copy_joins_its_storys_event_unembedded_and_why_event_says_same_story(
        events_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    row = next(r for r in load() if r["id"] == "e01-en")
    steps = all_steps(MemoryClusterStore(), event_step(make_event_store(events_settings), events_settings.enrich.events))
    [original] = enrich_batch([article(row)], steps)
    wire = Article.build(title=f"UPDATE 1-{row['title']}", text=f"{row['lead']} Reporting by the wire desk.",
                         url="https://wire.example.org/e01-en-copy", source="wire-desk",
                         published_at=datetime.fromisoformat(row["at"]) + timedelta(minutes=30), language="en",
                         extraction=Provenance(producer="test", version="1"))
    engine_calls: list[list[str]] = []
    engine = embed._engine
    monkeypatch.setattr(embed, "_engine", lambda texts, *named: engine_calls.append(texts) or engine(texts, *named))
    [copy] = enrich_batch([wire], steps)
    assert isinstance(original, EnrichedArticle) and isinstance(copy, EnrichedArticle)
    assert copy.enrichment.story_id == original.enrichment.story_id and engine_calls == []
    assert copy.enrichment.event_id == original.enrichment.event_id
    assert copy.enrichment.embedding == original.enrichment.embedding
    evidence = copy.enrichment.event_evidence
    assert evidence is not None and evidence.same_story == original.id and evidence.cosine is None

    index_corpus(events_settings, {e.id: article_document(e, datetime.now(UTC)) for e in (original, copy)})
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", events_settings.elasticsearch.index_prefix)
    assert main(["show", copy.id, "--why-event"]) == 0
    assert f"same story as {original.id}" in capsys.readouterr().out
