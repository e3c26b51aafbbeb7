"""The Elasticsearch sink: the one writer of enriched articles, handed whole batches by the index worker.

Like a quix-streams sink it owns its client, its bulk limits, its backoff and retries and the meaning of
every Elasticsearch answer; the worker only hands it the decoded articles of a batch and settles the outcomes
it returns as data. It lives in :mod:`pipeline.index` (the Elasticsearch transport) rather than a separate
``sinks`` package: it is newsline's only Elasticsearch sink, and beside the bulk writer, the earlier-copy
lookup and the error classifier it composes, it imports nothing above the transport layer.

:meth:`ElasticsearchSink.write` of one batch, in this order:

1. per article id keep the newest copy (by version; on a tie, the later one): the others are superseded;
2. look up copies in earlier index versions (after a rollover, :mod:`pipeline.index.earlier`): an incoming
   document older than a stored copy is superseded, not written;
3. every revision's text to the revisions index (also of the superseded copies), so a searchable revision
   always has its history;
4. the article documents through the write alias (:func:`pipeline.index.bulk.bulk_index`: external versions,
   per-document outcomes, retry of what is retryable with the capped jittered :class:`pipeline.backoff.Backoff`);
5. delete the earlier copies of what was written (after the write: an article never leaves search).

Each article handed in gets one :class:`DocumentOutcome`: written, superseded (with the reason) or rejected
(with Elasticsearch's reason); rejected revisions are listed apart. Elasticsearch away past the retry budget
raises :class:`IndexUnavailableError` (an ``OutageError``: the worker keeps the batch), a setup problem
:class:`IndexMisconfiguredError` (a ``MisconfiguredError``); classification: :mod:`pipeline.index.errors`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.backoff import Backoff
from pipeline.index.bulk import BulkLimits, ItemOutcome, Outcome, bulk_index
from pipeline.index.client import make_client
from pipeline.index.document import article_document, revision_document, revisions_alias
from pipeline.index.earlier import Copy, delete_copies, earlier_copies, newer_elsewhere
from pipeline.index.exceptions import IndexMisconfiguredError, IndexUnavailableError
from pipeline.models import EnrichedArticle
from pipeline.settings import Settings

log = logging.getLogger(__name__)

NEWER_IN_BATCH = "a newer copy of the article is in the same batch"


class Result(StrEnum):
    WRITTEN = "written"
    SUPERSEDED = "superseded"
    REJECTED = "rejected"


@dataclass(frozen=True)
class DocumentOutcome:
    """What became of one article handed to the sink."""

    id: str
    result: Result
    reason: str | None = None


@dataclass(frozen=True)
class RevisionRejected:
    """A revision document Elasticsearch refused; ``position`` is the article (in the batch) it came from."""

    position: int
    revision_id: str
    reason: str


@dataclass
class SinkResult:
    outcomes: list[DocumentOutcome]  # one per article handed in, in the same order
    revisions_rejected: list[RevisionRejected] = field(default_factory=list)

    def written(self) -> list[str]:
        return [o.id for o in self.outcomes if o.result is Result.WRITTEN]


@dataclass
class Plan:
    """One batch on its way to Elasticsearch: the documents to write and the outcomes decided so far."""

    outcomes: list[DocumentOutcome | None]
    docs: dict[str, dict[str, Any]] = field(default_factory=dict)  # article id -> document (the newest copy)
    versions: dict[str, int] = field(default_factory=dict)
    position: dict[str, int] = field(default_factory=dict)  # article id -> its position in the batch
    revisions: dict[str, dict[str, Any]] = field(default_factory=dict)  # revision id -> document
    revision_versions: dict[str, int] = field(default_factory=dict)
    revision_position: dict[str, int] = field(default_factory=dict)
    earlier: dict[str, list[Copy]] = field(default_factory=dict)  # copies in older index versions, to delete

    def settle(self, doc_id: str, result: Result, reason: str | None = None) -> None:
        self.outcomes[self.position.pop(doc_id)] = DocumentOutcome(doc_id, result, reason)
        del self.docs[doc_id], self.versions[doc_id]
        self.earlier.pop(doc_id, None)


def plan_batch(articles: Sequence[EnrichedArticle], now: datetime) -> Plan:
    """Per article id the newest copy (by version; on a tie, the later one); every revision's newest copy."""
    plan = Plan([None] * len(articles))
    for position, enriched in enumerate(articles):
        rev_id, rev_doc, rev_version = revision_document(enriched, now)
        if rev_id not in plan.revision_versions or plan.revision_versions[rev_id] <= rev_version:
            plan.revisions[rev_id], plan.revision_versions[rev_id] = rev_doc, rev_version
            plan.revision_position[rev_id] = position
        doc_id, version = enriched.id, enriched.article.version
        if doc_id in plan.versions and plan.versions[doc_id] > version:
            plan.outcomes[position] = DocumentOutcome(doc_id, Result.SUPERSEDED, NEWER_IN_BATCH)
            continue
        if doc_id in plan.position:
            plan.outcomes[plan.position[doc_id]] = DocumentOutcome(doc_id, Result.SUPERSEDED, NEWER_IN_BATCH)
        plan.docs[doc_id] = article_document(enriched, indexed_at=now)
        plan.versions[doc_id], plan.position[doc_id] = version, position
    return plan


