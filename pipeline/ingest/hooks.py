"""What runs after an ingest run published an article (Kafka acknowledged it).

Ingest sits below the packages that care about a published article (re-checks in ``pipeline.revisions``), so
it only names the shape; the entry points (``newsline ingest``, the DAG tasks) supply the hook. Every entry
point must pass one: the parameter has no default, so a new caller cannot silently skip re-check tracking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from pipeline.models import Article


class AfterPublish(Protocol):
    """Opened once per ingest run of one source; told of each acknowledged article, closed at the run's end."""

    def published(self, article: Article) -> None: ...

    def close(self) -> None: ...


OpenAfterPublish = Callable[[Path], AfterPublish]
"""Opens the hook for one run, given the ingest store's SQLite file."""
