"""The replay file readers (.txt, .html, .json) on arbitrary bytes: every file yields articles or SourceErrors
naming it, and raises nothing (one bad file never stops the others)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.models import Article
from pipeline.sources.exceptions import SourceError
from pipeline.sources.files import read_file
from tests.support.strategies import JSON

pytestmark = pytest.mark.fuzz

SUFFIXES = st.sampled_from([".txt", ".html", ".json", ".htm", ".TXT", ""])
ARTICLE_FIELDS = st.fixed_dictionaries({}, optional={
    "title": st.one_of(st.text(max_size=20), JSON), "text": st.one_of(st.text(max_size=40), JSON),
    "url": st.one_of(st.sampled_from(["http://[x", "https://example.com:99999/a", "https://u:p@example.com/a", ""]),
                     st.text(max_size=20)),
    "published_at": st.one_of(st.text(max_size=12), st.integers()), "id": st.text(max_size=64),
    "fetched_at": st.sampled_from(["1969-01-01T00:00:00Z", "0001-01-01", "x"]),
})


def read_all(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(content)
        for item in read_file(path):
            assert isinstance(item, Article | SourceError)
            if isinstance(item, SourceError):
                assert str(path) in str(item)


@given(st.binary(max_size=300), SUFFIXES)
def test_any_bytes(content: bytes, suffix: str) -> None:
    read_all(content, suffix)


@given(st.one_of(ARTICLE_FIELDS, st.lists(ARTICLE_FIELDS, max_size=3), JSON))
def test_json_articles(value: Any) -> None:
    read_all(json.dumps(value).encode(), ".json")
