"""Entities name only what the text says: every surface form, and the name unless the gazetteer gives it.

A name is *said* when the article writes it as whole words in that order (case, accents, curly apostrophes and
runs of white space aside); in a script written without spaces (Japanese, Chinese) where it is written at all.
Normalisation only cuts mentions down (articles, titles, possessive endings) and
joins them by rules; :func:`ground` is the invariant that holds it to that: a surface form the text never says
is dropped, an entity left with none is dropped, and a name the text never says (other than a gazetteer's
canonical name, "Associated Press" for "AP") is replaced by the entity's longest form the text does say.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pipeline.enrich.entities.countries import fold
from pipeline.enrich.entities.gazetteer import default as gazetteer
from pipeline.enrich.entities.mention import unspaced
from pipeline.models import Entity

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Said:
    """The folded text of one article, to ask whether it says a name."""

    folded: str

    @classmethod
    def of(cls, text: str) -> Said:
        return cls(f" {fold(text)} ")

    def __call__(self, name: str) -> bool:
        key = fold(name)
        if not key:
            return False
        start = self.folded.find(key)
        while start >= 0:
            end = start + len(key)
            if not (_joined(self.folded[start - 1], key[0]) or _joined(self.folded[end], key[-1])):
                return True
            start = self.folded.find(key, start + 1)
        return False


def _joined(outside: str, edge: str) -> bool:
    """Whether the character next to a found name makes it part of a longer word: a letter or digit, unless
    either side is of a script written without spaces."""
    return outside.isalnum() and not (unspaced(outside) or unspaced(edge))


def _gazetteer_name(entity: Entity) -> bool:
    entry = gazetteer().lookup(entity.name)
    return entity.gazetteer is not None and entry is not None and entry.name == entity.name


def ground(entities: list[Entity], text: str) -> list[Entity]:
    """The entities with every name the text never says taken out (see the module's docstring)."""
    said = Said.of(text)
    out = []
    for entity in entities:
        forms = tuple(f for f in entity.surface_forms if said(f))
        if not forms:
            log.warning("entity dropped reason=not-in-text label=%s", entity.label)
            continue
        name = entity.name
        if not (said(name) or _gazetteer_name(entity)):
            log.warning("entity renamed reason=not-in-text label=%s", entity.label)
            name = max(forms, key=len)
        out.append(entity if (name, forms) == (entity.name, entity.surface_forms)
                   else entity.model_copy(update={"name": name, "surface_forms": forms}))
    return out
