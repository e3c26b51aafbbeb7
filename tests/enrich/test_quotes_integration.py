"""Quotes on the real services: the seed replayed through Kafka and Elasticsearch, found by speaker, re-enriched."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pipeline.cli import render
from pipeline.cli.reenrich import reenrich
from pipeline.enrich.steps import QUOTES
from pipeline.index.client import make_client
from pipeline.models import encode
from pipeline.runner import run_until_idle
from pipeline.search import SearchFilters, search, show_document
from pipeline.settings import Settings
from pipeline.workers.index import IndexWorker
from tests.enrich.helpers import fixture_article, seed
from tests.support.topics import produce_raw

pytestmark = pytest.mark.integration


def _doc(settings: Settings, doc_id: str) -> dict[str, Any]:
    with make_client(settings.elasticsearch) as es:
        return dict(es.get(index=settings.elasticsearch.read_alias, id=doc_id)["_source"])


def test_seed_quotes_are_stored_and_found_by_speaker(
    enrich_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    original, other = seed(), fixture_article("ecb-rates")
    produce_raw(enrich_settings, enrich_settings.kafka.topics.raw, [encode(original), encode(other)])
    assert run_until_idle(enrich_settings)["indexed"] == 2

    quotes = _doc(enrich_settings, original.id)["quotes"]
    assert [(q["speaker"], q["verb"]) for q in quotes] == [("Kyle Orton", "told"), ("Omer Ozkizilcik", "told")]
    assert quotes[0]["text"].startswith("It [the meeting] does not change much on the ground")

    result = search(enrich_settings, "", filters=SearchFilters(speakers=("kyle orton",)))
    assert [h["id"] for h in result["hits"]] == [original.id]
    assert [q["speaker"] for q in result["hits"][0]["quotes"]] == ["Kyle Orton"]
    assert search(enrich_settings, "", filters=SearchFilters(speakers=("Hakan Fidan",)))["total"] == 0  # named, not quoted

    from pipeline.cli import main

    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", enrich_settings.elasticsearch.index_prefix)
    assert main(["search", "--speaker", "Kyle Orton", "--json"]) == 0
    assert [h["id"] for h in json.loads(capsys.readouterr().out)["hits"]] == [original.id]
    shown = render.document(show_document(enrich_settings, original.id))
    assert "— Omer Ozkizilcik (told)" in shown and "— Kyle Orton (told)" in shown


def test_reenrich_only_quotes_rewrites_stale_quotes(enrich_settings: Settings) -> None:
    article = seed()
    produce_raw(enrich_settings, enrich_settings.kafka.topics.raw, [encode(article)])
    run_until_idle(enrich_settings)
    before = _doc(enrich_settings, article.id)
    expected = before["quotes"]
    stale = {**before, "quotes": []}  # as if older rules had found no quotes, written at the same external version
    stale["enrichment"]["provenance"]["quotes"]["version"] = "rules-0"
    with make_client(enrich_settings.elasticsearch) as es:
        es.index(index=enrich_settings.elasticsearch.write_alias, id=article.id, document=stale, refresh=True,
                 version=article.version, version_type="external_gte")
    report = reenrich(enrich_settings, only=["quotes"], stale=True)
    assert report == {"steps": ["quotes"], "matched": 1, "published": 1, "failed": {}}
    IndexWorker(enrich_settings).run(until_idle=True)
    after = _doc(enrich_settings, article.id)
    assert after["quotes"] == expected and len(after["quotes"]) == 2
    assert after["enrichment"]["provenance"]["quotes"]["version"] == QUOTES.producer.version
