from pipeline.exceptions import NewslineError


class RevisionsError(NewslineError):
    """Re-checking or reading revisions could not proceed (state store unusable, bad arguments)."""


class NotTrackedError(RevisionsError):
    """The URL or id is neither in the re-check store nor in the article index."""


class BadRowError(RevisionsError):
    """A re-check row that cannot be read (hand-edited or corrupt): set aside with its reason, the others go on."""

    def __init__(self, article_id: str, reason: str) -> None:
        super().__init__(f"re-check row {article_id}: {reason}")
        self.article_id, self.reason = article_id, reason
