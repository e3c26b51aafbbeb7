"""German inflection in entity names: the form an editor would record, not the case the sentence puts it in.

- a place in the genitive ("Europas", "Österreichs", "Leverkusens") is the place ("Europa") when that form is a
  known place or the article names it so elsewhere;
- a name whose first word is a weak adjective after a definite article ("der Europäischen Union", "der
  Deutschen Bank") takes the nominative ending ("Europäische Union", "Deutsche Bank").
Only forms the text or the gazetteer gives are produced: nothing is made up beyond that ending.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.enrich.entities.countries import is_known_place
from pipeline.enrich.entities.mention import Mention

ARTICLE_BEFORE = re.compile(r"\b(?:der|des|dem|den)\s+$", re.IGNORECASE)
WEAK_ADJECTIVE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]*[bcdfghklnprtuzßäöü])en$")  # not Hessen, Bremen


def genitive_place(mention: Mention, said: set[str]) -> Mention:
    text = mention.text
    if mention.label not in ("GPE", "LOC") or len(text) < 4 or not text.endswith("s") or text.endswith("ss"):
        return mention
    base = text[:-1]
    return replace(mention, text=base) if base in said or is_known_place(base) else mention


def nominative(mention: Mention, text: str) -> Mention:
    words = mention.text.split()
    if len(words) < 2 or mention.label == "PERSON" or mention.start < 0:
        return mention
    if ARTICLE_BEFORE.search(text[max(0, mention.start - 8):mention.start]) is None:
        return mention
    found = WEAK_ADJECTIVE.match(words[0])
    if found is None:
        return mention
    return replace(mention, text=f"{found.group(1)}e {' '.join(words[1:])}")


def normalise(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one German article with genitive places and weak adjectives put right (order kept)."""
    said = {m.text for m in mentions}
    return [nominative(genitive_place(m, said), text) for m in mentions]
