"""Polish names in a line of text, from the words' capitals and Morfeusz's readings
(:mod:`pipeline.enrich.entities.morfeusz`).

A name is a run of capitalised words. Mid-sentence a capital marks a name (Polish writes titles, months, adjectives
of places and nationalities in lower case); at a sentence's start the first word must be one the dictionary
knows as a name, or the head of an institution's name before another capitalised word ("Sąd Najwyższy orzekł"),
so "Premier Donald Tusk" gives "Donald Tusk" and "Polski napastnik" nothing. An institution's name may hold its
genitive complements joined by "i" and its seat after "w" ("Ministerstwo Kultury i Dziedzictwa Narodowego",
"Muzeum Narodowe w Gdańsku"). A run is cut before a given name that follows another name ("Prezes Orlenu Daniel
Obajtek") and before an unknown word that follows an institution or place ("Komisji Europejskiej Ursula von der
Leyen"). Each name then gets its kind (:func:`label`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.enrich.entities.morfeusz import GIVEN, ORGANISATION, PLACE, SURNAME, readings
from pipeline.enrich.places.geonames import default as places

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
BRAND = re.compile(r"[a-z]{1,2}[A-Z][a-ząćęłńóśźż]+")
SENTENCE_GAP = re.compile(r"[.!?:;…„\"“”«»–—(]")
CLOSED = frozenset({"prep", "conj", "comp", "qub", "adv", "ppron12", "ppron3", "siebie", "pred", "interj", "fin",
                    "praet", "impt", "inf", "imps", "pcon", "pant", "bedzie", "aglt", "winien"})
ABBREVIATIONS = frozenset("im ul al pl św gen płk prof dr dr. ks abp bp red mec inż hab".split())
PARTICLES = frozenset("von van der den de di da del della la le du al el bin ibn ben dos das y ter".split())
# lemmas of the head nouns of institutions' names, and of named places that are no single word
ORGANISATION_HEADS = frozenset("""
agencja akademia archiwum bank biblioteka biuro fundacja fundusz giełda grupa instytut izba kancelaria klub
kolegium komenda komisja komitet kongres koalicja konfederacja korporacja kuria liga ministerstwo muzeum najwyższa
narodowy obserwatorium ośrodek parlament partia platforma policja politechnika porozumienie prokuratura rada
rzecznik sejm senat spółka stowarzyszenie straż sąd szkoła szpital teatr trybunał towarzystwo unia uniwersytet
urząd wydział wojsko zarząd związek zrzeszenie centrum inspekcja inspektorat służba filharmonia opera orkiestra
stocznia kopalnia huta elektrownia fabryka zakład gazeta radio telewizja dziennik tygodnik lewica prawica
""".split())
PLACE_HEADS = frozenset("""
województwo powiat gmina morze ocean zatoka wyspa wyspy półwysep góra góry jezioro rzeka ulica aleja plac rynek
park puszcza dolina kanał cieśnina pustynia nizina wyżyna pojezierze stany republika królestwo księstwo strefa
wschód zachód
""".split())
CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
OBLIQUE = (("em", frozenset({"inst"})), ("owi", frozenset({"dat"})), ("ą", frozenset({"inst", "acc"})))
ROLE_WINDOW = 4  # words looked back for a role before a name
# what a company's name stands after in apposition ("koncern LG Energy Solution")
OWNERS = frozenset("""
firma koncern spółka grupa organizacja producent marka sieć platforma serwis portal gazeta dziennik agencja
startup bank fundusz operator przewoźnik sklep zespół klub drużyna stowarzyszenie fundacja tygodnik miesięcznik
""".split())
# units and currencies written in capitals
UNITS = frozenset("MW GW TW PLN EUR USD CHF GBP JPY CNY UAH RUB PKB VAT CIT PIT UTC CET CEST".split())
# institutions named by one common noun
SINGLE_NAMES = frozenset({"sejm", "senat"})
# lemmas of the roles before a person's name ("prezydentem Emmanuelem Macronem", "trener Hansi Flick")
ROLES = frozenset("""
prezydent prezydentka premier premiera minister ministra wiceminister wicepremier prezes prezeska szef szefowa
rzecznik rzeczniczka poseł posłanka senator marszałek marszałkini wojewoda burmistrz wójt starosta prokurator
sędzia trener selekcjoner piłkarz piłkarka zawodnik zawodniczka kanclerz król królowa papież sekretarz dyrektor
dyrektorka profesor doktor autor autorka reżyser aktor aktorka pisarz pisarka kapitan generał przewodniczący
przewodnicząca lider liderka kandydat kandydatka ambasador analityk analityczka ekonomista ekonomistka malarz
obrońca pomocnik napastnik bramkarz kierowca skoczek tenisista tenisistka kolarz biegacz biegaczka szkoleniowiec
gubernator komisarz komisarka pan pani książę arcybiskup biskup ksiądz kardynał rektor dziekan wiceprezes
""".split())


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
        after_abbreviation = bool(found) and found[-1].text.lower() in ABBREVIATIONS and gap.strip() == "."
        start = not found or (bool(SENTENCE_GAP.search(gap)) and not after_abbreviation)
        found.append(Token(match.group(), match.start(), match.end(), start))
    return found


def _lemmas(word: str) -> frozenset[str]:
    return frozenset(r.base.lower() for r in readings(word))


def _classes(word: str) -> frozenset[str]:
    return frozenset(c for r in readings(word) for c in r.proper)


def _closed(word: str) -> bool:
    return any(r.pos in CLOSED for r in readings(word))


def _common(word: str) -> bool:
    """A reading that is no name: a common noun, an adjective, a verb..."""
    return any(not r.proper for r in readings(word))


def _head(word: str) -> bool:
    return bool(_lemmas(word) & (ORGANISATION_HEADS | PLACE_HEADS)) and any(r.pos == "subst" for r in readings(word))


def _opens_name(token: Token, following: Token | None) -> bool:
    """Whether a capitalised word at a sentence's start begins a name (module docstring)."""
    word = token.text
    found = readings(word)
    if not found:
        return len(word) > 1  # a word the dictionary lacks: a foreign name
    continued = following is not None and following.capital and not following.sentence_start
    if continued and _head(word):
        return True  # "Rada Miejska w Łodzi" ("rada" is also a form of "rad", glad)
    if _closed(word) and not (continued and _classes(word) & ({PLACE} | ORGANISATION)):
        return False  # "W", "Jak" (also a form of the place "Jaki")
    lemmas = _lemmas(word)
    if lemmas & ROLES and any(r.pos == "subst" and not r.proper for r in found):
        return False  # "Premier Donald Tusk", "Prezes Orlenu"
    if continued and (_head(word) or _adjective(word)):
        return True  # "Sąd Najwyższy", "Narodowy Bank Polski"
    if lemmas & SINGLE_NAMES:
        return True
    if _adjective(word) and following is not None and _agrees(word, following.text):
        return False  # "Polski napastnik", "Dobry wieczór"
    classes = _classes(word)
    if _head(word) and not continued:
        return False  # "Rynek reagował"
    if classes & ORGANISATION or (PLACE in classes and (continued or known_place(word) or not _common(word))):
        return True  # not "Prace budowlane" (also a village's name)
    if any(r.base == word and r.proper & {GIVEN, SURNAME} for r in found) and not any(
            r.pos == "subst" and not r.proper for r in found):
        return True  # "Sikorski zapewnił" (also an adjective), not "Lis uciekł" (a fox)
    return bool(classes) and (continued or not _common(word))


