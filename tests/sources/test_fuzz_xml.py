"""Feed, sitemap and robots.txt parsers on hostile documents: their documented error (SourceError) or a result,
never a crash, a hang or an unparseable URL handed on."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.fetch.robots import parse as parse_robots
from pipeline.sources.exceptions import SourceError
from pipeline.sources.feeds import parse_feed
from pipeline.sources.sitemaps import parse_sitemap
from pipeline.sources.xmlsafe import parse as parse_xml
from tests.support.strategies import ANY_URL

pytestmark = pytest.mark.fuzz

FEED = "https://feeds.example.com/news/rss.xml"
TEXT = st.one_of(ANY_URL, st.text(max_size=20), st.sampled_from(["&nbsp;", "&amp;", "<![CDATA[x]]>", "&#0;",
                                                                 "&bogus;", "]]>", "Tue, 31 Feb 2026 25:00:00 +9999",
                                                                 "0001-01-01", "9999-12-31T23:59:59Z"]))


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;") if "CDATA" not in text else text


@st.composite
def xmlish(draw: st.DrawFn) -> bytes:
    """Feed- and sitemap-shaped documents with hostile links, dates and titles (and sometimes broken markup)."""
    root = draw(st.sampled_from(["rss", "feed", "rdf:RDF", "urlset", "sitemapindex", "html", "x:feed"]))
    item = draw(st.sampled_from(["item", "entry", "url", "sitemap"]))
    children = []
    for _ in range(draw(st.integers(0, 4))):
        tag = draw(st.sampled_from(["link", "guid", "loc", "title", "pubDate", "published", "news:news", "lastmod"]))
        value = escape(draw(TEXT)) if draw(st.booleans()) else draw(TEXT)
        attrs = draw(st.sampled_from(["", ' href="' + escape(draw(TEXT)).replace('"', "&quot;") + '"',
                                      ' rel="alternate"', ' isPermaLink="false"']))
        children.append(f"<{tag}{attrs}>{value}</{tag}>")
    xmlns = ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:news="n" xmlns:x="x"'
    body = f"<{item}>{''.join(children)}</{item}>" * draw(st.integers(0, 3))
    doc = f"<{root}{xmlns}><channel><language>{escape(draw(TEXT))}</language></channel>{body}</{root}>"
    prefix = draw(st.sampled_from(["", "\ufeff", '<?xml version="1.0" encoding="utf-8"?>', "\n\n", "<!DOCTYPE x>"]))
    return (prefix + doc).encode("utf-8", "surrogatepass")


def parsed_urls_are_usable(urls: list[str]) -> None:
    for url in urls:
        parts = urlsplit(url)  # raises ValueError for a URL nobody downstream can parse
        assert parts.port is None or 0 <= parts.port <= 65535  # .port raises for one out of range


def parse_both(data: bytes) -> None:
    try:
        root = parse_xml(data, FEED, max_bytes=1_000_000)
    except SourceError:
        return
    try:
        items = parse_feed(root, FEED, "fuzz").urls
        parsed_urls_are_usable([item.url for item in items])
    except SourceError:
        pass
    try:
        page = parse_sitemap(root, FEED, "fuzz")
        parsed_urls_are_usable([item.url for item in page.urls] + page.children)
    except SourceError:
        pass


@given(st.binary(max_size=400))
@example(b"\x1f\x8b\x08\x00garbage")
@example(b"<" + b"<a>" * 300)
@example(b"<!DOCTYPE x [<!ENTITY a 'b'>]><rss>&a;</rss>")
def test_arbitrary_bytes(data: bytes) -> None:
    parse_both(data)


@given(xmlish())
@example(b"<rss><channel><item><link>http://[x</link></item><item><link>https://ok.example/a</link></item>"
         b"</channel></rss>")
@example(b"<urlset><url><loc>http://example.com:99999/a</loc></url></urlset>")
@example(b"<sitemapindex><sitemap><loc>http://[::1/</loc></sitemap></sitemapindex>")
def test_feed_and_sitemap_shaped_documents(data: bytes) -> None:
    parse_both(data)


ROBOTS_LINES = st.one_of(
    st.text(max_size=40),
    st.tuples(st.sampled_from(["User-agent", "Disallow", "Allow", "Crawl-delay", "Sitemap", "Request-rate", "uSeR-AgEnT"]),
              st.one_of(st.text(max_size=20), st.sampled_from(["*", "/", "nan", "inf", "-1", "1e308", "/a*$", "0.5"])))
    .map(lambda kv: f"{kv[0]}: {kv[1]}"),
)


@given(st.lists(ROBOTS_LINES, max_size=12).map("\n".join), ANY_URL)
@example("", "http://[x")  # an unparseable URL is not allowed, not an exception
@example("User-agent: *\nCrawl-delay: nan\n", "https://example.com/")
@example("User-agent: *\nCrawl-delay: inf\n", "https://example.com/")
@example("User-agent: *\nCrawl-delay: -5\n", "https://example.com/")
def test_robots_rules_never_raise_and_give_a_usable_delay(text: str, url: str) -> None:
    rules = parse_robots(text)
    assert rules.allowed("newsline/0.1", url) in (True, False)
    delay = rules.crawl_delay("newsline/0.1 (+https://example.org)")
    assert delay is None or 0 <= delay < float("inf")
