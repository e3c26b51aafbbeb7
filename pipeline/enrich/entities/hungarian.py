"""Hungarian case endings in entity names: the form an editor would record ("Budapest", "Ursula von der Leyen"),
not the one the sentence writes ("Budapesten", "Ursula von der Leyennel").

Hungarian puts its cases on the name's last word. An ending comes off when the rest cannot be anything else:
- after a hyphen ("VSC-t", "NATO-nak");
- an instrumental or translative that doubles the last consonant ("Leyennel", "Kijevvel", "Beregszásszal");
- after a vowel it lengthens ("Szibihával", "Akadémiát", "Kárpátalján": a → á, e → é);
- the longer endings ("-ból", "-nál", "-ban", "-nek"...) after a consonant.
A short ending ("-on", "-t", "-ra", "-ba"...) ends many names too ("Lisszabon", "Sandra", "Córdoba"), so it comes off
only when the rest is known: the article writes it as a word, it is a known place or gazetteer name, a Hungarian
given name (the last word of a person's name), or an organisation's head noun ("Egyetemen" → "Egyetem").
A word that is itself known keeps its form. Nothing is made up beyond the ending (and a lengthened final vowel).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.enrich.entities.countries import fold, is_known_place
from pipeline.enrich.entities.gazetteer import default as gazetteer
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.places.geonames import default as places

CASE = ("nak", "nek", "ban", "ben", "ba", "be", "ból", "ből", "ról", "ről", "ra", "re", "tól", "től", "hoz", "hez",
        "höz", "nál", "nél", "val", "vel", "on", "en", "ön", "n", "ot", "et", "öt", "at", "t", "ért", "ig", "ként", "é")
HYPHENATED = re.compile(rf"^(.{{2,}}?)-({'|'.join(sorted(CASE, key=len, reverse=True))})$")
LENGTHENED = re.compile(rf"^(.{{2,}})([áé])({'|'.join(sorted(CASE, key=len, reverse=True))})$")
DOUBLED = re.compile(r"^(.{2,}?)(ssz|ccs|zzs|ggy|lly|nny|tty|([bcdfghjklmnprstvz])\3)(?:al|el|á|é)$")
LONG = ("ból", "ből", "ról", "ről", "tól", "től", "nál", "nél", "höz", "ként", "nak", "nek", "ban", "ben", "hoz", "hez")
LOCATIVE = frozenset({"ban", "ben", "ba", "be", "ból", "ből", "on", "en", "ön", "n"})  # in, into, out of, on a place
SHORT = ("ba", "be", "ra", "re", "on", "en", "ön", "ot", "et", "öt", "at", "t", "ig", "val", "vel")
CONSONANT_END = re.compile(r"[^aeiouáéíóöőúüű]$", re.IGNORECASE)
# the last word of many organisations' names: known whatever stands before it
HEADS = tuple(fold(head) for head in (
    "egyetem", "bizottság", "szövetség", "hivatal", "párt", "bank", "akadémia", "tanács", "minisztérium", "kormány",
    "társaság", "intézet", "központ", "egyesület", "alapítvány", "kamara", "bíróság", "testület", "hatóság",
    "ügynökség", "szervezet", "szolgálat", "iroda", "múzeum", "színház", "kórház", "főiskola", "gimnázium", "unió",
    "parlament", "országgyűlés", "ság", "ség"))
INSTITUTIONS = tuple(head for head in HEADS if head not in ("sag", "seg"))  # not a place ("Jászság" is)
# given names, which stand last in a Hungarian person's name (where its case ending goes)
GIVEN = frozenset(fold(name) for name in """
    ádám andrás antal árpád attila balázs bálint barnabás béla bence botond csaba dániel dávid dénes endre ernő
    ferenc gábor gergely gergő géza györgy gyula imre istván jános józsef kálmán károly krisztián lajos lászló
    levente lőrinc máté mátyás mihály miklós márton nándor norbert ottó pál péter richárd róbert sándor szabolcs
    tamás tibor viktor vilmos zoltán zsolt zsombor
    ágnes andrea anikó anita anna beáta bernadett boglárka csilla dóra edina emese erika erzsébet eszter éva
    gabriella hajnalka ildikó ilona irén judit júlia katalin klára krisztina lilla márta melinda mónika nikolett
    noémi orsolya piroska réka rita szilvia tímea valéria veronika viktória zita zsófia zsuzsanna
