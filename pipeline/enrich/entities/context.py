"""Mention rules that read the article around a mention or the other mentions of the same article.

- a possessive compound is two mentions when its owner is supported ("Halvorsen's Norvik": "Erik Halvorsen"
  appears, "Syria's National Security Bureau": a known place) or the model called it a person ("Hitler's House");
- surnames, common nouns and possessive objects (:mod:`pipeline.enrich.entities.people`);
- "<Org> for <Other>" is two mentions when <Other> is mentioned on its own;
- person evidence: a given name right before a one-word mention ("Omer" + "Ozkizilcik"), a name led by a
  given name ("Jordan Ellis"), an apposition with a role noun ("Kyle Orton, an expert"); a one-word person
  whose full name the model missed, written elsewhere after a given name ("Tomasz Wierzbicki");
- gazetteer names the model missed, written exactly as listed, are mentions too;
- organisation evidence: a "person" whose last word is an organisation word ("App Store"), one followed by a
  role noun ("Bernstein analyst"), or one right after "<person> of" ("Owen Pryce of Peel Hunt").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.enrich.entities.countries import fold, is_known_place, is_nationality
from pipeline.enrich.entities.gazetteer import default as gazetteer
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.people import common_nouns, possessive_objects, surname_evidence
from pipeline.enrich.entities.roles import ORG_DESIGNATORS, PLACE_WORDS, ROLE_PATTERN

POSSESSIVE = re.compile(r"^(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)'s? (?P<rest>[A-Z].*)$")
CONJOINED = re.compile(r"^(?P<left>.+?) (?:for|and) (?P<right>[A-Z].*)$")
APPOSITION = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{ROLE_PATTERN.pattern}", re.IGNORECASE)
EMPLOYER_ROLE = re.compile(r"\s+(?:analysts?|economists?|strategists?|chief executive|chief|boss|manager|director|"
                           r"spokes(?:man|woman|person))\b")
PREVIOUS_WORD = re.compile(r"(?<![\w.])([A-Z][a-z]+) $")
AFTER_OF = re.compile(r"(\S)\s+of\s+(?:the\s+)?$")
NAME_WORD = re.compile(r"^[A-Z][a-z'’-]+$")


def _owner_label(owner: str, others: dict[str, str]) -> str | None:
    if is_known_place(owner) and not is_nationality(owner):
        return "GPE"
    key = fold(owner)
    if key in others:
        return others[key]
    if gazetteer().is_given_name(owner.split()[0]) and len(owner.split()) > 1:
        return "PERSON"
    return None


def split_possessive(mentions: list[Mention], text: str = "") -> list[Mention]:
    """'<Owner>'s <Rest>' is two mentions when the owner is supported or the model called the whole a person
    (a person's name has no possessive inside: "Hitler's House" is Hitler and a house, never one name)."""
    others: dict[str, str] = {}
    for m in mentions:
        if "'s " not in m.text and "' " not in m.text:
            others.setdefault(fold(m.text), m.label)
            others.setdefault(fold(m.text.split()[-1]), m.label)
    out = []
    for m in mentions:
        found = POSSESSIVE.match(m.text)
        label = _owner_label(found.group("owner"), others) if found else None
        if found is not None and label is None and m.label == "PERSON":
            label = "PERSON"
        if found is None or label is None:
            out.append(m)
            continue
        owner, rest = found.group("owner"), found.group("rest")
        rest_label = "ORG" if m.label == "PERSON" and label != "GPE" else m.label
        at = text.rfind(rest, m.start, m.end) if 0 <= m.start < m.end <= len(text) else -1
        out += [replace(m, text=owner, label=label, end=m.start + len(owner) if m.start >= 0 else -1),
                replace(m, text=rest, label=rest_label, start=at, end=at + len(rest) if at >= 0 else -1)]
    return out


def split_conjoined(mentions: list[Mention]) -> list[Mention]:
    texts = {fold(m.text) for m in mentions}
    out = []
    for m in mentions:
        found = CONJOINED.match(m.text) if m.label == "ORG" else None
        if found and fold(found.group("right")) in texts:
            out += [replace(m, text=found.group("left")), replace(m, text=found.group("right"))]
        else:
            out.append(m)
    return out


def _looks_like_person_name(words: list[str]) -> bool:
    return (2 <= len(words) <= 3 and all(NAME_WORD.match(w) for w in words) and gazetteer().is_given_name(words[0])
            and words[-1] not in ORG_DESIGNATORS | PLACE_WORDS)


def person_evidence(m: Mention, text: str, given_name_first: bool = True) -> list[Mention]:
    if m.label == "NORP" or gazetteer().lookup(m.text) or is_known_place(m.text):
        return [m]
    words = m.text.split()
    if given_name_first and m.start > 0 and len(words) == 1:  # 'Omer' + 'Ozkizilcik': the given name left out
        before = PREVIOUS_WORD.search(text, max(0, m.start - 20), m.start)
        if before and gazetteer().is_given_name(before.group(1)):
            return [replace(m, text=f"{before.group(1)} {m.text}", label="PERSON", start=before.start(1))]
    if m.label == "PERSON":
        return [m]
    if len(words) > 2 and is_nationality(words[0]) and _looks_like_person_name(words[1:]):  # 'American Jordan Ellis'
        nationality = replace(m, text=words[0], label="NORP", end=m.start + len(words[0]) if m.start >= 0 else -1)
        return [nationality, replace(m, text=" ".join(words[1:]), label="PERSON")]
    if _looks_like_person_name(words) or (m.end > 0 and APPOSITION.match(text, m.end)):
        return [replace(m, label="PERSON")]
    return [m]


def full_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A one-word person with no full name among the mentions, written elsewhere after a given name, gets it."""
    people = [m for m in mentions if m.label == "PERSON"]
    full = {fold(w) for m in people if " " in m.text for w in m.text.split()}
    extra = []
    for word in {m.text for m in people if " " not in m.text and fold(m.text) not in full and NAME_WORD.match(m.text)}:
        for found in re.finditer(rf"(?<![\w-])([A-Z][a-z]+) {re.escape(word)}(?![\w-])", text):
            if gazetteer().is_given_name(found.group(1)):
                extra.append(replace(people[0], text=found.group(0), start=found.start(), end=found.end()))
                break
    taken = [(m.start, m.end) for m in mentions]
    extra = [e for e in extra if not any(a <= e.start < b for a, b in taken)]
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


def gazetteer_mentions(mentions: list[Mention], text: str) -> list[Mention]:
    """Gazetteer names written exactly so in the text where the model found nothing (ordered by position)."""
    taken = [(m.start, m.end) for m in mentions if m.start >= 0]
    extra = [replace(mentions[0], text=name, label=gazetteer().entries[fold(name)].label, start=start, end=end)
             for start, end, name in gazetteer().find(text)
             if not any(a < end and start < b for a, b in taken)] if mentions else []
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions


def org_evidence(m: Mention, text: str, person_ends: set[int]) -> Mention:
    if m.label != "PERSON":
        return m
    words = m.text.split()
    if len(words) > 1 and words[-1] in ORG_DESIGNATORS:
        return replace(m, label="ORG")
    if len(words) == 1 and m.end > 0 and EMPLOYER_ROLE.match(text, m.end):
        return replace(m, label="ORG")
    window = max(0, m.start - 12)
    after_of = AFTER_OF.search(text[window : m.start]) if m.start > 0 else None
    if after_of and window + after_of.end(1) in person_ends:
        return replace(m, label="ORG")
    return m


def apply_context(mentions: list[Mention], text: str, given_name_first: bool = True) -> list[Mention]:
    """``given_name_first``: False for languages that write the family name first (Hungarian: "Orbán Viktor
    Brüsszelben", where the word after the given name is not the surname)."""
    mentions = possessive_objects(split_conjoined(split_possessive(mentions, text)), text)
    mentions = [found for m in mentions for found in person_evidence(m, text, given_name_first)]
    mentions = gazetteer_mentions(full_names(surname_evidence(mentions, text), text), text)
    person_ends = {m.end for m in mentions if m.label == "PERSON" and m.end > 0}
    return common_nouns([org_evidence(m, text, person_ends) for m in mentions], text)
