"""A 64-bit SimHash of word 3-shingles: equal for equal text, close for near-duplicates."""

from __future__ import annotations

import hashlib
import re

import numpy as np

from pipeline.enrich.step import Step, StepOutput
from pipeline.models import Article, Provenance

TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 3
BITS = 64


def shingles(text: str, size: int = SHINGLE) -> list[str]:
    words = TOKEN.findall(text.casefold())
    if len(words) <= size:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]


def simhash(text: str) -> int:
    digests = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingles(text))
    if not digests:
        return 0
    # one row of 64 bits per shingle (most significant first); a bit is set where most shingles set it
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, 8), axis=1)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - bits.shape[0]
    return int("".join("1" if v > 0 else "0" for v in votes), 2)


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def fingerprint(article: Article) -> StepOutput:
    return {"content_fingerprint": f"{simhash(article.text):016x}"}


FINGERPRINT = Step("fingerprint", Provenance(producer="newsline.simhash", version="1"), fingerprint)
