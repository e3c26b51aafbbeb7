"""Events in search: the --event filter, the events facet, and the explanations ``newsline show`` prints."""

from __future__ import annotations

from pipeline.cli import render
from pipeline.cli.main import build_parser
from pipeline.search.events import why_event
from pipeline.search.facets import FACETS, aggregations
from pipeline.search.filters import SearchFilters, filter_clauses

EVIDENCE = {"threshold": 0.88, "min_shared": 1, "window_hours": 72.0}


def test_the_event_filter_is_an_exact_term_on_event_id() -> None:
    clauses = filter_clauses(SearchFilters(events=("abc123",)))
    assert clauses == [{"term": {"event_id": {"value": "abc123", "case_insensitive": False}}}]
    assert not SearchFilters(events=("abc123",)).empty


def test_the_events_facet_counts_articles_and_stories_per_event() -> None:
    assert FACETS["events"] == "event_id"
    assert aggregations(5)["events"]["terms"] == {"field": "event_id", "size": 5}
    assert "events: e1 (3 articles, 2 stories)" in render.facets({"events": [{"value": "e1", "count": 3, "stories": 2}]})


def test_search_and_show_take_the_event_options() -> None:
    parser = build_parser()
    assert parser.parse_args(["search", "--event", "e1"]).event == ["e1"]
    assert parser.parse_args(["show", "x", "--why-event"]).why_event


def test_why_event_explains_a_join_a_founding_and_an_unlinked_article() -> None:
    joined = why_event({"event_id": "e1", "event_evidence": {
        **EVIDENCE, "decision": "joined", "candidate": "a1", "candidate_language": "de", "cosine": 0.91,
        "shared": ["name:valparaiso", "country:CL"]}})
    assert joined["explanation"] == ("joined event e1 through article a1 (de): cosine 0.91 >= 0.88, "
                                     "shared name:valparaiso, country:CL")
    founded = why_event({"event_id": "e2", "event_evidence": {
        **EVIDENCE, "decision": "founded", "candidate": "a1", "cosine": 0.86, "rejected": "cosine 0.860 < 0.88"}})
    assert "did not confirm: cosine 0.860 < 0.88" in founded["explanation"]
    alone = why_event({"event_id": "e3", "event_evidence": {**EVIDENCE, "decision": "founded"}})
    assert "no article within 72.0h" in alone["explanation"]
    assert why_event({"id": "x"})["event_id"] is None


def test_why_event_says_a_wire_copy_reused_its_storys_decision() -> None:
    copy = why_event({"event_id": "e1", "story_id": "s1", "event_evidence": {
        **EVIDENCE, "decision": "joined", "same_story": "a1", "candidate": "a1"}})
    assert copy["explanation"].startswith("joined event e1: same story as a1 (a near-duplicate, story s1)")
    assert "nothing embedded" in copy["explanation"] and copy["evidence"]["same_story"] == "a1"


def test_show_lists_the_event_stories_by_language() -> None:
    text = render.document({"id": "x", "event": {"id": "e1", "articles": 3, "stories": 2, "languages": {
        "de": [{"id": "b" * 64, "title": "Erdbeben", "source": "de-desk", "published_at": "2026-11-03", "story": "s"}],
        "en": [{"id": "a" * 64, "title": "Quake", "source": "en-desk", "published_at": "2026-11-03", "story": "t"}]}}})
    assert "event e1: 3 articles, 2 stories" in text
    assert text.index("  de:") < text.index("Erdbeben") < text.index("  en:") < text.index("Quake")
