"""Polish names in a line of text, from the words' capitals and Morfeusz's readings
(:mod:`pipeline.enrich.entities.morfeusz`).

A name is a run of capitalised words. Mid-sentence a capital marks a name (Polish writes titles, months, adjectives
of places and nationalities in lower case); at a sentence's start the first word must be one the dictionary
knows as a name, or the head of an institution's name before another capitalised word ("Sąd Najwyższy orzekł"),
so "Premier Donald Tusk" gives "Donald Tusk" and "Polski napastnik" nothing. An institution's name may hold its
genitive complements joined by "i" and its seat after "w" ("Ministerstwo Kultury i Dziedzictwa Narodowego",
"Muzeum Narodowe w Gdańsku"). A run is cut before a given name that follows another name ("Prezes Orlenu Daniel
Obajtek"), before an unknown word that follows an institution ("Komisji Europejskiej Ursula von der Leyen"), after
a nationality ("Słoweńcem Domenem Prevcem"), after a place before a foreign name ("Barcelony Hansi Flick"), after
an acronym a role stands before ("rzecznik MSZ Lin Jian") and between two places ("Chile Santiago"). Each name
then gets its kind (:mod:`pipeline.enrich.entities.polish_kinds`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.enrich.entities.morfeusz import GIVEN, ORGANISATION, PLACE, SURNAME, readings
from pipeline.enrich.entities.polish_lexicon import (
    ABBREVIATIONS,
    PARTICLES,
    ROLES,
    SINGLE_NAMES,
    UNITS,
    adjective,
    agrees,
    cases_of,
    classes,
    closed,
    common,
    demonym,
    given,
    head,
    known_place,
    lemmas,
    organisation,
)
from pipeline.enrich.places.geonames import default as places

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
BRAND = re.compile(r"([a-z]{1,2})([A-Z][a-ząćęłńóśźż]+)")  # "mBank", "iPhone": a brand's prefix and its word
SENTENCE_GAP = re.compile(r"[.!?:;…„\"“”«»–—(]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    sentence_start: bool

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper() or self.brand

    @property
    def brand(self) -> bool:
        """A brand written with a capital inside ("mBank", "iPhone")."""
        return BRAND.fullmatch(self.text) is not None

    @property
    def acronym(self) -> bool:
        return len(self.text) > 1 and self.text.isupper() and self.text.isalpha()


def tokens(line: str) -> list[Token]:
    found: list[Token] = []
    for match in WORD.finditer(line):
        gap = line[found[-1].end:match.start()] if found else ""
        after_abbreviation = bool(found) and _abbreviation(found[-1].text) and gap.strip() == "."
        start = not found or (bool(SENTENCE_GAP.search(gap)) and not after_abbreviation)
        found.append(Token(match.group(), match.start(), match.end(), start))
    return found


def _abbreviation(word: str) -> bool:
    """A title's abbreviation ("prof.", "Bp."), not an acronym written the same ("PKO BP.")."""
    return word.lower() in ABBREVIATIONS and not word.isupper()


def _opens_name(token: Token, following: Token | None) -> bool:
    """Whether a capitalised word at a sentence's start begins a name (module docstring)."""
    word = token.text
    found = readings(word)
    if not found:
        return len(word) > 1  # a word the dictionary lacks: a foreign name
    continued = following is not None and following.capital and not following.sentence_start
    if continued and head(word):
        return True  # "Rada Miejska w Łodzi" ("rada" is also a form of "rad", glad)
    if closed(word) and not (continued and classes(word) & ({PLACE} | ORGANISATION)):
        return False  # "W", "Jak" (also a form of the place "Jaki")
    word_lemmas = lemmas(word)
    if word_lemmas & ROLES and any(r.pos == "subst" and not r.proper for r in found):
        return False  # "Premier Donald Tusk", "Prezes Orlenu"
    if continued and adjective(word):
        return True  # "Narodowy Bank Polski"
    if word_lemmas & SINGLE_NAMES:
        return True
    if adjective(word) and following is not None and agrees(word, following.text):
        return False  # "Polski napastnik", "Dobry wieczór"
    word_classes = classes(word)
    if head(word) and not continued:
        return False  # "Rynek reagował"
    if word_classes & ORGANISATION or (PLACE in word_classes and (continued or known_place(word) or not common(word))):
        return True  # not "Prace budowlane" (also a village's name)
    if any(r.base == word and r.proper & {GIVEN, SURNAME} for r in found) and not any(
            r.pos == "subst" and not r.proper for r in found):
        return True  # "Sikorski zapewnił" (also an adjective), not "Lis uciekł" (a fox)
    return bool(word_classes) and (continued or not common(word))


