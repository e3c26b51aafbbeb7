"""Word count and reading time."""

from __future__ import annotations

import re

from pipeline.enrich.step import Step, StepOutput
from pipeline.models import Article, Provenance

WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
WORDS_PER_MINUTE = 230


def count_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))


def text_metrics(article: Article, words_per_minute: int = WORDS_PER_MINUTE) -> StepOutput:
    words = count_words(article.text)
    return {"word_count": words, "reading_time_minutes": round(words / words_per_minute, 2)}


METRICS = Step("metrics", Provenance(producer="newsline.metrics", version="1"), text_metrics)
