"""``newsline search --near PLACE --within D``: places resolved by the enrichment's resolver, a geo_distance filter
on ``locations.point``; an article enriched with places is indexed and found near them (real Elasticsearch)."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.cli.search import near_filter
from pipeline.enrich.enricher import enrich
from pipeline.enrich.steps import ENTITIES, FINGERPRINT, LANGUAGE, LOCATIONS, METRICS
from pipeline.index.client import make_client
from pipeline.index.sink import ElasticsearchSink
from pipeline.models import Article, Provenance
from pipeline.search import SearchError, SearchFilters
from pipeline.search.filters import Near, filter_clauses, parse_distance
from pipeline.settings import Settings


@pytest.fixture(autouse=True)
def keep_log_capture(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)  # main() would replace pytest's handlers


@pytest.mark.parametrize("text, expected", [("50km", "50km"), (" 2.5 KM ", "2.5km"), ("800m", "800m"), ("30mi", "30mi")])
def test_distances_are_normalised(text: str, expected: str) -> None:
    assert parse_distance(text) == expected


@pytest.mark.parametrize("text", ["50", "far", "-3km", "0km", "50 parsecs"])
def test_a_bad_distance_is_a_clear_error(text: str) -> None:
    with pytest.raises(SearchError, match="--within wants a distance"):
        parse_distance(text)


def test_near_resolves_the_place_and_filters_on_the_location_points() -> None:
    near, place = near_filter("Paris, Texas", "30km")
    assert near == Near(33.66094, -95.55551, "30km") and place is not None and place["country"] == "US"
    assert filter_clauses(SearchFilters(near=near)) == [
        {"geo_distance": {"distance": "30km", "locations.point": {"lat": 33.66094, "lon": -95.55551}}}]
    assert near_filter("Paris", None)[0] == Near(48.85341, 2.3488, "50km")
    assert near_filter(None, None) == (None, None)


def test_an_unknown_place_or_a_lone_within_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--near", "Nowhereville Upon Sea"]) == 2
    assert "no place called 'Nowhereville Upon Sea'" in capsys.readouterr().err
    assert main(["search", "storm", "--within", "10km"]) == 2
    assert "--within needs --near" in capsys.readouterr().err
    assert main(["search", "--near", "Paris", "--within", "far"]) == 2
    assert "--within wants a distance" in capsys.readouterr().err


def article(title: str, text: str, n: int) -> Article:
    return Article.build(title=title, text=text, url=f"https://geo.example.com/{n}", source="geo",
                         extraction=Provenance(producer="test", version="1"))


@pytest.mark.integration
def test_an_enriched_article_is_found_near_its_places(
    pipeline_settings: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = (LANGUAGE, METRICS, FINGERPRINT, ENTITIES, LOCATIONS)
    texan = enrich(article("Tornado hits Paris, Texas", "A tornado tore through Paris, Texas, on Monday. Emergency "
                           "crews from Dallas reached the town by evening, the mayor of Paris said.", 1), steps)
    french = enrich(article("Strike in Paris", "Unions marched through Paris and Lyon on Tuesday as France braced "
                            "for a week of strikes.", 2), steps)
    assert {loc.geonames_id for loc in texan.enrichment.locations} >= {"4717560", "4684888"}  # Paris TX, Dallas
    assert "2988507" in {loc.geonames_id for loc in french.enrichment.locations}  # Paris, France
    sink = ElasticsearchSink(pipeline_settings)
    try:
        assert sorted(sink.write([texan, french]).written()) == sorted([texan.id, french.id])
    finally:
        sink.close()
    es = pipeline_settings.elasticsearch
    with make_client(es) as client:
        client.indices.refresh(index=es.read_alias)
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", es.index_prefix)

    def found(*argv: str) -> set[str]:
        assert main(["search", *argv, "--json", "--all-copies"]) == 0
        return {hit["id"] for hit in json.loads(capsys.readouterr().out)["hits"]}

    assert found("--near", "Paris, Texas", "--within", "50km") == {texan.id}
    assert found("--near", "Paris") == {french.id}
    assert found("--near", "Versailles", "--within", "30km") == {french.id}  # 17 km from Paris
    assert found("--near", "Berlin", "--within", "300km") == set()
    assert found("tornado", "--near", "Dallas", "--within", "200km") == {texan.id}