@contextmanager
def _refusals(what: str) -> Iterator[None]:
    """Name the step in the message of an outage or a misconfiguration (the class stays)."""
    try:
        yield
    except IndexUnavailableError as exc:
        raise IndexUnavailableError(f"elasticsearch unavailable: {exc}") from exc
    except IndexMisconfiguredError as exc:
        raise IndexMisconfiguredError(f"elasticsearch refuses {what}: {exc}") from exc


class ElasticsearchSink:
    """Writes batches of enriched articles (revisions, articles, earlier copies); see the module doc."""

    def __init__(self, settings: Settings, client: Elasticsearch | None = None, *,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.es = settings.elasticsearch
        self.client = client if client is not None else make_client(settings.elasticsearch)
        w = settings.workers
        self.backoff = Backoff(w.backoff_initial_s, w.backoff_max_s, w.max_retries)
        self.limits = BulkLimits.from_settings(settings.elasticsearch)
        self.revisions_alias = revisions_alias(settings)
        self.sleep = sleep

    def write(self, articles: Sequence[EnrichedArticle], now: datetime | None = None) -> SinkResult:
        plan = plan_batch(articles, now or datetime.now(UTC))
        self._supersede_by_earlier(plan)
        rejected = self._write_revisions(plan)
        for doc_id, outcome in self._write_articles(plan).items():
            self._settle(plan, doc_id, outcome)
        outcomes = [o for o in plan.outcomes if o is not None]
        assert len(outcomes) == len(articles), "every article has an outcome"  # noqa: S101 - invariant
        return SinkResult(outcomes, rejected)

    def _supersede_by_earlier(self, plan: Plan) -> None:
        """Copies in earlier index versions (after a rollover): a newer one supersedes the incoming document."""
        with _refusals("lookups in " + self.es.read_alias):
            plan.earlier = earlier_copies(self.client, self.es, list(plan.docs))
        for doc_id, copy in newer_elsewhere(plan.earlier, plan.versions).items():
            plan.settle(doc_id, Result.SUPERSEDED, f"a newer copy of the article is in {copy.index}")

    def _write_revisions(self, plan: Plan) -> list[RevisionRejected]:
        if not plan.revisions:
            return []
        with _refusals(f"writes to {self.revisions_alias}"):
            outcomes = bulk_index(self.client, self.revisions_alias, plan.revisions, self.backoff,
                                  versions=plan.revision_versions, limits=self.limits, sleep=self.sleep)
        return [RevisionRejected(plan.revision_position[rid], rid, outcome.error or "rejected")
                for rid, outcome in outcomes.items() if outcome.kind is Outcome.REJECTED]

    def _write_articles(self, plan: Plan) -> dict[str, ItemOutcome]:
        """Write the documents, then delete the earlier copies of those not rejected."""
        if not plan.docs:
            return {}
        with _refusals(f"writes to {self.es.write_alias}"):
            outcomes = bulk_index(self.client, self.es.write_alias, plan.docs, self.backoff,
                                  versions=plan.versions, limits=self.limits, sleep=self.sleep)
        stored = {doc_id: plan.earlier[doc_id] for doc_id, outcome in outcomes.items()
                  if outcome.kind is not Outcome.REJECTED and doc_id in plan.earlier}
        with _refusals("deletes of earlier copies"):
            delete_copies(self.client, stored)
        return outcomes

    @staticmethod
    def _settle(plan: Plan, doc_id: str, outcome: ItemOutcome) -> None:
        if outcome.kind is Outcome.OK:
            plan.settle(doc_id, Result.WRITTEN)
        elif outcome.kind is Outcome.SUPERSEDED:
            plan.settle(doc_id, Result.SUPERSEDED, outcome.error or "version conflict")
        else:
            plan.settle(doc_id, Result.REJECTED, outcome.error or "rejected")

    def close(self) -> None:
        self.client.close()
