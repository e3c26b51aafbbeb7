"""The kind of a Polish name (PERSON, ORG, GPE, LOC) from its words' readings and the words before it, and the names
of a line (:func:`names`, what :mod:`pipeline.enrich.entities.morfeusz_ner` returns).

A given name and a surname make a person; the dictionary's organisation and company classes, an acronym, a word
such as "koncern" before the name, or an institution's head noun an organisation; a name and a city or country in
the nominative a club or a company's branch; a place the dictionary lists, GeoNames first; foreign words the
dictionary lacks a person after a role or a given name.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.enrich.entities.morfeusz import GIVEN, ORGANISATION, PLACE, SURNAME, readings
from pipeline.enrich.entities.polish_lexicon import (
    ORGANISATION_HEADS,
    OWNERS,
    PARTICLES,
    ROLES,
    UNITS,
    adjective,
    classes,
    demonym,
    given,
    head,
    known_place,
    lemmas,
    listed,
    organisation,
)
from pipeline.enrich.entities.polish_words import Token, cut, runs, tokens
from pipeline.enrich.places.geonames import default as places

ROLE_WINDOW = 4  # words looked back for a role before a name


def _person_word(word: str) -> bool:
    """A word a person's name may have: a given name, a surname, or one the dictionary lacks; not a place."""
    found = readings(word)
    if not found:
        return True
    word_classes = classes(word)
    return bool(word_classes & {GIVEN, SURNAME}) and PLACE not in word_classes and not word_classes & ORGANISATION


def _surname(word: str) -> bool:
    return not readings(word) or bool(classes(word) & {GIVEN, SURNAME})


def _one_word(word: str, role_before: bool) -> str | None:
    word_classes = classes(word)
    entry = listed(word)
    if entry is not None:
        return entry[1]  # "Volkswagena", "Benficą"
    if demonym(word) and not known_place(word):
        return None  # "Polak" is also a surname
    if known_place(word):
        return "GPE"
    if word_classes & {GIVEN, SURNAME} and any(r.base == word for r in readings(word) if r.proper & {GIVEN, SURNAME}):
        return "PERSON"  # "Zieliński", "Kręcka": a surname as written
    if PLACE in word_classes:
        return "GPE"
    if word_classes & {GIVEN, SURNAME} or (role_before and not readings(word)):
        return "PERSON"
    return None


def club(words: list[str]) -> bool:
    """A name and a city or country in the nominative, not inflected with it: a sports club or a company's branch
    ("Legii Warszawa", "Lecha Poznań", "Interu Mediolan", "Santander Bank Polska"), not a place of two words
    ("Biała Podlaska")."""
    if len(words) < 2 or places().candidates(" ".join(words)) or adjective(words[0]) or given(words[0]):
        return False  # not "Marco Rubio" (Rubio, Venezuela)
    city = words[-1]
    return bool(places().candidates(city)) and (not readings(city) or any("nom" in r.cases for r in readings(city)
                                                                          if PLACE in r.classes))


def label(run: list[Token], role_before: bool, company_before: bool = False) -> str | None:
    """PERSON, ORG, GPE or LOC for a run of words; None for a lone word that may be anything."""
    words = [t.text for t in run if t.text not in PARTICLES]
    first = words[0]
    if len(words) == 1 and run[0].brand:
        return "ORG"
    if len(words) == 1 and run[0].acronym:
        if first in UNITS:
            return None
        return "GPE" if PLACE in classes(first) and not organisation(first) else "ORG"
    if len(words) > 1 and given(first) and _surname(words[-1]) and not club(words):
        return "PERSON"  # also "firmy Katarzyna Wróbel"
    if company_before or any(t.acronym for t in run) or club(words):
        return "ORG"  # "koncern LG Energy Solution", "PKO BP", "Legia Warszawa"
    if any(organisation(w) for w in words):
        return "ORG"
    heads = [w for w in words if head(w)]
    if heads:
        return "ORG" if lemmas(heads[0]) & ORGANISATION_HEADS else "LOC"
    if len(words) > 1 and all(_person_word(w) for w in words) and any(given(w) or not readings(w) for w in words):
        return "PERSON"  # not "Wody Polskie" (two surnames' forms)
    if len(words) == 1:
        return _one_word(first, role_before)
    if any(PLACE in classes(w) for w in words):
        return "GPE"
    person_like = all(not readings(w) or given(w) or SURNAME in classes(w) for w in words)
    if person_like and (role_before or all(not readings(w) or given(w) for w in words)):
        return "PERSON"  # "Marco Rubio"
    if role_before and _surname(words[-1]) and not any(head(w) or adjective(w) or organisation(w) for w in words):
        return "PERSON"  # "rzecznik MSZ Lin Jian" ("lin": a tench)
    # "Transparency International", "prezes dewelopera Eko-Dom Inwestycje"; not "Boże Narodzenie"
    return "ORG" if role_before or any(not readings(w) for w in words) else None


def role(words: list[Token], i: int) -> bool:
    """A role noun among the few words before the ``i``-th ("trener Hansi Flick", "sekretarz stanu USA Marco
    Rubio"), within its sentence."""
    for k in range(i - 1, max(-1, i - 1 - ROLE_WINDOW), -1):
        if lemmas(words[k].text) & ROLES:
            return True
        if words[k].sentence_start:
            return False
    return False


def names(line: str) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of each name in ``line``."""
    words = tokens(line)
    index = {t.start: i for i, t in enumerate(words)}
    for whole in runs(line):
        for run in cut(whole, role(words, index[whole[0].start])):
            i = index[run[0].start]
            before = words[i - 1].text if i > 0 else None
            kind = label(run, role(words, i), before is not None and bool(lemmas(before) & OWNERS))
            if kind is not None:
                yield kind, run[0].start, run[-1].end
