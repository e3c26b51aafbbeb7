"""A mention of a named entity as the NER model (or a rule) found it: the surface text, its label, its span."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

FAMILY_NAME_FIRST = frozenset({"hu"})  # languages that write a person's family name first ("Orbán Viktor")
# kana and CJK ideographs: scripts written without spaces between words and without letter case
UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def unspaced(text: str) -> bool:
    """Whether ``text`` has a character of a script written without spaces or case (Japanese, Chinese): its
    names are not told by capitals or word boundaries."""
    return UNSPACED_SCRIPT.search(text) is not None


@dataclass(frozen=True)
class Mention:
    text: str
    label: str
    start: int = -1  # character offsets in the article text; -1 when unknown
    end: int = -1


def strip_edges(mention: Mention, edges: str) -> Mention | None:
    """The mention without the characters of ``edges`` at its ends (quotation brackets, punctuation), its offsets
    moved with it; None when nothing is left."""
    text = mention.text.strip(edges)
    if not text:
        return None
    if text == mention.text:
        return mention
    at = mention.text.find(text)
    start = mention.start + at if mention.start >= 0 else -1
    return replace(mention, text=text, start=start, end=start + len(text) if start >= 0 else -1)


def country_pair(mention: Mention, short_forms: frozenset[str]) -> bool:
    """Whether a place is two to four one-character short forms of countries ("日米", "中美"): a pair of countries
    in Japanese and Chinese, not a place."""
    return mention.label in ("GPE", "LOC") and 2 <= len(mention.text) <= 4 and set(mention.text) <= short_forms
