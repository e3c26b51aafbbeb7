"""Query construction without Elasticsearch: user text stays a value, filters become term/range clauses."""

from __future__ import annotations

import json

import pytest

from pipeline.search import SearchError, SearchFilters, build_query
from pipeline.search.filters import parse_when


def test_text_is_a_simple_query_string_value_and_a_guard_filter() -> None:
    text = '"}}, "match_all": {}, "x": {"'
    body = build_query(text, 5)
    must = body["query"]["bool"]["must"][0]["simple_query_string"]
    guard = body["query"]["bool"]["filter"][0]["simple_query_string"]
    assert must["query"] == guard["query"] == text.strip() and guard["flags"] == "NONE"
    assert "FUZZY" not in must["flags"] and must["lenient"] is True
    assert json.loads(json.dumps(body)) == body and body["highlight"]["highlight_query"] == {"simple_query_string": must}


@pytest.mark.parametrize("text", ["*", "*:*", "()", "-", "|| &&", ""])
def test_queries_without_words_are_clear_errors(text: str) -> None:
    with pytest.raises(SearchError):
        build_query(text, 5)


def test_bare_star_is_dropped_but_prefix_kept() -> None:
    assert build_query("cease* | *", 5)["query"]["bool"]["must"][0]["simple_query_string"]["query"] == "cease* |"


def test_filters_become_case_insensitive_terms_and_an_undated_aware_range() -> None:
    filters = SearchFilters(countries=("TR", "SY"), persons=("Hakan Fidan",), since="2019-01-01", sort="newest")
    body = build_query("ceasefire", 5, filters)
    clauses = body["query"]["bool"]["filter"][1:]
    assert clauses[0]["bool"]["should"][0] == {"term": {"countries": {"value": "TR", "case_insensitive": True}}}
    assert clauses[1] == {"term": {"persons.keyword": {"value": "Hakan Fidan", "case_insensitive": True}}}
    dates = clauses[2]["bool"]["should"]
    assert dates[0] == {"range": {"published_at": {"gte": "2019-01-01"}}}
    assert dates[1]["bool"]["filter"] == {"range": {"fetched_at": {"gte": "2019-01-01"}}}
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}


def test_filters_alone_search_everything_they_allow() -> None:
    body = build_query("", 5, SearchFilters(stories=("s1",)))
    assert body["query"]["bool"]["must"] == [{"match_all": {}}] and "sort" in body


@pytest.mark.parametrize("value", ["yesterday", "2019-13-01", "01/02/2019", "2019-01-01; DROP"])
def test_bad_dates_are_clear_errors(value: str) -> None:
    with pytest.raises(SearchError, match="ISO date"):
        SearchFilters(since=value)


def test_dates_are_normalised() -> None:
    assert parse_when("2019-01-01", "since") == "2019-01-01"
    assert parse_when("2019-01-01T10:00:00Z", "since") == "2019-01-01T10:00:00+00:00"


def test_a_remembered_passage_may_miss_a_word_and_ranks_by_proximity() -> None:
    text = "the northern bridge in a statement published late"
    query = build_query(text, 5)["query"]["bool"]
    words = query["must"][0]["simple_query_string"]
    assert words["default_operator"] == "or" and words["minimum_should_match"] == "4<-1 10<-20%"
    near = query["should"][0]["bool"]["should"]
    assert near[0] == {"match_phrase": {"text": {"query": text, "slop": 2, "boost": 3.0}}}
    assert {"match_phrase": {"text": {"query": "statement published"}}} in near and len(near) == 3 + 7
    every, kept = query["filter"][-1]["bool"]["should"]  # all the words, or the passage's order
    assert every["simple_query_string"]["default_operator"] == "and"
    pairs = kept["bool"]["should"]
    assert len(pairs) == 7 and kept["bool"]["minimum_should_match"] == "50%"
    assert pairs[0]["multi_match"] == {"query": "the northern", "type": "phrase", "fields": ["text", "title"]}
    ends = kept["bool"]["filter"][0]["multi_match"]
    assert ends["query"] == "the late" and ends["slop"] == 8


@pytest.mark.parametrize("text", ["Idlib ceasefire talks resume", '"northern bridge" statement published late today',
                                  "bridge statement published late -storm", "bridge | statement published late today"])
def test_short_text_and_text_with_operators_keep_every_word_required(text: str) -> None:
    query = build_query(text, 5)["query"]["bool"]
    words = query["must"][0]["simple_query_string"]
    assert words["default_operator"] == "and" and "minimum_should_match" not in words
    assert len(query["filter"]) == 1  # the any-word guard only: no relaxed match to keep in order
    assert ("should" in query) == ('"' not in text and "-" not in text and "|" not in text)


def test_watchlists_match_every_word_without_proximity() -> None:
    from pipeline.search.query import query_parts

    query, _ = query_parts("the northern bridge in a statement published late", SearchFilters())
    assert query["bool"]["must"][0]["simple_query_string"]["default_operator"] == "and"
    assert "should" not in query["bool"]
