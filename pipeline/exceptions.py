"""Root of newsline's exception hierarchy.

Every subpackage defines its own ``exceptions.py`` whose classes derive from
:class:`NewslineError`, so callers can catch one type at the boundary (the CLI,
a DAG task) and still tell failures apart by class.
"""


class NewslineError(Exception):
    """Base class for every error newsline raises on purpose."""


class ConfigError(NewslineError):
    """A setting is missing or invalid; the message names the setting."""
