"""Composes the steps into one enrichment of an article."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.enrich.exceptions import StepError
from pipeline.enrich.step import Step
from pipeline.enrich.steps import DEFAULT_STEPS
from pipeline.models import Article, EnrichedArticle, Enrichment


def enrich(article: Article, steps: Sequence[Step] = DEFAULT_STEPS) -> EnrichedArticle:
    """Apply every step; a step that raises becomes a :class:`StepError` naming it."""
    fields: dict[str, object] = {}
    provenance = {}
    for step in steps:
        try:
            fields.update(step.run(article))
        except Exception as exc:  # noqa: BLE001 - any step failure is reported with the step's name
            raise StepError(step.name, f"{type(exc).__name__}: {exc}") from exc
        provenance[step.name] = step.producer
    try:
        enrichment = Enrichment(provenance=provenance, **fields)  # type: ignore[arg-type]
    except ValueError as exc:
        raise StepError("assemble", str(exc)) from exc
    return EnrichedArticle(article=article, enrichment=enrichment)
