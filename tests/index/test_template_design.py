"""The article template's design, offline: analyzer setting, exact-match sub-fields, dates and numbers."""

from __future__ import annotations

import re

from pipeline.index.template import load_template, mapping_version
from pipeline.settings import PROJECT_ROOT, ElasticsearchSettings


def props(analyzer: str = "standard") -> dict:
    return load_template(ElasticsearchSettings(analyzer=analyzer, index_prefix="news"))["template"]["mappings"]["properties"]


def test_analyzer_is_the_setting_everywhere() -> None:
    english = props("english")
    text_fields = [name for name, spec in english.items() if spec.get("type") == "text"]
    assert {"title", "text", "description", "persons", "organizations", "places"} <= set(text_fields)
    assert all(english[name]["analyzer"] == "english" for name in text_fields)
    assert all(props()[name]["analyzer"] == "standard" for name in text_fields)


def test_fields_people_filter_on_are_exact_keywords() -> None:
    p = props()
    for name in ("authors", "persons", "organizations", "places", "groups", "keywords"):
        assert p[name]["fields"]["keyword"]["type"] == "keyword", name
    for name in ("source", "hostname", "language", "countries", "primary_country", "story_id"):
        assert p[name]["type"] == "keyword", name
    assert p["title"]["fields"]["raw"]["type"] == "keyword"
    assert {p[n]["type"] for n in ("published_at", "fetched_at", "indexed_at", "modified_at", "feed_published_at")} \
        == {"date"}
    assert {p[n]["type"] for n in ("author_organizations", "published_precision", "published_zone")} == {"keyword"}
    assert p["word_count"]["type"] == "integer" and p["reading_time_minutes"]["type"] == "float"
    assert p["entities"]["properties"]["name"]["type"] == "keyword"


def test_pattern_version_and_no_placeholders_left() -> None:
    body = load_template(ElasticsearchSettings(index_prefix="news"))
    assert body["index_patterns"] == ["news-v*"] and mapping_version(body) >= 2
    assert body["template"]["mappings"]["dynamic"] == "strict"
    raw = (PROJECT_ROOT / "config" / "elasticsearch" / "article-template.json").read_text()
    assert set(re.findall(r"\$\{(\w+)\}", raw)) == {"ANALYZER"}
