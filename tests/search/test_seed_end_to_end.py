"""The real seed through replay -> enrich -> index, then the search CLI: query, highlight, date filter, JSON."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.runner import run_until_idle
from pipeline.search import SearchFilters, search, show_document
from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.sources.replay import replay_paths

pytestmark = pytest.mark.integration

SEED_TITLE = "Top Syrian and Turkish intelligence officials meet in Russia to discuss Idlib"


@pytest.fixture
def seeded(pipeline_settings: Settings) -> Settings:
    return pipeline_settings


def test_seed_is_found_with_snippet_filters_and_json(
    seeded: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pipeline_settings = seeded
    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)
    assert replay_paths([PROJECT_ROOT / "seeds"], pipeline_settings).published == 1
    assert run_until_idle(pipeline_settings)["indexed"] == 1

    result = search(pipeline_settings, "ceasefire", filters=SearchFilters(since="2019-01-01", languages=("en",)))
    assert [h["title"] for h in result["hits"]] == [SEED_TITLE] and "<<ceasefire>>" in result["hits"][0]["snippet"]
    assert search(pipeline_settings, "ceasefire", filters=SearchFilters(until="2019-01-01"))["total"] == 0
    assert result["facets"]["sources"] == [{"value": "seeds", "count": 1, "stories": 1}]
    stored = show_document(pipeline_settings, result["hits"][0]["id"])
    assert stored["indexed_at"] >= stored["fetched_at"][:10]
    if stored.get("countries"):  # once enrichment emits countries, the seed is about Turkey
        tr = search(pipeline_settings, "ceasefire", filters=SearchFilters(countries=("TR",), since="2019-01-01"))
        assert tr["total"] == 1

    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", pipeline_settings.elasticsearch.index_prefix)
    assert main(["search", "ceasefire", "--since", "2019-01-01", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["hits"][0]["title"] == SEED_TITLE and "facets" in data
    assert main(["search", "ceasefire", "--since", "2019-01-01"]) == 0
    assert "[ceasefire]" in capsys.readouterr().out
    for nasty in ('{"query":{"match_all":{}}}', "*:*", "ceasefire AND (", '"', "\\"):
        assert main(["search", "--json", "--", nasty]) in (0, 2)
        out = capsys.readouterr().out
        assert not out or json.loads(out)["total"] <= 1
