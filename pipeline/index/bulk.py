"""Bulk indexing with per-document outcomes; only 429/5xx are retried, with capped backoff."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from elasticsearch import ApiError, Elasticsearch, TransportError

from pipeline.index.exceptions import IndexUnavailableError

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class ItemOutcome:
    id: str
    status: int
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def retryable(self) -> bool:
        return self.status in RETRYABLE_STATUS


@dataclass(frozen=True)
class Backoff:
    retries: int
    initial: float
    maximum: float

    def delay(self, attempt: int) -> float:
        capped = min(self.maximum, self.initial * 2**attempt)
        return capped / 2 + random.uniform(0, capped / 2)  # noqa: S311 - jitter, not crypto


def _outcomes(response: Mapping[str, Any]) -> list[ItemOutcome]:
    results = []
    for item in response["items"]:
        (result,) = item.values()
        error = result.get("error")
        reason = f"{error.get('type')}: {error.get('reason')}" if error else None
        results.append(ItemOutcome(id=result["_id"], status=int(result["status"]), error=reason))
    return results


def _send(es: Elasticsearch, index: str, docs: Mapping[str, Mapping[str, Any]]) -> list[ItemOutcome]:
    operations: list[Mapping[str, Any]] = []
    for doc_id, doc in docs.items():
        operations += [{"index": {"_index": index, "_id": doc_id}}, doc]
    try:
        return _outcomes(cast(Mapping[str, Any], es.bulk(operations=operations)))
    except ApiError as exc:
        if exc.meta.status in RETRYABLE_STATUS:
            return [ItemOutcome(doc_id, exc.meta.status, str(exc)) for doc_id in docs]
        raise
    except TransportError as exc:  # connection refused, timeout: the whole request is retryable
        return [ItemOutcome(doc_id, 503, f"{type(exc).__name__}: {exc}") for doc_id in docs]


def bulk_index(
    es: Elasticsearch,
    index: str,
    docs: Mapping[str, Mapping[str, Any]],
    backoff: Backoff,
    sleep: Callable[[float], None] = time.sleep,
) -> dict[str, ItemOutcome]:
    """Index ``docs`` (id -> body). Returns each id's final outcome: ok, or a permanent failure.

    Raises :class:`IndexUnavailableError` if retryable failures remain after the retry budget.
    """
    final: dict[str, ItemOutcome] = {}
    pending = dict(docs)
    for attempt in range(backoff.retries + 1):
        retry = {}
        for outcome in _send(es, index, pending):
            if outcome.ok or not outcome.retryable:
                final[outcome.id] = outcome
            else:
                retry[outcome.id] = pending[outcome.id]
        if not retry:
            return final
        pending = retry
        if attempt < backoff.retries:
            wait = backoff.delay(attempt)
            log.warning("bulk retry attempt=%d items=%d wait_s=%.2f", attempt + 1, len(retry), wait)
            sleep(wait)
    raise IndexUnavailableError(
        f"{len(pending)} document(s) still failing with retryable errors after {backoff.retries} retries"
    )
