"""Enrichment: pure steps on articles, composed by the enrich worker."""

from pipeline.enrich.enricher import enrich, enrich_batch
from pipeline.enrich.exceptions import StepError
from pipeline.enrich.step import Step

__all__ = ["Step", "StepError", "enrich", "enrich_batch"]
