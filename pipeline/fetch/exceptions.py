"""Fetch errors. ``outcome`` says how an ingest run records the URL: ``failed`` or ``skipped``."""

from __future__ import annotations

from pipeline.exceptions import NewslineError
from pipeline.redact import redact_text, redact_url


class FetchError(NewslineError):
    """A URL could not be fetched; ``reason`` is short and stable enough to count by.

    ``url`` and ``reason`` are redacted (no credentials, no token values): they go into logs, error messages
    and the ingest store."""

    outcome = "failed"
    retryable = False

    def __init__(self, url: str, reason: str) -> None:
        self.url = redact_url(url)
        self.reason = redact_text(reason)
        super().__init__(f"{self.reason} url={self.url}")


class BlockedAddressError(FetchError):
    """The SSRF guard refused the URL (scheme, or an address that is not public)."""


class RobotsDisallowedError(FetchError):
    outcome = "skipped"


class UnsupportedContentError(FetchError):
    """Not an HTML page (PDF, image, video...)."""

    outcome = "skipped"


class TooLargeError(FetchError):
    """The body passed ``fetch.max_body_bytes``; the download was aborted."""


class RedirectError(FetchError):
    """A redirect loop, too many redirects, or a redirect without a usable Location."""


class HTTPStatusError(FetchError):
    def __init__(self, url: str, status: int, retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        super().__init__(url, f"http {status}")

    @property
    def retryable(self) -> bool:  # type: ignore[override]
        return self.status == 429 or self.status >= 500


class FetchCancelled(FetchError):
    """The fetcher was closed while the fetch waited or ran (the run that started it is over): not retried now, a
    later run may try again."""

    retryable = True


class TransportFailure(FetchError):
    """Connection refused/reset, DNS failure, TLS handshake failure or timeout: retried."""

    retryable = True


class ResolutionFailure(TransportFailure):
    """The host name did not resolve (a resolver blip or a name that is gone): retried like other transport
    failures; only a resolved address that is not allowed is refused for good (:class:`BlockedAddressError`)."""
