"""A 64-bit SimHash of word 3-shingles: equal for equal text, close for near-duplicates."""

from __future__ import annotations

import hashlib
import re

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
    weights = [0] * BITS
    for shingle in shingles(text):
        value = int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(BITS):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(BITS) if weights[bit] > 0)


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def fingerprint(article: Article) -> StepOutput:
    return {"content_fingerprint": f"{simhash(article.text):016x}"}


FINGERPRINT = Step("fingerprint", Provenance(producer="newsline.simhash", version="1"), fingerprint)
