"""An ingest run of one source: discover -> select (filter, claim) -> fetch + extract -> publish -> record."""

from __future__ import annotations

import logging
import queue
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import chain, zip_longest
from typing import Any
from urllib.parse import urlsplit

from tqdm import tqdm

from pipeline.extract import Extracted
from pipeline.extract.pool import ParsePool, pool_or_own
from pipeline.fetch import Fetcher, FetchResult
from pipeline.fetch.politeness import HostGates
from pipeline.ingest.discover import Discoverer, Discovery
from pipeline.ingest.exceptions import IngestError
from pipeline.ingest.hooks import AfterPublish, OpenAfterPublish
from pipeline.ingest.process import Outcome, download, extracted, start_extract
from pipeline.ingest.store import IngestStore, hosts_path, store_path
from pipeline.ingest.summary import RunSummary
from pipeline.ingest.titles import HostTitles
from pipeline.kafka.producer import Producer
from pipeline.kafka.publisher import RawPublisher
from pipeline.models.urls import canonicalize_url
from pipeline.settings import Settings
from pipeline.sources.discovered import Discovered
from pipeline.sources.registry import SourceSpec

log = logging.getLogger(__name__)

MAX_CONCURRENT_SOURCES = 32  # sources mostly wait for their hosts' turns; each has its own download threads


def open_store(settings: Settings) -> IngestStore:
    fetch = settings.fetch
    return IngestStore(store_path(settings.paths.state), fetch.max_attempts, fetch.claim_lease_s)


def share_host_spacing(fetcher: Fetcher, settings: Settings) -> None:
    """Space each host's request starts across all runs sharing the state dir (`newsline ingest`, DAG tasks)."""
    path = hosts_path(settings.paths.state)
    try:
        fetcher.gates.share(path)
    except (OSError, sqlite3.Error) as exc:
        raise IngestError(f"host spacing table {path} unusable: {exc}") from None


def discover(spec: SourceSpec, settings: Settings, fetcher: Fetcher, store: IngestStore,
             pool: ParsePool | None = None) -> Discovery:
    share_host_spacing(fetcher, settings)
    with pool_or_own(pool) as parse:
        return Discoverer(spec, fetcher, store, settings.fetch.max_body_bytes * 10, parse).run()


def _select(
    items: list[Discovered], spec: SourceSpec, store: IngestStore, summary: RunSummary, limit: int
) -> list[tuple[Discovered, str]]:
    claimed: list[tuple[Discovered, str]] = []
    for item in items:
        canonical = canonicalize_url(item.url)
        unwanted = spec.url_wanted(item.url)
        if unwanted:
            if store.record_skipped(canonical, spec.name, item.url, summary.run_id, unwanted):
                summary.skipped[unwanted] += 1
            else:
                summary.known += 1
        elif len(claimed) >= limit:
            known = store.is_known(canonical)
            summary.known += known
            summary.deferred += not known
            summary.in_flight += known and store.in_flight(canonical)
        elif store.claim(canonical, spec.name, item.url, summary.run_id):
            claimed.append((item, canonical))
        else:
            summary.known += 1
            summary.in_flight += store.in_flight(canonical)
    summary.new = len(claimed)
    return claimed


class Publisher:
    """Ingest's bookkeeping around the raw publisher: every outcome recorded in the store and the run summary,
    published only once Kafka acknowledged (then handed to ``after``); a record too large for one message fails
    its URL (not retried)."""

    def __init__(self, store: IngestStore, producer: Producer, summary: RunSummary, settings: Settings,
                 after: AfterPublish) -> None:
        self.store, self.summary, self.after = store, summary, after
        self.raw: RawPublisher[list[str]] = RawPublisher(producer, settings)

    def _finish(self, canonical: str, status: str, reason: str | None = None, retryable: bool = False) -> None:
        self.store.finish(canonical, self.summary.run_id, status, reason, retryable)
        getattr(self.summary, status)[reason or "?"] += 1
        log.info("url %s source=%s url=%s reason=%r", status, self.summary.source, canonical, reason)

    def accept(self, outcome: Outcome) -> None:
        self.summary.fetched += outcome.fetched
        article = outcome.article
        if article is None:
            self._finish(outcome.canonical, outcome.status, outcome.reason, outcome.retryable)
            return
        self.summary.extracted += 1
        keys = [outcome.canonical]
        page_canonical = article.canonical_url or outcome.canonical
        if page_canonical != outcome.canonical:
            if not self.store.claim(page_canonical, self.summary.source, article.url or "", self.summary.run_id):
                self._finish(outcome.canonical, "skipped", "duplicate: its canonical URL is already ingested")
                return
            keys.append(page_canonical)
        self.raw.send(article, keys)

    def flush(self) -> None:
        for delivery in self.raw.flush():
            keys, article = delivery.tag, delivery.article
            if not delivery.published:
                for key in keys:
                    self._finish(key, "failed", delivery.reason, retryable=delivery.retryable)
                continue
            self.summary.truncated += article.truncated
            for key in keys:
                self.store.finish(key, self.summary.run_id, "published", article_id=article.id)
            self.summary.published += 1
            self.summary.article_ids.append(article.id)
            self.after.published(article)


