"""Surnames, celestial bodies and possessives on English news (through the real model, then on hand-made
mentions): a surname is not an organisation, the Moon is not a person, "Hitler's house" makes no name."""

from __future__ import annotations

import pytest

from pipeline.enrich.entities.gazetteer import load_gazetteer
from pipeline.enrich.entities.grounding import Said, ground
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.mentions import prepare
from pipeline.enrich.entities.merge import merge
from pipeline.enrich.entities.people import common_nouns, possessive_objects, surname_evidence
from pipeline.enrich.steps.entities import entities_of
from pipeline.models import Entity

CLAURE = ("SoftBank's Claure says WeWork will be profitable by 2022\n\nSoftBank Group Corp's Marcelo Claure said on "
          "Wednesday WeWork would be profitable in 2022. Claure, WeWork's executive chairman, told an online "
          "conference the company had cut costs.")
SPRINT = ("Sprint CEO Marcelo Claure said the merger with T-Mobile would create jobs. Under Claure, Sprint added "
          "customers for the first time in years. T-Mobile's John Legere praised Claure.")
MOON = ("The Moon is moving away from Earth by 3.8 cm a year, scientists said.\n\nNASA plans to return astronauts "
        "to the Moon by 2026. China also aims to land on the Moon by 2030.")
MOON_JAE_IN = ("Moon Jae-in, South Korea's former president, said on Monday that Moon's government had sought peace. "
               "Moon met Kim Jong Un three times.")
HITLER = ("Hitler's House in Braunau to become a police station\n\nAustria will turn the house where Adolf Hitler was "
          "born into a police station. Hitler's house has stood empty since 2011, and Hitler lived there only briefly.")


def _named(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.label for e in entities}


def _at(text: str, surface: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(surface, label, start, start + len(surface))


@pytest.mark.parametrize("text", [CLAURE, SPRINT])
def test_a_surname_the_model_calls_an_organisation_is_the_person(text: str) -> None:
    named = _named(entities_of([text])[0])
    assert named["Marcelo Claure"] == "PERSON"
    assert "Claure" not in named  # one entity, the person's full name
    assert "SoftBank" in str(named) or "Sprint" in named


def test_the_moon_is_a_place_and_moon_jae_in_a_person() -> None:
    moon, president = entities_of([MOON, MOON_JAE_IN])
    assert _named(moon)["Moon"] == "LOC" and next(e for e in moon if e.name == "Moon").kind == "place"
    assert _named(president)["Moon Jae-in"] == "PERSON" and "Moon" not in _named(president)


def test_a_possessive_makes_no_name_and_no_house() -> None:
    entities = entities_of([HITLER])[0]
    people = [e.name for e in entities if e.label == "PERSON"]
    assert len(people) == 1 and people[0] in ("Hitler", "Adolf Hitler")  # never 'House Hitler' nor "Hitler's House"
    assert not any("house" in e.name.casefold() for e in entities)
    said = Said.of(HITLER)
    assert all(said(e.name) and all(said(f) for f in e.surface_forms) for e in entities)


def test_surname_rule_needs_a_person_shaped_name_and_a_sign_of_a_person() -> None:
    text = "Royal Dutch Shell said profits rose. Shell said it would buy back shares."
    mentions = [_at(text, "Royal Dutch Shell", "ORG"), _at(text, "Shell", "ORG", 1)]
    assert surname_evidence(mentions, text) == mentions  # 'Dutch': a nationality, no person's name
    text = "Marcelo Claure joined the board. Claure said he was pleased."
    mentions = [_at(text, "Marcelo Claure", "ORG"), _at(text, "Claure", "ORG", 1)]
    assert [m.label for m in surname_evidence(mentions, text)] == ["PERSON", "PERSON"]
    text = "Kellaway Construction won the bid. Construction starts in May."
    mentions = [_at(text, "Kellaway Construction", "ORG"), _at(text, "Construction", "ORG", 1)]
    assert surname_evidence(mentions, text) == mentions  # an organisation word ends the name


def test_a_role_noun_right_before_a_name_makes_it_a_person() -> None:
    text = "The state seized it from its owner, Gerlinde Pommer, in 2017."
    assert surname_evidence([_at(text, "Gerlinde Pommer", "ORG")], text)[0].label == "PERSON"
    text = "Mary Doyle, who chairs the Ringsend Residents' Alliance, objected."
    alliance = Mention("Ringsend Residents' Alliance", "ORG", text.index("the Ringsend"), text.index(", obj"))
    assert surname_evidence([alliance], text) == [alliance]  # 'the' stands between: no role of this name


def test_the_before_a_name_written_as_a_thing_makes_it_no_person() -> None:
    text = "Astronauts will walk on the Moon. The Pope met the Trump campaign. Trump said the Pope was right."
    mentions = [_at(text, "Moon", "PERSON"), _at(text, "Pope", "PERSON"), _at(text, "Trump", "PERSON"),
                _at(text, "Trump", "PERSON", 1)]
    found = [(m.text, m.label) for m in common_nouns(mentions, text)]
    assert found == [("Moon", "LOC"), ("Trump", "PERSON"), ("Trump", "PERSON")]  # 'the Trump campaign' qualifies


def test_a_one_word_possessive_object_written_in_lower_case_is_dropped() -> None:
    text = "Hitler's House\n\nThe house is empty. SoftBank's Claure spoke."
    mentions = [_at(text, "Hitler", "PERSON"), _at(text, "House", "ORG"), _at(text, "Claure", "ORG")]
    assert [m.text for m in possessive_objects(mentions, text)] == ["Hitler", "Claure"]


def test_a_person_span_across_a_possessive_is_split_and_a_leading_preposition_dropped() -> None:
    text = "Inside Hitler's House: historians said Hitler lived in the house for weeks."
    mentions = prepare([Mention("Inside Hitler's House", "PERSON", 0, 21), _at(text, "Hitler", "PERSON", 1)], text)
    names = {e.name: e.label for e in merge(mentions, text)}
    assert names == {"Hitler": "PERSON"}


def test_ground_drops_forms_and_renames_names_the_text_never_says() -> None:
    text = "Hitler's house in Braunau. Hitler was born there. AP reported it."
    made_up = Entity(name="House Hitler", label="PERSON", kind="person", count=2, surface_forms=("Hitler", "House Hitler"))
    nowhere = Entity(name="Claure", label="ORG", kind="organization", count=1, surface_forms=("Claure",))
    agency = Entity(name="Associated Press", label="ORG", kind="organization", count=1, surface_forms=("AP",),
                    gazetteer="news-agencies")
    grounded = ground([made_up, nowhere, agency], text)
    assert [(e.name, e.surface_forms) for e in grounded] == [("Hitler", ("Hitler",)), ("Associated Press", ("AP",))]


def test_said_matches_whole_words_only_and_ignores_case_and_apostrophes() -> None:
    said = Said.of("Hitler’s  house\nin BRAUNAU am Inn")
    assert said("Hitler's house") and said("braunau am inn") and said("Hitler")
    assert not said("Hitle") and not said("House Hitler") and not said("")


def test_celestial_bodies_come_from_their_list(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "celestial-bodies.txt").write_text("# comment\nMoon\nMars\n", encoding="utf-8")
    table = load_gazetteer(tmp_path)
    assert table.is_celestial("moon") and table.is_celestial("Mars") and not table.is_celestial("comment")