def _agrees(adjective: str, noun: str) -> bool:
    """Whether ``adjective`` can stand before ``noun`` as its adjective: a reading of each in one case, number and
    gender."""
    nouns = [r for r in readings(noun) if r.pos in ("subst", "depr") and not r.proper]
    return any(a.cases & n.cases and a.numbers & n.numbers and a.genders & n.genders
               for a in readings(adjective) if a.pos in ("adj", "ppas", "pact") for n in nouns)


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
    if j + 1 >= len(words) or not _head(run[0].text) or not words[j + 1].capital:
        return 0
    word, nxt = words[j], words[j + 1]
    if not (_joins(line, run[-1], word) and _joins(line, word, nxt)):
        return 0
    if word.text == "i" and len(run) > 1:
        return 2
    if word.text == "w" and PLACE in _classes(nxt.text) and all(_adjective(t.text) for t in run[1:]):
        return 2
    return 0


def _adjective(word: str) -> bool:
    return any(r.pos in ("adj", "ppas", "pact") for r in readings(word))


def _given(word: str) -> bool:
    return any(GIVEN in r.classes and r.base[:1].isupper() for r in readings(word))


def _cut(run: list[Token], role_before: bool) -> Iterator[list[Token]]:
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
    if _head(before):  # "Fundacja Wisławy Szymborskiej", "Biblioteka Beinecke"; not "Lewicy Włodzimierz Czarzasty"
        return _given(word) and not any(GIVEN in r.classes and "gen" in r.cases for r in readings(word))
    if acronym_of_role and not _classes(before) & {"człon_nazwy_organizacji"}:
        return _given(word) or not readings(word) or not _classes(word)  # "rzecznik MSZ Lin Jian", not "FC Porto"
    if demonym(before):
        return True  # "Słoweńcem Domenem Prevcem"
    person = [w for w in rest if w not in PARTICLES]
    if PLACE in _classes(before) and all(_given(w) or not readings(w) for w in person):
        # "Barcelony Hansi Flick", "Francji Emmanuelem Macronem"; not "New Haven"
        return len(person) > 1 or not _cases(before) & _cases(word)
    named = _adjective(before) or _org(before)
    return (_given(word) and not _given(before)) or (named and not readings(word))


def demonym(word: str) -> bool:
    """A noun for a person of a nation or a city, which Polish writes with a capital ("Słoweniec", "Polak")."""
    return any(r.base[:1].isupper() and not r.proper and r.pos == "subst" and r.genders & {"m1", "f"}
               for r in readings(word))


