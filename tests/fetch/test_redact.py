"""Secrets in URLs: stripped from article records on the way in, redacted wherever a URL reaches a log line or an
error message (fetch errors, webhook delivery outcomes)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from pydantic import SecretStr

from pipeline import logs
from pipeline.fetch import Fetcher
from pipeline.fetch.exceptions import FetchError, HTTPStatusError
from pipeline.models import Article, Provenance, decode, encode
from pipeline.models.urls import canonicalize_url
from pipeline.redact import redact_text, redact_url, strip_userinfo
from pipeline.settings import load_settings
from pipeline.watch import delivery, webhook
from tests.support.site import Reply, Site
from tests.support.web import fast_fetch_settings

SECRETS = ("hunter2", "s3cr3t-token", "abc123", "sigvalue")


def assert_clean(text: str) -> None:
    leaked = [secret for secret in SECRETS if secret in text]
    assert not leaked, f"{leaked} in {text!r}"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://bob:hunter2@news.example.com/a?id=7", "https://news.example.com/a?id=7"),
        ("https://news.example.com/a?token=s3cr3t-token&page=2", "https://news.example.com/a?token=***&page=2"),
        ("http://h/x?api_key=abc123&apikey=abc123&access_token=abc123", "http://h/x?api_key=***&apikey=***&access_token=***"),
        ("http://h/x?X-Amz-Signature=sigvalue&sig=sigvalue&Password=hunter2", "http://h/x?X-Amz-Signature=***&sig=***&Password=***"),
        ("http://h/cb#access_token=abc123&state=ok", "http://h/cb#access_token=***&state=ok"),
        ("http://bob@[x/?secret=abc123", "http://[x/?secret=***"),  # does not parse: redacted all the same
        ("https://news.example.com/plain/path", "https://news.example.com/plain/path"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_redact_text_finds_every_url_in_a_message() -> None:
    text = "invalid URL 'https://bob:hunter2@h/a?key=abc123' (after http://h/?password=hunter2)"
    assert redact_text(text) == "invalid URL 'https://h/a?key=***' (after http://h/?password=***)"


def test_strip_userinfo_keeps_everything_else() -> None:
    assert strip_userinfo("https://bob:hunter2@h.example:8443/p@x?q=1#f") == "https://h.example:8443/p@x?q=1#f"
    assert strip_userinfo("https://h.example/p@x") == "https://h.example/p@x"
    assert canonicalize_url("https://Bob:hunter2@H.example/a/") == "https://h.example/a"


def test_an_article_never_keeps_url_credentials() -> None:
    article = Article.build(
        title="T", text="Body", url="https://bob:hunter2@news.example.com/a/1?id=1",
        requested_url="http://bob:hunter2@news.example.com/a/1", previous_urls=("https://bob:hunter2@old.example/1",),
        source="s", fetched_at=datetime(2026, 1, 1, tzinfo=UTC), extraction=Provenance(producer="t", version="1"))
    assert article.url == "https://news.example.com/a/1?id=1"
    assert article.requested_url == "http://news.example.com/a/1"
    assert article.previous_urls == ("https://old.example/1",)
    assert article.id == Article.build(title="T", text="Body", url="https://news.example.com/a/1?id=1", source="s",
                                       extraction=Provenance(producer="t", version="1")).id
    assert_clean(encode(article).decode())
    assert decode(encode(article), Article) == article


def test_fetch_errors_and_retry_logs_carry_no_credentials_or_tokens(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    site.add("/broken.html", Reply(500, b"oops", "text/plain"))
    url = site.url("/broken.html?token=s3cr3t-token&id=3").replace("http://", "http://bob:hunter2@")
    caplog.set_level(logging.DEBUG, logger="pipeline")
    with Fetcher(fast_fetch_settings(retries=1)) as fetcher, pytest.raises(HTTPStatusError) as err:
        fetcher.fetch(url)
    assert len(site.hits("/broken.html")) == 2
    assert err.value.url.endswith("/broken.html?token=***&id=3")
    assert_clean(str(err.value))
    assert_clean(err.value.reason)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("pipeline"))
    assert_clean(ours)
    assert "fetch retry" in ours


def test_log_lines_are_redacted_whoever_writes_them(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    """httpx logs every request URL at INFO; the handler newsline configures masks it like its own lines."""
    site.add("/a.html", Reply(body=b"<html><body>x</body></html>"))
    url = site.url("/a.html?api_key=abc123").replace("http://", "http://bob:hunter2@")
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logs.configure("INFO")
        with Fetcher(fast_fetch_settings()) as fetcher:
            fetcher.fetch(url)
        logging.getLogger("pipeline.test").warning("failed url=%s", url)
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
    err = capsys.readouterr().err
    assert "HTTP Request: GET http://127.0.0.1:" in err and "api_key=***" in err
    assert "failed url=http://127.0.0.1:" in err
    assert_clean(err)


def test_a_fetch_error_built_anywhere_is_redacted() -> None:
    exc = FetchError("https://bob:hunter2@h/a?sig=sigvalue", "invalid URL: 'https://bob:hunter2@h/a?sig=sigvalue'")
    assert_clean(str(exc))
    assert exc.url == "https://h/a?sig=***"


def test_a_refused_webhook_records_no_token(caplog: pytest.LogCaptureFixture) -> None:
    base = load_settings()
    settings = base.model_copy(update={
        "watch": base.watch.model_copy(update={"webhook_secret": SecretStr("s"), "webhook_retries": 0}),
        "fetch": base.fetch.model_copy(update={"allow_private_addresses": False})})
    url = "http://bob:hunter2@127.0.0.1:9/hooks/abc123?token=s3cr3t-token"
    with webhook.make_client(settings) as client:
        outcome = delivery.attempt(client, settings, url, {"id": "a1", "watchlist": "w"})
    assert outcome["status"] == "failed" and "SSRF" in outcome["last_error"]
    assert_clean(outcome["last_error"])
    assert_clean(caplog.text)
