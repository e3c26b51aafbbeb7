"""Enrichment on the real services: seed document fields, story clusters across sources, reenrich, processes."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.cli.reenrich import reenrich
from pipeline.enrich.clusters.es_store import ElasticsearchClusterStore
from pipeline.enrich.clusters.factory import cluster_index
from pipeline.enrich.steps import KEYWORDS
from pipeline.index.client import make_client
from pipeline.kafka.producer import Producer
from pipeline.models import encode
from pipeline.runner import run_until_idle
from pipeline.settings import Settings
from pipeline.workers.index import IndexWorker
from pipeline.workers.supervisor import run_processes
from tests.enrich.helpers import CZECH, GERMAN, POLISH, edited_copy, fixture_article, seed
from tests.enrich.test_entities_seed import ORGS, PERSONS, PLACES
from tests.support.topics import dead_letters, indexed_count, produce_raw

pytestmark = pytest.mark.integration


def _doc(settings: Settings, doc_id: str) -> dict[str, Any]:
    with make_client(settings.elasticsearch) as es:
        return dict(es.get(index=settings.elasticsearch.read_alias, id=doc_id)["_source"])


def _story(settings: Settings, story_id: str):  # type: ignore[no-untyped-def]
    with make_client(settings.elasticsearch) as es:
        return ElasticsearchClusterStore(es, cluster_index(settings)).story(story_id)


def test_seed_document_fields_and_story_clusters_across_sources(enrich_settings: Settings) -> None:
    raw = enrich_settings.kafka.topics.raw
    original, unrelated, german, czech = seed(), fixture_article("ecb-rates", "markets-daily"), GERMAN, CZECH
    produce_raw(enrich_settings, raw, [encode(original), encode(unrelated), encode(german), encode(czech),
                                       encode(POLISH)])
    assert run_until_idle(enrich_settings)["indexed"] == 5

    doc = _doc(enrich_settings, original.id)
    assert PERSONS <= set(doc["persons"]) and ORGS <= set(doc["organizations"]) and PLACES <= set(doc["places"])
    assert {"SY", "TR", "RU"} <= set(doc["countries"]) and doc["language"] == "en"
    assert {e["name"] for e in doc["entities"]} >= PERSONS and doc["keywords"] and doc["story_id"]
    assert set(doc["enrichment"]["provenance"]) == {"language", "metrics", "fingerprint", "entities", "quotes",
                                                    "countries", "locations", "keywords", "cluster", "event"}
    assert {loc["country"] for loc in doc["locations"]} >= {"SY", "RU", "TR"}
    assert {"lat", "lon"} == set(doc["locations"][0]["point"])
    assert doc["event_id"] and len(doc["embedding"]) == 384
    assert _doc(enrich_settings, czech.id)["enrichment"]["skipped"]["entities"] == "no model for language cs"
    assert _doc(enrich_settings, POLISH.id)["places"] == ["Warszawa"]  # Polish: Morfeusz's dictionary
    assert "Berlin" in _doc(enrich_settings, german.id)["places"]  # German: the CoreNLP server's entities

    copy = edited_copy(original)  # another source, published earlier than the original
    copy = copy.model_copy(update={"published_at": original.published_at.replace(hour=6)})  # type: ignore[union-attr]
    produce_raw(enrich_settings, raw, [encode(copy)])
    assert run_until_idle(enrich_settings)["indexed"] == 1
    stories = {d: _doc(enrich_settings, d)["story_id"] for d in (original.id, copy.id, unrelated.id, german.id, czech.id)}
    assert stories[copy.id] == stories[original.id] and len(set(stories.values())) == 4
    story = _story(enrich_settings, stories[original.id])
    assert story is not None and story.size == 2
    assert (story.first_article_id, story.first_source) == (copy.id, "wire")
    assert not dead_letters(enrich_settings)


def test_reenrich_reapplies_a_changed_step_without_refetching(enrich_settings: Settings) -> None:
    article = seed()
    produce_raw(enrich_settings, enrich_settings.kafka.topics.raw, [encode(article)])
    run_until_idle(enrich_settings)
    before = _doc(enrich_settings, article.id)
    assert reenrich(enrich_settings, only=["keywords"], stale=True)["matched"] == 0  # nothing stale yet

    with make_client(enrich_settings.elasticsearch) as es:  # as if an older yake had produced the keywords
        hit = es.get(index=enrich_settings.elasticsearch.read_alias, id=article.id)
        stale = {**hit["_source"], "keywords": ["stale"]}
        stale["enrichment"]["provenance"]["keywords"]["version"] = "0.0.1"
        # written the way the indexer writes: the same external version (fetched_at), so re-enrichment may replace it
        es.index(index=hit["_index"], id=article.id, document=stale, refresh=True,
                 version=article.version, version_type="external_gte")
    report = reenrich(enrich_settings, only=["keywords"], stale=True)
    assert report == {"steps": ["keywords"], "matched": 1, "published": 1, "failed": {}}
    IndexWorker(enrich_settings).run(until_idle=True)
    after = _doc(enrich_settings, article.id)
    assert after["keywords"] == before["keywords"] and after["persons"] == before["persons"]
    assert after["enrichment"]["provenance"]["keywords"]["version"] == KEYWORDS.producer.version
    assert after["story_id"] == before["story_id"] and indexed_count(enrich_settings) == 1

    assert reenrich(enrich_settings, only=["entities"])["steps"] == ["entities", "quotes", "countries", "locations",
                                                                      "keywords", "event"]


def test_two_worker_processes_together_enrich_every_article(enrich_settings: Settings) -> None:
    articles = [seed(), fixture_article("ecb-rates"), fixture_article("quake-japan"), fixture_article("eu-apple"), GERMAN]
    with Producer(enrich_settings.kafka, client_id="newsline-test") as producer:  # keyed, as replay does
        producer.send_many(enrich_settings.kafka.topics.raw, ((a.id, encode(a)) for a in articles))
        producer.flush_or_raise()
    assert run_processes(enrich_settings, 2, until_idle=True) == [0, 0]
    IndexWorker(enrich_settings).run(until_idle=True)
    assert indexed_count(enrich_settings) == len(articles)
    assert all(_doc(enrich_settings, a.id)["story_id"] for a in articles)
