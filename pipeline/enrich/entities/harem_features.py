"""The input of NLPyPort's HAREM CRF, rebuilt from a line of text: its tokens, their tags, and per token
the features of the word and of two words either side (shape, case, affixes, word, tag and lemma), named and valued
as the model expects them. Pure functions; :mod:`pipeline.enrich.entities.nlpyport_ner` runs the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.enrich.entities.bio import Token

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]")
ALPHANUMERIC = re.compile(r"^(?=.*[0-9]$)(?=.*[a-zA-Z])")
AFFIXES = range(1, 6)
WINDOW = (("", 0), ("prev_", -1), ("next_", 1), ("prev_prev_", -2), ("next_next_", 2))


def tokens(line: str) -> list[Token]:
    """The line's words and punctuation. Contractions stay as written: expanding them as NLPyPort's tokenizer does
    ("da" -> "de a") found fewer names (places' recall 0.51 instead of 0.70 on ``ner_samples/pt.json``)."""
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(line)]


def short_tag(tag: str | None) -> str:
    """The tag as NLPyPort passes it on: the part after a colon, if any."""
    parts = (tag or "").split(":")
    return parts[1] if len(parts) > 1 else parts[0]


def _shape(word: str) -> str:
    return "".join(("a" if c.islower() else "A") if c.isalpha() else "#" if c.isdigit() else "-" for c in word)


NAMES = ("contains_punct", "word_shape", "ends_in_s", "ends_in_a", "ascii", "is_all_lowercase", "is_first_uppercase",
         "is_complete_uppercase", "is_numeric", "is_alpha", "is_alphanumeric", "length",
         *(f"{side}_{n}" for n in AFFIXES for side in ("prefix", "suffix")))
# each window position's feature names, in the order the model was fed them: the word's own, then word, pos, lemma
KEYS = {prefix: (*(prefix + name for name in NAMES), prefix + "word", prefix + "pos", prefix + "lemma")
        for prefix, _ in WINDOW}


@lru_cache(maxsize=8192)  # under 1 KB a word: some 6.4 MB when full
def _word_values(word: str) -> tuple[str, ...]:
    """The values of a word's own features, in the order of :data:`NAMES` (a word recurs in five windows and in
    many lines, so they are computed once)."""
    return (
        "1" if any(not (c.isalpha() or c.isdigit()) for c in word) else "0",
        _shape(word),
        str(word[-1:] == "s"),
        str(word[-1:] == "a"),
        str(len(word) == len(word.encode())),
        str(word.lower() == word and not word.isdigit()),
        str(word.isupper()),  # "is_first_uppercase", as trained: the whole word in capitals
        str(word.upper() == word and not word.isdigit()),
        str(word.isdigit()),
        str(word.isalpha()),
        str(bool(ALPHANUMERIC.match(word))),
        word,  # "length", as trained: the word itself
        *(part for n in AFFIXES for part in (word[:n], word[-n:])),
        word,
    )


def _at(items: Sequence[str], index: int, offset: int) -> str:
    """The item ``offset`` from ``index``, or "" past either end (two back needs index >= 2, as trained)."""
    where = index + offset
    return items[where] if 0 <= where < len(items) else ""


def features(words: Sequence[str], tags: Sequence[str], index: int) -> dict[str, str]:
    """The CRF's features of one token."""
    out: dict[str, str] = {}
    for prefix, offset in WINDOW:
        word, tag = _at(words, index, offset), _at(tags, index, offset)
        out.update(zip(KEYS[prefix], (*_word_values(word), tag, word.lower()), strict=True))
    return out


def sequence(words: Sequence[str], tags: Sequence[str]) -> list[dict[str, str]]:
    return [features(words, tags, i) for i in range(len(words))]
