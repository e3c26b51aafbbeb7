"""Re-checks: fetch an article again, extract, compare with its last revision, publish what changed, record it.

Extraction runs in parse processes (:mod:`pipeline.extract.pool`): a page that kills its process is failed
with the signal as its reason, the other checks go on. Fetching is the ingest fetcher's
(:class:`pipeline.fetch.Fetcher`: SSRF guard on every hop, robots.txt, per-host delay shared with ingest runs,
retries, size caps) with the conditional-GET validators of the previous check. Outcomes per article:

- ``not_modified`` (304) and ``unchanged`` (same content hash): nothing is published;
- ``revised``: the title or text changed: revision + 1, published to the raw topic (enrichment and indexing
  follow as for any article; the article id, so its story membership, stays);
- ``moved``: a redirect to another URL with the same content: same article and revision, the new URL recorded
  (``url``, ``previous_urls``) and claimed in the ingest store so a feed listing it adds no second article;
- ``removed``: 404 or 410: the stored document is republished marked ``status: removed`` / ``removed_at``
  with its text kept (read from the article index); ``restored`` when such a page answers 200 again;
- ``failed`` (with the fetch error's reason) and ``deferred`` (the removal waits until the current revision
  is indexed). A transient failure leaves the check due, up to ``fetch.max_attempts`` times.

The store row is updated only after Kafka acknowledged the record (:mod:`pipeline.revisions.store`).

Progress whatever the hosts do: each check is published and recorded as soon as it is done (the checks done
since the last look form one small chunk), so a run killed by its task timeout loses only the checks in
flight. Leases are renewed while a check runs and once more right before its record is published: a run
whose lease was taken meanwhile (it expired, another run leased the row) publishes nothing for that row, so
one revision number is never published twice. At most ``fetch.per_host_concurrency`` checks of one host run
at once (hosts taken in turn), and a check not done within ``revisions.check_deadline_s`` is recorded failed
(retryable) while the others go on; the run does not wait for it, and that host's checks not started yet
are left to the next run. A run starts no check after its budget (the task timeout less a check and a
publish); the rows left stay due for the next run.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import Counter, defaultdict, deque
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from elasticsearch import Elasticsearch

from pipeline.extract import Extracted, ExtractionError, ParseCrashedError, extract_html
from pipeline.extract.article import Origin, build_article
from pipeline.extract.pool import ParsePool
from pipeline.fetch import Fetcher, FetchError, FetchResult
from pipeline.fetch.client import Validators
from pipeline.fetch.exceptions import HTTPStatusError
from pipeline.ingest.store import IngestStore
from pipeline.kafka.producer import Producer
from pipeline.kafka.publisher import RawPublisher
from pipeline.models import Article, EnrichedArticle
from pipeline.models.limits import TextLimits, apply_limits
from pipeline.models.revision import RevisionInfo, content_sha256
from pipeline.models.urls import canonicalize_url
from pipeline.revisions.exceptions import BadRowError
from pipeline.revisions.schedule import next_check_at, scheduled
from pipeline.revisions.store import Change, RevisionStore, Tracked
from pipeline.search.exceptions import NotFoundError
from pipeline.search.lookup import show
from pipeline.settings import PUBLISH_TIMEOUT_S, Settings

log = logging.getLogger(__name__)

GONE = (404, 410)
PUBLISHING = frozenset({"revised", "moved", "restored", "removed"})


@dataclass(frozen=True)
class Check:
    """One re-check's finding, before anything is published or recorded."""

    tracked: Tracked
    kind: str
    article: Article | None = None
    reason: str | None = None
    retryable: bool = False
    validators: Validators | None = None



Task = Future["Check | BadRowError | None"]  # one check in a worker thread (None: the row is busy)

@dataclass
class RecheckSummary:
    run_id: str
    targets: int = 0
    busy: int = 0  # held by another run at the moment
    lost: int = 0  # lease taken by another run before the result was published: nothing published or recorded
    left: int = 0  # not started: the run's time budget ran out (they stay due)
    outcomes: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    not_found: list[str] = field(default_factory=list)
    published: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "targets": self.targets, "busy": self.busy, "lost": self.lost,
                "left": self.left, "outcomes": dict(self.outcomes),
                "failed": dict(self.failed), "not_found": self.not_found, "published": self.published}

    def text(self) -> str:
        counts = " ".join(f"{k}={self.outcomes.get(k, 0)}" for k in (
            "not_modified", "unchanged", "revised", "moved", "removed", "restored", "failed", "deferred"))
        lines = [f"targets={self.targets} busy={self.busy} lost={self.lost} left={self.left} {counts}"]
        lines += [f"  {p['kind']} {p['id']} revision {p['revision']} {p['url']}" for p in self.published]
        lines += [f"  failed ({n}): {r}" for r, n in self.failed.most_common()]
        lines += [f"  not ingested: {u}" for u in self.not_found]
        return "\n".join(lines)


