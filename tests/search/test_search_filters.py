"""Filters, facets, sort and highlighting on the real Elasticsearch, with constructed enriched documents."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from pipeline.cli import main
from pipeline.index.client import make_client
from pipeline.index.template import ensure_index
from pipeline.search import SearchError, SearchFilters, SearchOptions, search
from pipeline.settings import Settings
from tests.support.docs import index_corpus, seed_document
from tests.support.live import isolated
from tests.support.topics import drop_isolated

pytestmark = pytest.mark.integration

SEED_TITLE = "Top Syrian and Turkish intelligence officials meet in Russia to discuss Idlib"


@pytest.fixture(autouse=True)
def keep_log_capture(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)  # main() would replace pytest's handlers


@pytest.fixture(scope="module")
def indexed(live_settings: Settings) -> Iterator[Settings]:
    """One isolated index with the corpus for the whole module (these tests only read)."""
    settings = isolated(live_settings, "search-filters")
    es = settings.elasticsearch
    with make_client(es) as client:
        ensure_index(client, es)
        index_corpus(settings)
        yield settings
    drop_isolated(settings)


def titles(result: dict) -> list[str]:
    return [hit["title"] for hit in result["hits"]]


ALL_COPIES = SearchOptions(collapse=False)


def test_country_and_since_return_the_seed_with_a_highlighted_snippet(indexed: Settings) -> None:
    result = search(indexed, "ceasefire", filters=SearchFilters(countries=("TR",), since="2019-01-01"),
                    options=ALL_COPIES)
    assert sorted(titles(result)) == ["Ceasefire holds in Idlib", SEED_TITLE]
    seed = next(h for h in result["hits"] if h["title"] == SEED_TITLE)
    assert "<<ceasefire>>" in seed["snippet"].lower() and seed["published_at"] is None  # undated: placed by fetched_at
    assert "Old ceasefire talks" not in titles(search(indexed, "ceasefire", filters=SearchFilters(since="2019-01-01")))


def test_person_org_place_filters_are_exact_but_case_insensitive(indexed: Settings) -> None:
    seed_id, _ = seed_document()
    for filters in (SearchFilters(persons=("Hakan Fidan",)), SearchFilters(persons=("hakan fidan",))):
        result = search(indexed, "intelligence", filters=filters)
        assert [h["id"] for h in result["hits"]] == [seed_id]
    assert search(indexed, "intelligence", filters=SearchFilters(persons=("Fidan",)))["total"] == 0
    assert titles(search(indexed, "Berlin", filters=SearchFilters(organizations=("spd",)))) == ["Wahlen in Berlin"]
    assert search(indexed, "ceasefire", filters=SearchFilters(places=("Geneva",)))["total"] == 1


def test_source_language_and_date_window(indexed: Settings) -> None:
    assert search(indexed, "ceasefire", filters=SearchFilters(sources=("wire",)))["total"] == 2
    assert titles(search(indexed, "Berlin", filters=SearchFilters(languages=("de",)))) == ["Wahlen in Berlin"]
    window = SearchFilters(since="2016-01-01", until="2016-12-31")
    assert titles(search(indexed, "ceasefire", filters=window)) == ["Old ceasefire talks"]


def test_story_lists_the_cluster_newest_first_without_query_text(indexed: Settings) -> None:
    result = search(indexed, "", filters=SearchFilters(stories=("story-idlib",), sort="newest"))
    assert result["total"] == 2
    assert titles(result)[0] == "Ceasefire holds in Idlib"  # dated 2020 sorts before the undated seed
    assert {h["story_id"] for h in result["hits"]} == {"story-idlib"}


def test_story_members_collapse_into_one_hit_that_names_the_other_copy(indexed: Settings) -> None:
    result = search(indexed, "ceasefire", filters=SearchFilters(countries=("TR",), since="2019-01-01"))
    assert result["collapsed"] and result["total"] == 2 and result["total_stories"] == 1
    [hit] = result["hits"]
    assert hit["story_key"] == "story-idlib" and hit["copies"] == 1 and set(hit["sources"]) == {"seeds", "wire"}


def test_facets_count_articles_and_stories_per_value(indexed: Settings) -> None:
    facets = search(indexed, "ceasefire")["facets"]
    assert {"value": "wire", "count": 2, "stories": 2} in facets["sources"]  # Idlib story + Geneva article
    assert facets["persons"][0] == {"value": "Hakan Fidan", "count": 2, "stories": 1}
    assert {"value": "TR", "count": 2, "stories": 1} in facets["countries"]
    assert {"value": "Idlib", "count": 2, "stories": 1} in facets["places"]
    assert facets["languages"] == [{"value": "en", "count": 3, "stories": 2}]


def test_cli_json_output_is_valid_json_with_hits_and_facets(
    indexed: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", indexed.elasticsearch.index_prefix)
    assert main(["search", "ceasefire", "--country", "TR", "--since", "2019-01-01", "--person", "Hakan Fidan",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 2 and data["total_stories"] == 1 and len(data["hits"]) == 1
    assert data["hits"][0]["copies"] == 1
    assert set(data["facets"]) == {"sources", "languages", "countries", "persons", "organizations", "places", "events"}

    assert main(["search", "ceasefire", "--country", "TR", "--since", "2019-01-01"]) == 0
    text = capsys.readouterr().out
    assert "[ceasefire]" in text.lower() and "people: Hakan Fidan (2 articles, 1 stories)" in text
    assert "1 stories (2 articles)" in text and "+ 1 other copy" in text


NASTY = [
    '{"query": {"match_all": {}}}', "*", "*:*", "* | *", "title:* OR text:*", '") OR 1=1 --', "\\", '"unbalanced',
    "ceasefire AND (", "-", "|", "-ceasefire", "ceasefire | -harbour", "+ceasefire", "ceasefire~2", "/.*/",
    "<script>alert(1)</script>", "ceasefire\" } }, \"match_all\": {", "\u0000", "((((((((", "&&||!!", "a" * 2000,
]


@pytest.mark.parametrize("query", NASTY)
def test_special_characters_give_results_or_a_clear_error_never_everything(
    indexed: Settings, query: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    everything = search(indexed, "", filters=SearchFilters(since="1900-01-01"))["total"]
    assert everything == 5
    try:
        result = search(indexed, query)
    except SearchError as exc:
        assert str(exc)
    else:
        assert result["total"] < everything
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", indexed.elasticsearch.index_prefix)
    assert main(["search", "--json", "--", query]) in (0, 2)  # 3 would be an Elasticsearch error
    assert "Traceback" not in capsys.readouterr().err
