"""bench/corpus.py's languages: the mix's shares, each language read as itself, the English corpus unchanged."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.corpus import ENGLISH, LANGUAGES, NEWSROOM_MIX, generate, iter_records
from pipeline.enrich.steps.language import identify


def test_english_only_is_the_default_and_draws_no_language() -> None:
    english = generate(120, seed=5, near_duplicate_share=0.3)
    assert {a.language for a in english} == {"en"}
    mixed = generate(120, seed=5, near_duplicate_share=0.3, mix=(("en", 0.5), ("de", 0.5)))
    assert {a.language for a in mixed} == {"en", "de"}
    assert [a.id for a in generate(120, seed=5, mix=ENGLISH)] == [a.id for a in english]


def test_distinct_stories_follow_the_mix() -> None:
    articles = generate(2000, seed=3, near_duplicate_share=0.0, mix=NEWSROOM_MIX)
    shares = Counter(a.language for a in articles)
    for code, weight in NEWSROOM_MIX:
        assert abs(shares[code] / len(articles) - weight) < 0.03, (code, shares[code])


def test_wire_copies_keep_their_story_language() -> None:
    records = list(iter_records(600, seed=9, near_duplicate_share=0.6, mix=NEWSROOM_MIX))
    by_outlet_language = Counter((r["sitename"], r["language"]) for r in records)
    outlets = {code: set(LANGUAGES[code].outlets) for code, _ in NEWSROOM_MIX}
    assert all(outlet in outlets[code] for outlet, code in by_outlet_language)


@pytest.mark.parametrize("code", [code for code, _ in NEWSROOM_MIX])
def test_each_language_is_identified_as_itself(code: str) -> None:
    articles = generate(40, seed=13, near_duplicate_share=0.0, mix=((code, 1.0),))
    assert [identify(f"{a.title}\n{a.text}")[0] for a in articles] == [code] * len(articles)
    assert all(a.authors and a.url is not None and a.url.isascii() for a in articles)


def test_an_unknown_language_or_weight_is_refused() -> None:
    with pytest.raises(ValueError, match="known languages"):
        generate(3, mix=(("xx", 1.0),))
    with pytest.raises(ValueError, match="positive weights"):
        generate(3, mix=(("en", 0.0),))
