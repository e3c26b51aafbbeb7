"""The fetcher: SSRF guard and robots.txt per hop, politeness gates, redirects, retries, conditional GET."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from pipeline.backoff import Backoff
from pipeline.fetch import charset
from pipeline.fetch.exceptions import (
    FetchCancelled,
    FetchError,
    HTTPStatusError,
    RedirectError,
    RobotsDisallowedError,
    UnsupportedContentError,
)
from pipeline.fetch.guarded_backend import GuardedBackend
from pipeline.fetch.politeness import HostGates
from pipeline.fetch.retry import parse_retry_after
from pipeline.fetch.robots import RobotsCache
from pipeline.fetch.ssrf import check_url
from pipeline.fetch.transport import RawResponse, exchange, make_client
from pipeline.redact import redact_url
from pipeline.settings import FetchSettings

log = logging.getLogger(__name__)

Kind = Literal["page", "document", "robots"]
HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Validators:
    """Conditional-GET validators from an earlier fetch of the same URL."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        found = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {k: v for k, v in found.items() if v}


@dataclass(frozen=True)
class FetchResult:
    requested_url: str
    final_url: str
    status: int
    body: bytes
    content_type: str
    charset: str | None
    fetched_at: datetime
    source: str
    redirects: tuple[str, ...] = ()
    attempts: int = 1
    validators: Validators = field(default_factory=Validators)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        return charset.decode(self.body, self.charset)


def _content_type(headers: httpx.Headers) -> tuple[str, str | None]:
    value = headers.get("content-type", "")
    mime = value.split(";")[0].strip().lower()
    params = dict(p.strip().split("=", 1) for p in value.split(";")[1:] if "=" in p)
    found = {k.lower(): v.strip("\"' ") for k, v in params.items()}
    return mime, found.get("charset")


class Fetcher:
    """Thread-safe; one per run. ``fetch(url, kind)`` returns a :class:`FetchResult` or raises FetchError.

    Closing it cancels the fetches still going in other threads (one a run gave up waiting for): a read they are
    blocked in fails at once (their sockets are shut down), and they neither retry nor wait any more, raising
    :class:`FetchCancelled` at their next attempt or retry."""

    def __init__(
        self,
        settings: FetchSettings,
        source: str = "adhoc",
        sleep: Callable[[float], None] | None = None,
        gates: HostGates | None = None,
    ) -> None:
        """``gates``: shared by fetchers running at once (sources ingested concurrently), which then keep one
        per-host concurrency limit between them; the fetcher that creates its own gates closes them. ``sleep``:
        the wait before a retry (default: one that closing the fetcher cuts short)."""
        self.settings = settings
        self.source = source
        self._own_gates = gates is None
        self.gates = gates or HostGates(settings.per_host_concurrency)
        self.robots = RobotsCache(lambda url: self.fetch(url, "robots").text(), settings.robots_ttl_s)
        self._backend = GuardedBackend(settings.allow_private_addresses)
        self._client = make_client(settings, self._backend)
        self._closed = threading.Event()
        self._sleep = sleep or self._closed.wait

    def close(self) -> None:
        self._closed.set()
        self._backend.shutdown()  # a fetch blocked reading from a silent server ends now, not at its read timeout
        self._client.close()
        if self._own_gates:
            self.gates.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _delay(self, url: str, kind: Kind) -> float:
        delay = self.settings.politeness_delay_s
        if kind != "robots":
            crawl = self.robots.get(url).crawl_delay(self.settings.user_agent)
            delay = max(delay, min(crawl or 0.0, self.settings.max_crawl_delay_s))
        return delay

    def _hop(self, url: str, kind: Kind, headers: dict[str, str]) -> RawResponse:
        check_url(url, self.settings.allow_private_addresses)
        if kind != "robots" and not self.robots.get(url).allowed(self.settings.user_agent, url):
            raise RobotsDisallowedError(url, "disallowed by robots.txt")
        host = (urlsplit(url).hostname or "").lower()
        with self.gates.slot(host, self._delay(url, kind)):
            return exchange(self._client, url, headers, self.settings, lambda status: 200 <= status < 300)

    def _follow(self, url: str, kind: Kind, headers: dict[str, str]) -> tuple[RawResponse, tuple[str, ...]]:
        seen = [url]
        for _ in range(self.settings.max_redirects + 1):
            response = self._hop(seen[-1], kind, headers)
            location = response.headers.get("location")
            if response.status not in REDIRECTS:
                return response, tuple(seen[1:])
            if not location:
                raise RedirectError(seen[-1], f"redirect {response.status} without Location")
            target = urljoin(seen[-1], location)
            if target in seen:
                raise RedirectError(url, f"redirect loop ({len(seen)} hops)")
            seen.append(target)
        raise RedirectError(url, f"too many redirects (> {self.settings.max_redirects})")

    def _once(self, url: str, kind: Kind, validators: Validators | None) -> FetchResult:
        headers = validators.headers() if validators else {}
        response, redirects = self._follow(url, kind, headers)
        if response.status != 304 and not 200 <= response.status < 300:
            raise HTTPStatusError(response.url, response.status, parse_retry_after(response.headers.get("retry-after")))
        mime, declared = _content_type(response.headers)
        if not mime and response.body[:256].lstrip()[:14].lower().startswith((b"<!doctype html", b"<html")):
            mime = "text/html"  # no Content-Type at all: sniff, as browsers do
        if kind == "page" and response.status != 304 and mime not in HTML_TYPES:
            raise UnsupportedContentError(response.url, f"content type {mime or '(none)'}")
        return FetchResult(
            requested_url=url,
            final_url=response.url,
            status=response.status,
            body=response.body,
            content_type=mime,
            charset=declared,
            fetched_at=datetime.now(UTC),
            source=self.source,
            redirects=redirects,
            validators=Validators(response.headers.get("etag"), response.headers.get("last-modified")),
        )

    def _wait_before_retry(self, error: FetchError, attempt: int) -> None:
        wait = getattr(error, "retry_after", None)
        if wait is not None and wait > self.settings.retry_after_max_s:
            too_long = FetchError(error.url, f"{error.reason}, Retry-After {wait:.0f}s exceeds the maximum")
            too_long.retryable = True  # a later run may try again
            raise too_long
        if wait is None:
            wait = Backoff(self.settings.backoff_initial_s, self.settings.backoff_max_s).delay(attempt - 1)  # 1-based
        self._check_open(error.url)
        log.info("fetch retry url=%s reason=%r attempt=%d wait_s=%.2f", error.url, error.reason, attempt, wait)
        self._sleep(wait)

    def _check_open(self, url: str) -> None:
        if self._closed.is_set():
            raise FetchCancelled(url, "cancelled: the fetcher was closed")

    def fetch(self, url: str, kind: Kind = "page", validators: Validators | None = None) -> FetchResult:
        attempts = 1 + (self.settings.retries if kind != "robots" else min(1, self.settings.retries))
        for attempt in range(1, attempts + 1):
            self._check_open(url)
            try:
                result = self._once(url, kind, validators)
            except FetchError as exc:
                if not exc.retryable or attempt == attempts:
                    if exc.retryable:
                        exc.reason = f"{exc.reason} (gave up after {attempt} attempts)"
                    raise
                self._wait_before_retry(exc, attempt)
                continue
            log.debug("fetched url=%s status=%d bytes=%d attempt=%d", redact_url(url), result.status,
                      len(result.body), attempt)
            return replace(result, attempts=attempt)
        raise AssertionError("unreachable")
