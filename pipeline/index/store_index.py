"""One index that a shared enrich store keeps its documents in (the cluster and event stores).

What every such store does the same way: create the index from its definition (or put the fields a newer
version maps) before the first batch, read documents by id in real time, and turn Elasticsearch's failures
(classified by :mod:`pipeline.index.errors`) into the store's own exceptions: connection, timeout, 429 and 5xx
are ``busy`` (the caller retries the whole batch); 401/403, TLS and a missing index are
:class:`~pipeline.exceptions.MisconfiguredError`; anything else refused is ``error``.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.exceptions import MisconfiguredError
from pipeline.index.definitions import load_definition
from pipeline.index.errors import Failure, classify_status, es_errors, reason

MAX_MESSAGE_REASON = 300


@dataclass
class StoreIndex:
    client: Elasticsearch
    index: str
    label: str  # "event index": how messages name it
    definition: str  # the file under config/elasticsearch/
    busy: type[Exception]
    error: type[Exception]

    def calls(self) -> AbstractContextManager[None]:
        """Client exceptions raised inside become ``busy``, ``MisconfiguredError`` or ``error``."""
        return es_errors(f"{self.label} {self.index}", outage=self.busy, misconfigured=MisconfiguredError,
                         rejected=self.error)

    def classify(self, status: int, error: Any) -> Exception:
        """The exception for a failed status (a whole answer's or one item's) with its error object."""
        failure = classify_status(status, error)
        message = f"{self.label} {self.index}: {status} {reason(error)[:MAX_MESSAGE_REASON]}"
        if failure is Failure.MISCONFIGURED:
            return MisconfiguredError(message)
        if failure is Failure.OUTAGE:
            return self.busy(message)
        return self.error(message)

    def ensure(self) -> None:
        """Create the index (or add the fields a newer version maps) before the first batch."""
        body = load_definition(self.definition)
        with self.calls():
            if self.client.indices.exists(index=self.index):
                self.client.indices.put_mapping(index=self.index, properties=body["mappings"]["properties"])
                return
            try:
                self.client.indices.create(index=self.index, **body)
            except ApiError as exc:  # another worker may have created it meanwhile
                if not self.client.indices.exists(index=self.index):
                    raise self.error(f"cannot create {self.label} {self.index}: {exc}") from exc

    def mget(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The sources of the documents found, by id (a realtime read: no refresh needed after a write)."""
        if not ids:
            return {}
        with self.calls():
            docs = self.client.mget(index=self.index, ids=list(ids), realtime=True)["docs"]
        failed = [d for d in docs if "error" in d]
        if failed:
            error = failed[0]["error"]
            raise self.classify(404 if "index_not_found" in str(error) else 500, error)
        return {d["_id"]: d["_source"] for d in docs if d.get("found")}


class IndexBacked:
    """A store kept in one :class:`StoreIndex` (``es`` may be swapped, e.g. for a client that counts requests)."""

    store: StoreIndex

    @property
    def es(self) -> Elasticsearch:
        return self.store.client

    @es.setter
    def es(self, client: Elasticsearch) -> None:
        self.store.client = client

    @property
    def index(self) -> str:
        return self.store.index

    def ensure(self) -> None:
        """Create the index (or add the fields a newer version maps) before the first batch."""
        self.store.ensure()
