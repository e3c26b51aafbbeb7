"""The e5 encoder (post-LN BERT, as ``forward_batch`` in e5.c) as an ONNX graph built with ``onnx.helper``.

Input ``x`` [batch, tokens, hidden]: word + (position + type 0) embeddings, summed outside (the word table
stays 4-bit, rows are dequantised per batch); input ``mask`` [batch, tokens]: 1 for a token, 0 for padding.
Then the embedding layer norm and, per layer: Q/K/V, scaled dot-product attention over the unpadded tokens,
output projection, ``LN(x + attention)``, feed-forward with the exact (erf) GELU (ONNX ``Gelu``, opset 20),
``LN(x + ffn)``. Output ``pooled`` [batch, hidden]: the mean of the final hidden states over the unpadded tokens
(not normalised: long texts are combined over windows first). Weights are float32 here; :mod:`.e5_onnx`
quantises the MatMuls.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from pipeline.enrich.events.e5_weights import Weights

OPSET = 20  # Gelu
VERSION = 3  # bump when the graph changes (keys the optional on-disk cache)
_MASKED = -1e9  # added to a padded key's score: its softmax weight is exactly 0


class _Builder:
    def __init__(self, weights: Weights) -> None:
        self.weights, self.nodes, self.inits = weights, list[onnx.NodeProto](), list[TensorProto]()
        self._n = 0

    def const(self, name: str, value: np.ndarray) -> str:
        self.inits.append(numpy_helper.from_array(value, name))
        return name

    def op(self, kind: str, *inputs: str, out: str = "", **attrs: Any) -> str:
        self._n += 1
        out = out or f"{kind.lower()}{self._n}"
        self.nodes.append(helper.make_node(kind, list(inputs), [out], name=out, **attrs))
        return out

    def linear(self, x: str, name: str) -> str:
        """x @ W^T + b, W [out, in] as in the file (transposed once, here)."""
        w = self.const(f"{name}.w", np.ascontiguousarray(self.weights.matrix(f"{name}.w").T))
        product = self.op("MatMul", x, w, out=f"{name}.matmul")  # the node's name, for the quantiser
        return self.op("Add", product, self.const(f"{name}.b", self.weights.tensors[f"{name}.b"]))

    def norm(self, x: str, name: str) -> str:
        t = self.weights.tensors
        return self.op("LayerNormalization", x, self.const(f"{name}.w", t[f"{name}.w"]),
                       self.const(f"{name}.b", t[f"{name}.b"]), axis=-1, epsilon=self.weights.config.eps)


def _heads(b: _Builder, x: str, perm: list[int]) -> str:
    c = b.weights.config
    shape = b.const(f"heads{b._n}", np.array([0, 0, c.heads, c.hidden // c.heads], dtype=np.int64))
    return b.op("Transpose", b.op("Reshape", x, shape), perm=perm)


def _attention(b: _Builder, x: str, bias: str, layer: int) -> str:
    c = b.weights.config
    q = _heads(b, b.linear(x, f"l{layer}.q"), [0, 2, 1, 3])
    k = _heads(b, b.linear(x, f"l{layer}.k"), [0, 2, 3, 1])
    v = _heads(b, b.linear(x, f"l{layer}.v"), [0, 2, 1, 3])
    scale = b.const(f"l{layer}.scale", np.array(1.0 / np.sqrt(np.float32(c.hidden // c.heads)), dtype=np.float32))
    scores = b.op("Add", b.op("Mul", b.op("MatMul", q, k), scale), bias)
    context = b.op("Transpose", b.op("MatMul", b.op("Softmax", scores, axis=-1), v), perm=[0, 2, 1, 3])
    flat = b.op("Reshape", context, b.const(f"l{layer}.flat", np.array([0, 0, c.hidden], dtype=np.int64)))
    return b.linear(flat, f"l{layer}.ao")


def _layer(b: _Builder, x: str, bias: str, layer: int) -> str:
    x = b.norm(b.op("Add", x, _attention(b, x, bias, layer)), f"l{layer}.aln")
    ffn = b.linear(b.op("Gelu", b.linear(x, f"l{layer}.fi")), f"l{layer}.fo")  # exact GELU (erf)
    return b.norm(b.op("Add", x, ffn), f"l{layer}.oln")


def _pooled(b: _Builder, x: str, mask: str) -> str:
    axis = b.const("axis1", np.array([1], dtype=np.int64))
    weights = b.op("Unsqueeze", mask, b.const("axis2", np.array([2], dtype=np.int64)))
    total = b.op("ReduceSum", b.op("Mul", x, weights), axis, keepdims=0)
    return b.op("Div", total, b.op("ReduceSum", mask, axis, keepdims=1), out="pooled")


def build(weights: Weights) -> onnx.ModelProto:
    """The float32 encoder graph: inputs ``x``, ``mask``; output ``pooled``."""
    c, b = weights.config, _Builder(weights)
    masked = b.op("Mul", b.op("Sub", b.const("one", np.array(1.0, dtype=np.float32)), "mask"),
                  b.const("masked", np.array(_MASKED, dtype=np.float32)))
    bias = b.op("Unsqueeze", masked, b.const("axes12", np.array([1, 2], dtype=np.int64)))
    x = b.norm("x", "emb.ln")
    for layer in range(c.layers):
        x = _layer(b, x, bias, layer)
    pooled = _pooled(b, x, "mask")
    graph = helper.make_graph(
        b.nodes, "e5", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", "tokens", c.hidden]),
                        helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["batch", "tokens"])],
        [helper.make_tensor_value_info(pooled, TensorProto.FLOAT, ["batch", c.hidden])], b.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="newsline")
    model.ir_version = 8
    return model