def _cases(word: str) -> frozenset[str]:
    """The cases ``word`` may be in: its readings', or for a word the dictionary lacks those an unambiguous ending
    gives ("Macronem": instrumental); every case when it says nothing."""
    found = frozenset(c for r in readings(word) for c in r.cases)
    if found:
        return found
    for ending, cases in OBLIQUE:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return cases
    return frozenset(CASES)


def _org(word: str) -> bool:
    return bool(_classes(word) & ORGANISATION)


def _person_word(word: str) -> bool:
    """A word a person's name may have: a given name, a surname, or one the dictionary lacks; not a place."""
    found = readings(word)
    if not found:
        return True
    classes = _classes(word)
    return bool(classes & {GIVEN, SURNAME}) and PLACE not in classes and not classes & ORGANISATION


def _surname(word: str) -> bool:
    return not readings(word) or bool(_classes(word) & {GIVEN, SURNAME})


def known_place(word: str) -> bool:
    """A reading of ``word`` is a place GeoNames knows ("Warszawie" -> Warszawa), not only a village the dictionary
    lists ("Zieliński" is also a form of "Zielińsk")."""
    return any((PLACE in r.classes or not r.proper) and places().candidates(r.base[:1].upper() + r.base[1:])
               for r in readings(word))  # "Łodzi": the city is the common noun "łódź" (a boat) in the dictionary


def _one_word(word: str, role_before: bool) -> str | None:
    classes = _classes(word)
    if demonym(word) and not known_place(word):
        return None  # "Polak" is also a surname
    if known_place(word):
        return "GPE"
    if classes & {GIVEN, SURNAME} and any(r.base == word for r in readings(word) if r.proper & {GIVEN, SURNAME}):
        return "PERSON"  # "Zieliński", "Kręcka": a surname as written
    if PLACE in classes:
        return "GPE"
    if classes & {GIVEN, SURNAME} or (role_before and not readings(word)):
        return "PERSON"
    return None


def club(words: list[str]) -> bool:
    """A name and a city or country in the nominative, not inflected with it: a sports club or a company's branch
    ("Legii Warszawa", "Lecha Poznań", "Interu Mediolan", "Santander Bank Polska"), not a place of two words
    ("Biała Podlaska")."""
    if len(words) < 2 or places().candidates(" ".join(words)) or _adjective(words[0]) or _given(words[0]):
        return False  # not "Marco Rubio" (Rubio, Venezuela)
    if known_place(words[0]):
        return False  # "Chile Santiago": a dateline's country and city
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
        return "GPE" if PLACE in _classes(first) and not _org(first) else "ORG"
    if len(words) > 1 and _given(first) and _surname(words[-1]) and not club(words):
        return "PERSON"  # also "firmy Katarzyna Wróbel"
    if company_before or any(t.acronym for t in run) or club(words):
        return "ORG"  # "koncern LG Energy Solution", "PKO BP", "Legia Warszawa"
    if any(_org(w) for w in words):
        return "ORG"
    heads = [w for w in words if _head(w)]
    if heads:
        return "ORG" if _lemmas(heads[0]) & ORGANISATION_HEADS else "LOC"
    if len(words) > 1 and all(_person_word(w) for w in words) and any(_given(w) or not readings(w) for w in words):
        return "PERSON"  # not "Wody Polskie" (two surnames' forms)
    if len(words) == 1:
        return _one_word(first, role_before)
    if any(PLACE in _classes(w) for w in words):
        return "GPE"
    person_like = all(not readings(w) or _given(w) or SURNAME in _classes(w) for w in words)
    if person_like and (role_before or all(not readings(w) or _given(w) for w in words)):
        return "PERSON"  # "Marco Rubio"
    if role_before and _surname(words[-1]) and not any(_head(w) or _adjective(w) or _org(w) for w in words):
        return "PERSON"  # "rzecznik MSZ Lin Jian" ("lin": a tench)
    # "Transparency International", "prezes dewelopera Eko-Dom Inwestycje"; not "Boże Narodzenie"
    return "ORG" if role_before or any(not readings(w) for w in words) else None


def role(words: list[Token], i: int) -> bool:
    """A role noun among the few words before the ``i``-th ("trener Hansi Flick", "sekretarz stanu USA Marco
    Rubio"), within its sentence."""
    for k in range(i - 1, max(-1, i - 1 - ROLE_WINDOW), -1):
        if _lemmas(words[k].text) & ROLES:
            return True
        if words[k].sentence_start:
            return False
    return False


def names(line: str) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of each name in ``line``."""
    words = tokens(line)
    index = {t.start: i for i, t in enumerate(words)}
    for whole in runs(line):
        for run in _cut(whole, role(words, index[whole[0].start])):
            i = index[run[0].start]
            before = words[i - 1].text if i > 0 else None
            kind = label(run, role(words, i), before is not None and bool(_lemmas(before) & OWNERS))
            if kind is not None:
                yield kind, run[0].start, run[-1].end
