"""Search options and filters from the command line: SearchError with a message, or a query Elasticsearch can
take; never another exception."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.search.exceptions import SearchError
from pipeline.search.filters import SearchFilters, filter_clauses, sort_clause
from pipeline.search.options import SearchOptions
from pipeline.search.query import clean_text, query_parts
from pipeline.settings import SearchSettings

pytestmark = pytest.mark.fuzz

WHEN = st.one_of(st.none(), st.text(max_size=30),
                 st.sampled_from(["2019-01-01", "2019-01-01T12:00:00Z", "2019-13-01", "0000-01-01", "2019-01-01 ",
                                  "\uff12\uff10\uff11\uff19-01-01", "9999-12-31T23:59:59.999999+23:59", "1e9"]))
VALUES = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(["", " ", "\x00", "a" * 300])), max_size=3).map(tuple)


@given(st.text(max_size=300))
@example("*")
@example("\"unbalanced")
@example("a" * 5000)
@example("((((((((((a")
@example("-")
def test_query_text(text: str) -> None:
    try:
        cleaned = clean_text(text)
    except SearchError as exc:
        assert str(exc)
        return
    query, _ = query_parts(cleaned, SearchFilters())
    json.dumps(query)


@given(sources=VALUES, persons=VALUES, since=WHEN, until=WHEN,
       sort=st.one_of(st.sampled_from(["relevance", "newest", "hybrid"]), st.text(max_size=8)), edited=st.booleans())
def test_filters(sources: tuple[str, ...], persons: tuple[str, ...], since: str | None, until: str | None, sort: str,
                 edited: bool) -> None:
    try:
        filters = SearchFilters(sources=sources, persons=persons, since=since, until=until, sort=sort,  # type: ignore[arg-type]
                                edited=edited)
        clauses = filter_clauses(filters)
    except SearchError as exc:
        assert str(exc)
        return
    json.dumps(clauses)
    sort_clause(filters, has_text=True)


@given(offset=st.integers(-(2**40), 2**40), half_life=st.one_of(st.text(max_size=8),
                                                                 st.sampled_from(["7d", "0d", "30m", "12h", "1w"])),
       collapse=st.booleans(), first_seen=st.booleans())
@example(offset=0, half_life="\uff17d", collapse=True, first_seen=False)  # a fullwidth digit
@example(offset=0, half_life="7d\n", collapse=True, first_seen=False)
def test_options(offset: int, half_life: str, collapse: bool, first_seen: bool) -> None:
    try:
        options = SearchOptions.from_settings(SearchSettings(), offset=offset, half_life=half_life, collapse=collapse,
                                              first_seen=first_seen)
    except SearchError as exc:
        assert str(exc)
        return
    assert 0 <= options.offset <= 10_000
    assert options.half_life[-1] in "mhd" and options.half_life[:-1].isascii() and options.half_life[:-1].isdigit()
