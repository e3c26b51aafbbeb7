"""An enrichment step: a named, versioned pure function from an article to fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pipeline.models import Article, Provenance

StepOutput = dict[str, Any]


@dataclass(frozen=True)
class Step:
    name: str
    producer: Provenance
    run: Callable[[Article], StepOutput]
