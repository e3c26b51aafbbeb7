"""``newsline reenrich``: re-apply enrichment steps to stored documents without refetching.

Documents matching the query (all, a query string, or ``--stale``: a step's recorded version differs from
the running one) are rebuilt from Elasticsearch, the chosen steps re-run on top of their stored enrichment,
and the results published to the enriched topic, where the index worker writes them (same single writer,
same idempotent ids). A rebuilt record keeps the stored ``fetched_at``, so its external version
(``Article.version``) equals the stored document's and the worker's ``external_gte`` write replaces it; if a
newer fetch of the article was indexed meanwhile, the re-enriched copy is counted as superseded, never written.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any

from elasticsearch.helpers import scan

from pipeline.enrich.clusters.factory import make_store
from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.events.factory import make_event_store
from pipeline.enrich.exceptions import StepError
from pipeline.enrich.step import Step
from pipeline.enrich.steps import STEP_NAMES, all_steps
from pipeline.enrich.steps.event import event_step
from pipeline.exceptions import NewslineError
from pipeline.index.client import make_client
from pipeline.kafka.producer import Producer
from pipeline.models import EnrichedArticle, encode
from pipeline.settings import Settings

log = logging.getLogger(__name__)


def choose_steps(settings: Settings, only: Sequence[str] | None) -> tuple[Step, ...]:
    unknown = sorted(set(only or ()) - set(STEP_NAMES))
    if unknown:
        raise NewslineError(f"unknown step(s) {', '.join(unknown)}; steps are {', '.join(STEP_NAMES)}")
    steps = all_steps(make_store(settings), event_step(make_event_store(settings), settings.enrich.events))
    chosen = set(only or STEP_NAMES)
    for step in steps:  # in order, so a dependent of a dependent is re-run too
        if chosen & {*step.requires, *step.uses}:
            chosen.add(step.name)
    return tuple(s for s in steps if s.name in chosen)


def build_query(steps: Sequence[Step], query: str | None, stale: bool) -> dict[str, Any]:
    must: list[dict[str, Any]] = [{"query_string": {"query": query}}] if query else []
    if stale:
        current = [{"term": {f"enrichment.provenance.{s.name}.version": s.producer.version}} for s in steps]
        must.append({"bool": {"should": [{"bool": {"must_not": [c]}} for c in current], "minimum_should_match": 1}})
    return {"bool": {"must": must}} if must else {"match_all": {}}


def _batches(hits: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(hits, size)):
        yield batch


def reenrich(settings: Settings, only: Sequence[str] | None = None, query: str | None = None,
             stale: bool = False) -> dict[str, Any]:
    steps = choose_steps(settings, only)
    report: dict[str, Any] = {"steps": [s.name for s in steps], "matched": 0, "published": 0, "failed": {}}
    with make_client(settings.elasticsearch) as es, Producer(settings.kafka, client_id="newsline-reenrich") as producer:
        hits = iter(scan(es, index=settings.elasticsearch.read_alias, query={"query": build_query(steps, query, stale)}))
        for batch in _batches(hits, settings.workers.batch_size):
            stored = [EnrichedArticle.from_document(h["_source"]) for h in batch]
            results = enrich_batch([s.article for s in stored], steps, base=[s.enrichment for s in stored])
            for result in results:
                if isinstance(result, StepError):
                    report["failed"][result.step] = report["failed"].get(result.step, 0) + 1
                    continue
                producer.send(settings.kafka.topics.enriched, result.id, encode(result))
                report["published"] += 1
            report["matched"] += len(batch)
        producer.flush_or_raise()
    log.info("reenrich done steps=%s matched=%d published=%d", ",".join(report["steps"]), report["matched"],
             report["published"])
    return report