""".split())


def _candidates(word: str) -> list[tuple[str, str, bool]]:
    """(stem, ending, certain) for each way ``word`` can end in a case; certain when no known form is needed."""
    found: list[tuple[str, str, bool]] = []
    if match := HYPHENATED.match(word):
        found.append((match.group(1), match.group(2), True))
    if match := DOUBLED.match(word):
        stem = match.group(1) + match.group(2)[1:]
        found.append((stem, "val", len(stem) >= 4))
    if match := LENGTHENED.match(word):
        # "-n", "-t" after "á"/"é" may be the name's own end ("Orbán", "Milán"): known forms only
        ending = match.group(3)
        found.append((match.group(1) + {"á": "a", "é": "e"}[match.group(2)], ending, len(ending) > 1))
    for ending in (*LONG, *SHORT):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3 or stem[-1] in "aeAE":  # a stem's "a", "e" would lengthen
            continue
        if stem[-1] in "cC" and ending[0] == "h":  # "Sánchez": a "ch" is no Hungarian stem's end
            continue
        if CONSONANT_END.search(stem):
            found.append((stem, ending, ending in LONG and len(stem) >= 4))
        elif ending in LONG:  # after another vowel: "Tokióban", "Ohiónak"
            found.append((stem, ending, len(stem) >= 4))
    return found


def listed(word: str, person: bool) -> bool:
    """A known place, a gazetteer name, a given name (of a person) or an organisation's head noun (of others)."""
    if is_place(word, hungarian_only=len(word) < 4) or gazetteer().lookup(word) is not None:
        return True
    folded = fold(word)
    return folded in GIVEN if person else folded.endswith(HEADS)


def is_place(word: str, hungarian_only: bool = False) -> bool:
    """A country or a GeoNames place; ``hungarian_only``: a place in Hungary ("Vác", "Ózd"; not India's "Bid"
    for "Biden")."""
    if hungarian_only:
        return any(place.country == "HU" for place in places().candidates(word))
    return is_known_place(word) or bool(places().candidates(word))


def nominative(mention: Mention, words: frozenset[str]) -> list[Mention]:
    """``mention`` with its last word's case ending off; ``words``: the words the article writes. A place's
    ending ("Szegeden") on a person's or organisation's last word is the model's error: the place is cut off
    ("Karikó Katalin Szegeden") or the one word relabelled ("Beregszászon" as a person)."""
    head, _, last = mention.text.rpartition(" ")
    person = mention.label == "PERSON"
    if len(last) < 4 or not last[0].isupper() or listed(last, person):
        return [mention]
    for stem, ending, certain in _candidates(last):
        name = f"{head} {stem}" if head else stem
        if not (certain or stem in words or listed(stem, person) or (head and listed(name, person))):
            continue
        if mention.label in ("GPE", "LOC"):
            return [replace(mention, text=name, label="ORG" if fold(name).endswith(INSTITUTIONS) else mention.label)]
        if ending not in LOCATIVE or not is_place(stem, hungarian_only=len(stem) < 4):
            return [replace(mention, text=name)]
        return _place_cut_off(mention, head, stem)
    return [mention]


def _place_cut_off(mention: Mention, head: str, stem: str) -> list[Mention]:
    """A person's or organisation's mention that ends in a place with a place's case: the place, and before it the
    organisation or a person's name of two words or more ("Karikó Katalin Szegeden", "Liverpool Londonban")."""
    start = mention.start + len(head) + 1 if head and mention.start >= 0 else mention.start
    place = replace(mention, text=stem, label="GPE", start=start)
    if not head or (mention.label == "PERSON" and len(head.split()) < 2):
        return [place]
    return [replace(mention, text=head, end=mention.start + len(head) if mention.start >= 0 else -1), place]


def normalise(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one Hungarian article with the case ending off each name's last word (order kept)."""
    words = frozenset(re.findall(r"\w+", text))
    return [found for m in mentions for found in nominative(m, words)]
