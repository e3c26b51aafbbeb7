"""The NER model does not keep what it reads: novel tokens leave the vocabulary and string store as they were.

spaCy adds every token it has not seen (names, numbers, typos) to the shared vocabulary for good unless the
text is processed inside a memory zone; a worker reading news for weeks would grow without bound.
"""

from __future__ import annotations

import random
import string

from pipeline.enrich.entities import ner

FIXED = "Amina Okafor told reporters in Lagos on Monday that the World Health Organization would send staff."


def novel_lines(rng: random.Random, count: int) -> list[str]:
    def word() -> str:
        token = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 10)))
        return token.capitalize() if rng.random() < 0.3 else token

    return [" ".join(word() for _ in range(30)) + "." for _ in range(count)]


def test_novel_tokens_leave_the_vocabulary_and_string_store_unchanged() -> None:
    nlp = ner.load("en")
    before = list(ner.mentions([FIXED], cache=ner.LineCache(size=1)))  # warm: the model's own strings are in
    strings = len(nlp.vocab.strings)
    rng = random.Random(7)
    for _ in range(3):
        list(ner.mentions(novel_lines(rng, 100), cache=ner.LineCache(size=1)))  # ~3,000 tokens never seen before
    after = list(ner.mentions([FIXED], cache=ner.LineCache(size=1)))
    assert len(nlp.vocab.strings) == strings
    assert after == before and {m.label for m in before[0]} == {"PERSON", "GPE", "ORG"}
