import pytest

from pipeline.enrich import Step, StepError, enrich
from pipeline.enrich.steps.entities import ENTITIES
from pipeline.enrich.steps.fingerprint import hamming, simhash
from pipeline.enrich.steps.language import identify
from pipeline.enrich.steps.metrics import count_words
from pipeline.index.document import article_document
from pipeline.models import Article, Provenance
from tests.sources.test_files import SEED, only

GERMAN = "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Stärkung der Wirtschaft beschlossen."


def seed() -> Article:
    article = only(SEED)
    assert isinstance(article, Article)
    return article


def test_language_of_seed_is_english() -> None:
    enriched = enrich(seed())
    assert enriched.enrichment.language.code == "en"
    assert enriched.enrichment.language.confidence > 0.9


def test_language_german_and_empty() -> None:
    assert identify(GERMAN)[0] == "de"
    assert identify("   ") == (None, 0.0)
    assert identify("\ufeff\n\ufeff") == (None, 0.0)  # a lone BOM in title and text: not Japanese
    assert identify("2024 - 12:30 !!! \u200b") == (None, 0.0)
    assert identify("\ufeffDie Bundesregierung hat am Dienstag in Berlin beschlossen.")[0] == "de"
    assert ENTITIES.skip_reason({"language": {"code": None, "confidence": 0.0}}, set()) == (
        "no language identified (no letters)")


def test_word_count_and_reading_time() -> None:
    assert count_words("Turkey’s al-Assad met 300,000 people.") == 6
    enriched = enrich(seed())
    assert 500 < enriched.enrichment.word_count < 700
    assert enriched.enrichment.reading_time_minutes == pytest.approx(enriched.enrichment.word_count / 230, abs=0.01)


def test_fingerprint_near_duplicates_are_close() -> None:
    text = seed().text
    edited = text.replace("Monday", "Tuesday").replace("senior-level", "high-level")
    other = "Completely different story about football results and the weather in spring. " * 20
    assert hamming(simhash(text), simhash(edited)) < hamming(simhash(text), simhash(other))
    assert simhash(text) == simhash(text)


def test_provenance_recorded_per_step() -> None:
    enriched = enrich(seed())
    expected = {"language", "metrics", "fingerprint", "entities", "quotes", "countries", "locations", "keywords"}
    assert set(enriched.enrichment.provenance) == expected
    assert enriched.enrichment.provenance["language"].producer == "py3langid"


def test_failing_step_is_named() -> None:
    def boom(article: Article) -> dict[str, object]:
        raise RuntimeError("model exploded")

    broken = Step("broken", Provenance(producer="x", version="0"), boom)
    with pytest.raises(StepError) as info:
        enrich(seed(), steps=[broken])
    assert info.value.step == "broken" and "model exploded" in info.value.reason


def test_document_shape() -> None:
    from datetime import UTC, datetime

    doc = article_document(enrich(seed()), datetime(2026, 1, 1, tzinfo=UTC))
    assert doc["language"] == "en" and doc["indexed_at"].startswith("2026-01-01")
    assert doc["enrichment"]["provenance"]["metrics"] == {"producer": "newsline.metrics", "version": "1"}
