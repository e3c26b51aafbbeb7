"""The fetcher against a real HTTP server on 127.0.0.1: robots, politeness, retries, caps, redirects, charsets."""

from __future__ import annotations

import socket
import threading
import time
import zlib

import brotli
import pytest

from pipeline.fetch import Fetcher, FetchError
from pipeline.fetch.client import Validators
from pipeline.fetch.exceptions import (
    FetchCancelled,
    HTTPStatusError,
    RedirectError,
    RobotsDisallowedError,
    TooLargeError,
    TransportFailure,
    UnsupportedContentError,
)
from pipeline.settings import FetchSettings
from tests.support.pages import article_page
from tests.support.site import Reply, Request, Site, endless
from tests.support.web import fast_fetch_settings

PAGE = article_page("Harbour restoration approved", "2026-02-01T10:00:00+00:00").encode()


def test_user_agent_names_project_and_contact(site: Site, fetch_settings: FetchSettings) -> None:
    site.add("/a.html", Reply(body=PAGE))
    with Fetcher(fetch_settings) as fetcher:
        result = fetcher.fetch(site.url("/a.html"))
    agent = site.hits("/a.html")[0].headers["User-Agent"]
    assert agent.startswith("newsline/") and "newsline-tests@example.org" in agent
    assert result.status == 200 and result.final_url == site.url("/a.html") and result.source == "adhoc"
    assert site.hits("/robots.txt"), "robots.txt is read before the first page"


def test_robots_disallow_is_respected_and_cached(site: Site, fetch_settings: FetchSettings) -> None:
    site.add("/private/x.html", Reply(body=PAGE))
    site.add("/a.html", Reply(body=PAGE))
    with Fetcher(fetch_settings) as fetcher:
        with pytest.raises(RobotsDisallowedError) as err:
            fetcher.fetch(site.url("/private/x.html"))
        fetcher.fetch(site.url("/a.html"))
    assert err.value.outcome == "skipped" and "robots.txt" in err.value.reason
    assert site.hits("/private/x.html") == []
    assert len(site.hits("/robots.txt")) == 1


def test_crawl_delay_is_respected(site: Site, fetch_settings: FetchSettings) -> None:
    site.add("/robots.txt", Reply(body=b"User-agent: *\nCrawl-delay: 1\n", content_type="text/plain"))
    for i in range(3):
        site.add(f"/p{i}.html", Reply(body=PAGE))
    with Fetcher(fetch_settings) as fetcher:
        for i in range(3):
            fetcher.fetch(site.url(f"/p{i}.html"))
        starts = fetcher.gates.starts["127.0.0.1"][1:]  # after robots.txt, which owes the politeness delay
    assert all(len(site.hits(f"/p{i}.html")) == 1 for i in range(3))
    # the starts the gate let through; the server's arrival times add each request's own connect latency
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert len(starts) == 3 and all(gap >= 1.0 for gap in gaps), gaps


def test_crawl_delay_groups_and_fractions() -> None:
    from pipeline.fetch.robots import parse

    rules = parse("User-agent: other\nCrawl-delay: 9\n\nUser-agent: newsline\nUser-agent: x\nCrawl-delay: 0.5\n"
                  "Disallow: /tmp/\n\nUser-agent: *\nCrawl-delay: 2\n")
    assert rules.crawl_delay("newsline/0.1 (+https://example.org)") == 0.5
    assert rules.crawl_delay("somebot/1.0") == 2.0
    assert not rules.allowed("newsline/0.1", "http://h/tmp/a") and rules.allowed("newsline/0.1", "http://h/a")


