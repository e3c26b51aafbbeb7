"""Transient is transient: a resolver blip, a reset connection or a stalled TLS handshake is a retryable
transport failure (retried, then recorded retryable), never a permanent SSRF refusal."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from pydantic import SecretStr

from pipeline.fetch import Fetcher
from pipeline.fetch.exceptions import BlockedAddressError, ResolutionFailure, TransportFailure
from pipeline.fetch.ssrf import check_url
from pipeline.settings import load_settings
from pipeline.watch import delivery, webhook
from pipeline.watch.exceptions import DeliveryFailed
from tests.support.pages import article_page
from tests.support.site import Reply, Site
from tests.support.web import fast_fetch_settings

PAGE = article_page("Harbour restoration approved", "2026-02-01T10:00:00+00:00").encode()
REAL_GETADDRINFO = socket.getaddrinfo


def flaky_resolver(monkeypatch: pytest.MonkeyPatch, name: str, failures: int) -> list[str]:
    """``name`` resolves to 127.0.0.1 after ``failures`` answers of EAI_AGAIN; returns the names looked up."""
    calls: list[str] = []

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(str(host))
        if host == name:
            if calls.count(name) <= failures:
                raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
            host = "127.0.0.1"
        return REAL_GETADDRINFO(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return calls


def test_a_dns_failure_is_retryable_not_a_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    flaky_resolver(monkeypatch, "news.invalid", failures=10**6)
    with pytest.raises(ResolutionFailure) as err:
        check_url("http://news.invalid/a.html", allow_private=False)
    assert err.value.retryable and not isinstance(err.value, BlockedAddressError)
    assert err.value.url == "http://news.invalid/a.html" and "dns resolution failed" in err.value.reason


def test_a_resolver_blip_is_ridden_out_by_the_retry(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    site.add("/a.html", Reply(body=PAGE))
    calls = flaky_resolver(monkeypatch, "blip.test", failures=1)
    url = f"http://blip.test:{site.server.server_address[1]}/a.html"
    with Fetcher(fast_fetch_settings()) as fetcher:
        result = fetcher.fetch(url)
    assert result.status == 200 and result.attempts == 2 and result.body == PAGE
    assert calls.count("blip.test") >= 3  # failed once, then the early check and the connect-time check
    assert len(site.hits("/a.html")) == 1


def test_a_resolved_private_address_is_still_refused_for_good(monkeypatch: pytest.MonkeyPatch) -> None:
    flaky_resolver(monkeypatch, "inside.test", failures=0)
    with pytest.raises(BlockedAddressError, match=r"blocked address 127.0.0.1 \(loopback\)") as err:
        check_url("http://inside.test/", allow_private=False)
    assert not err.value.retryable


@contextmanager
def tcp_server(behaviour: str) -> Iterator[tuple[int, list[float]]]:
    """A TCP server on 127.0.0.1 that resets every connection (``reset``) or accepts and never answers
    (``silent``: a TLS handshake that stalls); yields its port and a list with one entry per connection."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    accepted: list[float] = []
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            accepted.append(1.0)
            if behaviour == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                conn.recv(65536)
                conn.close()  # linger 0: RST instead of FIN
            else:
                held.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], accepted
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        listener.close()


def test_a_reset_connection_is_retried_and_ends_retryable() -> None:
    with tcp_server("reset") as (port, accepted), Fetcher(fast_fetch_settings(retries=1)) as fetcher:
        with pytest.raises(TransportFailure) as err:
            fetcher.fetch(f"http://127.0.0.1:{port}/a.html")
    assert err.value.retryable and err.value.outcome == "failed"
    assert "gave up after 2 attempts" in err.value.reason
    assert len(accepted) >= 2  # tried again, not recorded as disallowed by an unreadable robots.txt


def test_a_stalled_tls_handshake_is_a_retryable_timeout() -> None:
    settings = fast_fetch_settings(retries=1, connect_timeout_s=0.3)
    with tcp_server("silent") as (port, accepted), Fetcher(settings) as fetcher:
        with pytest.raises(TransportFailure) as err:
            fetcher.fetch(f"https://127.0.0.1:{port}/a.html")
    assert err.value.retryable and "timeout" in err.value.reason
    assert len(accepted) >= 2


def test_a_webhook_whose_name_does_not_resolve_is_retried_not_failed_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flaky_resolver(monkeypatch, "hooks.invalid", failures=10**6)
    base = load_settings()
    settings = base.model_copy(update={"watch": base.watch.model_copy(update={
        "webhook_secret": SecretStr("s"), "webhook_retries": 2, "webhook_backoff_s": 0.01})})
    with webhook.make_client(settings) as client:
        with pytest.raises(DeliveryFailed) as err:
            webhook.post(client, settings, "https://hooks.invalid/alert", {"id": "a1"})
        assert err.value.retry is True
        outcome = delivery.attempt(client, settings, "https://hooks.invalid/alert", {"id": "a1", "watchlist": "w"})
    assert outcome["status"] == "failed" and outcome["attempts"] == 3
    assert "dns resolution failed" in outcome["last_error"]
