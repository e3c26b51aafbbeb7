"""Key phrases with YAKE, de-duplicated against each other and against the article's entities. YAKE splits words at
spaces, which Japanese and Chinese do not write: they have their own (Japanese: runs of nouns,
:mod:`pipeline.enrich.japanese_keyphrases`; Chinese: jieba's words by TF-IDF,
:mod:`pipeline.enrich.chinese_keyphrases`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.metadata import version
from importlib.resources import files
from itertools import islice
from typing import Any

from pipeline.enrich import chinese_keyphrases, japanese_keyphrases
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.models import Article, Provenance

TOP = 10
CANDIDATES = 40
MAX_NGRAM = 3
WORD = re.compile(r"\w+(?:['’-]\w+)*")
NON_SPACE = re.compile(r"\S+")
OVERLAP = 0.5
LEAD_WORDS = 300  # YAKE reads the title and the lead: its cost grows with the text, the key phrases do not
YAKE_CODES = {"cs": "cz"}  # ISO 639-1 -> YAKE's stopword list name where they differ


# languages whose words YAKE cannot find (no spaces between them): their own word cutters
OWN = {"ja": japanese_keyphrases.phrases, "zh": chinese_keyphrases.phrases}


@lru_cache(maxsize=1)
def supported_languages() -> frozenset[str]:
    names = [p.name for p in files("yake.core").joinpath("StopwordsList").iterdir()]
    lists = {n[len("stopwords_") : -len(".txt")] for n in names if n.startswith("stopwords_")} - {"noLang"}
    return frozenset(lists | {iso for iso, code in YAKE_CODES.items() if code in lists} | set(OWN))


@lru_cache(maxsize=16)
def _extractor(language: str) -> Any:
    import yake

    return yake.KeywordExtractor(lan=YAKE_CODES.get(language, language), n=MAX_NGRAM, dedup_lim=0.7, top=CANDIDATES)


def tokens(phrase: str) -> frozenset[str]:
    return frozenset(w.casefold().replace("’", "'") for w in WORD.findall(phrase))


def _redundant(words: frozenset[str], kept: Iterable[frozenset[str]]) -> bool:
    """Half the words of the shorter phrase are in a better-ranked phrase (sub-phrases, reorderings)."""
    return any(len(words & other) / min(len(words), len(other)) >= OVERLAP for other in kept)


def _is_entity(words: frozenset[str], entity_words: frozenset[str]) -> bool:
    """Half or more of the phrase's words belong to entity names ('Russia and Iran', 'National Security')."""
    return len(words & entity_words) / len(words) >= OVERLAP


def dedupe(phrases: Sequence[str], entity_forms: Iterable[str], top: int = TOP) -> list[str]:
    """Drop phrases that are an entity or overlap a better-ranked phrase or entity by half their words."""
    entity_words = frozenset().union(*(tokens(f) for f in entity_forms))
    kept: list[str] = []
    kept_words: list[frozenset[str]] = []
    for phrase in phrases:
        words = tokens(phrase)
        if not words or _redundant(words, kept_words) or _is_entity(words, entity_words):
            continue
        kept.append(phrase)
        kept_words.append(words)
        if len(kept) == top:
            break
    return kept


def lead(text: str, words: int = LEAD_WORDS) -> str:
    """The first ``words`` whitespace-separated words of ``text`` (all of it when shorter), line breaks kept."""
    ends = [found.end() for found in islice(NON_SPACE.finditer(text), words)]
    return text if not ends or ends[-1] == len(text.rstrip()) else text[: ends[-1]]


def keywords(article: Article, fields: Fields) -> StepOutput:
    language = fields["language"]["code"]
    if language in OWN:
        ranked = OWN[language](article.title, article.text, CANDIDATES)
    else:
        text = f"{article.title}\n{lead(article.text)}"
        ranked = [phrase for phrase, _ in _extractor(language).extract_keywords(text)]
    forms = [form for e in fields.get("entities") or [] for form in (e["name"], *e["surface_forms"])]
    return {"keywords": dedupe(ranked, forms)}


def _batch(articles: Sequence[Article], fields: Sequence[Fields]) -> list[StepOutput]:
    return [keywords(a, f) for a, f in zip(articles, fields, strict=True)]


KEYWORDS = Step(
    "keywords",
    Provenance(producer="yake", version=f"{version('yake')}+lead{LEAD_WORDS}+ja-{japanese_keyphrases.VERSION}"
                                        f"+zh-{chinese_keyphrases.VERSION}"),
    batch=_batch,
    languages=supported_languages(), uses=("entities",),
)
