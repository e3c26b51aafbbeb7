"""Italian entity names without the sentence's words in front: a capitalised preposition, adverb or elided
article at the start of a sentence taken into the name ("Dalla Germania", "Anche Coldiretti", "L'Inter")."""

from __future__ import annotations

from dataclasses import replace

from pipeline.enrich.entities.mention import Mention

LEADING = frozenset({"dalla", "dal", "dallo", "dai", "dalle", "della", "del", "dello", "alla", "al", "allo", "nella",
                     "nel", "nello", "anche", "secondo", "per", "con", "tra", "fra", "su", "sulla", "sul", "da", "di",
                     "a", "in", "e", "ma", "la", "il", "lo", "le", "gli", "i", "un", "una", "uno"})
ELIDED = ("L'", "l'", "L’", "l’", "D'", "d'", "D’", "d’", "Dell'", "dell'", "All'", "all'", "Nell'", "nell'")


def strip_leading(mention: Mention) -> Mention:
    """Not from persons: 'Nello Musumeci', 'Stefano Lo Russo' start with words that are prepositions elsewhere."""
    if mention.label in ("PERSON", "PER"):
        return mention
    text, cut = mention.text, 0
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold() in LEADING:
        cut += len(words[0]) + 1
        words.pop(0)
    rest = text[cut:]
    for prefix in ELIDED:
        if rest.startswith(prefix) and len(rest) > len(prefix) + 1 and rest[len(prefix)].isupper():
            cut += len(prefix)
            break
    if cut == 0:
        return mention
    start = mention.start + cut if mention.start >= 0 else -1
    return replace(mention, text=text[cut:], start=start)


def normalise(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one Italian article without leading sentence words (order kept)."""
    return [strip_leading(m) for m in mentions]
