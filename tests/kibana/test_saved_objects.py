"""The NDJSON saved objects, offline and against the mapping the live Elasticsearch builds from the template."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.index.client import make_client
from pipeline.index.template import TEMPLATE_FILE, load_template
from pipeline.kibana import SAVED_OBJECTS_DIR, SavedObjectsError, load, validate
from pipeline.kibana.fields import field_type, geo_fields, mapping_fields, used_fields
from pipeline.settings import Settings


@pytest.fixture(scope="module")
def objects() -> list[dict[str, Any]]:
    return load(SAVED_OBJECTS_DIR)


def by_id(objects: list[dict[str, Any]], oid: str) -> dict[str, Any]:
    return next(o for o in objects if o["id"] == oid)


def test_objects_are_consistent_offline(objects: list[dict[str, Any]]) -> None:
    validate(objects)
    kinds = {o["type"] for o in objects}
    assert kinds == {"index-pattern", "search", "visualization", "dashboard"}
    view = by_id(objects, "newsline-articles")["attributes"]
    assert view["title"] == "newsline-articles" and view["timeFieldName"] == "published_or_fetched_at"
    assert by_id(objects, "newsline-latest-news")["attributes"]["title"] == "Latest news"
    panels = json.loads(by_id(objects, "newsline-overview")["attributes"]["panelsJSON"])
    assert len(panels) == 13


def test_dashboard_shows_the_required_breakdowns(objects: list[dict[str, Any]]) -> None:
    dashboard = by_id(objects, "newsline-overview")
    shown = set().union(*(used_fields(by_id(objects, ref["id"])) for ref in dashboard["references"]))
    assert {"published_or_fetched_at", "persons.keyword", "organizations.keyword", "places.keyword", "countries", "source",
            "language", "story_id", "quotes.speaker", "story_key",
            "locations.point", "event_id"} <= shown
    assert geo_fields(by_id(objects, "newsline-places-map")) == {"locations.point"}


def test_fastest_growing_stories_are_the_last_24_hours_by_distinct_sources(objects: list[dict[str, Any]]) -> None:
    panel = by_id(objects, "newsline-fastest-growing")
    assert used_fields(panel) == {"source", "story_key", "title.raw", "published_or_fetched_at"}
    aggs = {a["id"]: a for a in json.loads(panel["attributes"]["visState"])["aggs"]}
    assert aggs["1"]["type"] == "cardinality" and aggs["1"]["params"]["field"] == "source"
    assert aggs["2"]["params"]["field"] == "story_key" and aggs["2"]["params"]["orderBy"] == "1"  # most sources first
    search = json.loads(panel["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])
    assert search["query"] == {"query": 'published_or_fetched_at >= "now-24h"', "language": "kuery"}


def test_events_across_languages_are_the_largest_events_split_by_language(objects: list[dict[str, Any]]) -> None:
    panel = by_id(objects, "newsline-events-languages")
    assert panel["attributes"]["title"] == "Events across languages"
    assert used_fields(panel) == {"event_id", "language", "title.raw"}
    aggs = json.loads(panel["attributes"]["visState"])["aggs"]
    buckets = [a["params"]["field"] for a in aggs if a["schema"] == "bucket"]
    assert buckets == ["event_id", "language", "title.raw"]  # each event's rows are its languages
    assert aggs[0]["type"] == "count" and aggs[1]["params"]["orderBy"] == aggs[0]["id"]  # most articles first
    search = json.loads(panel["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])
    assert search["query"] == {"query": "event_id:*", "language": "kuery"}  # linked articles only


@pytest.mark.parametrize("breakage, message", [
    (lambda objs: objs.append(copy.deepcopy(objs[1])), "duplicate saved object"),
    (lambda objs: objs[2]["references"][0].update(id="nope"), "missing index-pattern:nope"),
    (lambda objs: objs[2]["attributes"].update(visState="{not json"), "does not parse"),
    (lambda objs: objs[-1]["attributes"].update(panelsJSON=objs[-1]["attributes"]["panelsJSON"].replace(
        "panel_p1", "panel_zz", 1)), "missing reference 'panel_zz'"),
    (lambda objs: objs[-1]["attributes"].update(panels=[]), "unknown dashboard attribute 'panels'"),
    (lambda objs: objs[0].pop("typeMigrationVersion"), "index-pattern:newsline-articles: typeMigrationVersion None, "
                                                        "Kibana 9.2 writes '8.0.0'"),
    (lambda objs: objs[-1].update(typeMigrationVersion="10.4.0"), "typeMigrationVersion '10.4.0', Kibana 9.2 writes "
                                                                 "'10.3.0'"),
    (lambda objs: objs[2].update(coreMigrationVersion="9.2.8"), "coreMigrationVersion '9.2.8'"),
    (lambda objs: objs[-1]["attributes"].pop("timeFrom"), "timeRestore needs timeFrom and timeTo"),
    (lambda objs: objs[1]["attributes"].update(columns=["title"]), "first tab's attributes differ"),
    (lambda objs: objs[1]["attributes"].update(tabs=[]), "needs at least one tab"),
])
def test_each_kind_of_breakage_is_reported(objects: list[dict[str, Any]], breakage: Any, message: str) -> None:
    broken = copy.deepcopy(objects)
    breakage(broken)
    with pytest.raises(SavedObjectsError, match=message):
        validate(broken)


def test_objects_carry_the_migration_versions_kibana_9_2_writes(objects: list[dict[str, Any]]) -> None:
    versions = {(o["type"], o["coreMigrationVersion"], o["typeMigrationVersion"]) for o in objects}
    assert versions == {("index-pattern", "8.8.0", "8.0.0"), ("search", "8.8.0", "10.9.0"),
                        ("visualization", "8.8.0", "8.5.0"), ("dashboard", "8.8.0", "10.3.0")}
    assert all(o["managed"] is False for o in objects)


def test_dashboard_restores_the_last_30_days_and_refreshes(objects: list[dict[str, Any]]) -> None:
    attributes = by_id(objects, "newsline-overview")["attributes"]
    assert (attributes["timeRestore"], attributes["timeFrom"], attributes["timeTo"]) == (True, "now-30d", "now")
    assert attributes["refreshInterval"] == {"pause": False, "value": 60000}


def test_latest_news_sorts_by_the_time_field_every_document_has(objects: list[dict[str, Any]]) -> None:
    search = by_id(objects, "newsline-latest-news")["attributes"]
    assert search["sort"] == [["published_or_fetched_at", "desc"]]
    assert search["tabs"][0]["attributes"]["sort"] == search["sort"]


def live_mapping(settings: Settings, template: Path, name: str) -> dict[str, Any]:
    """Create an index from ``template`` (with this test's index prefix) and GET its mapping."""
    es = settings.elasticsearch
    index = f"{es.index_prefix}-v{name}"
    with make_client(es) as client:
        client.indices.put_index_template(name=f"{es.index_prefix}-{name}", **{
            **load_template(es, template), "priority": 300, "index_patterns": [index]})
        try:
            client.indices.create(index=index)
            return dict(client.indices.get_mapping(index=index)[index])
        finally:
            client.indices.delete(index=index, ignore_unavailable=True)
            client.indices.delete_index_template(name=f"{es.index_prefix}-{name}")


@pytest.mark.integration
def test_every_visualised_field_exists_in_the_live_mapping(pipeline_settings: Settings, objects: list) -> None:
    mapping = live_mapping(pipeline_settings, TEMPLATE_FILE, "100")
    validate(objects, mapping)
    used = set().union(*map(used_fields, objects))
    assert "persons.keyword" in used and used <= mapping_fields(mapping)
    assert mapping["mappings"]["properties"]["published_or_fetched_at"] == {"type": "date"}
    assert field_type(mapping, "locations.point") == "geo_point"


@pytest.mark.integration
def test_the_map_field_is_an_aggregatable_geo_point_of_the_live_index(pipeline_settings: Settings,
                                                                     objects: list) -> None:
    es = pipeline_settings.elasticsearch
    mapped = set().union(*map(geo_fields, objects))
    with make_client(es) as client:
        caps = client.field_caps(index=es.read_alias, fields=sorted(mapped))["fields"]
    assert mapped == {"locations.point"}
    assert caps["locations.point"]["geo_point"]["aggregatable"] is True


@pytest.mark.integration
def test_a_map_field_that_is_not_a_geo_point_fails_validation(
    pipeline_settings: Settings, objects: list, tmp_path: Path
) -> None:
    body = json.loads(TEMPLATE_FILE.read_text())
    body["template"]["mappings"]["properties"]["locations"]["properties"]["point"] = {"type": "keyword"}
    template = tmp_path / "keyword-point.json"
    template.write_text(json.dumps(body))
    with pytest.raises(SavedObjectsError, match="visualization:newsline-places-map maps field 'locations.point', "
                                                "which is a keyword, not a geo_point"):
        validate(objects, live_mapping(pipeline_settings, template, "103"))


@pytest.mark.integration
def test_a_time_field_that_is_not_a_date_fails_validation(
    pipeline_settings: Settings, objects: list, tmp_path: Path
) -> None:
    body = json.loads(TEMPLATE_FILE.read_text())
    body["template"]["mappings"]["properties"]["published_or_fetched_at"] = {"type": "keyword"}
    template = tmp_path / "keyword-time.json"
    template.write_text(json.dumps(body))
    with pytest.raises(SavedObjectsError, match="time field 'published_or_fetched_at' is a keyword, not a date"):
        validate(objects, live_mapping(pipeline_settings, template, "102"))


@pytest.mark.integration
def test_removing_a_visualised_field_from_the_template_fails_validation(
    pipeline_settings: Settings, objects: list, tmp_path: Path
) -> None:
    body = json.loads(TEMPLATE_FILE.read_text())
    del body["template"]["mappings"]["properties"]["persons"]
    del body["template"]["mappings"]["properties"]["story_id"]
    template = tmp_path / "without-persons.json"
    template.write_text(json.dumps(body))
    with pytest.raises(SavedObjectsError) as error:
        validate(objects, live_mapping(pipeline_settings, template, "101"))
    assert "visualization:newsline-top-people uses field 'persons.keyword'" in str(error.value)
    assert "visualization:newsline-story-clusters uses field 'story_id'" in str(error.value)
    assert "search:newsline-latest-news uses field 'persons'" in str(error.value)


@pytest.mark.integration
def test_cli_validate_checks_the_read_alias_mapping(
    pipeline_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.cli import main

    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", pipeline_settings.elasticsearch.index_prefix)
    assert main(["kibana", "validate", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["objects"] == len(load(SAVED_OBJECTS_DIR))
    assert {"persons.keyword", "quotes.speaker"} <= set(report["fields_used"])
    assert "revision" in report["fields_used"], "the Edited articles search is checked against the mapping"
