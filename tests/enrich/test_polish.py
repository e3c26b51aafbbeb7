"""Polish names from Morfeusz's readings and the words' capitals (:mod:`pipeline.enrich.entities.polish_words`),
and their nominatives (:mod:`pipeline.enrich.entities.polish`). Morfeusz runs in process: no service."""

from __future__ import annotations

from pipeline.enrich.entities import morfeusz
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.polish import normalise
from pipeline.enrich.entities.polish_kinds import names
from pipeline.enrich.steps.entities import entities_of


def found(line: str) -> list[tuple[str, str]]:
    return [(line[s:e], label) for label, s, e in names(line)]


def nominatives(text: str) -> list[tuple[str, str]]:
    mentions = [Mention(text[s:e], label, s, e) for label, s, e in names(text)]
    return [(m.text, m.label) for m in normalise(mentions, text)]


def test_a_sentence_start_is_a_name_only_when_the_dictionary_says_so() -> None:
    assert found("Premier Donald Tusk spotkał się z prezesem.") == [("Donald Tusk", "PERSON")]
    assert found("Polski napastnik strzelił gola.") == []  # an adjective
    assert found("Rynek reagował nerwowo.") == []  # a common noun that is also a place's name
    assert found("Jak podał resort, decyzja zapadła.") == []  # "Jak" is also a form of the place "Jaki"
    assert found("Sąd Najwyższy oddalił skargę.") == [("Sąd Najwyższy", "ORG")]
    assert found("Sejm przyjął ustawę.") == [("Sejm", "ORG")]
    assert found("Polska pozostanie hubem.") == [("Polska", "GPE")]


def test_an_acronym_ending_a_sentence_is_no_title_abbreviation() -> None:
    # "BP" is also "bp." (bishop), after which a name goes on; an acronym in capitals ends the sentence
    assert found("Tak mówi rzecznik PKO BP. W Paryżu jest spokojnie.") == [("PKO BP", "ORG"), ("Paryżu", "GPE")]
    assert found("Tak mówi rzecznik PKO BP. Danych nie podano.") == [("PKO BP", "ORG")]
    assert found("Mszę odprawił bp. Jan Nowak.") == [("Jan Nowak", "PERSON")]


def test_runs_are_cut_where_a_person_begins() -> None:
    assert found("prezes Orlenu Daniel Obajtek") == [("Orlenu", "ORG"), ("Daniel Obajtek", "PERSON")]
    assert found("szefowa Komisji Europejskiej Ursula von der Leyen") == [
        ("Komisji Europejskiej", "ORG"), ("Ursula von der Leyen", "PERSON")]
    assert found("przegrał ze Słoweńcem Domenem Prevcem") == [("Domenem Prevcem", "PERSON")]  # a nationality
    assert found("trener Barcelony Hansi Flick") == [("Barcelony", "GPE"), ("Hansi Flick", "PERSON")]
    assert found("rzecznik chińskiego MSZ Lin Jian") == [("MSZ", "ORG"), ("Lin Jian", "PERSON")]
    assert found("(PAP) Chile Santiago") == [("PAP", "ORG"), ("Chile", "GPE"), ("Santiago", "GPE")]  # a dateline
    # an institution named after a person keeps the name; its seat after "w" and complements after "i" too
    assert found("z Fundacją Wisławy Szymborskiej") == [("Fundacją Wisławy Szymborskiej", "ORG")]
    assert found("do Muzeum Narodowego w Gdańsku") == [("Muzeum Narodowego w Gdańsku", "ORG")]
    assert found("z Ministerstwem Kultury i Dziedzictwa Narodowego") == [
        ("Ministerstwem Kultury i Dziedzictwa Narodowego", "ORG")]


