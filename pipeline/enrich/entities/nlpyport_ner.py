"""Portuguese NER: NLPyPort's CRF, trained on the HAREM corpus, with its Brill part-of-speech tagger; both files
ship inside the ``NLPyPort`` 2.2.5 sdist on PyPI (nothing is downloaded).

The package's own pipeline is not run: it needs NLTK 3.4.5, NLTK's downloaded corpora and scikit-learn, and a
lemmatiser whose dictionary files are 90 MB. newsline reads the two model files and feeds the CRF the features
it was trained on (:mod:`pipeline.enrich.entities.harem_features`): the tokens, the tagger's tags, and the
lower-cased word for the lemma (NLPyPort's lemmatiser lower-cases the names it does not know). The files are
pickles, read by an unpickler that admits only the classes they hold (NLTK's tagger classes; the CRF's wrapper is
read as plain data, and its CRFsuite model runs in ``python-crfsuite``). Labels become spaCy's (PESSOA -> PERSON,
ORGANIZACAO -> ORG, LOCAL -> GPE); HAREM's other categories (time, value, work, event...) are dropped.
"""

from __future__ import annotations

import logging
import pickle
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from pipeline.enrich.entities import bio, harem_features
from pipeline.enrich.entities.packaged import package_dir
from pipeline.exceptions import NewslineError

log = logging.getLogger(__name__)

Found = tuple[tuple[str, str, int, int], ...]  # (text, label, start, end) within the line

PACKAGE = "NLPyPort"
DISTRIBUTION = "nlpyport"
MODEL = "CRF/trainedModels/harem.pickle"
TAGGER = "TagPyPort/resources/PoSModels/BosqueSemMorphos.pkl"  # the tagger NLPyPort's configuration names
LABEL_MAP = {"PESSOA": "PERSON", "ORGANIZACAO": "ORG", "LOCAL": "GPE"}
TAGGER_CLASSES = {("nltk.tag.brill", "BrillTagger"), ("nltk.tag.brill", "Pos"), ("nltk.tag.brill", "Word"),
                  ("nltk.tag.sequential", "BigramTagger"), ("nltk.tag.sequential", "RegexpTagger"),
                  ("nltk.tag.sequential", "UnigramTagger"), ("nltk.tag.sequential", "DefaultTagger"),
                  ("nltk.tbl.rule", "Rule")}
CRF_CLASSES = {("sklearn_crfsuite.estimator", "CRF"), ("sklearn_crfsuite._fileresource", "FileResource"),
               ("pycrfsuite._logparser", "TrainLogParser")}
SEPARATOR = "\x00"  # the word and tag between lines tagged together (tag_lines)
FILE_DATA = "__FILE_RESOURCE_DATA__"  # where sklearn-crfsuite pickles the CRFsuite model file's bytes


class HaremModelError(NewslineError):
    """The NLPyPort package or its model files are missing, or cannot be read."""


class _Stored:
    """A pickled object read as its plain state (the CRF's scikit-learn wrapper is not installed)."""

    state: dict[str, Any]

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.state = state


class _Unpickler(pickle.Unpickler):
    """Admits only the classes of the two model files; anything else in them is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("re", "_compile"):
            return re.compile
        if (module, name) in CRF_CLASSES:
            return _Stored
        if (module, name) in TAGGER_CLASSES:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not expected in an NLPyPort model file")


def _package_dir() -> Path:
    root = package_dir(PACKAGE)
    if root is None:
        raise HaremModelError(f"the {PACKAGE} package (Portuguese NER model files) is not installed")
    return root


def _read(path: Path) -> Any:
    try:
        with path.open("rb") as file:
            return _Unpickler(file).load()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
        raise HaremModelError(f"cannot read the Portuguese model file {path}: {exc}") from exc


def _repair(tagger: Any) -> Any:
    """NLTK renamed RegexpTagger's patterns (``_regexs`` -> ``_regexps``) after NLPyPort pickled its tagger."""
    pending = [tagger]
    while pending:
        node = pending.pop()
        if hasattr(node, "_regexs") and not hasattr(node, "_regexps"):
            node._regexps = node._regexs
        pending.extend(getattr(node, "_taggers", ())[1:])
        pending.extend(n for n in (getattr(node, "_initial_tagger", None),) if n is not None)
    return tagger


@dataclass(frozen=True)
class Model:
    tagger: Any  # NLTK's Brill tagger
    crf: Any  # pycrfsuite.Tagger over ``data``
    data: bytes  # the CRFsuite model: CRFsuite reads it in place, so it must live as long as ``crf``


@lru_cache(maxsize=1)
def load() -> Model:
    """The model, once per process."""
    import pycrfsuite

    root = _package_dir()
    tagger = _repair(_read(root / TAGGER))
    stored = _read(root / MODEL)
    data = getattr(stored.state.get("modelfile"), "state", {}).get(FILE_DATA)
    if not isinstance(data, bytes):
        raise HaremModelError(f"{root / MODEL} holds no CRFsuite model")
    crf = pycrfsuite.Tagger()
    crf.open_inmemory(data)
    log.info("ner model loaded package=%s version=%s language=pt", PACKAGE, model_version())
    return Model(tagger, crf, data)


def model_version() -> str:
    try:
        return f"nlpyport-{version(DISTRIBUTION)}+crfsuite-{version('python-crfsuite')}"
    except PackageNotFoundError:
        return "nlpyport-missing"


def _reach(tagger: Any) -> int:
    """How far from a word the tagger's rules look (NLPyPort's: 3 words)."""
    return max((abs(p) for rule in tagger._rules for feature, _ in rule._conditions for p in feature.positions),
               default=0)


def tag_lines(tagger: Any, lines: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each line's tags, as ``tagger.tag`` gives them line by line, with its 2,000 rules run once over all the lines.
    The lines are tagged first one by one (the first word's context is the line's start) and then joined, each
    followed by as many separator words as the rules look away, with a word and tag no rule names: a rule's
    condition never holds on them, as on the positions past a line's end it would not look at."""
    gap = [(SEPARATOR, SEPARATOR)] * _reach(tagger)
    tagged: list[tuple[str, str]] = []
    bounds = []
    for words in lines:
        start = len(tagged)
        tagged += tagger._initial_tagger.tag(list(words))
        bounds.append((start, len(tagged)))
        tagged += gap
    positions: dict[str, set[int]] = defaultdict(set)
    for i, (_, tag) in enumerate(tagged):
        positions[tag].add(i)
    for rule in tagger._rules:  # as BrillTagger.tag does, in order
        for i in rule.apply(tagged, positions.get(rule.original_tag, ())):
            positions[rule.original_tag].remove(i)
            positions[rule.replacement_tag].add(i)
    return [[tag for _, tag in tagged[start:end]] for start, end in bounds]


def _line(line: str, tokens: list[bio.Token], tags: list[str], model: Model) -> Found:
    if not tokens:
        return ()
    words = [t.text for t in tokens]
    labels = model.crf.tag(harem_features.sequence(words, [harem_features.short_tag(tag) for tag in tags]))
    return tuple((line[start:end], LABEL_MAP[kind], start, end)
                 for kind, start, end in bio.spans(tokens, labels) if kind in LABEL_MAP)


def run_model(lines: Sequence[str]) -> list[Found]:
    """The mentions of each line, in order."""
    model = load()
    tokens = [harem_features.tokens(line) for line in lines]
    tags = tag_lines(model.tagger, [[t.text for t in line] for line in tokens])
    return [_line(*found, model) for found in zip(lines, tokens, tags, strict=True)]
