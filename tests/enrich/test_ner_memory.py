"""The NER model's vocabulary stays bounded: past its budget, novel tokens leave the vocabulary and string store
as they were.

spaCy adds every token it has not seen (names, numbers, typos) to the shared vocabulary for good unless the
text is processed inside a memory zone; a worker reading news for weeks would grow without bound. Inside a zone
it caches nothing, so a model first keeps up to ``ner.VOCABULARY_BUDGET`` strings (the stream's common words),
then runs every batch in a zone.
"""

from __future__ import annotations

import random
import string

import pytest

from pipeline.enrich.entities import ner

FIXED = "Amina Okafor told reporters in Lagos on Monday that the World Health Organization would send staff."


def novel_lines(rng: random.Random, count: int) -> list[str]:
    def word() -> str:
        token = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 10)))
        return token.capitalize() if rng.random() < 0.3 else token

    return [" ".join(word() for _ in range(30)) + "." for _ in range(count)]


def test_past_the_budget_novel_tokens_leave_the_vocabulary_and_string_store_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = ner.load("en")
    before = list(ner.mentions([FIXED], cache=ner.LineCache(size=1)))  # warm: the model's own strings are in
    monkeypatch.setitem(ner.VOCABULARY_LIMIT, "en", len(nlp.vocab.strings))  # the budget is spent
    strings = len(nlp.vocab.strings)
    rng = random.Random(7)
    for _ in range(3):
        list(ner.mentions(novel_lines(rng, 100), cache=ner.LineCache(size=1)))  # ~3,000 tokens never seen before
    after = list(ner.mentions([FIXED], cache=ner.LineCache(size=1)))
    assert len(nlp.vocab.strings) == strings
    assert after == before and {m.label for m in before[0]} == {"PERSON", "GPE", "ORG"}


def test_within_the_budget_tokens_are_kept_and_growth_stops_at_it(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = ner.load("en")
    list(ner.mentions([FIXED], cache=ner.LineCache(size=1)))
    start = len(nlp.vocab.strings)
    monkeypatch.setitem(ner.VOCABULARY_LIMIT, "en", start + 100)
    rng = random.Random(11)
    list(ner.mentions(novel_lines(rng, 50), cache=ner.LineCache(size=1)))  # ~1,500 novel tokens, kept
    kept = len(nlp.vocab.strings)
    assert kept > start + 100  # this batch began within the budget: its words stay cached
    for _ in range(2):
        list(ner.mentions(novel_lines(rng, 100), cache=ner.LineCache(size=1)))
    assert len(nlp.vocab.strings) == kept  # past the budget: every batch in a memory zone