def test_kinds_come_from_the_dictionary_classes_and_the_context() -> None:
    assert found("w meczu z Legią Warszawa") == [("Legią Warszawa", "ORG")]  # a club: the city not inflected
    assert found("zgodnie z sekretarzem stanu USA Marco Rubio") == [("USA", "GPE"), ("Marco Rubio", "PERSON")]
    assert found("koreański koncern LG Energy Solution") == [("LG Energy Solution", "ORG")]
    assert found("analityk mBanku") == [("mBanku", "ORG")]
    assert found("farma o mocy 50 MW") == []  # a unit
    # a company or club the gazetteer lists, its ending off or its lemma capitalised ("volkswagen": a car)
    assert found("w tym Volkswagena, Nvidią i Benficą") == [("Volkswagena", "ORG"), ("Nvidią", "ORG"), ("Benficą", "ORG")]
    assert found("jak mówią Polacy") == []  # a nationality is no name


def test_names_are_put_in_the_nominative() -> None:
    text = ("Premier Donald Tusk rozmawiał z Emmanuelem Macronem i kanclerzem Friedrichem Merzem w Brukseli. "
            "Prezes Narodowego Banku Polskiego Adam Glapiński mówił o decyzji Rady Polityki Pieniężnej w "
            "Stanach Zjednoczonych, a Piotr Zieliński grał w Neapolu. Zieliński strzelił gola. Do Odry wpadł "
            "samochód w Łodzi.")
    got = dict(nominatives(text))
    for name in ("Donald Tusk", "Emmanuel Macron", "Friedrich Merz", "Bruksela", "Narodowy Bank Polski",
                 "Adam Glapiński", "Rada Polityki Pieniężnej", "Stany Zjednoczone", "Neapol", "Odra", "Łódź"):
        assert name in got, (name, got)
    assert got["Zieliński"] == "PERSON"  # the last word of a person's name in the article
    got = dict(nominatives("Rozmawiał z prof. Anną Tyszkiewicz-Sawicką."))
    assert got == {"Anna Tyszkiewicz-Sawicka": "PERSON"}  # each part of a double name keeps its capital



def test_a_foreign_surname_in_the_genitive_breaks_the_tie_of_an_ambiguous_given_name() -> None:
    # "Sebastiana" is a woman's name or a man's genitive; "Pinery", which the dictionary lacks, ends as a genitive
    assert nominatives("rząd prezydenta Sebastiana Pinery zdołał") == [("Sebastian Pinera", "PERSON")]
    assert nominatives("Mówił Matteo Salvini.") == [("Matteo Salvini", "PERSON")]  # -i alone decides nothing
    assert nominatives("Wystąpiła Sebastiana Kurz.") == [("Sebastiana Kurz", "PERSON")]


def test_a_foreign_name_stays_as_written_and_a_written_nominative_wins() -> None:
    got = [name for name, _ in nominatives("Badacze z Uniwersytetu Yale w New Haven i z Biblioteki Beinecke.")]
    assert "New Haven" in got and "Biblioteka Beinecke" in got
    got = [name for name, _ in nominatives("Rozmowy z Nvidią i Volkswagena, a Chile Santiago milczy.")]
    assert got[:2] == ["Nvidia", "Volkswagen"]
    got = [name for name, _ in nominatives("Wiec w Jagodnie. Mieszkańcy Jagodno przyszli tłumnie.")]
    assert "Jagodno" in got and "Jagodnia" not in got


def test_polish_articles_get_entities_with_countries() -> None:
    text = "Sikorski w Kijowie\n\nMinister Radosław Sikorski spotkał się w Kijowie z prezydentem Ukrainy."
    entities = entities_of([text], "pl")[0]
    by_name = {e.name: e for e in entities}
    assert by_name["Radosław Sikorski"].label == "PERSON" and by_name["Radosław Sikorski"].count == 2
    assert {"Kijów", "Ukraina"} <= set(by_name)


def test_the_dictionary_reads_a_word_only_as_one_segment() -> None:
    assert morfeusz.readings("Lądek-Zdrój") == ()  # no form of "Lądek"
    assert {r.base for r in morfeusz.readings("Brukseli")} == {"Bruksela"}
    assert morfeusz.model_version().startswith("morfeusz2-1.99")
