"""Polish names (:mod:`pipeline.enrich.entities.polish_kinds`) and their nominatives
(:mod:`pipeline.enrich.entities.polish`) on arbitrary text: every span is a name the line writes, every kind one
of newsline's labels, and nothing raises (Morfeusz is a native library: no input may crash the worker)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.polish import normalise
from pipeline.enrich.entities.polish_kinds import names
from pipeline.enrich.quotes import find_quotes

pytestmark = pytest.mark.fuzz

POLISH = "aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ"
WORDS = st.sampled_from(["Donald", "Tusk", "Tuskiem", "w", "Warszawie", "Komisji", "Europejskiej", "i", "prezes",
                         "NBP", "mBanku", "Legii", "Warszawa", "–", "„", "”", ".", ",", "powiedział", "von", "der",
                         "Lądek-Zdrój", "MW", "Polska", "Macronem", "Chile", "Santiago", "\n"])
TEXT = st.one_of(
    st.lists(st.one_of(WORDS, st.text(alphabet=POLISH + "0123456789-'’ .,–„”\u0301\u200b日😀", max_size=12)),
             max_size=40).map(" ".join),
    st.text(max_size=200),
)


@given(TEXT)
def test_names_are_spans_of_the_line_and_nominatives_never_raise(text: str) -> None:
    for line in text.split("\n"):
        found = list(names(line))
        assert all(0 <= start < end <= len(line) and label in {"PERSON", "ORG", "GPE", "LOC"}
                   for label, start, end in found)
    mentions = [Mention(text[s:e], label, s, e) for label, s, e in names(text.replace("\n", " "))]
    fixed = normalise(mentions, text.replace("\n", " "))
    assert len(fixed) == len(mentions) and all(m.text.strip() for m in fixed)
    find_quotes(text, [], "pl")
