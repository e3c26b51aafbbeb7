"""Errors raised while fetching, starting or stopping the local Kafka and Elasticsearch.

Every message names what failed: the command that ran and the tail of its log.
"""

from __future__ import annotations

from pipeline.exceptions import NewslineError


class ServiceError(NewslineError):
    """Base class for local-service failures."""


class DownloadError(ServiceError):
    """Resolving or unpacking a distribution (Maven, zip) failed."""


class JavaError(ServiceError):
    """No suitable JDK was found for a service."""


class StartError(ServiceError):
    """A service could not be prepared, launched, or did not become ready in time."""


class StopError(ServiceError):
    """A service did not stop, even after SIGKILL."""
