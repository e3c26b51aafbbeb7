from pipeline.exceptions import MisconfiguredError, NewslineError, OutageError


class IndexingError(NewslineError):
    """Base for indexing errors."""


class IndexUnavailableError(IndexingError, OutageError):
    """Elasticsearch kept answering with retryable errors (429/5xx/connection) past the retry budget: an outage
    (the worker keeps the batch and retries it)."""


class IndexLayoutError(IndexingError):
    """The indices and aliases are not in the shape newsline manages (missing alias, foreign index)."""


class MigrationError(IndexingError):
    """A migration to a new index version stopped; the read alias still points at the old indices."""


class IndexMisconfiguredError(IndexingError, MisconfiguredError):
    """Elasticsearch refuses the writes for a reason retrying will not fix: missing index or write alias,
    no write index behind the alias, 401/403, TLS/certificate failure, a request the server cannot accept.

    The message is one line naming the cause; it never contains credentials.
    """
