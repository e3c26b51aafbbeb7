"""A mention of a named entity as the NER model (or a rule) found it: the surface text, its label, its span."""

from __future__ import annotations

from dataclasses import dataclass

FAMILY_NAME_FIRST = frozenset({"hu"})  # languages that write a person's family name first ("Orbán Viktor")


@dataclass(frozen=True)
class Mention:
    text: str
    label: str
    start: int = -1  # character offsets in the article text; -1 when unknown
    end: int = -1
