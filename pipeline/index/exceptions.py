from pipeline.exceptions import NewslineError


class IndexingError(NewslineError):
    """Base for indexing errors."""


class IndexUnavailableError(IndexingError):
    """Elasticsearch kept answering with retryable errors (429/5xx/connection) past the retry budget."""
