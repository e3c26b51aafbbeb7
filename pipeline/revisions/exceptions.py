from pipeline.exceptions import NewslineError


class RevisionsError(NewslineError):
    """Re-checking or reading revisions could not proceed (state store unusable, bad arguments)."""


class NotTrackedError(RevisionsError):
    """The URL or id is neither in the re-check store nor in the article index."""
