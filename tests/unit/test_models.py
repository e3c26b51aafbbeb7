import json
from datetime import UTC, datetime

import pytest

from pipeline.models import Article, DeadLetter, Provenance, RecordError, decode, encode
from pipeline.models.urls import article_id_for_url

PROV = Provenance(producer="test", version="1")


def make(**kw: object) -> Article:
    fields = {"title": "A title", "text": "Some body text.", "source": "unit", "extraction": PROV}
    fields.update(kw)
    return Article.build(**fields)  # type: ignore[arg-type]


def test_roundtrip_and_frozen() -> None:
    article = make(url="https://example.com/a?utm_campaign=x")
    assert decode(encode(article), Article) == article
    with pytest.raises(ValueError):
        article.title = "changed"  # type: ignore[misc]


def test_id_derives_from_canonical_url() -> None:
    article = make(url="https://Example.com/a/")
    assert article.canonical_url == "https://example.com/a"
    assert article.id == article_id_for_url("https://example.com/a")
    assert article.hostname == "example.com"


def test_naive_datetimes_become_utc() -> None:
    article = make(published_at=datetime(2020, 1, 14, 10, 0))
    assert article.published_at is not None and article.published_at.tzinfo == UTC


def test_tampered_id_rejected() -> None:
    data = json.loads(encode(make(url="https://example.com/a")))
    data["id"] = "0" * 64
    with pytest.raises(RecordError, match="canonical_url"):
        decode(json.dumps(data).encode(), Article)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"", "empty"),
        (b"not json{", "not JSON"),
        (b"[1, 2]", "expected an object"),
        (b'{"title": "x"}', "not a valid Article"),
        (b"\xff\xfe", "not JSON"),
    ],
)
def test_decode_errors_are_readable(payload: bytes, message: str) -> None:
    with pytest.raises(RecordError, match=message):
        decode(payload, Article)


def test_unknown_schema_version_rejected() -> None:
    data = json.loads(encode(make()))
    data["schema_version"] = 99
    with pytest.raises(RecordError, match="schema_version"):
        decode(json.dumps(data).encode(), Article)


def test_dead_letter_keeps_original_bytes() -> None:
    raw = b"\x00\xffbinary"
    letter = DeadLetter.for_payload(raw, stage="decode", reason="bad", error_type="RecordError")
    assert letter.payload() == raw
    assert letter.payload_text is None
    text = DeadLetter.for_payload(b"plain", stage="decode", reason="bad", error_type="RecordError")
    assert text.payload_text == "plain"
