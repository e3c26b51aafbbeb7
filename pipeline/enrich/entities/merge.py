"""Merge the mentions of one entity within an article and pick its canonical name and label.

Rules, each general:
- a gazetteer name (config/gazetteer) is that entry: its canonical name and its label, whatever the model said;
- an acronym in parentheses right after a name is that name ("the United Nations (UN)");
- an acronym that is the initials of exactly one organisation name is that organisation ("ECB");
- a shorter form of a multi-word person name (surname "Fidan", first name "Gordon") is the nearest full name
  before it that ends (starts) with it, else the only one in the article; place mentions qualify only when no
  gazetteer knows the name; in a script written without spaces, the full name begins (a family name: "石破" of
  "石破茂") or ends (a foreign name's last part: "トランプ" of "ドナルド・トランプ") with it;
- in a script written without spaces, an organisation name whose characters stand in order in exactly one
  longer organisation name of the article, starting with its first, is that name's abbreviation ("日銀" of
  "日本銀行", "自民党" of "自由民主党");
- a shortened organisation name ("Norvik", "Baltic Freight") is the one longer organisation name it begins
  (names that only extend each other count as one), when the short form was labelled an organisation once or
  the long one ends with a company word ("Kellaway" -> "Kellaway Construction");
- a plural nationality is its singular when both occur ("Syrians" -> "Syrian");
- mentions with the same folded text are one entity.
Label: the gazetteer's; else PERSON for a person's short forms; else a majority vote of all mentions, a tie
going to the label of the longest mention, then to PERSON > ORG > GPE > LOC > NORP. A one-word person
mentioned once, with no full name and no gazetteer entry, is dropped (no support); not in a script written
without spaces, where every name is one word.
Canonical name: the gazetteer's; a person's (or a shortened organisation's) longest form; otherwise the most
frequent form, an acronym winning a tie.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from pipeline.enrich.entities.countries import fold, is_known_place, is_nationality
from pipeline.enrich.entities.gazetteer import Entry
from pipeline.enrich.entities.gazetteer import default as gazetteer
from pipeline.enrich.entities.mention import Mention, unspaced
from pipeline.enrich.entities.mentions import KIND, is_acronym
from pipeline.enrich.entities.roles import CORPORATE_DESIGNATORS
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
        owners = by_initials.get(re.sub(r"[&.]", "", mention.text), set())
        if is_acronym(mention.text) and len(owners) == 1:
            aliases[fold(mention.text)] = next(iter(owners))
    return aliases


def plural_aliases(mentions: list[Mention]) -> dict[str, str]:
    """Folded plural nationality/group -> its singular when both occur ('Syrians' -> 'Syrian')."""
    groups = {fold(m.text) for m in mentions if m.label == "NORP"}
    return {g: g[:-1] for g in groups if g.endswith("s") and g[:-1] in groups}


def _may_be_short_person(mention: Mention) -> bool:
    if is_acronym(mention.text) or mention.label == "NORP" or gazetteer().lookup(mention.text):
        return False
    return mention.label not in ("GPE", "LOC") or not (is_known_place(mention.text) or is_nationality(mention.text))


def _full_person(mention: Mention) -> bool:
    if mention.label != "PERSON":
        return False
    return len(mention.text.split()) > 1 or (unspaced(mention.text) and len(fold(mention.text)) > 2)


def _part_of(short: str, full: str) -> bool:
    """Whether folded ``short`` is a person's family or given name within folded ``full``."""
    if unspaced(short):
        return len(short) >= 2 and short != full and (full.startswith(short) or full.endswith(short))
    return full.endswith(" " + short) or full.startswith(short + " ")


def person_short_forms(mentions: list[Mention]) -> dict[int, str]:
    """Index of a short person mention -> folded full name: the nearest one before it, else the only one."""
    full = [(m.start, fold(m.text)) for m in mentions if _full_person(m)]
    names = {name for _, name in full}
    out = {}
    for i, mention in enumerate(mentions):
        short = fold(mention.text)
        if (short in names and not unspaced(short)) or not _may_be_short_person(mention):
            continue
        owners = [(start, n) for start, n in full if _part_of(short, n)]
        before = [o for o in owners if 0 <= o[0] < mention.start]
        if before:
            out[i] = max(before)[1]
        elif len({n for _, n in owners}) == 1:
            out[i] = owners[0][1]
    return out


