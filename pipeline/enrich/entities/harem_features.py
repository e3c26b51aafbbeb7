"""The input of NLPyPort's HAREM CRF, rebuilt from a line of text: its tokens, their tags, and per token
the features of the word and of two words either side (shape, case, affixes, word, tag and lemma), named and valued
as the model expects them. Pure functions; :mod:`pipeline.enrich.entities.nlpyport_ner` runs the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

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


def _word_features(word: str, prefix: str) -> Iterator[tuple[str, str]]:
    yield prefix + "contains_punct", "1" if any(not (c.isalpha() or c.isdigit()) for c in word) else "0"
    yield prefix + "word_shape", _shape(word)
    yield prefix + "ends_in_s", str(word[-1:] == "s")
    yield prefix + "ends_in_a", str(word[-1:] == "a")
    yield prefix + "ascii", str(len(word) == len(word.encode()))
    yield prefix + "is_all_lowercase", str(word.lower() == word and not word.isdigit())
    yield prefix + "is_first_uppercase", str(word.isupper())  # as trained: the whole word in capitals
    yield prefix + "is_complete_uppercase", str(word.upper() == word and not word.isdigit())
    yield prefix + "is_numeric", str(word.isdigit())
    yield prefix + "is_alpha", str(word.isalpha())
    yield prefix + "is_alphanumeric", str(bool(ALPHANUMERIC.match(word)))
    yield prefix + "length", word  # as trained: the word itself
    for n in AFFIXES:
        yield prefix + f"prefix_{n}", word[:n]
        yield prefix + f"suffix_{n}", word[-n:]


def _at(items: Sequence[str], index: int, offset: int) -> str:
    """The item ``offset`` from ``index``, or "" past either end (two back needs index >= 2, as trained)."""
    where = index + offset
    return items[where] if 0 <= where < len(items) else ""


def features(words: Sequence[str], tags: Sequence[str], index: int) -> dict[str, str]:
    """The CRF's features of one token."""
    out: dict[str, str] = {}
    for prefix, offset in WINDOW:
        word, tag = _at(words, index, offset), _at(tags, index, offset)
        out.update(_word_features(word, prefix))
        out.update({prefix + "word": word, prefix + "pos": tag, prefix + "lemma": word.lower()})
    return out


def sequence(words: Sequence[str], tags: Sequence[str]) -> list[dict[str, str]]:
    return [features(words, tags, i) for i in range(len(words))]