def build_revision(tracked: Tracked, page: Extracted, result: FetchResult, limits: TextLimits) -> Article:
    """The re-fetched article under its original id and canonical URL, whatever URL it is served at now."""
    origin = Origin(
        source=tracked.source, fetched_at=result.fetched_at, requested_url=tracked.url, final_url=result.final_url,
        canonical_url=tracked.canonical_url, article_id=tracked.article_id, language=tracked.language,
        published_at=datetime.fromtimestamp(tracked.published_at, UTC) if tracked.published_at else None,
        published_from="record", served_at=result.fetched_at,
    )
    return apply_limits(build_article(page, origin), limits)


def compare(tracked: Tracked, article: Article, final_url: str) -> tuple[str, Article | None]:
    """The outcome of a fetched, extracted page against the stored revision, and the record to publish."""
    moved = canonicalize_url(final_url) != canonicalize_url(tracked.url)
    previous = (*tracked.previous_urls, tracked.url) if moved and tracked.url not in tracked.previous_urls \
        else tracked.previous_urls
    revisions = tracked.revisions
    sha = content_sha256(article.title, article.text)
    if sha != tracked.content_sha256:
        kind = "revised"
        revisions = (*revisions, RevisionInfo(revision=tracked.revision + 1, fetched_at=article.fetched_at,
                                              content_sha256=sha, title=article.title, url=final_url,
                                              text_chars=len(article.text)))
    elif tracked.status == "removed":
        kind = "restored"
    elif moved:
        kind = "moved"
    else:
        return "unchanged", None
    return kind, article.model_copy(update={
        "revision": revisions[-1].revision, "revisions": revisions, "previous_urls": previous})


