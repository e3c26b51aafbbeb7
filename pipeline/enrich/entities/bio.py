"""Token labels in the BIO scheme ("B-PER", "I-PER", "O") to names over the written text: the tokens a model gives
are found in the line they came from, and each run of one kind becomes a span of that line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class Token(NamedTuple):
    text: str
    start: int
    end: int


def align(line: str, words: Sequence[str]) -> list[Token]:
    """Each word found in ``line`` after the previous one; a word the tokenizer rewrote (not found) gets an empty
    span where the search stands, so it extends no name."""
    out: list[Token] = []
    position = 0
    for word in words:
        found = line.find(word, position) if word else -1
        if found < 0:
            out.append(Token(word, position, position))
            continue
        position = found + len(word)
        out.append(Token(word, found, position))
    return out


def spans(found: Sequence[Token], labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each B-/I- run of labels, over the written text its tokens come from."""
    out: list[tuple[str, int, int]] = []
    inside = False
    for token, label in zip(found, labels, strict=True):
        position, _, kind = label.partition("-")
        if inside and position == "I" and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1], max(out[-1][2], token.end))
            continue
        inside = position in ("B", "I") and bool(kind) and token.end > token.start
        if inside:
            out.append((kind, token.start, token.end))
    return out
