"""Merge the mentions of one entity within an article and pick its canonical name and label.

Rules, each general:
- an acronym in parentheses right after a name is that name ("the United Nations (UN)");
- an acronym that is the initials of exactly one organisation name is that organisation ("ECB");
- a person/organisation mention (or a place no gazetteer knows) that is the tail of exactly one multi-word
  person name is that person ("Fidan" -> "Hakan Fidan", "al-Assad" -> "Bashar al-Assad");
- a plural nationality is its singular when both occur ("Syrians" -> "Syrian");
- mentions with the same folded text are one entity, labelled by majority vote.
Canonical name: a person's longest form; otherwise the most frequent form, an acronym winning a tie.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from pipeline.enrich.entities.countries import fold, is_known_place, is_nationality
from pipeline.enrich.entities.mentions import KIND, Mention, is_acronym
from pipeline.models import Entity

MINOR_WORDS = frozenset({"of", "the", "and", "for", "de", "&"})
LABEL_PRIORITY = {"PERSON": 4, "ORG": 3, "GPE": 2, "LOC": 1, "NORP": 0}


def acronym_aliases(mentions: list[Mention], text: str) -> dict[str, str]:
    """Folded acronym -> folded long name, for 'Long Name (ACR)' patterns in the text."""
    aliases: dict[str, str] = {}
    for mention in mentions:
        if mention.end < 0 or is_acronym(mention.text):
            continue
        found = re.match(r"\s*\(([A-Z][A-Z0-9&.]{1,7})\)", text[mention.end : mention.end + 14])
        if found and is_acronym(found.group(1)):
            aliases[fold(found.group(1))] = fold(mention.text)
    return aliases


def initials_aliases(mentions: list[Mention]) -> dict[str, str]:
    """Folded acronym -> folded organisation name whose initials it is ('ECB' -> 'european central bank')."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        words = [w for w in mention.text.split() if w.casefold() not in MINOR_WORDS]
        if mention.label == "ORG" and len(words) > 1:
            by_initials["".join(w[0] for w in words).upper()].add(fold(mention.text))
    aliases = {}
    for mention in mentions:
        owners = by_initials.get(mention.text, set())
        if is_acronym(mention.text) and len(owners) == 1:
            aliases[fold(mention.text)] = next(iter(owners))
    return aliases


def surname_aliases(mentions: list[Mention]) -> dict[str, str]:
    """Folded short form -> folded full person name, where exactly one full name ends with it.

    Person and organisation mentions qualify; place mentions only when no gazetteer knows the name.
    """
    full = {fold(m.text) for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}
    aliases = {}
    for mention in mentions:
        short = fold(mention.text)
        if short in full or is_acronym(mention.text) or mention.label == "NORP":
            continue
        if mention.label in ("GPE", "LOC") and (is_known_place(mention.text) or is_nationality(mention.text)):
            continue
        owners = [name for name in full if name.endswith(" " + short)]
        if len(owners) == 1:
            aliases[short] = owners[0]
    return aliases


def plural_aliases(mentions: list[Mention]) -> dict[str, str]:
    """Folded plural nationality/group -> its singular when both occur ('Syrians' -> 'Syrian')."""
    groups = {fold(m.text) for m in mentions if m.label == "NORP"}
    return {g: g[:-1] for g in groups if g.endswith("s") and g[:-1] in groups}


def _label(labels: Counter[str], person_alias: bool) -> str:
    if person_alias:
        return "PERSON"
    return max(labels, key=lambda label: (labels[label], LABEL_PRIORITY[label]))


def _canonical(forms: Counter[str], label: str) -> str:
    if label == "PERSON":
        return max(forms, key=lambda f: (len(f.split()), len(f), forms[f]))
    return max(forms, key=lambda f: (forms[f], is_acronym(f), -len(f), -list(forms).index(f)))


def merge(mentions: list[Mention], text: str) -> list[Entity]:
    """One :class:`Entity` per merged group, most mentioned first, then by first appearance."""
    acronyms, surnames = acronym_aliases(mentions, text), surname_aliases(mentions)
    acronyms.update(plural_aliases(mentions))
    for short, long in initials_aliases(mentions).items():
        acronyms.setdefault(short, long)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        key = fold(mention.text)
        groups[surnames.get(key, acronyms.get(key, key))].append(mention)
    entities = []
    for members in groups.values():
        labels = Counter(m.label for m in members)
        label = _label(labels, any(fold(m.text) in surnames for m in members) and "PERSON" in labels)
        forms = Counter(m.text for m in members)
        entities.append(Entity(name=_canonical(forms, label), label=label, kind=KIND[label],
                               count=len(members), surface_forms=tuple(forms)))
    order = {id(e): i for i, e in enumerate(entities)}
    return sorted(entities, key=lambda e: (-e.count, order[id(e)]))