def test_per_host_concurrency_and_politeness_delay(site: Site) -> None:
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor
    from urllib.parse import urlsplit

    lock, in_flight, peak = threading.Lock(), [0], [0]

    def slow(request: Request) -> Reply:
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        time.sleep(0.5)  # longer than the delay, so only the concurrency limit keeps requests apart
        with lock:
            in_flight[0] -= 1
        return Reply(body=PAGE)

    for i in range(4):
        site.add(f"/c{i}.html", slow)
    settings = fast_fetch_settings(per_host_concurrency=1, politeness_delay_s=0.3)
    with Fetcher(settings) as fetcher, ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda i: fetcher.fetch(site.url(f"/c{i}.html")), range(4)))
        starts = fetcher.gates.starts[urlsplit(site.base).hostname or ""]
    # one request in flight at a time, seen by the server (robots.txt and four pages: five starts)
    assert peak[0] == 1 and all(len(site.hits(f"/c{i}.html")) == 1 for i in range(4))
    # and 0.3 s between the starts the gate let through (the server's arrival times add network jitter)
    assert len(starts) == 5 and all(b - a >= 0.3 for a, b in zip(starts, starts[1:], strict=False)), starts


def test_429_retry_after_is_waited_for(site: Site, fetch_settings: FetchSettings) -> None:
    def flaky(request: Request) -> Reply:
        if len(site.hits("/busy.html")) == 1:
            return Reply(429, b"slow down", "text/plain", {"Retry-After": "1"})
        return Reply(body=PAGE)

    site.add("/busy.html", flaky)
    with Fetcher(fetch_settings) as fetcher:
        result = fetcher.fetch(site.url("/busy.html"))
    first, second = site.hits("/busy.html")
    assert result.status == 200 and result.attempts == 2
    assert second.at - first.at >= 0.95


def test_retry_after_beyond_the_maximum_fails_with_reason(site: Site, fetch_settings: FetchSettings) -> None:
    site.add("/never.html", Reply(429, b"", "text/plain", {"Retry-After": "3600"}))
    with Fetcher(fetch_settings) as fetcher, pytest.raises(FetchError, match="Retry-After 3600s exceeds"):
        fetcher.fetch(site.url("/never.html"))
    assert len(site.hits("/never.html")) == 1


def test_500_is_retried_then_given_up(site: Site, fetch_settings: FetchSettings) -> None:
    site.add("/broken.html", Reply(500, b"oops", "text/plain"))
    with Fetcher(fetch_settings) as fetcher, pytest.raises(HTTPStatusError) as err:
        fetcher.fetch(site.url("/broken.html"))
    assert len(site.hits("/broken.html")) == 1 + fetch_settings.retries
    assert err.value.reason == "http 500 (gave up after 3 attempts)" and err.value.outcome == "failed"


def test_closing_the_fetcher_cancels_a_fetch_waiting_to_retry(site: Site, fetch_settings: FetchSettings) -> None:
    """A run that gives up on a fetch closes its fetcher: the fetch left in its thread neither waits out its
    backoff nor retries nor logs, so it ends with the run instead of after it."""
    site.add("/down.html", Reply(503, b"down", "text/plain", {"Retry-After": "30"}))
    settings = fetch_settings.model_copy(update={"retry_after_max_s": 60.0})
    fetcher = Fetcher(settings)
    outcome: list[BaseException] = []

    def fetch() -> None:
        try:
            fetcher.fetch(site.url("/down.html"))
        except FetchError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=fetch)
    worker.start()
    deadline = time.monotonic() + 10
    while not site.hits("/down.html") and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)  # the fetch now waits its 30 s Retry-After
    fetcher.close()
    worker.join(timeout=5)
    assert not worker.is_alive(), "the fetch kept waiting after close"
    assert isinstance(outcome[0], FetchCancelled) and outcome[0].retryable
    assert len(site.hits("/down.html")) == 1
    with pytest.raises(FetchCancelled):
        fetcher.fetch(site.url("/down.html"))
    assert len(site.hits("/down.html")) == 1  # nothing fetched once closed


