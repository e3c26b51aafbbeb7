"""Pure logic of watchlists, alerts, signatures and the lead field (no services)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.index.document import add_search_fields, lead
from pipeline.settings import PROJECT_ROOT
from pipeline.watch import webhook
from pipeline.watch.exceptions import WatchlistInvalid
from pipeline.watch.match import Match, matched_terms, search_body
from pipeline.watch.model import Watchlist, load_file, parse


def test_lead_keeps_whole_first_paragraphs_up_to_the_word_budget() -> None:
    text = "One two three.\n\nFour five six seven.\n\n" + "word " * 100
    assert lead(text, 10) == "One two three.\n\nFour five six seven."
    assert lead("a " * 100, 5) == "a a a a a"  # a first paragraph longer than the budget is cut


def test_story_key_is_the_story_or_the_article_itself() -> None:
    assert add_search_fields({"id": "a1", "story_id": "s1", "text": "x"})["story_key"] == "s1"
    assert add_search_fields({"id": "a1", "story_id": None, "text": "x"})["story_key"] == "a1"


def test_signature_is_hmac_sha256_of_timestamp_and_body() -> None:
    sig = webhook.signature(b"k", "1700000000", b'{"a":1}')
    assert sig == "sha256=" + __import__("hmac").new(b"k", b'1700000000.{"a":1}', "sha256").hexdigest()
    assert webhook.verify(b"k", "1700000000", b'{"a":1}', sig)
    assert not webhook.verify(b"k", "1700000001", b'{"a":1}', sig)


@pytest.mark.parametrize("entry, message", [
    ({"name": "Bad Name", "query": "x"}, "name"),
    ({"name": "empty"}, "query words or at least one filter"),
    ({"name": "stars", "query": "* | -"}, "no words"),
    ({"name": "hook", "query": "x", "webhook": "file:///etc/passwd"}, "http"),
    ({"name": "typo", "query": "x", "persons_": ["A"]}, "persons_"),
])
def test_bad_watchlists_are_clear_errors(entry: dict, message: str) -> None:
    with pytest.raises(WatchlistInvalid, match=message):
        parse(entry, "file", "test")


def test_the_shipped_file_and_its_documented_example_parse(tmp_path: Path) -> None:
    shipped = PROJECT_ROOT / "config" / "watchlists.yaml"
    assert load_file(shipped) == []
    example = [line[2:] for line in shipped.read_text().splitlines() if line.startswith("# ") and
               (line.startswith("#   ") or line.startswith("# watchlists:"))]
    path = tmp_path / "w.yaml"
    path.write_text("\n".join(example) + "\n")
    found = load_file(path)
    assert [w.name for w in found] == ["idlib", "fidan", "quake-breaking"]
    assert found[1].webhook and found[1].persons == ("Hakan Fidan",)
    assert found[2].min_sources == 5 and found[0].min_sources is None


def test_repeated_names_in_the_file_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text("watchlists:\n  - {name: a, query: x}\n  - {name: a, query: y}\n")
    with pytest.raises(WatchlistInvalid, match="repeat"):
        load_file(path)


def test_a_watchlist_search_is_its_query_restricted_to_the_batch_ids() -> None:
    w = Watchlist(name="w", query="ceasefire Idlib", countries=("SY",))
    body = search_body(w, ["a", "b"])
    filters = body["query"]["bool"]["filter"]
    assert filters[-1] == {"ids": {"values": ["a", "b"]}} and body["size"] == 2
    assert {"term": {"countries": {"value": "SY", "case_insensitive": True}}} in filters
    hit = {"highlight": {"title": ["<<Ceasefire>> in <<Idlib>>"], "text": ["the <<ceasefire>> held"]}}
    assert matched_terms(w, hit) == ("ceasefire", "idlib", "country:SY")
    match = Match(w, {"id": "a", "story_id": None}, ())
    assert match.story_key == "a"
