import json
from datetime import UTC, datetime

import pytest

from pipeline.models import (
    Article,
    DeadLetter,
    EnrichedArticle,
    Enrichment,
    Entity,
    LanguageGuess,
    PayloadNotStoredError,
    Provenance,
    RecordError,
    SchemaVersionError,
    decode,
    encode,
)
from pipeline.models.limits import RecordTooLargeError, TextLimits, apply_limits, encode_within, truncate_utf8
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


def test_newer_major_schema_version_rejected_with_a_reason_that_says_so() -> None:
    data = json.loads(encode(make()))
    data["schema_version"] = 2
    del data["title"]  # a newer major version's shape: the version is reported, not the missing field
    with pytest.raises(SchemaVersionError, match=r"^schema_version 2 is newer than this build reads \(1\)$"):
        decode(json.dumps(data).encode(), Article)


def test_older_major_schema_version_rejected() -> None:
    data = json.loads(encode(make()))
    data["schema_version"] = 0
    with pytest.raises(RecordError, match=r"schema_version 0 is older than this build reads \(1\)"):
        decode(json.dumps(data).encode(), Article)


def enriched_record() -> EnrichedArticle:
    entity = Entity(name="Hakan Fidan", label="PERSON", kind="person", count=1)
    enrichment = Enrichment(language=LanguageGuess(code="en", confidence=0.9), word_count=3,
                            reading_time_minutes=0.1, content_fingerprint="ab", entities=(entity,))
    return EnrichedArticle(article=make(), enrichment=enrichment)


def test_unknown_extra_fields_of_the_same_major_version_are_ignored() -> None:
    article = make()
    data = json.loads(encode(article))
    data["added_in_1_1"] = {"anything": [1, 2]}
    assert decode(json.dumps(data).encode(), Article) == article

    record = enriched_record()
    data = json.loads(encode(record))
    data["new_top"] = 1
    data["article"]["new_article_field"] = "x"
    data["enrichment"]["sentiment"] = 0.3
    data["enrichment"]["entities"][0]["wikidata"] = "Q123"
    assert decode(json.dumps(data).encode(), EnrichedArticle) == record


def test_models_stay_frozen() -> None:
    record = enriched_record()
    with pytest.raises(ValueError):
        record.enrichment.word_count = 9  # type: ignore[misc]
    with pytest.raises(ValueError):
        record.enrichment.entities[0].count = 9  # type: ignore[misc]


def test_nested_newer_article_in_an_enriched_record_names_where() -> None:
    data = json.loads(encode(enriched_record()))
    data["article"]["schema_version"] = 3
    with pytest.raises(SchemaVersionError, match=r"^article: schema_version 3 is newer than this build reads"):
        decode(json.dumps(data).encode(), EnrichedArticle)


def test_dead_letter_newer_major_version_rejected() -> None:
    letter = DeadLetter.for_payload(b"x", stage="decode", reason="bad", error_type="RecordError")
    data = json.loads(encode(letter))
    data["schema_version"] = 2
    with pytest.raises(SchemaVersionError, match="schema_version 2 is newer"):
        decode(json.dumps(data).encode(), DeadLetter)


def test_dead_letter_keeps_non_utf8_bytes_as_base64_only() -> None:
    raw = b"\x00\xffbinary"
    letter = DeadLetter.for_payload(raw, stage="decode", reason="bad", error_type="RecordError")
    assert letter.payload() == raw
    assert letter.payload_stored == "base64" and letter.payload_text is None and letter.payload_b64
    assert letter.payload_size == len(raw) and letter.matches(raw)
    assert decode(encode(letter), DeadLetter) == letter


def test_dead_letter_keeps_text_once() -> None:
    text = DeadLetter.for_payload(b"plain", stage="decode", reason="bad", error_type="RecordError")
    assert text.payload_stored == "text" and text.payload_text == "plain" and text.payload_b64 is None


def test_dead_letter_of_a_544_kb_record_is_about_544_kb() -> None:
    raw = encode(make(text="word " * 108_800))  # ~544 KB of JSON
    letter = DeadLetter.for_payload(raw, stage="enrich", reason="r", error_type="E", topic="t", partition=0, offset=1)
    size = len(encode(letter))
    assert letter.payload_stored == "text"
    assert len(raw) > 540_000 and size < len(raw) * 1.05  # was 1.41 MB with base64 and text both


def test_dead_letter_over_the_inline_limit_is_stored_by_reference() -> None:
    raw = b"x" * 5000
    letter = DeadLetter.for_payload(raw, max_payload_bytes=4096, stage="index:rejected", reason="r",
                                    error_type="E", topic="t.raw", partition=1, offset=42, key="k")
    assert letter.payload_stored == "reference" and letter.payload_text is None and letter.payload_b64 is None
    assert letter.position == "t.raw[1]@42" and letter.matches(raw) and not letter.matches(raw + b"x")
    assert len(encode(letter)) < 1000
    with pytest.raises(PayloadNotStoredError, match=r"stored by reference to t.raw\[1\]@42"):
        letter.payload()
    unpositioned = DeadLetter.for_payload(raw, max_payload_bytes=4096, stage="s", reason="r", error_type="E")
    assert unpositioned.payload_stored == "text"  # nothing to refer to: kept inline


def test_dead_letter_written_by_the_previous_layout_is_read_with_one_form() -> None:
    legacy = {"stage": "decode", "reason": "r", "error_type": "E", "payload_b64": "aGk=", "payload_text": "hi",
              "failed_at": "2024-01-01T00:00:00Z"}
    letter = decode(json.dumps(legacy).encode(), DeadLetter)
    assert letter.payload_stored == "text" and letter.payload_b64 is None and letter.payload() == b"hi"


def test_truncation_cuts_on_a_character_boundary_and_records_the_original_size() -> None:
    text = "é" * 1000  # 2 bytes each
    article = make(text=text, title="T" * 50)
    limited = apply_limits(article, TextLimits(max_text_bytes=1001, max_title_chars=20))
    assert limited.text == "é" * 500 and len(limited.text.encode()) == 1000
    assert limited.title == "T" * 20
    assert limited.truncated and limited.original_text_bytes == 2000 and limited.original_title_chars == 50
    assert limited.id == article.id
    assert decode(encode(limited), Article) == limited
    small = make()
    assert apply_limits(small, TextLimits(1001, 20)) is small
    long_page_title = small.model_copy(update={"page_title": "P" * 30})
    assert apply_limits(long_page_title, TextLimits(1001, 20)).page_title == "P" * 20
    assert not small.truncated and small.original_text_bytes is None


def test_truncation_of_multibyte_characters_never_splits_one() -> None:
    assert truncate_utf8("a€b", 3) == "a"
    assert truncate_utf8("a€b", 4) == "a€"
    assert truncate_utf8("short", 100) == "short"


def test_record_too_large_for_a_message_is_refused() -> None:
    article = make(text="x" * 10_000)
    with pytest.raises(RecordTooLargeError, match="over kafka.max_message_bytes 8000"):
        encode_within(article, 8000)
    assert encode_within(article, 20_000) == encode(article)