class Rechecker:
    def __init__(self, settings: Settings, store: RevisionStore, ingest: IngestStore, fetcher: Fetcher,
                 producer: Producer, es: Elasticsearch, pool: ParsePool) -> None:
        self.settings, self.store, self.ingest = settings, store, ingest
        self.fetcher, self.producer, self.es, self.pool = fetcher, producer, es, pool
        self.limits = TextLimits.from_settings(settings)
        self.summary = RecheckSummary(uuid.uuid4().hex)
        self._lock = threading.Lock()
        self._held: dict[str, tuple[Tracked, float]] = {}  # leased rows in flight: row, monotonic start
        self._stop = threading.Event()

    def run(self, ids: list[str]) -> RecheckSummary:
        self.summary.targets = len(ids)
        revisions = self.settings.revisions
        stop_at = time.monotonic() + revisions.task_timeout_s - revisions.check_deadline_s - PUBLISH_TIMEOUT_S
        queues = self._by_host(ids)
        running: dict[Task, tuple[str, str]] = {}  # future -> (article id, host)
        abandoned: set[Task] = set()  # past the deadline, recorded failed, still holding a slot
        pool = ThreadPoolExecutor(self.settings.fetch.workers, thread_name_prefix="recheck")
        renewer = threading.Thread(target=self._renew_leases, name="recheck-leases", daemon=True)
        renewer.start()
        try:
            while True:
                for future in [f for f in abandoned if f.done()]:  # its fetch gave up at last: the slot is free
                    abandoned.discard(future)
                    running.pop(future)
                if time.monotonic() < stop_at:
                    self._dispatch(pool, queues, running)
                live = set(running) - abandoned
                if not live:
                    break
                done, _ = wait(live, timeout=1.0, return_when=FIRST_COMPLETED)
                checks = self._collect(done, running)
                checks += self._overdue(running, abandoned, queues)
                self._publish(checks)
        finally:
            self._stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
        self.summary.left += sum(len(q) for q in queues.values())
        return self.summary

    def _by_host(self, ids: list[str]) -> dict[str, deque[str]]:
        queues: dict[str, deque[str]] = defaultdict(deque)
        for article_id in ids:
            try:
                tracked = self.store.get(article_id)
            except BadRowError:
                tracked = None  # set aside when its check starts
            queues[(urlsplit(tracked.url).hostname or "").lower() if tracked else ""].append(article_id)
        return queues

    def _dispatch(self, pool: ThreadPoolExecutor, queues: dict[str, deque[str]],
                  running: dict[Task, tuple[str, str]]) -> None:
        """Start checks, one host in turn, while a worker is free and the host has a free slot."""
        fetch = self.settings.fetch
        per_host = Counter(host for _, host in running.values())
        started = True
        while started and len(running) < fetch.workers:
            started = False
            for host, queue in queues.items():
                if queue and per_host[host] < fetch.per_host_concurrency and len(running) < fetch.workers:
                    article_id = queue.popleft()
                    running[pool.submit(self._check, article_id)] = (article_id, host)
                    per_host[host] += 1
                    started = True

    def _collect(self, done: set[Task], running: dict[Task, tuple[str, str]]) -> list[Check]:
        """The finished checks' results (``done`` holds no abandoned check: those are recorded failed already)."""
        checks = []
        for future in done:
            running.pop(future)
            check = future.result()
            if check is None:
                self.summary.busy += 1
            elif isinstance(check, BadRowError):
                self._set_aside(check)
            else:
                checks.append(check)
        return checks

    def _overdue(self, running: dict[Task, tuple[str, str]], abandoned: set[Task],
                 queues: dict[str, deque[str]]) -> list[Check]:
        """Checks running longer than the deadline, as failures (retryable); their results will be ignored.
        The host's checks not started yet wait for the next run (a host that timed out is likely still slow)."""
        deadline = self.settings.revisions.check_deadline_s
        now = time.monotonic()
        checks = []
        with self._lock:
            for future, (article_id, host) in running.items():
                held = self._held.get(article_id)
                if future not in abandoned and held is not None and now - held[1] > deadline:
                    abandoned.add(future)
                    if queues[host]:
                        log.warning("recheck host timed out host=%s left=%d reason='its other checks wait for the "
                                    "next run'", host, len(queues[host]))
                        self.summary.left += len(queues[host])
                        queues[host].clear()
                    checks.append(Check(held[0], "failed", retryable=True,
                                        reason=f"timed out: not done within revisions.check_deadline_s {deadline:g}s"))
        return checks

    def _renew_leases(self) -> None:
        """Keep the rows in flight leased (every third of the lease) until the run ends."""
        while not self._stop.wait(self.settings.revisions.lease_s / 3):
            with self._lock:
                ids = list(self._held)
            if ids:
                lost = set(ids) - self.store.renew(ids, self.summary.run_id)
                for article_id in lost:
                    log.warning("recheck lease lost id=%s reason='taken by another run'", article_id)

    def _check(self, article_id: str) -> Check | BadRowError | None:
        try:
            tracked = self.store.lease(article_id, self.summary.run_id)
        except BadRowError as exc:
            return exc
        if tracked is None:
            log.info("recheck busy id=%s reason='held by another run'", article_id)
            return None
        with self._lock:
            self._held[article_id] = (tracked, time.monotonic())
        try:
            return self._fetch(tracked)
        except Exception as exc:  # noqa: BLE001 - recorded as the check's failure; the lease is released
            return Check(tracked, "failed", reason=f"internal error: {type(exc).__name__}: {exc}", retryable=True)

    def _fetch(self, tracked: Tracked) -> Check:
        before = Validators(tracked.etag, tracked.last_modified)
        try:
            result = self.fetcher.fetch(tracked.url, "page", before)
        except HTTPStatusError as exc:
            if exc.status in GONE:
                return self._gone(tracked, exc.status)
            return Check(tracked, "failed", reason=exc.reason, retryable=exc.retryable)
        except FetchError as exc:
            return Check(tracked, "failed", reason=exc.reason, retryable=exc.retryable)
        if self._stop.is_set():  # the run is over (this check was past its deadline): no parse, nothing kept
            return Check(tracked, "failed", reason="the run ended before the check", retryable=True)
        validators = Validators(result.validators.etag or tracked.etag,
                                result.validators.last_modified or tracked.last_modified)
        if result.not_modified:
            return Check(tracked, "not_modified", validators=validators)
        try:
            page = self.pool.run(extract_html, result.text(), result.final_url)
        except ExtractionError as exc:
            return Check(tracked, "failed", reason=f"no article: {exc.reason}", validators=validators)
        except ParseCrashedError as exc:
            return Check(tracked, "failed", reason=exc.reason, validators=validators)
        kind, article = compare(tracked, build_revision(tracked, page, result, self.limits), result.final_url)
        return Check(tracked, kind, article, validators=validators)

    def _gone(self, tracked: Tracked, status: int) -> Check:
        """A removed page: republish the stored document (text kept) marked removed."""
        if tracked.status == "removed":
            return Check(tracked, "unchanged", reason=f"still gone (http {status})")
        try:
            doc = show(self.es, self.settings.elasticsearch, tracked.article_id)
        except NotFoundError:
            return Check(tracked, "deferred", reason=f"http {status}, but the article is not indexed yet")
        if int(doc.get("revision") or 1) < tracked.revision:
            return Check(tracked, "deferred", reason=f"http {status}, but revision {tracked.revision} is not indexed yet")
        now = datetime.now(UTC)
        stored = EnrichedArticle.from_document(doc).article
        article = stored.model_copy(update={"status": "removed", "removed_at": now, "fetched_at": now,
                                            "revision": tracked.revision, "revisions": tracked.revisions})
        return Check(tracked, "removed", article, reason=f"http {status}")

    def _publish(self, checks: list[Check]) -> None:
        """Publish what changed (only rows whose lease is still ours, renewed to outlast the publish), then
        record every check."""
        publisher: RawPublisher[Check] = RawPublisher(self.producer, self.settings)
        sending = [c for c in checks if c.kind in PUBLISHING and c.article is not None]
        held = self.store.renew([c.tracked.article_id for c in sending], self.summary.run_id) if sending else set()
        for check in checks:
            if check.kind not in PUBLISHING or check.article is None:
                self._record(check)
            elif check.tracked.article_id not in held:
                self._lost(check)
            else:
                publisher.send(check.article, check)
        for delivery in publisher.flush():
            check = delivery.tag
            if delivery.published:
                self._record(replace(check, article=delivery.article))
            elif delivery.retryable:
                self._record(Check(check.tracked, "failed", reason=delivery.reason, retryable=True))
            else:
                self._record(Check(check.tracked, "failed", reason=(delivery.detail or delivery.status)[:200]))

    def _set_aside(self, bad: BadRowError) -> None:
        """A row that cannot be read fails alone, with its reason in the row and the summary."""
        self.summary.outcomes["failed"] += 1
        self.summary.failed[bad.reason] += 1
        self.store.set_aside(bad.article_id, self.summary.run_id, bad.reason)
        log.warning("recheck failed id=%s reason=%r", bad.article_id, bad.reason)

    def _release(self, article_id: str) -> None:
        with self._lock:
            self._held.pop(article_id, None)

    def _lost(self, check: Check) -> None:
        """Another run leased the row meanwhile: it owns the next revision number; nothing is published."""
        self._release(check.tracked.article_id)
        self.summary.lost += 1
        log.warning("recheck not published id=%s kind=%s revision=%d reason='lease lost to another run'",
                    check.tracked.article_id, check.kind, check.article.revision if check.article else 0)

    def _next(self, tracked: Tracked, now: float) -> float | None:
        revisions = self.settings.revisions
        if not scheduled(tracked.published_at, now, revisions.track_max_age_h):
            return None
        return next_check_at(tracked.first_fetched_at, revisions.schedule_h, now)

    def _change(self, check: Check, now: float) -> Change:
        t = check.tracked
        values: dict[str, Any] = {"last_checked_at": now, "checks": t.checks + 1, "failures": 0,
                                  "last_outcome": check.kind + (f": {check.reason}" if check.reason else ""),
                                  "next_check_at": self._next(t, now)}
        if check.validators is not None:
            values |= {"etag": check.validators.etag, "last_modified": check.validators.last_modified}
        article = check.article
        if check.kind == "removed":
            values |= {"status": "removed", "removed_at": now, "next_check_at": None}
        elif article is not None:
            info = article.revisions[-1]
            values |= {"revision": info.revision, "content_sha256": info.content_sha256, "status": "live",
                       "revisions": [r.model_dump(mode="json") for r in article.revisions], "removed_at": None,
                       "url": article.url, "previous_urls": list(article.previous_urls)}
        elif check.kind == "failed" and check.retryable and t.failures + 1 < self.settings.fetch.max_attempts:
            values |= {"failures": t.failures + 1, "next_check_at": t.next_check_at}  # stays due
        elif check.kind == "deferred":
            values["next_check_at"] = t.next_check_at
        return Change(values)

    def _record(self, check: Check) -> None:
        t = check.tracked
        self.summary.outcomes[check.kind] += 1
        if check.kind == "failed":
            self.summary.failed[check.reason or "?"] += 1
        self._release(t.article_id)
        if not self.store.finish(t, self.summary.run_id, self._change(check, time.time())):
            self.summary.lost += 1
            log.warning("recheck not recorded id=%s reason='lease lost or revision changed meanwhile'", t.article_id)
            return
        log.info("recheck %s id=%s url=%s revision=%d reason=%r", check.kind, t.article_id, t.url,
                 check.article.revision if check.article else t.revision, check.reason)
        if check.article is not None and check.kind in PUBLISHING:
            self.summary.published.append({"id": t.article_id, "kind": check.kind, "revision": check.article.revision,
                                           "url": check.article.url})
            if check.article.url and check.article.url != t.url:
                self._claim_new_url(check.article)

    def _claim_new_url(self, article: Article) -> None:
        """The new URL belongs to this article: an ingest run that meets it treats it as known."""
        canonical = canonicalize_url(article.url or "")
        if self.ingest.claim(canonical, article.source, article.url or "", self.summary.run_id):
            self.ingest.finish(canonical, self.summary.run_id, "published", article_id=article.id)
