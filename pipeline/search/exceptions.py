from pipeline.exceptions import NewslineError


class SearchError(NewslineError):
    """A search or lookup could not be answered; the message says why."""


class NotFoundError(SearchError):
    """No stored document has that id or URL."""
