"""Composes the steps into the enrichment of a batch of articles.

Each step sees the whole batch (minus articles that already failed); a step that raises on the batch is
re-run article by article so only the article that breaks it fails, with the step's name.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.enrich.exceptions import StepError
from pipeline.enrich.step import Step, StepOutput
from pipeline.enrich.steps import DEFAULT_STEPS
from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.models import Article, EnrichedArticle, Enrichment, Provenance


@dataclass
class _State:
    article: Article
    fields: dict[str, Any] = field(default_factory=dict)
    done_before: frozenset[str] = frozenset()
    provenance: dict[str, Provenance] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    error: StepError | None = None

    @classmethod
    def start(cls, article: Article, base: Enrichment | None) -> _State:
        if base is None:
            return cls(article)
        fields = base.model_dump(mode="json", exclude={"provenance", "skipped", "enriched_at"})
        return cls(article, fields, frozenset(base.provenance))


def _run_one(step: Step, state: _State) -> None:
    try:
        state.fields.update(step.apply([state.article], [state.fields])[0])
        state.provenance[step.name] = step.producer
    except (OutageError, MisconfiguredError):
        raise  # an outage or a misconfiguration, not the article
    except Exception as exc:  # noqa: BLE001 - any step failure is reported with the step's name
        state.error = StepError(step.name, f"{type(exc).__name__}: {exc}")


def _apply(step: Step, states: list[_State]) -> None:
    ready = []
    for state in states:
        reason = step.skip_reason(state.fields, set(state.done_before) | set(state.provenance))
        if reason:
            state.skipped[step.name] = reason
        else:
            ready.append(state)
    if not ready:
        return
    try:
        outputs: list[StepOutput] = step.apply([s.article for s in ready], [s.fields for s in ready])
    except (OutageError, MisconfiguredError):
        raise  # OutageError/MisconfiguredError: infrastructure, not the article; the worker keeps the batch
    except Exception:  # noqa: BLE001 - isolate the failing article(s)
        for state in ready:
            _run_one(step, state)
        return
    for state, output in zip(ready, outputs, strict=True):
        state.fields.update(output)
        state.provenance[step.name] = step.producer


def _assemble(state: _State, base: Enrichment | None) -> EnrichedArticle | StepError:
    if state.error is not None:
        return state.error
    provenance = {**(base.provenance if base else {}), **state.provenance}
    skipped = {**(base.skipped if base else {}), **state.skipped}
    for name in state.provenance:
        skipped.pop(name, None)
    for name in state.skipped:
        provenance.pop(name, None)
    try:
        enrichment = Enrichment(**{**state.fields, "provenance": provenance, "skipped": skipped})
    except ValueError as exc:
        return StepError("assemble", str(exc))
    return EnrichedArticle(article=state.article, enrichment=enrichment)


StepTimer = Callable[[str, float], None]  # (step name, CPU seconds of this process) after each step


def enrich_batch(
    articles: Sequence[Article],
    steps: Sequence[Step] = DEFAULT_STEPS,
    base: Sequence[Enrichment | None] | None = None,
    timer: StepTimer | None = None,
) -> list[EnrichedArticle | StepError]:
    """Enrich every article; ``base`` (re-enrichment) supplies earlier outputs that later steps build on.

    ``timer`` (benchmarks) is told each step's CPU time on the batch, and "assemble" for building the records.
    """
    bases = list(base) if base is not None else [None] * len(articles)
    states = [_State.start(a, b) for a, b in zip(articles, bases, strict=True)]
    for step in steps:
        start = time.process_time()
        _apply(step, [s for s in states if s.error is None])
        if timer is not None:
            timer(step.name, time.process_time() - start)
    start = time.process_time()
    results = [_assemble(s, b) for s, b in zip(states, bases, strict=True)]
    if timer is not None:
        timer("assemble", time.process_time() - start)
    return results


def enrich(article: Article, steps: Sequence[Step] = DEFAULT_STEPS) -> EnrichedArticle:
    """Enrich one article; raise :class:`StepError` naming the step that failed."""
    result = enrich_batch([article], steps)[0]
    if isinstance(result, StepError):
        raise result
    return result
