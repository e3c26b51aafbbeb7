"""Country resolution and keyword de-duplication."""

from pipeline.enrich.entities.countries import country_of_group, country_of_place
from pipeline.enrich.steps.countries import countries
from pipeline.enrich.steps.keywords import dedupe, supported_languages
from tests.enrich.helpers import seed


def test_place_and_nationality_codes() -> None:
    assert [country_of_place(n) for n in ("Russia", "Türkiye", "Turkey", "the United States", "Moscow", "Idlib")] == [
        "RU", "TR", "TR", "US", "RU", "SY"]
    assert [country_of_group(n) for n in ("Syrians", "Turkish", "Libyan", "Martian")] == ["SY", "TR", "LY", None]
    assert country_of_place("Atlantis") is None


def _entity(name: str, kind: str, count: int) -> dict[str, object]:
    return {"name": name, "kind": kind, "count": count, "surface_forms": [name]}


def test_countries_and_primary_country_weigh_the_title() -> None:
    fields = {"entities": [_entity("Germany", "place", 3), _entity("French", "group", 2), _entity("Paris", "place", 1),
                           _entity("Angela Merkel", "person", 4)]}
    assert countries(seed(), fields) == {"countries": ["DE", "FR"], "primary_country": "DE"}
    title_says_france = seed().model_copy(update={"title": "Talks in Paris"})
    assert countries(title_says_france, fields)["primary_country"] == "FR"
    assert countries(seed(), {"entities": []}) == {"countries": [], "primary_country": None}


def test_keywords_deduplicated_against_each_other_and_entities() -> None:
    ranked = ["National Security Bureau", "ceasefire deal", "Russia and Iran", "ceasefire", "safe zone", "Safe Zone"]
    assert dedupe(ranked, ["National Security Bureau", "Russia", "Iran"]) == ["ceasefire deal", "safe zone"]
    assert dedupe(["a", "b", "c"], [], top=2) == ["a", "b"]


def test_keyword_languages_include_common_news_languages() -> None:
    assert {"en", "de", "fr", "es", "ru", "ar", "tr", "cs"} <= supported_languages()


def test_keywords_read_the_title_and_a_bounded_lead() -> None:
    from pipeline.enrich.steps.keywords import lead

    assert lead("one two\nthree  four five", 3) == "one two\nthree"
    assert lead("short text", 300) == "short text"
    assert lead("word " * 1000, 300).split() == ["word"] * 300
