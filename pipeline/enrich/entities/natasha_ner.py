"""Russian NER: Natasha's slovnet news model with its navec embeddings, both shipped inside the ``natasha`` wheel
on PyPI (MIT; the model files are read from the installed package, nothing is downloaded).

The package itself is not used: its morphology (``MorphVocab``, which its name normaliser needs) runs on pymorphy2,
which fails on Python 3.11 (``inspect.getargspec`` is gone, and it imports ``pkg_resources``); newsline puts names in
the nominative with pymorphy3 instead (:mod:`pipeline.enrich.entities.russian`). Only the two model files are read,
by the ``slovnet`` and ``navec`` packages (NumPy inference, no torch). Labels become
spaCy's (PER -> PERSON, LOC -> GPE, ORG -> ORG). Loaded once per process, on the first Russian article.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from pipeline.enrich.entities.packaged import package_dir
from pipeline.exceptions import NewslineError

log = logging.getLogger(__name__)

Found = tuple[tuple[str, str, int, int], ...]  # (text, label, start, end) within the line

PACKAGE = "natasha"
EMBEDDING = "data/emb/navec_news_v1_1B_250K_300d_100q.tar"
MODEL = "data/model/slovnet_ner_news_v1.tar"
LABEL_MAP = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG"}
BATCH_SIZE = 64  # lines per model call


class SlovnetModelError(NewslineError):
    """The natasha package or its model files are missing, or slovnet cannot load them."""


def _package_dir() -> Path:
    root = package_dir(PACKAGE)
    if root is None:
        raise SlovnetModelError(f"the {PACKAGE} package (Russian NER model files) is not installed")
    return root


@lru_cache(maxsize=1)
def load() -> Any:
    from navec import Navec
    from slovnet import NER

    root = _package_dir()
    try:
        tagger = NER.load(str(root / MODEL), batch_size=BATCH_SIZE)
        tagger.navec(Navec.load(str(root / EMBEDDING)))
    except (OSError, ValueError, KeyError) as exc:
        raise SlovnetModelError(f"cannot load the Russian NER model from {root}: {exc}") from exc
    log.info("ner model loaded package=%s version=%s language=ru", PACKAGE, model_version())
    return tagger


def model_version() -> str:
    try:
        return f"natasha-{version(PACKAGE)}+slovnet-{version('slovnet')}"
    except PackageNotFoundError:
        return "natasha-missing"


def run_model(lines: Sequence[str]) -> list[Found]:
    """The mentions of each line, in order."""
    tagger = load()
    return [tuple((line[s.start:s.stop], LABEL_MAP[s.type], s.start, s.stop) for s in markup.spans
                  if s.type in LABEL_MAP)
            for line, markup in zip(lines, tagger.map(list(lines)), strict=True)]