def org_short_forms(mentions: list[Mention]) -> dict[str, str]:
    """Folded short organisation name -> folded longer organisation name it begins."""
    orgs = {fold(m.text): m.text for m in mentions if m.label == "ORG" and len(m.text.split()) > 1}
    labels: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        labels[fold(m.text)].add(m.label)
    aliases = {}
    for short, short_labels in labels.items():
        if "PERSON" in short_labels or "NORP" in short_labels or is_known_place(short) or gazetteer().lookup(short):
            continue
        owners = sorted((o for o in orgs if o.startswith(short + " ")), key=len)
        if not owners or not all(owners[-1].startswith(o) for o in owners):
            continue
        corporate = orgs[owners[-1]].split()[-1] in CORPORATE_DESIGNATORS and "LOC" not in short_labels
        if "ORG" in short_labels or corporate:
            aliases[short] = owners[-1]
    return aliases


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(char in rest for char in short)


def abbreviation_aliases(mentions: list[Mention]) -> dict[str, str]:
    """Folded abbreviation -> folded organisation name, in scripts written without spaces ("日銀" -> "日本銀行")."""
    orgs = {fold(m.text) for m in mentions if m.label == "ORG" and unspaced(m.text)}
    aliases = {}
    for short in orgs:
        owners = [o for o in orgs if len(o) > len(short) >= 2 and o[0] == short[0] and _in_order(short, o)]
        if len(owners) == 1 and not is_known_place(short):
            aliases[short] = owners[0]
    return aliases


@dataclass
class _Group:
    members: list[Mention]
    entry: Entry | None = None
    short_person: bool = False
    short_org: bool = False

    def label(self) -> str:
        if self.entry is not None:
            return self.entry.label
        labels = Counter(m.label for m in self.members)
        if self.short_person and "PERSON" in labels:
            return "PERSON"
        longest = max(self.members, key=lambda m: len(m.text.split()))
        return max(labels, key=lambda lb: (labels[lb], lb == longest.label, LABEL_PRIORITY[lb]))

    def unsupported(self, label: str) -> bool:
        only = self.members[0].text
        return (label == "PERSON" and self.entry is None and len(self.members) == 1 and " " not in only
                and not unspaced(only))


def _canonical(forms: Counter[str], label: str, short_org: bool) -> str:
    if label == "PERSON" or (short_org and label == "ORG"):
        return max(forms, key=lambda f: (len(f.split()), len(f), forms[f]))
    return max(forms, key=lambda f: (forms[f], is_acronym(f), -len(f), -list(forms).index(f)))


def _groups(mentions: list[Mention], text: str) -> dict[str, _Group]:
    aliases = acronym_aliases(mentions, text)
    aliases.update(plural_aliases(mentions))
    abbreviations = abbreviation_aliases(mentions)
    for table in (initials_aliases(mentions), org_short_forms(mentions), abbreviations):
        for short, long in table.items():
            aliases.setdefault(short, long)
    people = person_short_forms(mentions)
    org_aliases = set(org_short_forms(mentions)) | set(abbreviations)
    groups: dict[str, _Group] = {}
    for i, mention in enumerate(mentions):
        entry = gazetteer().lookup(mention.text)
        key = fold(entry.name) if entry else people.get(i) or aliases.get(fold(mention.text), fold(mention.text))
        entry = entry or gazetteer().lookup(key)
        group = groups.setdefault(key, _Group([]))
        group.members.append(mention)
        group.entry = group.entry or entry
        group.short_person = group.short_person or i in people
        group.short_org = group.short_org or (fold(mention.text) in org_aliases and key != fold(mention.text))
    return groups


def merge(mentions: list[Mention], text: str) -> list[Entity]:
    """One :class:`Entity` per merged group, most mentioned first, then by first appearance."""
    entities = []
    for group in _groups(mentions, text).values():
        label = group.label()
        if group.unsupported(label):
            continue
        forms = Counter(m.text for m in group.members)
        name = group.entry.name if group.entry else _canonical(forms, label, group.short_org)
        entities.append(Entity(name=name, label=label, kind=KIND[label], count=len(group.members),
                               surface_forms=tuple(forms), gazetteer=group.entry.source if group.entry else None))
    order = {id(e): i for i, e in enumerate(entities)}
    return sorted(entities, key=lambda e: (-e.count, order[id(e)]))