def test_closing_the_fetcher_ends_a_fetch_blocked_reading_from_a_silent_server(fetch_settings: FetchSettings) -> None:
    """A server that accepts and never answers holds a fetch in its socket read for the whole read timeout (here
    60 s); closing the fetcher shuts the socket down, so the fetch fails at once and the thread ends."""
    silent = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    acceptor = threading.Thread(target=lambda: accepted.append(silent.accept()[0]), daemon=True)
    acceptor.start()
    settings = fetch_settings.model_copy(update={"read_timeout_s": 60.0, "total_timeout_s": 120.0, "retries": 0})
    fetcher = Fetcher(settings)
    outcome: list[BaseException] = []

    def fetch() -> None:
        try:
            fetcher.fetch(f"http://127.0.0.1:{silent.getsockname()[1]}/slow.html")
        except FetchError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=fetch)
    worker.start()
    acceptor.join(timeout=10)
    time.sleep(0.3)  # the request is sent: the fetch now waits for an answer that never comes
    assert worker.is_alive() and not outcome
    fetcher.close()
    worker.join(timeout=10)
    try:
        assert not worker.is_alive(), "the fetch kept reading after close"
        assert isinstance(outcome[0], FetchError) and "connection error" in outcome[0].reason
    finally:
        for sock in (*accepted, silent):
            sock.close()


def test_404_is_not_retried(site: Site, fetch_settings: FetchSettings) -> None:
    with Fetcher(fetch_settings) as fetcher, pytest.raises(HTTPStatusError) as err:
        fetcher.fetch(site.url("/missing.html"))
    assert err.value.reason == "http 404" and len(site.hits("/missing.html")) == 1


def test_redirects_followed_and_loop_stopped(site: Site, fetch_settings: FetchSettings) -> None:
    site.add("/old.html", Reply(301, headers={"Location": "/new.html"}))
    site.add("/new.html", Reply(body=PAGE))
    site.add("/loop/a", Reply(302, headers={"Location": "/loop/b"}))
    site.add("/loop/b", Reply(302, headers={"Location": "/loop/a"}))
    with Fetcher(fetch_settings) as fetcher:
        moved = fetcher.fetch(site.url("/old.html"))
        with pytest.raises(RedirectError, match="redirect loop"):
            fetcher.fetch(site.url("/loop/a"))
    assert moved.final_url == site.url("/new.html") and moved.requested_url == site.url("/old.html")
    assert len(site.hits("/loop/a")) == 1 and len(site.hits("/loop/b")) == 1


def test_too_many_redirects(site: Site) -> None:
    for i in range(5):
        site.add(f"/r{i}", Reply(302, headers={"Location": f"/r{i + 1}"}))
    with Fetcher(fast_fetch_settings(max_redirects=2)) as fetcher, pytest.raises(RedirectError, match="too many"):
        fetcher.fetch(site.url("/r0"))


def test_20mb_page_is_aborted_at_the_size_cap(site: Site, fetch_settings: FetchSettings) -> None:
    site.add("/huge.html", lambda r: Reply(body=endless(20 * 1024 * 1024)))
    site.add("/huge-declared.html", lambda r: Reply(body=b"x" * (20 * 1024 * 1024)))
    with Fetcher(fetch_settings) as fetcher:
        with pytest.raises(TooLargeError, match="aborted"):
            fetcher.fetch(site.url("/huge.html"))
        with pytest.raises(TooLargeError, match="content-length 20971520"):
            fetcher.fetch(site.url("/huge-declared.html"))
    assert len(site.hits("/huge.html")) == 1  # not retried


def test_pdf_is_skipped(site: Site, fetch_settings: FetchSettings) -> None:
    site.add("/report.pdf", Reply(body=b"%PDF-1.7\n...", content_type="application/pdf"))
    with Fetcher(fetch_settings) as fetcher, pytest.raises(UnsupportedContentError) as err:
        fetcher.fetch(site.url("/report.pdf"))
    assert err.value.outcome == "skipped" and err.value.reason == "content type application/pdf"


