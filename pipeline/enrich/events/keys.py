"""The keys two articles must share to be linked, comparable across languages.

- ``country:XX``: ISO 3166 codes of the countries step (places and nationalities in any language), and of
  any other key that names a country ("Chile", "Chili"): *weak* keys, a country is shared by many events;
- ``person:<surname>``, ``org:<name>``, ``place:<name>``: entity names, folded (accents, case) — persons by
  their family name, so "Lagarde" and "Christine Lagarde" meet (the first word in a language that writes it
  first: Hungarian "Orbán Viktor" and English "Viktor Orbán" meet on "orban");
- ``name:<word>``: capitalised words of four letters or more that do not start a sentence, folded, except
  weekdays and months: proper names in a language without an NER model (Dutch) still match ("Valparaiso").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from pipeline.enrich.entities.countries import country_named
from pipeline.enrich.entities.mention import FAMILY_NAME_FIRST

KINDS = {"person": "person", "organization": "org", "place": "place"}
COUNTRY = "country:"
CALENDAR = frozenset("""
monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag
sonntag january february march april june july august september october november december januar februar
marz juni juli oktober dezember""".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)\s*[\"'«“]?$")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())


def proper_names(text: str) -> set[str]:
    """Capitalised words (4+ letters) not at the start of a sentence, folded."""
    names = set()
    for match in re.finditer(r"\b[^\W\d_][\w'-]{3,}", text):
        word = match.group(0)
        if not word[0].isupper() or _SENTENCE_START.search(text[:match.start()]):
            continue
        names.add(fold(word.split("'")[-1]))
    return {n for n in names if len(n) >= 4 and n not in CALENDAR}


def entity_keys(entities: Iterable[Mapping[str, Any]], lang: str | None = None) -> set[str]:
    family = 0 if lang in FAMILY_NAME_FIRST else -1  # the family name's word in a person's name
    keys = set()
    for entity in entities:
        prefix = KINDS.get(entity["kind"])
        name = fold(entity["name"])
        if prefix and name:
            keys.add(f"{prefix}:{name.split()[family] if prefix == 'person' else name}")
    return keys


def link_keys(text: str, entities: Iterable[Mapping[str, Any]], countries: Iterable[str],
              lang: str | None = None) -> frozenset[str]:
    """Every key of an article (``text``: the embedded title and lead; ``lang``: its language's code)."""
    keys = entity_keys(entities, lang) | {f"name:{name}" for name in proper_names(text)}
    named = {key: country_named(key.split(":", 1)[1]) for key in keys}
    weak = {f"{COUNTRY}{code}" for code in (*countries, *(c for c in named.values() if c))}
    return frozenset(weak | {key for key, code in named.items() if not code})


def specific(keys: Iterable[str]) -> set[str]:
    """The keys that are not countries."""
    return {key for key in keys if not key.startswith(COUNTRY)}
