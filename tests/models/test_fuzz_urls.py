"""URL canonicalisation and redaction on hostile URLs: only ValueError (the documented error), idempotent, never
keeping credentials; redaction never lets userinfo or a token-like parameter's value through."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.models.urls import article_id_for_url, canonicalize_url
from pipeline.redact import redact_text, redact_url, strip_userinfo
from tests.support.strategies import ANY_URL, SECRET, urls

pytestmark = pytest.mark.fuzz


def canonical_or_none(url: str) -> str | None:
    try:
        return canonicalize_url(url)
    except ValueError:  # the documented error: a URL that does not parse (bad IPv6 literal, port out of range)
        return None


@given(ANY_URL)
@example("http://[::1]:8080/a")  # an IPv6 host keeps its brackets (it lost them, then the port, once)
@example("http://example.com/\x0c#")  # trailing blank before a fragment
@example("http:////x")  # no host: the path must not become one
@example("http://[x")
@example("http://example.com:99999/")
@example("http://bob:hunter2@example.com/")
def test_canonical_url_is_idempotent_and_keeps_no_userinfo(url: str) -> None:
    canonical = canonical_or_none(url)
    if canonical is None:
        return
    assert canonicalize_url(canonical) == canonical
    parts = urlsplit(canonical)
    assert parts.username is None and parts.password is None and "@" not in parts.netloc
    assert article_id_for_url(canonical) == article_id_for_url(url)


@given(urls(), SECRET, st.sampled_from(["token", "api_key", "apikey", "access_token", "secret", "password", "sig",
                                        "signature", "key", "X-Amz-Signature", "client_secret"]))
@example("http://example.com/a b", "SECRET000000000000", "token")  # a space in the URL: the query is still masked
@example("://example.com", "SECRET000000000000", "token")  # no scheme: userinfo still stripped
@example("http://;=", "SECRET000000000000", "token")  # a parameter-like netloc before the query
def test_redaction_never_shows_credentials_or_token_values(url: str, secret: str, name: str) -> None:
    parts = url.split("://", 1)
    if len(parts) == 2 and parts[1] and parts[1][0] not in "/?#@":
        url = f"{parts[0]}://user:{secret}@{parts[1]}"  # userinfo carrying the secret
    url += ("&" if "?" in url else "?") + f"{name}={secret}"
    redacted = redact_url(url)
    if "#" in url.split("?", 1)[0]:
        return  # the secret went into the fragment's text, not a parameter: out of scope
    assert secret not in redacted, redacted
    if not any(c.isspace() for c in url.split("?", 1)[0]):  # in free text a URL ends at whitespace
        assert secret not in redact_text(f"fetch failed url={url} (gave up)")


@given(ANY_URL)
def test_strip_userinfo_leaves_a_url_without_credentials(url: str) -> None:
    stripped = strip_userinfo(url)
    assert strip_userinfo(stripped) == stripped
    try:
        parts = urlsplit(stripped)
    except ValueError:
        return
    if stripped.startswith((parts.scheme + "://") if parts.scheme else "//"):
        assert parts.username is None
