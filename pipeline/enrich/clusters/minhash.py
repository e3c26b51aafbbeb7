"""MinHash signatures of word shingles and their LSH band keys (numpy, deterministic: fixed seed)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE_WORDS = 4
NUM_PERM = 128
BANDS = 32  # 32 bands x 4 rows: candidates from Jaccard ~0.4 up
PRIME = np.uint64(4294967311)  # smallest prime above 2**32
SEED = 20240101


@dataclass(frozen=True)
class Fingerprint:
    shingles: frozenset[int]
    signature: tuple[int, ...]

    def band_keys(self, bands: int = BANDS) -> list[str]:
        rows = len(self.signature) // bands
        keys = []
        for band in range(bands):
            chunk = ",".join(map(str, self.signature[band * rows : (band + 1) * rows]))
            keys.append(f"{band}:{hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()}")
        return keys


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    words = WORD.findall(text.casefold())
    grams = [" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))] if words else []
    return frozenset(int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "big") for g in grams)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    a = rng.integers(1, 2**31, size=NUM_PERM, dtype=np.uint64)
    b = rng.integers(0, 2**32, size=NUM_PERM, dtype=np.uint64)
    return a, b


def signature(shingles: frozenset[int]) -> tuple[int, ...]:
    if not shingles:
        return (2**32,) * NUM_PERM
    a, b = _permutations()
    values = np.fromiter(shingles, dtype=np.uint64, count=len(shingles))
    hashed = (np.outer(values, a) + b) % PRIME
    return tuple(int(v) for v in hashed.min(axis=0))


def fingerprint(text: str) -> Fingerprint:
    shingles = shingle_hashes(text)
    return Fingerprint(shingles, signature(shingles))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0
