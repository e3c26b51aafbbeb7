"""Entity normalisation never makes up a name: every surface form, and every name but a gazetteer's canonical
one, is written in the article (property-based over random texts and random model spans)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.enrich.entities.gazetteer import default as gazetteer
from pipeline.enrich.entities.grounding import Said, ground
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.mentions import LABELS, prepare
from pipeline.enrich.entities.merge import merge
from pipeline.models import Entity
from tests.support.strategies import news_texts


def _made_up(entities: list[Entity], text: str) -> list[str]:
    said = Said.of(text)
    out = [f"{e.name}: form {f!r}" for e in entities for f in e.surface_forms if not said(f)]
    for e in entities:
        entry = gazetteer().lookup(e.name)
        if not said(e.name) and not (e.gazetteer and entry and entry.name == e.name):
            out.append(f"name {e.name!r} ({e.surface_forms})")
    return out


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Mention]]:
    """A news-like text and spans over whole words of it, as a model would return them, with any label."""
    text = draw(news_texts())
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    mentions = []
    for _ in range(draw(st.integers(0, 12))):
        if not words:
            break
        first = draw(st.integers(0, len(words) - 1))
        last = draw(st.integers(first, min(first + 3, len(words) - 1)))
        start, end = words[first][0], words[last][1]
        label = draw(st.sampled_from(sorted(LABELS)))
        mentions.append(Mention(text[start:end], label, start, end))
    return text, sorted(mentions, key=lambda m: m.start)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_spans())
def test_normalisation_names_only_what_the_text_says(case: tuple[str, list[Mention]]) -> None:
    text, mentions = case
    assert _made_up(merge(prepare(mentions, text), text), text) == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_and_spans())
def test_grounded_entities_name_only_what_the_text_says(case: tuple[str, list[Mention]]) -> None:
    text, mentions = case
    assert _made_up(ground(merge(prepare(mentions, text), text), text), text) == []
