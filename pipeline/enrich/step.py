"""An enrichment step: a named, versioned pure function from articles to fields.

A step either maps one article to its fields (``run``) or a whole batch at once (``batch``: the articles and
the fields earlier steps produced for them, so a model sees the batch together). ``languages`` limits a
step to the languages it has a model for; ``requires`` names steps whose output it needs, ``uses`` those
it reads when present. An article that does not qualify is recorded as *skipped* with the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.models import Article, Provenance

StepOutput = dict[str, Any]
Fields = Mapping[str, Any]
BatchFn = Callable[[Sequence[Article], Sequence[Fields]], list[StepOutput]]


@dataclass(frozen=True)
class Step:
    name: str
    producer: Provenance
    run: Callable[[Article], StepOutput] | None = None
    batch: BatchFn | None = None
    languages: frozenset[str] | None = None
    requires: tuple[str, ...] = ()
    uses: tuple[str, ...] = ()  # read when present (keywords avoid entity names), not required

    def apply(self, articles: Sequence[Article], fields: Sequence[Fields]) -> list[StepOutput]:
        if self.batch is not None:
            return self.batch(articles, fields)
        if self.run is None:
            raise TypeError(f"step {self.name} has neither run nor batch")
        return [self.run(article) for article in articles]

    def skip_reason(self, fields: Fields, done: set[str]) -> str | None:
        missing = [name for name in self.requires if name not in done]
        if missing:
            return f"needs {','.join(missing)}"
        if self.languages is None:
            return None
        code = (fields.get("language") or {}).get("code")
        if code is None:
            return "no language identified (no letters)"
        return None if code in self.languages else f"no model for language {code}"
