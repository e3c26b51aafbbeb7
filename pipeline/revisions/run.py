"""``newsline recheck`` and the ``recheck_articles`` DAG: choose the articles, then re-check them."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from datetime import datetime

from elasticsearch import Elasticsearch

from pipeline.extract.pool import ParsePool
from pipeline.fetch import Fetcher
from pipeline.index.client import make_client
from pipeline.ingest.run import open_store, share_host_spacing
from pipeline.kafka.producer import Producer
from pipeline.models import EnrichedArticle
from pipeline.models.urls import article_id_for_url, canonicalize_url
from pipeline.revisions.exceptions import BadRowError, RevisionsError
from pipeline.revisions.recheck import Rechecker, RecheckSummary
from pipeline.revisions.store import RevisionStore
from pipeline.search.exceptions import NotFoundError
from pipeline.search.lookup import show
from pipeline.settings import Settings

log = logging.getLogger(__name__)


def resolve(store: RevisionStore, es: Elasticsearch, settings: Settings, url: str) -> str | None:
    """The article id a URL names: tracked by its canonical URL, an earlier or later URL, or found indexed.

    An article indexed before re-checks existed is adopted from its stored document (its text is the
    revision compared against).
    """
    canonical = canonicalize_url(url)
    article_id = article_id_for_url(canonical)
    try:
        if store.get(article_id) is not None:
            return article_id
    except BadRowError:
        return article_id  # tracked, but unreadable: its check records why
    found = store.find_url(canonical)
    if found is not None:
        return found
    try:
        doc = show(es, settings.elasticsearch, article_id)
    except NotFoundError:
        return None
    revisions = settings.revisions
    store.track(EnrichedArticle.from_document(doc).article, revisions.schedule_h, revisions.track_max_age_h)
    return article_id


def select(store: RevisionStore, es: Elasticsearch, settings: Settings, urls: Sequence[str],
           since: datetime | None, sources: Sequence[str], due: bool) -> tuple[list[str], list[str]]:
    """``(article ids, URLs that name no ingested article)`` for exactly one of: urls, since, due."""
    if sum((bool(urls), since is not None, due)) != 1:
        raise RevisionsError("give URLs, --since AGE or --due (exactly one)")
    if due:
        return store.due(time.time(), settings.revisions.max_per_run), []
    if since is not None:
        return store.since(since.timestamp(), sources), []
    ids: list[str] = []
    missing: list[str] = []
    for url in urls:
        found = resolve(store, es, settings, url)
        if found is None:
            missing.append(url)
        elif found not in ids:
            ids.append(found)
    return ids, missing


def recheck(settings: Settings, *, urls: Sequence[str] = (), since: datetime | None = None,
            sources: Sequence[str] = (), due: bool = False) -> RecheckSummary:
    store = RevisionStore.open(settings.paths.state, settings.revisions.lease_s)
    ingest = open_store(settings)
    es = make_client(settings.elasticsearch)
    try:
        ids, missing = select(store, es, settings, urls, since, sources, due)
        with Fetcher(settings.fetch, source="recheck") as fetcher, ParsePool() as pool, \
                Producer(settings.kafka, client_id="newsline-recheck") as producer:
            share_host_spacing(fetcher, settings)
            summary = Rechecker(settings, store, ingest, fetcher, producer, es, pool).run(ids)
        summary.not_found = missing
    finally:
        es.close()
        ingest.close()
        store.close()
    log.info("recheck done %s", summary.text().splitlines()[0])
    return summary
