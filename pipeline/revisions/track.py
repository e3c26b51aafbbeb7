"""The ingest hook: every article an ingest run published is tracked for re-checks (revision 1).

Ingest does not import this module (revisions sits on ingest); the entry points pass
``after_publish=track_published(settings)`` to every ingest run.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pipeline.ingest.hooks import OpenAfterPublish
from pipeline.models import Article
from pipeline.revisions.store import RevisionStore
from pipeline.settings import Settings

log = logging.getLogger(__name__)


class Tracker:
    """Opened per ingest run; :meth:`published` after Kafka acknowledged the article."""

    def __init__(self, settings: Settings, path: Path) -> None:
        """``path``: the ingest store's SQLite file, which holds the re-check table too."""
        self.settings = settings
        self.store = RevisionStore(path, settings.revisions.lease_s)

    def published(self, article: Article) -> None:
        revisions = self.settings.revisions
        if self.store.track(article, revisions.schedule_h, revisions.track_max_age_h):
            log.debug("revision tracked id=%s url=%s", article.id, article.canonical_url)

    def close(self) -> None:
        self.store.close()


def track_published(settings: Settings) -> OpenAfterPublish:
    """The ``after_publish`` hook every ingest entry point passes: a :class:`Tracker` per run."""

    def open_tracker(path: Path) -> Tracker:
        return Tracker(settings, path)

    return open_tracker
