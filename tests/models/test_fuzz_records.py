"""The record decoder on arbitrary bytes and JSON: a record or RecordError, never anything else."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.models import Article, DeadLetter, EnrichedArticle, Provenance, RecordError, decode, encode
from tests.support.strategies import JSON

pytestmark = pytest.mark.fuzz

MODELS = st.sampled_from([Article, EnrichedArticle, DeadLetter])
VALID = json.loads(encode(Article.build(title="T", text="Body", url="https://example.com/a", source="s",
                                        extraction=Provenance(producer="t", version="1"))))


def decodes_or_record_error(payload: bytes, model: Any) -> None:
    try:
        record = decode(payload, model)
    except RecordError as exc:
        assert str(exc)  # a readable reason, for the dead letter
        return
    assert isinstance(record, model)
    assert decode(encode(record), model) == record  # what was accepted round-trips


@given(st.binary(max_size=300), MODELS)
@example(b"\xef\xbb\xbf{}", Article)
@example(b"[" * 5000, Article)
@example(b'{"a": ' * 2000, Article)
def test_arbitrary_bytes(payload: bytes, model: Any) -> None:
    decodes_or_record_error(payload, model)


@given(JSON, MODELS)
def test_arbitrary_json(value: Any, model: Any) -> None:
    decodes_or_record_error(json.dumps(value).encode(), model)


@given(st.dictionaries(st.sampled_from(sorted(VALID)), JSON, max_size=4))
@example({"fetched_at": "1969-12-31T23:59:59Z"})
@example({"url": "http://[x", "canonical_url": None})
@example({"url": "https://bob:hunter2@example.com/a"})
@example({"schema_version": "1.999"})
@example({"schema_version": False})  # was accepted as version 0, then refused on re-reading
@example({"schema_version": "0"})
def test_an_article_with_fields_replaced(changes: dict[str, Any]) -> None:
    decodes_or_record_error(json.dumps({**VALID, **changes}).encode(), Article)
