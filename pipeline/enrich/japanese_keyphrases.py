"""Key phrases of a Japanese text: runs of common nouns as SudachiPy cuts them (split mode C, the dictionary GiNZA's
model reads too), "政策金利", "金融政策決定会合", "首脳会談". YAKE splits words at spaces and punctuation, and a
Japanese sentence has neither between its words: it returned whole clauses.

A phrase is a run of nouns: numbers, counters after them ("19日", "0.5%"), adverbial nouns alone ("現在", "今年")
and formal nouns ("こと", "ため") end or drop it; a run of proper nouns only is a name, and a run with a person's
name a person and a title ("植田総裁"): the entities carry those.
Ranked by how often the title and the lead say it (the title counts three times), then by where it first stands.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from importlib.metadata import version
from typing import Any

MAX_CHARS = 2_000  # the title and the lead; the phrases of a longer text are those of its start
FORMAL = frozenset("""こと もの ため よう ところ これ それ 方 中 後 前 上 下 間 際 者 等 化 的 程度 年度 最後 各地 今回 同日
一方""".split())
VERSION = f"sudachipy-{version('sudachipy')}+sudachidict-core-{version('sudachidict-core')}"


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    from sudachipy import Dictionary, SplitMode

    return Dictionary().create(SplitMode.C)


def _runs(text: str) -> Iterator[tuple[str, bool]]:
    """(surface, proper nouns only) of each run of nouns in ``text``."""
    run: list[str] = []
    proper = True
    person = False
    after_number = False
    for morpheme in _tokenizer().tokenize(text):
        pos = morpheme.part_of_speech()
        surface = morpheme.surface()
        counter = after_number and pos[2] == "助数詞可能"
        after_number = pos[1] == "数詞"
        if pos[0] != "名詞" or after_number or counter or surface in FORMAL:
            if run and not person:
                yield "".join(run), proper
            run, proper, person = [], True, False
            continue
        if not run and pos[2] == "副詞可能":
            continue  # '現在', '今年': when, not what
        run.append(surface)
        proper = proper and pos[1] == "固有名詞"
        person = person or pos[2] == "人名"
    if run and not person:
        yield "".join(run), proper


def phrases(title: str, text: str, top: int) -> list[str]:
    """Up to ``top`` key phrases of an article, best first."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for weight, part in ((3, title), (1, text[:MAX_CHARS])):
        for phrase, proper in _runs(part):
            if len(phrase) < 2 or proper:
                continue
            counts[phrase] += weight
            first.setdefault(phrase, len(first))
    return sorted(counts, key=lambda p: (-counts[p], first[p]))[:top]