def test_slow_server_times_out(site: Site) -> None:
    site.add("/slow.html", Reply(body=PAGE, delay=3.0))
    with Fetcher(fast_fetch_settings(read_timeout_s=0.5, retries=1)) as fetcher, pytest.raises(TransportFailure) as err:
        fetcher.fetch(site.url("/slow.html"))
    assert err.value.reason.startswith("timeout (ReadTimeout)") and "gave up after 2 attempts" in err.value.reason


def test_total_timeout_stops_a_dribbling_server(site: Site) -> None:
    def dribble() -> object:
        import time

        for _ in range(40):
            time.sleep(0.1)
            yield b"<p>more</p>"

    site.add("/dribble.html", lambda r: Reply(body=dribble()))  # type: ignore[arg-type]
    with Fetcher(fast_fetch_settings(total_timeout_s=1.0, retries=0)) as fetcher:
        with pytest.raises(TransportFailure, match=r"timeout \(total\)"):
            fetcher.fetch(site.url("/dribble.html"))


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_compressed_bodies_are_decoded(site: Site, fetch_settings: FetchSettings, encoding: str) -> None:
    import gzip

    packed = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}[encoding](PAGE)
    site.add("/z.html", Reply(body=packed, headers={"Content-Encoding": encoding}))
    with Fetcher(fetch_settings) as fetcher:
        assert fetcher.fetch(site.url("/z.html")).body == PAGE
    assert "br" in site.hits("/z.html")[0].headers["Accept-Encoding"]


def test_compression_bomb_hits_the_size_cap(site: Site) -> None:
    import gzip

    site.add("/bomb.html", Reply(body=gzip.compress(b"<p>" + b"a" * 30_000_000), headers={"Content-Encoding": "gzip"}))
    with Fetcher(fast_fetch_settings(max_body_bytes=1_000_000)) as fetcher, pytest.raises(TooLargeError):
        fetcher.fetch(site.url("/bomb.html"))


def test_conditional_get_for_documents(site: Site, fetch_settings: FetchSettings) -> None:
    def feed(request: Request) -> Reply:
        if request.headers.get("If-None-Match") == '"v1"':
            return Reply(304, b"", "application/rss+xml", {"ETag": '"v1"'})
        return Reply(body=b"<rss/>", content_type="application/rss+xml", headers={"ETag": '"v1"', "Last-Modified": "x"})

    site.add("/feed.xml", feed)
    with Fetcher(fetch_settings) as fetcher:
        first = fetcher.fetch(site.url("/feed.xml"), "document")
        second = fetcher.fetch(site.url("/feed.xml"), "document", first.validators)
    assert first.validators == Validators('"v1"', "x") and not first.not_modified
    assert second.not_modified and second.body == b""
    assert site.hits("/feed.xml")[1].headers["If-None-Match"] == '"v1"'


def test_latin1_page_comes_out_with_correct_accents(site: Site, fetch_settings: FetchSettings) -> None:
    from pipeline.extract import extract_html

    text = ["Le café de la gare à Zürich a rouvert; les élèves de São Paulo étaient déjà là. " * 4] * 3
    page = article_page(
        "Réouverture du café à Zürich", "2026-01-05T09:00:00+01:00", body=text, lang="fr", charset="iso-8859-1"
    ).encode("latin-1")
    site.add("/latin1-meta.html", Reply(body=page, content_type="text/html"))  # charset only in <meta>
    nometa = page.replace(b'<meta charset="iso-8859-1">', b"")
    site.add("/latin1-header.html", Reply(body=nometa, content_type="text/html; charset=ISO-8859-1"))
    site.add("/latin1-bare.html", Reply(body=nometa, content_type="text/html"))  # detected
    with Fetcher(fetch_settings) as fetcher:
        for path in ("/latin1-meta.html", "/latin1-header.html", "/latin1-bare.html"):
            extracted = extract_html(fetcher.fetch(site.url(path)).text())
            assert extracted.title == "Réouverture du café à Zürich", path
            assert "São Paulo étaient déjà là" in extracted.text, path
