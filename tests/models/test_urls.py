import pytest

from pipeline.models.urls import article_id_for_content, article_id_for_url, canonicalize_url, hostname_of


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.COM/a/b/", "https://example.com/a/b"),
        ("https://example.com:443/x?utm_source=rss&id=7#frag", "https://example.com/x?id=7"),
        ("http://example.com:8080/", "http://example.com:8080/"),
        ("https://example.com/x?b=2&a=1&fbclid=zz", "https://example.com/x?a=1&b=2"),
        ("https://example.com", "https://example.com/"),
    ],
)
def test_canonicalize(url: str, expected: str) -> None:
    assert canonicalize_url(url) == expected


def test_id_is_stable_across_tracking_variants() -> None:
    a = article_id_for_url("https://news.example.com/story?utm_medium=x")
    b = article_id_for_url("https://NEWS.example.com/story/#top")
    assert a == b
    assert len(a) == 64
    assert a != article_id_for_url("https://news.example.com/other")


def test_content_id_ignores_whitespace_and_case_only() -> None:
    assert article_id_for_content("Title", "Body  text\n") == article_id_for_content("title", "body text")
    assert article_id_for_content("Title", "Body") != article_id_for_content("Title", "Body!")


def test_hostname() -> None:
    assert hostname_of("https://WWW.Example.com/a") == "www.example.com"
    assert hostname_of(None) is None
