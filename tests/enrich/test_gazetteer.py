"""The gazetteer: curated files load, fix labels and canonical names, record their list; bad files fail clearly."""

from pathlib import Path

import pytest

from pipeline.enrich.entities.gazetteer import DIRECTORY, GazetteerError, default, load_gazetteer
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.mentions import prepare
from pipeline.enrich.entities.merge import merge


def test_project_files_load_with_sources_labels_and_no_name_twice() -> None:
    gazetteer = load_gazetteer(DIRECTORY)  # raises on a duplicate name, a missing source or a bad label
    assert {e.source for e in gazetteer.entries.values()} >= {"sports-clubs", "news-agencies", "companies",
                                                               "institutions", "political-parties"}
    assert gazetteer.lookup("the Toffees").name == "Everton"  # type: ignore[union-attr]
    assert gazetteer.is_given_name("Omer") and not gazetteer.is_given_name("Ozkizilcik")
    assert len(gazetteer.digest) == 12


def test_club_labelled_person_becomes_the_listed_organisation_under_its_canonical_name() -> None:
    text = "Everton lost. The Toffees have won once, and Everton fans were angry."
    found = [Mention("Everton", "PERSON", 0, 7), Mention("The Toffees", "ORG", 14, 25), Mention("Everton", "PERSON", 45, 52)]
    (everton,) = merge(prepare(found, text), text)
    assert (everton.name, everton.kind, everton.count, everton.gazetteer) == ("Everton", "organization", 3, "sports-clubs")


def test_listed_name_the_model_missed_is_found_in_the_text() -> None:
    text = "The deal makes Norvik third behind Maersk and MSC, Hakan Fidan said."
    entities = merge(prepare([Mention("Hakan Fidan", "PERSON", 51, 62)], text), text)
    assert {(e.name, e.gazetteer) for e in entities if e.kind == "organization"} == {("Maersk", "companies"),
                                                                                   ("MSC", "companies")}


def _write(directory: Path, name: str, body: str) -> None:
    (directory / name).write_text(body, encoding="utf-8")


def test_a_name_listed_twice_fails_naming_both_files(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", "source: test\nlabel: ORG\nentries:\n  Acme: [ACM]\n")
    _write(tmp_path, "b.yaml", "source: test\nlabel: ORG\nentries:\n  ACM: []\n")
    with pytest.raises(GazetteerError, match="b.yaml: 'ACM' is already listed in a.yaml"):
        load_gazetteer(tmp_path)


def test_a_file_without_source_or_with_an_unknown_label_fails(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", "label: ORG\nentries:\n  Acme: []\n")
    with pytest.raises(GazetteerError, match="a.yaml: needs 'source'"):
        load_gazetteer(tmp_path)
    _write(tmp_path, "a.yaml", "source: test\nlabel: COMPANY\nentries:\n  Acme: []\n")
    with pytest.raises(GazetteerError, match="label"):
        load_gazetteer(tmp_path)


def test_default_is_loaded_once() -> None:
    assert default() is default()


def test_a_missing_gazetteer_directory_is_an_error_not_an_empty_list(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="does not exist"):
        load_gazetteer(tmp_path / "missing")


def test_names_in_japanese_or_chinese_script_are_found_in_such_text_only(tmp_path: Path) -> None:
    _write(tmp_path, "a.yaml", "source: test\nlabel: ORG\nentries:\n  United Nations: [UN, 联合国, 国連]\n")
    gazetteer = load_gazetteer(tmp_path)
    found = list(gazetteer.find("据新华社报道，联合国 and the UN said"))
    assert found == [(7, 10, "联合国"), (19, 21, "UN")]  # in order, whatever the script
    assert list(gazetteer.find("the UN said")) == [(4, 6, "UN")]
    assert gazetteer.pattern is not None and "联合国" not in gazetteer.pattern.pattern  # an English text's pattern
    assert list(gazetteer.find("国連安保理")) == []  # inside a run of characters: not standing alone
