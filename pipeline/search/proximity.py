"""Finding the article a reader remembers: the words' proximity ranks, one misremembered word still matches.

- **Proximity** (a ``should`` clause on plain text: it ranks, it never widens or narrows the match; text with
  operators says what it wants itself): the words as a phrase
  with ``PHRASE_SLOP`` on the body, the lead and the title, and every pair of neighbouring words as a
  phrase on the body. An article that holds the passage outranks one that merely has its words scattered,
  and a passage with one wrong word still shares most of its neighbouring pairs with the article.
- **Remembered passages**: plain text (no operators) of five to ten words must match all its words but one,
  longer text all but a fifth (``minimum_should_match`` ``4<-1 10<-20%``), so one word wrong in eight still
  finds the article; shorter text, and text with operators (quotes, ``-``, ``|``, ``+``, ``*``, brackets),
  keeps every word required.
- **Order kept** (:func:`order_kept`, a filter beside the relaxed match): a document without one of the words
  must hold the passage's order: half its neighbouring pairs as phrases, and its first and last word no
  further apart than the passage's length, in the body or the title. A reprint that has the words scattered, or one cut
  to fit inside the passage (a copy the story clusters kept apart), does not come back beside the article;
  the price is a misremembered first or last word, which needs every other word again.
"""

from __future__ import annotations

import re
from typing import Any

OPERATORS = re.compile(r"(?:^|\s)[-+]|[\"|()~*\\]")
WORD = re.compile(r"\w+", re.UNICODE)
STRICT_WORDS = 4
REMEMBERED = f"{STRICT_WORDS}<-1 10<-20%"
PHRASE_SLOP = 2
PHRASE_FIELDS = {"text": 3.0, "lead": 2.0, "title": 2.0}
MAX_PAIRS = 15  # neighbouring pairs of the first 16 words
PAIRS_KEPT = "50%"  # one wrong word in the middle of eight breaks two of seven pairs
PAIR_FIELDS = ("text", "title")


def plain(text: str) -> bool:
    """Whether ``text`` is words only: no simple_query_string operator a relaxed match would change."""
    return not OPERATORS.search(text)


def remembered(text: str) -> bool:
    """Whether ``text`` reads as a remembered passage: plain and longer than ``STRICT_WORDS`` words."""
    return plain(text) and len(WORD.findall(text)) > STRICT_WORDS


def _words(text: str) -> list[str]:
    return [token for token in OPERATORS.sub(" ", text).split() if WORD.search(token)]


def _pairs(words: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)][:MAX_PAIRS]


def proximity_clause(text: str) -> dict[str, Any] | None:
    """The ranking clause for ``text``'s word order, or ``None`` for fewer than two words."""
    words = _words(text)
    if len(words) < 2:
        return None
    passage = " ".join(words)
    clauses: list[dict[str, Any]] = [
        {"match_phrase": {field: {"query": passage, "slop": PHRASE_SLOP, "boost": boost}}}
        for field, boost in PHRASE_FIELDS.items()
    ]
    pairs = _pairs(words)
    if len(pairs) > 1:
        clauses.extend({"match_phrase": {"text": {"query": pair}}} for pair in pairs)
    return {"bool": {"should": clauses}}


def order_kept(text: str) -> dict[str, Any]:
    """What a document that misses one of a remembered passage's words must hold: at least ``PAIRS_KEPT`` of
    its neighbouring pairs as phrases, and its first and last word within the passage's length of each other."""
    words = _words(text)
    phrases = [{"multi_match": {"query": pair, "type": "phrase", "fields": list(PAIR_FIELDS)}}
               for pair in _pairs(words)]
    ends = {"multi_match": {"query": f"{words[0]} {words[-1]}", "type": "phrase", "slop": len(words),
                            "fields": list(PAIR_FIELDS)}}
    return {"bool": {"should": phrases, "minimum_should_match": PAIRS_KEPT, "filter": [ends]}}
