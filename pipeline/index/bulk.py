"""Bulk indexing with per-document outcomes as data (in the spirit of elasticsearch-py's helpers).

Every document ends in one :class:`Outcome`:

- ``ok``: written (``result`` says created or updated);
- ``superseded``: Elasticsearch already holds a newer version of it (409 ``version_conflict_engine_exception``
  under ``version_type=external_gte``); nothing is wrong with it and nothing is to be done;
- ``rejected``: the document itself cannot be indexed (mapping/parse errors, or alone too large for a request):
  permanent, the caller dead-letters it;
- ``retryable``: 429/5xx/connection refused/timeout. Retried here with a short capped, jittered backoff; if any
  remain after the budget, :class:`IndexUnavailableError` (an outage: keep the batch, try again later).

Setup problems are not document outcomes: a missing index or write alias, an alias without a write index, 401/403,
TLS failures and requests the server refuses as a whole raise :class:`IndexMisconfiguredError` at once.

Writes carry ``version=<fetched_at in µs>`` and ``version_type=external_gte`` (an older copy of an article never
overwrites a newer one) and, through an alias, ``require_alias`` (a missing alias is an error, never a new index).
Requests are capped by document count and bytes; a 413 halves the request until it fits. A value Elasticsearch
would refuse for the whole request (an external version below 0) rejects that document alone, before sending.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, cast

from elasticsearch import ApiError, Elasticsearch, TransportError

from pipeline.backoff import Backoff
from pipeline.index.errors import Failure, api_error, classify_exception, classify_status, describe, one_line, reason
from pipeline.index.exceptions import IndexMisconfiguredError, IndexUnavailableError
from pipeline.models.record import EPOCH
from pipeline.settings import ElasticsearchSettings

log = logging.getLogger(__name__)

TOO_LARGE = 413
FAILURE_OUTCOME = {Failure.MISCONFIGURED: "misconfigured", Failure.REJECTED: "rejected", Failure.OUTAGE: "retryable"}


class Outcome(StrEnum):
    OK = "ok"
    SUPERSEDED = "superseded"
    REJECTED = "rejected"
    RETRYABLE = "retryable"
    MISCONFIGURED = "misconfigured"


@dataclass(frozen=True)
class ItemOutcome:
    id: str
    status: int
    kind: Outcome
    error: str | None = None
    result: str | None = None  # "created" / "updated" when ok

    @property
    def ok(self) -> bool:
        return self.kind is Outcome.OK

    @property
    def retryable(self) -> bool:
        return self.kind is Outcome.RETRYABLE


@dataclass(frozen=True)
class BulkLimits:
    """At most ``max_docs`` documents and ``max_bytes`` bytes per bulk request (one larger document goes alone)."""

    max_docs: int = 1000
    max_bytes: int = 10_000_000

    @classmethod
    def from_settings(cls, es: ElasticsearchSettings) -> BulkLimits:
        return cls(max_docs=es.bulk_max_docs, max_bytes=es.bulk_max_bytes)


@dataclass(frozen=True)
class Write:
    """One bulk action with its body already serialised (so its size is known and it is serialised once)."""

    id: str
    action: dict[str, Any]
    body: bytes

    @property
    def size(self) -> int:
        return len(_dumps(self.action)) + len(self.body) + 2  # two newline-terminated lines


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8", "surrogatepass")


def document_version(doc: Mapping[str, Any]) -> int | None:
    """The external version of a stored or outgoing document: its ``fetched_at`` in µs (``Article.version``)."""
    raw = doc.get("fetched_at")
    if not raw:
        return None
    try:
        fetched = datetime.fromisoformat(str(raw))
    except ValueError:
        return None
    if fetched.tzinfo is None:
        return None
    return (fetched - EPOCH) // timedelta(microseconds=1)


def version_refusal(version: int | None) -> str | None:
    """Why Elasticsearch would refuse ``version`` as an external version, or None. It refuses the whole bulk
    request for one below 0 (a ``fetched_at`` before 1970), so this is checked per document before sending."""
    if version is not None and version < 0:
        return f"external version {version} is below 0 (fetched_at before 1970), which Elasticsearch refuses"
    return None


def make_write(index: str, doc_id: str, doc: Mapping[str, Any], version: int | None, require_alias: bool) -> Write:
    meta: dict[str, Any] = {"_index": index, "_id": doc_id}
    if version is not None:
        meta.update(version=version, version_type="external_gte")
    if require_alias:
        meta["require_alias"] = True
    return Write(doc_id, {"index": meta}, _dumps(doc))


def chunks(writes: list[Write], limits: BulkLimits) -> Iterator[list[Write]]:
    """Consecutive groups within both limits; a write larger than ``max_bytes`` alone is a group of its own."""
    group: list[Write] = []
    size = 0
    for write in writes:
        if group and (len(group) >= limits.max_docs or size + write.size > limits.max_bytes):
            yield group
            group, size = [], 0
        group.append(write)
        size += write.size
    if group:
        yield group


def classify(status: int, error: Mapping[str, Any] | None) -> Outcome:
    """The outcome of one bulk item from its status and error object (:mod:`pipeline.index.errors` judges
    failures; a version conflict under ``external_gte`` is the one failure that is not one: superseded)."""
    if status < 300 and not error:
        return Outcome.OK
    if status == 409 and (error or {}).get("type") == "version_conflict_engine_exception":
        return Outcome.SUPERSEDED
    return Outcome(FAILURE_OUTCOME[classify_status(status, error)])


def _outcomes(writes: list[Write], response: Mapping[str, Any]) -> list[ItemOutcome]:
    results = []
    for write, item in zip(writes, response["items"], strict=True):
        (result,) = item.values()
        error = result.get("error")
        status = int(result["status"])
        results.append(ItemOutcome(
            id=write.id, status=status, kind=classify(status, error),
            error=reason(error) if error else None, result=result.get("result"),
        ))
    return results


def _all(writes: list[Write], status: int, kind: Outcome, error: str) -> list[ItemOutcome]:
    return [ItemOutcome(w.id, status, kind, error) for w in writes]


def _send(es: Elasticsearch, writes: list[Write]) -> list[ItemOutcome]:
    """One bulk request; a 413 is answered by sending each half on its own (recursively)."""
    operations: list[object] = [part for w in writes for part in (w.action, w.body)]
    try:  # the NDJSON serializer sends bytes lines as they are; the client's annotation only names mappings
        response = es.bulk(operations=cast(list[Mapping[str, Any]], operations))
        return _outcomes(writes, cast(Mapping[str, Any], response))
    except ApiError as exc:
        status = exc.meta.status
        if status == TOO_LARGE:
            return _split(es, writes)
        if classify_exception(exc) is Failure.OUTAGE:
            return _all(writes, status, Outcome.RETRYABLE, one_line(f"{status} {reason(api_error(exc))}"))
        raise IndexMisconfiguredError(one_line(f"bulk request refused with {status}: {reason(api_error(exc))}")) from None
    except TransportError as exc:  # refused, reset, timed out: the service is away; TLS, not Elasticsearch: setup
        if classify_exception(exc) is Failure.OUTAGE:
            return _all(writes, 503, Outcome.RETRYABLE, describe(exc))
        raise IndexMisconfiguredError(describe(exc)) from None


def _split(es: Elasticsearch, writes: list[Write]) -> list[ItemOutcome]:
    if len(writes) == 1:
        reason = (f"request_entity_too_large: the document alone ({writes[0].size} bytes in a bulk request) "
                  "exceeds the server's http.max_content_length")
        return _all(writes, TOO_LARGE, Outcome.REJECTED, reason)
    half = len(writes) // 2
    log.warning("bulk request too large status=413 documents=%d bytes=%d action=split", len(writes),
                sum(w.size for w in writes))
    return _send(es, writes[:half]) + _send(es, writes[half:])


def _send_all(es: Elasticsearch, writes: list[Write], limits: BulkLimits) -> list[ItemOutcome]:
    results: list[ItemOutcome] = []
    for group in chunks(writes, limits):
        outcomes = _send(es, group)
        misconfigured = next((o for o in outcomes if o.kind is Outcome.MISCONFIGURED), None)
        if misconfigured is not None:
            raise IndexMisconfiguredError(one_line(f"document {misconfigured.id}: {misconfigured.error}"))
        results += outcomes
    return results


def bulk_index(
    es: Elasticsearch,
    index: str,
    docs: Mapping[str, Mapping[str, Any]],
    backoff: Backoff,
    *,
    versions: Mapping[str, int] | None = None,
    require_alias: bool = True,
    limits: BulkLimits = BulkLimits(),  # noqa: B008 - frozen dataclass
    sleep: Callable[[float], None] = time.sleep,
) -> dict[str, ItemOutcome]:
    """Index ``docs`` (id -> body) into ``index`` (an alias unless ``require_alias=False``).

    Each document is written with ``versions[id]``, else the version of its ``fetched_at``
    (:func:`document_version`), under ``external_gte``; a document with neither is written unversioned.
    Returns each id's final outcome: ok, superseded or rejected.

    Raises :class:`IndexUnavailableError` if retryable failures remain after the retry budget, and
    :class:`IndexMisconfiguredError` as soon as Elasticsearch refuses for a setup reason.
    """
    versions = versions or {}
    final: dict[str, ItemOutcome] = {}
    pending = []
    for doc_id, doc in docs.items():
        version = versions.get(doc_id, document_version(doc))
        refused = version_refusal(version)
        if refused:  # caught here: that document alone, never the whole request
            final[doc_id] = ItemOutcome(doc_id, 400, Outcome.REJECTED, refused)
        else:
            pending.append(make_write(index, doc_id, doc, version, require_alias))
    if not pending:
        return final
    for attempt in range(backoff.max_retries + 1):
        by_id = {w.id: w for w in pending}
        retry: list[Write] = []
        last: ItemOutcome | None = None
        for outcome in _send_all(es, pending, limits):
            if outcome.retryable:
                retry.append(by_id[outcome.id])
                last = outcome
            else:
                final[outcome.id] = outcome
        if not retry:
            return final
        pending = retry
        if attempt < backoff.max_retries:
            wait = backoff.delay(attempt)
            log.warning("bulk retry attempt=%d items=%d wait_s=%.2f last_error=%r", attempt + 1, len(retry), wait,
                        last.error if last else None)
            sleep(wait)
    raise IndexUnavailableError(
        f"{len(pending)} document(s) still failing with retryable errors after {backoff.max_retries} retries"
        f" (last: {last.error if last else 'unknown'})"
    )
