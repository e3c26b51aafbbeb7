"""Hungarian case endings taken off entity names, on hand-made mentions (no model)."""

from __future__ import annotations

from pipeline.enrich.entities.hungarian import normalise
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.mentions import prepare
from pipeline.enrich.steps.entities import entities_from


def _at(text: str, surface: str, label: str) -> Mention:
    start = text.index(surface)
    return Mention(surface, label, start, start + len(surface))


def _names(text: str, *found: tuple[str, str]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in normalise([_at(text, s, label) for s, label in found], text)]


def test_certain_endings_come_off_the_last_word() -> None:
    text = ("Ursula von der Leyennel és Andrij Szibihával tárgyalt, a Debreceni VSC-t legyőzték, "
            "a Szegedi Biológiai Kutatóközpontban, Tokióban és Lengyelországban is.")
    assert _names(text, ("Ursula von der Leyennel", "PERSON"), ("Andrij Szibihával", "PERSON"),
                  ("Debreceni VSC-t", "ORG"), ("Szegedi Biológiai Kutatóközpontban", "ORG"), ("Tokióban", "GPE"),
                  ("Lengyelországban", "GPE")) == [
        ("Ursula von der Leyen", "PERSON"), ("Andrij Szibiha", "PERSON"), ("Debreceni VSC", "ORG"),
        ("Szegedi Biológiai Kutatóközpont", "ORG"), ("Tokió", "GPE"), ("Lengyelország", "GPE")]


def test_a_short_ending_comes_off_only_where_the_rest_is_known() -> None:
    text = ("Budapesten, Vácon, a Pennsylvaniai Egyetemen és Gulyás Gergelyt, de Lisszabon, Orbán, Sandra, Kassel, "
            "Biden, Pedro Sánchez, Beregsurányon és Kovács Zsigát nem.")
    assert _names(text, ("Budapesten", "GPE"), ("Vácon", "GPE"), ("Pennsylvaniai Egyetemen", "ORG"),
                  ("Gulyás Gergelyt", "PERSON"), ("Lisszabon", "GPE"), ("Orbán", "PERSON"), ("Sandra", "PERSON"),
                  ("Kassel", "GPE"), ("Biden", "PERSON"), ("Pedro Sánchez", "PERSON"), ("Beregsurányon", "GPE"),
                  ("Kovács Zsigát", "PERSON")) == [
        ("Budapest", "GPE"), ("Vác", "GPE"), ("Pennsylvaniai Egyetem", "ORG"), ("Gulyás Gergely", "PERSON"),
        ("Lisszabon", "GPE"), ("Orbán", "PERSON"), ("Sandra", "PERSON"), ("Kassel", "GPE"), ("Biden", "PERSON"),
        ("Pedro Sánchez", "PERSON"), ("Beregsurányon", "GPE"), ("Kovács Zsigát", "PERSON")]


def test_a_place_with_a_place_ending_is_cut_off_a_name_and_an_institution_is_no_place() -> None:
    text = "Karikó Katalin Szegeden beszélt, a Liverpool Londonban nyert, Beregszászon és a Déri Múzeumban is."
    assert _names(text, ("Karikó Katalin Szegeden", "PERSON"), ("Liverpool Londonban", "ORG"),
                  ("Beregszászon", "PERSON"), ("Déri Múzeumban", "GPE")) == [
        ("Karikó Katalin", "PERSON"), ("Szeged", "GPE"), ("Liverpool", "ORG"), ("London", "GPE"),
        ("Beregszász", "GPE"), ("Déri Múzeum", "ORG")]


def test_the_word_after_a_hungarian_given_name_is_not_taken_for_a_surname() -> None:
    text = "Orbán Viktor Brüsszelben tárgyalt.\n\nOrbán Viktor szerint a tárgyalás jó volt."
    found = normalise([_at(text, "Orbán Viktor", "PERSON"), _at(text, "Brüsszelben", "GPE")], text)
    entities = {(e.name, e.label) for e in entities_from(found, text, "hu")}
    assert entities == {("Orbán Viktor", "PERSON"), ("Brüsszel", "GPE")}
    given_first = prepare(found, text, given_name_first=True)  # the rule for English and the like
    assert ("Viktor Brüsszel", "PERSON") in {(m.text, m.label) for m in given_first}
