"""The one place that tells what an Elasticsearch failure means for newsline.

Every answer Elasticsearch (or the way to it) gives that is not a success is one :class:`Failure`:

- ``outage`` (retryable): connection refused/reset, timeouts, 429 and 5xx. Keep the work, back off, retry.
- ``misconfigured``: the setup is wrong and retrying the data will not help: a missing index or alias, no
  write index behind an alias, a closed index, 401/403, TLS/certificate failures, an answer that is not
  Elasticsearch's (a proxy's error page).
- ``rejected``: the request (or one bulk item) itself is refused, e.g. a 400 mapping/parse error: permanent
  for that document, never for the service.

Callers: the bulk writer and the sink (:mod:`pipeline.index.bulk`, :mod:`pipeline.index.sink`), the earlier-copy
lookup, the cluster store, watchlist matching and alerts. :func:`classify_status` judges a status with its
error object (a whole response or one bulk item); :func:`classify_exception` judges an exception of the
client; :func:`es_errors` turns the client's exceptions raised inside it into the caller's exception classes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from enum import StrEnum

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TlsError
from elasticsearch import ApiError, TransportError

from pipeline.index.exceptions import IndexMisconfiguredError, IndexUnavailableError

SETUP_STATUS = frozenset({401, 403})
SETUP_ERROR_TYPES = frozenset({
    "index_not_found_exception", "security_exception", "authentication_exception", "index_closed_exception",
})
SETUP_REASONS = ("no write index is defined for alias",)
MAX_REASON_CHARS = 500


class Failure(StrEnum):
    OUTAGE = "outage"
    MISCONFIGURED = "misconfigured"
    REJECTED = "rejected"


def retryable_status(status: int) -> bool:
    """429 (too many requests, queue full) and any 5xx; 0 is a status-less answer (nothing came back)."""
    return status == 429 or status >= 500 or status == 0


def one_line(text: str, limit: int = MAX_REASON_CHARS) -> str:
    return " ".join(text.split())[:limit]


def reason(error: object) -> str:
    """``type: reason (caused by type: reason)`` of an Elasticsearch error object (or its text)."""
    if not isinstance(error, Mapping):
        return str(error)
    text = f"{error.get('type')}: {error.get('reason')}"
    cause = error.get("caused_by")
    if isinstance(cause, Mapping) and cause.get("reason"):
        text += f" (caused by {cause.get('type')}: {cause.get('reason')})"
    return text


def classify_status(status: int, error: object = None) -> Failure:
    """What a failed status means, with its error object (a ``{"type", "reason"}`` mapping, or a string)."""
    if retryable_status(status):
        return Failure.OUTAGE
    kind = str(error.get("type", "")) if isinstance(error, Mapping) else str(error or "")
    text = str(error.get("reason", "")) if isinstance(error, Mapping) else kind
    if status in SETUP_STATUS or kind in SETUP_ERROR_TYPES or any(s in text for s in SETUP_REASONS):
        return Failure.MISCONFIGURED
    return Failure.REJECTED


def api_error(exc: ApiError) -> object:
    """The error object of an :class:`ApiError` (``body["error"]``), else its message."""
    body = exc.body if isinstance(exc.body, Mapping) else {}
    return body.get("error") or exc.message or type(exc).__name__


def classify_exception(exc: BaseException) -> Failure | None:
    """What an exception of the Elasticsearch client means; None for anything else (a bug, not Elasticsearch)."""
    if isinstance(exc, ApiError):
        return classify_status(exc.meta.status, api_error(exc))
    if isinstance(exc, TlsError):  # a ConnectionError subclass: check first
        return Failure.MISCONFIGURED
    if isinstance(exc, TransportConnectionError | ConnectionTimeout):
        return Failure.OUTAGE
    if isinstance(exc, TransportError):  # e.g. the answer is not Elasticsearch's (a proxy's error page)
        return Failure.MISCONFIGURED
    return None


def describe(exc: ApiError | TransportError) -> str:
    """One line naming the failure (never credentials: the client's messages hold no URL userinfo)."""
    if isinstance(exc, ApiError):
        return one_line(f"{exc.meta.status} {reason(api_error(exc))}")
    if isinstance(exc, TlsError):
        return one_line(f"TLS failure talking to Elasticsearch: {exc.message}")
    return one_line(f"{type(exc).__name__}: {exc.message}")


@contextmanager
def es_errors(
    what: str,
    *,
    outage: type[Exception] = IndexUnavailableError,
    misconfigured: type[Exception] = IndexMisconfiguredError,
    rejected: type[Exception] | None = None,
) -> Iterator[None]:
    """Raise ``outage``/``misconfigured``/``rejected`` (default: ``misconfigured``: a whole request refused is a
    setup problem) for a client exception inside, with the message ``<what>: <failure>``."""
    try:
        yield
    except (ApiError, TransportError) as exc:
        failure = classify_exception(exc)
        chosen = {Failure.OUTAGE: outage, Failure.MISCONFIGURED: misconfigured}.get(
            failure or Failure.MISCONFIGURED, rejected or misconfigured)
        raise chosen(f"{what}: {describe(exc)}") from exc
