"""Every index newsline creates is defined in one form: a JSON file under config/elasticsearch/, read by one loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.index.definitions import DEFINITIONS_DIR, load_definition
from pipeline.index.exceptions import IndexLayoutError
from pipeline.index.replicas import AUTO_EXPAND

INDICES = ("revisions-index", "clusters-index", "events-index", "watchlists-index", "alerts-index")


@pytest.mark.parametrize("name", INDICES)
def test_each_index_definition_loads_with_replicas_and_a_mapping(name: str) -> None:
    body = load_definition(name, {"ANALYZER": "standard"})
    assert "_comment" not in body and "${" not in str(body)
    assert body["settings"]["auto_expand_replicas"] == AUTO_EXPAND
    assert body["mappings"]["properties"]


def test_the_article_template_is_a_definition_too() -> None:
    template = load_definition("article-template", {"ANALYZER": "english"})
    assert template["template"]["settings"]["auto_expand_replicas"] == AUTO_EXPAND
    assert "english" in str(template) and "${ANALYZER}" not in str(template)


def test_every_definition_file_is_known() -> None:
    assert {p.stem for p in DEFINITIONS_DIR.glob("*.json")} == {*INDICES, "article-template"}


def test_an_unreadable_definition_names_its_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\xff{not json")
    with pytest.raises(IndexLayoutError, match="broken.json"):
        load_definition(broken)
    listed = tmp_path / "list.json"
    listed.write_text("[1]")
    with pytest.raises(IndexLayoutError, match="not a JSON object"):
        load_definition(listed)
