"""Root of newsline's exception hierarchy.

Every subpackage defines its own ``exceptions.py`` whose classes derive from
:class:`NewslineError`, so callers can catch one type at the boundary (the CLI,
a DAG task) and still tell failures apart by class.
"""


class NewslineError(Exception):
    """Base class for every error newsline raises on purpose."""


class ConfigError(NewslineError):
    """A setting is missing or invalid; the message names the setting."""


class OutageError(NewslineError):
    """A service the batch needs (Kafka, Elasticsearch) is briefly unavailable: keep the batch, back off, retry.

    Raised from ``Worker.process``; the worker loop pauses consumption (keeping its group membership), waits
    with capped jittered backoff and processes the same records again. Never a reason to dead-letter.
    """


class MisconfiguredError(NewslineError):
    """The setup is wrong (missing index or write alias, 401/403, TLS): retrying the data will not help.

    The worker stops consuming, reports the reason in its state file and log, and exits non-zero once
    ``workers.misconfigured_exit_s`` has passed without the problem going away.
    """