def by_host_round_robin(claimed: list[tuple[Discovered, str]]) -> list[tuple[Discovered, str]]:
    """One URL of each host in turn (first-seen host order), so no host's politeness wait holds up the others."""
    hosts: dict[str, list[tuple[Discovered, str]]] = defaultdict(list)
    for pair in claimed:
        hosts[(urlsplit(pair[0].url).hostname or "").lower()].append(pair)
    return [pair for pair in chain.from_iterable(zip_longest(*hosts.values())) if pair is not None]


def fetch_and_extract(
    claimed: list[tuple[Discovered, str]], spec: SourceSpec, fetcher: Fetcher, workers: int, pool: ParsePool,
    titles: HostTitles | None = None,
) -> Iterator[Outcome]:
    """Outcomes in completion order. ``workers`` threads only download (each waits for its host's turn, then
    takes the next URL); extraction runs in the parse processes, so a page being parsed holds no download slot.
    ``titles``: the hosts' recent page titles, learned from and used for each headline."""
    done: queue.Queue[Outcome | tuple[Discovered, str, FetchResult, Future[Extracted]]] = queue.Queue()
    with ThreadPoolExecutor(workers, thread_name_prefix=f"fetch-{spec.name}") as downloads:

        def fetch_one(item: Discovered, canonical: str) -> None:
            fetched = download(item, canonical, fetcher)  # never raises
            done.put(fetched if isinstance(fetched, Outcome) else (item, canonical, fetched, start_extract(fetched, pool)))

        for item, canonical in by_host_round_robin(claimed):
            downloads.submit(fetch_one, item, canonical)
        for _ in claimed:
            got = done.get()
            yield got if isinstance(got, Outcome) else extracted(got[0], got[1], got[2], spec, got[3], titles)


def ingest_items(
    spec: SourceSpec,
    found: Discovery,
    settings: Settings,
    store: IngestStore,
    fetcher: Fetcher,
    producer: Producer,
    progress: bool = False,
    pool: ParsePool | None = None,
    *,
    after_publish: OpenAfterPublish,
) -> RunSummary:
    """``pool``: the run's parse processes (None: this call starts its own); ``after_publish``: opens what each
    acknowledged article is handed to (the entry points pass the re-check tracker)."""
    share_host_spacing(fetcher, settings)
    summary = RunSummary(
        spec.name,
        uuid.uuid4().hex,
        documents=found.documents,
        not_modified=found.not_modified,
        discovered=len(found.items),
        discovery_errors=list(found.errors),
        rejected=list(found.rejected),
    )
    claimed = _select(found.items, spec, store, summary, min(spec.max_items, settings.fetch.max_items_per_run))
    after = after_publish(store.path)
    try:
        publisher = Publisher(store, producer, summary, settings, after)
        with pool_or_own(pool) as parse:
            outcomes = fetch_and_extract(claimed, spec, fetcher, settings.fetch.workers, parse,
                                         HostTitles(store))
            for outcome in tqdm(outcomes, total=len(claimed), desc=spec.name, unit="url", disable=not progress):
                publisher.accept(outcome)
        publisher.flush()
    finally:
        after.close()
    if summary.deferred == 0 and summary.in_flight == 0:
        # otherwise a 304 next time would hide the deferred URLs, or those of a run killed before it finished them
        for url, validators in found.validators.items():
            store.save_validators(url, validators.etag, validators.last_modified)
    store.save_run(summary.run_id, spec.name, summary.to_dict())
    log.info("ingest done %s", summary.text().splitlines()[0])
    return summary


def ingest_source(
    spec: SourceSpec,
    settings: Settings,
    progress: bool = False,
    producer: Producer | None = None,
    gates: HostGates | None = None,
    pool: ParsePool | None = None,
    *,
    after_publish: OpenAfterPublish,
) -> RunSummary:
    """``gates``: shared with the other sources of a concurrent run (one per-host concurrency limit);
    ``pool``: the run's parse processes, shared likewise (None: this source starts its own)."""
    store = open_store(settings)
    own = producer is None
    producer = producer or Producer(settings.kafka, client_id="newsline-ingest")
    try:
        with Fetcher(settings.fetch, source=spec.name, gates=gates) as fetcher, pool_or_own(pool) as parse:
            found = discover(spec, settings, fetcher, store, parse)
            return ingest_items(spec, found, settings, store, fetcher, producer, progress, parse,
                                after_publish=after_publish)
    finally:
        if own:
            producer.close()
        store.close()


def ingest_all(
    specs: list[SourceSpec], settings: Settings, progress: bool = False, *, after_publish: OpenAfterPublish
) -> list[dict[str, Any]]:
    """Every enabled source at once (their hosts' politeness waits overlap); summaries in ``specs`` order.

    One parse pool serves every source of the run.

    The sources share one set of host gates, so two sources on one host keep one per-host concurrency limit
    and one spacing. Each source has its own producer: a source's flush must wait for its own messages only.
    """
    enabled = [spec for spec in specs if spec.enabled]
    gates = HostGates(settings.fetch.per_host_concurrency)
    workers = max(1, min(len(enabled), MAX_CONCURRENT_SOURCES))
    try:
        with ParsePool() as parse, ThreadPoolExecutor(workers, thread_name_prefix="source") as sources:
            futures = [
                sources.submit(ingest_source, spec, settings, progress, None, gates, parse, after_publish=after_publish)
                for spec in enabled
            ]
            return [future.result().to_dict() for future in futures]
    finally:
        gates.close()
