"""The enrichment steps, in the order the worker applies them."""

from pipeline.enrich.step import Step
from pipeline.enrich.steps.fingerprint import FINGERPRINT
from pipeline.enrich.steps.language import LANGUAGE
from pipeline.enrich.steps.metrics import METRICS

DEFAULT_STEPS: tuple[Step, ...] = (LANGUAGE, METRICS, FINGERPRINT)

__all__ = ["DEFAULT_STEPS", "FINGERPRINT", "LANGUAGE", "METRICS"]
