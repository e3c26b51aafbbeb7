"""Article-level evidence on who is a person and what is not, from how the text uses a name.

- a surname: a one-word mention that is the last word of a two- or three-word name in the same article
  ("Claure" and "Marcelo Claure") makes that name a person's, both labelled PERSON, when the name is shaped like
  a person's (capitalised words, no organisation or place word, no place or nationality in it) and the article
  says so once: the model called either a person, the name starts with a given name, or the text puts a title,
  a role, a reporting verb or "who" next to it ("SoftBank's Marcelo Claure said", "Claure added"); a surname the
  model missed but the text writes alone counts too, with a title, role, reporting verb or "who" as evidence,
  and so does a role noun right before the name ("its owner, Gerlinde Pommer");
- a common noun: a one-word "person" the text writes after "the" as a thing ("the Moon", "to the Moon's south
  pole"; not "the Trump administration", where the name qualifies a noun) is no person: a celestial body
  (config/gazetteer/celestial-bodies.txt) is a place (LOC), anything else is dropped, unless a full name of a
  person in the article contains the word ("Moon Jae-in");
- the object of a possessive: a one-word mention right after "<Name>'s " whose word the article also writes in
  lower case ("Hitler's House" in a headline, "the house" in the body) is a common noun, not a name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.enrich.entities.countries import fold, is_known_place, is_nationality
from pipeline.enrich.entities.gazetteer import default as gazetteer
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.roles import (
    DESCRIPTORS,
    FUNCTION_WORDS,
    ORG_DESIGNATORS,
    PLACE_WORDS,
    ROLE_PATTERN,
    TITLES,
)

NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*)*$")  # Claure, O'Brien, Jae-in; not Residents'
REPORTING = r"(?:said|says|told|added|adds|argued|explained|wrote|insisted|warned|stressed|noted)"
HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?"
# words that may follow a thing named after "the": auxiliaries, prepositions, conjunctions ("the Moon is", "the
# Moon by 2030"); any other lower-case word makes the name a qualifier ("the Trump administration")
AFTER_THING = FUNCTION_WORDS | frozenset("""
is was are were has had have will would can could may might must shall should does did
s which while when where than then but nor so yet because after before until since around about over
""".split())
DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
NEXT_WORD = re.compile(r"\s*(?:['’]s\b|([A-Za-z]+))?")
POSSESSOR_BEFORE = re.compile(r"[A-Z][\w.-]*['’]s?\s+$")
ROLE_BEFORE = re.compile(rf"{ROLE_PATTERN.pattern},?\s+$", re.IGNORECASE)


def _person_shaped(words: list[str]) -> bool:
    return (2 <= len(words) <= 3 and all(NAME_WORD.match(w) for w in words)
            and words[-1] not in ORG_DESIGNATORS | PLACE_WORDS
            and not any(w in TITLES or w.casefold() in DESCRIPTORS | FUNCTION_WORDS for w in words)
            and not any(is_known_place(w) or is_nationality(w) for w in words))


def _may_be_surname(mention: Mention) -> bool:
    text = mention.text
    return (" " not in text and mention.label != "NORP" and NAME_WORD.match(text) is not None
            and not gazetteer().lookup(text) and not is_known_place(text) and not is_nationality(text))


def _role_cue(name: str, text: str) -> bool:
    """A role noun right before the name somewhere ('its owner, Gerlinde Pommer', 'Sprint CEO Marcelo Claure')."""
    return any(ROLE_BEFORE.search(text, max(0, m.start() - 40), m.start()) for m in re.finditer(re.escape(name), text))


def _said_cue(name: str, surname: str, text: str) -> bool:
    """A title, a reporting verb or 'who' next to the name or its surname ('Mr Claure', 'Claure added')."""
    return any(re.search(rf"\b{HONORIFIC}\s+{word}\b|\b{word},?\s+(?:who|{REPORTING})\b|\b{REPORTING}\s+{word}\b", text)
               for word in (re.escape(name), re.escape(surname)))


def _alone_in_text(surname: str, name: str, text: str) -> bool:
    """``surname`` is written somewhere outside ``name`` ('Claure added' besides 'Marcelo Claure')."""
    inside = {m.end() - len(surname) for m in re.finditer(re.escape(name), text)}
    return any(found.start() not in inside for found in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text))


def surname_evidence(mentions: list[Mention], text: str) -> list[Mention]:
    """A name whose last word the article uses alone is a person's, and so is that surname ('Claure')."""
    candidates: dict[str, Mention] = {}  # a full name the model called a person takes its surname along (merge)
    for m in mentions:
        if m.label not in ("PERSON", "NORP") and " " in m.text and fold(m.text) not in candidates:
            words = m.text.split()
            if _person_shaped(words) and not gazetteer().lookup(m.text):
                candidates[fold(m.text)] = m
    if not candidates:
        return mentions
    surnames = {fold(m.text.split()[-1]) for m in candidates.values()}
    labels: dict[str, set[str]] = {}
    for m in mentions:
        if fold(m.text) in surnames or fold(m.text) in candidates:
            labels.setdefault(fold(m.text), set()).add(m.label)
    singles = {fold(m.text) for m in mentions if fold(m.text) in surnames and _may_be_surname(m)}
    people: set[str] = set()
    for key, m in candidates.items():
        words = m.text.split()
        surname = fold(words[-1])
        if surname in singles:  # the model found the surname alone: any sign of a person will do
            said_person = "PERSON" in labels[key] | labels[surname]
            if (said_person or gazetteer().is_given_name(words[0]) or _role_cue(m.text, text)
                    or _said_cue(m.text, words[-1], text)):
                people |= {key, surname}
        elif _role_cue(m.text, text) or (_alone_in_text(words[-1], m.text, text)
                                         and _said_cue(m.text, words[-1], text)):
            people.add(key)
    if not people:
        return mentions
    return [replace(m, label="PERSON") if fold(m.text) in people and m.label != "PERSON" else m for m in mentions]


def _written_as_thing(word: str, text: str) -> bool:
    """Some occurrence of ``word`` is 'the <word>' not followed by a noun it qualifies."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if not DEFINITE_BEFORE.search(text, max(0, found.start() - 6), found.start()):
            continue
        after = NEXT_WORD.match(text, found.end())
        following = after.group(1) if after else None
        if following is None or following in AFTER_THING:
            return True
    return False


def common_nouns(mentions: list[Mention], text: str) -> list[Mention]:
    """One-word 'people' the text writes as things ('the Moon'): celestial bodies become places, others go."""
    in_full_names = {fold(w) for m in mentions if m.label == "PERSON" and " " in m.text for w in m.text.split()}
    verdict: dict[str, bool] = {}
    out = []
    for m in mentions:
        key = fold(m.text)
        if m.label != "PERSON" or " " in m.text or key in in_full_names or gazetteer().lookup(m.text):
            out.append(m)
            continue
        if key not in verdict:
            verdict[key] = _written_as_thing(m.text, text)
        if not verdict[key]:
            out.append(m)
        elif gazetteer().is_celestial(m.text):
            out.append(replace(m, label="LOC"))
    return out


def possessive_objects(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop a one-word mention right after '<Name>'s ' that the article also writes in lower case ('House')."""
    out = []
    for m in mentions:
        word = m.text
        if (" " not in word and m.label != "NORP" and m.start > 0
                and POSSESSOR_BEFORE.search(text, max(0, m.start - 40), m.start)
                and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text)):
            continue
        out.append(m)
    return out