def _candidate(token: Token, following: Token | None) -> bool:
    if not token.capital:
        return False
    return _opens_name(token, following) if token.sentence_start else True


def _joins(line: str, left: Token, right: Token) -> bool:
    """Whether two capitalised words side by side belong to one name: nothing but spaces between them."""
    return not line[left.end:right.start].strip() and not right.sentence_start


def runs(line: str) -> Iterator[list[Token]]:
    """The runs of capitalised words that may be names, with an institution's complements and seat."""
    words = tokens(line)
    i = 0
    while i < len(words):
        if not _candidate(words[i], words[i + 1] if i + 1 < len(words) else None):
            i += 1
            continue
        run = [words[i]]
        j = i + 1
        while j < len(words):
            nxt = words[j]
            if nxt.capital and _joins(line, run[-1], nxt):
                run.append(nxt)
                j += 1
                continue
            link = _link(line, run, words, j)
            if link:
                run.extend(words[j:j + link])
                j += link
                continue
            break
        yield run
        i = j


def _link(line: str, run: list[Token], words: list[Token], j: int) -> int:
    """How many words after ``run`` carry it on: a particle inside a person's name ("von der"), "i" between an
    institution's complements, "w" before its seat; 0 when none."""
    k = j
    while k < len(words) and words[k].text in PARTICLES and _joins(line, words[k - 1], words[k]):
        k += 1
    if k > j and k < len(words) and words[k].capital and _joins(line, words[k - 1], words[k]):
        return k - j + 1
    if j + 1 >= len(words) or not head(run[0].text) or not words[j + 1].capital:
        return 0
    word, nxt = words[j], words[j + 1]
    if not (_joins(line, run[-1], word) and _joins(line, word, nxt)):
        return 0
    if word.text == "i" and len(run) > 1:
        return 2
    if word.text == "w" and PLACE in classes(nxt.text) and all(adjective(t.text) for t in run[1:]):
        return 2
    return 0


def cut(run: list[Token], role_before: bool) -> Iterator[list[Token]]:
    """The run cut where a person's name begins after another name or after a nationality (module docstring)."""
    start = 0
    for k in range(1, len(run)):
        before = run[k - 1].text
        if run[k].text in PARTICLES or before in PARTICLES:
            continue
        rest = [t.text for t in run[k:]]
        if before in UNITS or rest[0] in UNITS or _cuts(before, rest, role_before and run[k - 1].acronym):
            yield run[start:k]
            start = k
    yield run[start:]


def _cuts(before: str, rest: list[str], acronym_of_role: bool) -> bool:
    word = rest[0]
    if head(before):  # "Fundacja Wisławy Szymborskiej", "Biblioteka Beinecke"; not "Lewicy Włodzimierz Czarzasty"
        return given(word) and not any(GIVEN in r.classes and "gen" in r.cases for r in readings(word))
    if acronym_of_role and not classes(before) & {"człon_nazwy_organizacji"}:
        return given(word) or not readings(word) or not classes(word)  # "rzecznik MSZ Lin Jian", not "FC Porto"
    if demonym(before):
        return True  # "Słoweńcem Domenem Prevcem"
    if _two_places(before, word):
        return True  # "Chile Santiago": a dateline's country and city
    person = [w for w in rest if w not in PARTICLES]
    if PLACE in classes(before) and all(given(w) or not readings(w) for w in person):
        # "Barcelony Hansi Flick", "Francji Emmanuelem Macronem"; not "New Haven"
        return len(person) > 1 or not cases_of(before) & cases_of(word)
    named = adjective(before) or organisation(before)
    return (given(word) and not given(before)) or (named and not readings(word))


def _two_places(before: str, word: str) -> bool:
    """Two places side by side, each as GeoNames writes it and no given name or adjective, that are no place
    together ("Chile Santiago"; not "Marco Rubio", "Bielsk Podlaski")."""
    alone = all(places().candidates(w) and not adjective(w) for w in (before, word)) and not given(before)
    return alone and not places().candidates(f"{before} {word}")
