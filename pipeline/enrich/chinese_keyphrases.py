"""Key phrases of a Chinese text: jieba's words ranked by TF-IDF against the IDF table shipped in its package
("新能源汽车", "防汛", "半导体"). YAKE cannot cut Chinese into words.

Only nouns, verbal nouns and other proper nouns count; person, place and organisation words are left to the
entities. The title counts three times, as for Japanese.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import version
from typing import Any

from pipeline.enrich.entities import jieba_ner

MAX_CHARS = 2_000  # the title and the lead; the phrases of a longer text are those of its start
KINDS = ("n", "vn", "nz")  # nouns, verbal nouns ("投资"), other proper nouns (products, events)
VERSION = f"jieba-{version('jieba')}"


@lru_cache(maxsize=1)
def _ranker() -> Any:
    from jieba.analyse import TFIDF

    ranker = TFIDF()
    ranker.tokenizer, ranker.postokenizer = jieba_ner.load().tokenizer, jieba_ner.load()  # one dictionary
    return ranker


def phrases(title: str, text: str, top: int) -> list[str]:
    """The ``top`` key phrases of a Chinese article, best first."""
    body = f"{title}\n{title}\n{title}\n{text}"[:MAX_CHARS]
    return [str(word) for word in _ranker().extract_tags(body, topK=top, allowPOS=KINDS) if len(word) >= 2]
