"""Composition: batch failures isolated per article, unsupported languages skipped, provenance, documents."""

from datetime import UTC, datetime

from pipeline.enrich import Step, StepError
from pipeline.enrich.clusters.store import MemoryClusterStore
from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.steps import DEFAULT_STEPS, all_steps
from pipeline.index.document import article_document
from pipeline.models import Article, EnrichedArticle, Provenance
from tests.enrich.helpers import CZECH, fixture_article, seed


def _fails_on_ecb(articles: list[Article], _fields: object) -> list[dict[str, object]]:
    if any("ECB" in a.title for a in articles):
        raise RuntimeError("model exploded")
    return [{} for _ in articles]


def test_a_failing_article_fails_alone_naming_the_step() -> None:
    picky = Step("picky", Provenance(producer="x", version="0"), batch=_fails_on_ecb)  # type: ignore[arg-type]
    results = enrich_batch([seed(), fixture_article("ecb-rates"), fixture_article("eu-apple")], (*DEFAULT_STEPS, picky))
    assert isinstance(results[0], EnrichedArticle) and isinstance(results[2], EnrichedArticle)
    assert isinstance(results[1], StepError) and results[1].step == "picky" and "exploded" in results[1].reason


def test_language_without_model_is_skipped_not_failed() -> None:
    result = enrich_batch([CZECH], all_steps(MemoryClusterStore()))[0]
    assert isinstance(result, EnrichedArticle)
    enrichment = result.enrichment
    assert enrichment.language.code == "cs" and enrichment.keywords and enrichment.story_id
    assert enrichment.skipped == {"entities": "no model for language cs", "quotes": "needs entities",
                                  "countries": "needs entities", "locations": "needs entities"}
    assert set(enrichment.provenance) == {"language", "metrics", "fingerprint", "keywords", "cluster"}
    assert not enrichment.entities and not enrichment.countries


def test_document_has_facets_and_round_trips() -> None:
    enriched = enrich_batch([seed()], all_steps(MemoryClusterStore()))[0]
    assert isinstance(enriched, EnrichedArticle)
    doc = article_document(enriched, datetime(2026, 1, 1, tzinfo=UTC))
    assert "Hakan Fidan" in doc["persons"] and "PKK" in doc["organizations"] and "Idlib" in doc["places"]
    assert "Turkish" in doc["groups"] and {"SY", "TR", "RU"} <= set(doc["countries"])  # type: ignore[arg-type]
    assert doc["story_id"] == enriched.enrichment.story_id and doc["keywords"]
    assert doc["enrichment"]["provenance"]["entities"]["producer"].startswith("spacy")  # type: ignore[index]
    assert EnrichedArticle.from_document(doc) == enriched


def test_reenrich_base_keeps_earlier_outputs() -> None:
    first = enrich_batch([seed()], all_steps(MemoryClusterStore()))[0]
    assert isinstance(first, EnrichedArticle)
    countries_only = [s for s in DEFAULT_STEPS if s.name == "countries"]
    again = enrich_batch([first.article], countries_only, base=[first.enrichment])[0]
    assert isinstance(again, EnrichedArticle)
    assert again.enrichment.entities == first.enrichment.entities
    assert again.enrichment.countries == first.enrichment.countries
    assert set(again.enrichment.provenance) == set(first.enrichment.provenance)


class _DownStore(MemoryClusterStore):
    retry_s = 0.0

    def lookup(self, article_ids, keys):  # type: ignore[no-untyped-def]
        from pipeline.enrich.clusters.exceptions import ClusterStoreBusy

        raise ClusterStoreBusy("connection refused")


def test_unreachable_cluster_store_stops_the_batch_instead_of_dead_lettering() -> None:
    import pytest

    from pipeline.exceptions import OutageError

    with pytest.raises(OutageError):
        enrich_batch([seed(), CZECH], all_steps(_DownStore()))
