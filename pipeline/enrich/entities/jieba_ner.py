"""Chinese NER: jieba's word cutting and part-of-speech tags, from the dictionary and HMM shipped inside the
``jieba`` package on PyPI (MIT; nothing is downloaded).

jieba is no statistical NER model: its tags come from a 350,000-word dictionary that marks person (``nr``, and
``nrt``/``nrfg`` for transliterated and well-known names), place (``ns``) and organisation (``nt``) words, and an
HMM that tags the words the dictionary lacks. Names cut into several words are joined
(:mod:`pipeline.enrich.entities.chinese_words`), and each mention then goes through the Chinese rules
(:mod:`pipeline.enrich.entities.chinese`), which check its shape. The process's default tokenizer is used, so the
key phrases (:mod:`pipeline.enrich.chinese_keyphrases`) share its dictionary. Loaded once per process, on the first
Chinese article.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from pipeline.enrich.entities.chinese_words import compounds, names_after_titles, tagged, with_dotted_names
from pipeline.exceptions import NewslineError

log = logging.getLogger(__name__)

Found = tuple[tuple[str, str, int, int], ...]  # (text, label, start, end) within the line

PACKAGE = "jieba"


class JiebaModelError(NewslineError):
    """The jieba package or its dictionary is missing or does not load."""


@lru_cache(maxsize=1)
def load() -> Any:
    """jieba's default part-of-speech tokenizer, its dictionary loaded."""
    try:
        import jieba
        import jieba.posseg
    except ImportError as exc:
        raise JiebaModelError(f"the {PACKAGE} package (Chinese word cutting) is not installed: {exc}") from exc
    jieba.setLogLevel(logging.WARNING)  # its own logger announces each dictionary load on stderr
    try:
        jieba.initialize()
    except (OSError, ValueError) as exc:
        raise JiebaModelError(f"cannot load jieba's dictionary: {exc}") from exc
    log.info("ner model loaded package=%s version=%s language=zh", PACKAGE, model_version())
    return jieba.posseg.dt


def dictionary_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives ``word`` (None for a word it lacks)."""
    tag: str | None = load().word_tag_tab.get(word)
    return tag


def frequency(word: str) -> int:
    """How often ``word`` occurs in the corpus jieba's dictionary was counted from (0 for a word it lacks)."""
    count: int | None = load().tokenizer.FREQ.get(word)
    return count or 0


def model_version() -> str:
    try:
        return f"jieba-{version(PACKAGE)}"
    except PackageNotFoundError:
        return "jieba-missing"


def run_model(lines: Sequence[str]) -> list[Found]:
    """The mentions of each line, in order."""
    tokenizer = load()
    found = []
    for line in lines:
        words = compounds(names_after_titles([(p.word, p.flag) for p in tokenizer.cut(line)]))
        spans = with_dotted_names(line, list(tagged(words)))
        found.append(tuple((line[s:e], label, s, e) for label, s, e in spans))
    return found
