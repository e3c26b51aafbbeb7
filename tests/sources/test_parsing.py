"""Feeds and sitemaps: tolerant of real-world mess, refusing entity tricks with a clear error."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.sources.exceptions import SourceError
from pipeline.sources.feeds import parse_feed
from pipeline.sources.registry import parse_sources
from pipeline.sources.sitemaps import parse_sitemap
from pipeline.sources.xmlsafe import parse
from tests.support import feeds

BASE = "http://news.example.org/feeds/world.xml"


def test_messy_rss() -> None:
    items = parse_feed(parse(feeds.messy_rss().encode(), BASE), BASE, "s").urls
    assert [i.url for i in items] == [
        "http://news.example.org/articles/one.html",  # relative link resolved
        "http://news.example.org/articles/two.html",  # guid permalink, no <link>
        "https://other.example.org/three",
    ]
    assert items[0].title == "Caf\u00e9 owners & bakers protest"  # &amp;, &nbsp; and double escaping
    assert items[0].published_at == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    assert items[1].published_at is None  # "yesterday-ish" is not a date
    assert items[0].language == "en"


def test_atom_with_alternate_links() -> None:
    items = parse_feed(parse(feeds.atom().encode(), BASE), BASE, "s").urls
    assert [(i.url, i.title) for i in items] == [("http://news.example.org/a/1", "First <b>bold</b> item")]
    assert items[0].published_at == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_news_sitemap_titles_and_dates() -> None:
    page = parse_sitemap(parse(feeds.news_sitemap("http://n.example.org", ["x", "y"]).encode(), BASE), BASE, "s")
    assert [i.title for i in page.urls] == ["Story x", "Story y"]
    assert page.urls[0].published_at == datetime(2026, 3, 3, 7, 0, tzinfo=UTC) and page.urls[0].language == "de"


def test_gzipped_sitemap_index() -> None:
    from tests.support.site import gz

    page = parse_sitemap(parse(gz(feeds.sitemap_index(["/s1.xml.gz", "/s2.xml"])), BASE), BASE, "s")
    assert page.children == ["http://news.example.org/s1.xml.gz", "http://news.example.org/s2.xml"] and page.urls == []


def test_entity_expansion_bomb_is_refused() -> None:
    with pytest.raises(SourceError, match="declares entities"):
        parse(feeds.BILLION_LAUGHS.encode(), BASE)
    with pytest.raises(SourceError, match="declares entities"):
        parse(feeds.EXTERNAL_ENTITY.encode(), BASE)


def test_malformed_feed_is_refused_with_a_clear_error() -> None:
    with pytest.raises(SourceError, match=r"malformed XML: .*line 1"):
        parse(b"<rss><channel><item><title>unclosed</channel></rss>", BASE)
    with pytest.raises(SourceError, match="not XML"):
        parse(b"hello", BASE)


def test_gzip_bomb_is_refused() -> None:
    from tests.support.site import gz

    with pytest.raises(SourceError, match="expands past"):
        parse(gz(b"<urlset>" + b" " * 2_000_000 + b"</urlset>"), BASE, max_bytes=1_000_000)


def test_registry_errors_name_source_and_field() -> None:
    good = {"name": "ok", "kind": "rss", "urls": ["https://a.example/feed"]}
    assert parse_sources({"sources": [good]}, "f")[0].allowed_domains == ("a.example",)
    cases = [
        ({**good, "kind": "gopher"}, "source 'ok': field 'kind'"),
        ({**good, "urls": ["ftp://x"]}, "source 'ok': field 'urls'"),
        ({**good, "max_items": 0}, "source 'ok': field 'max_items'"),
        ({**good, "include": ["(unclosed"]}, "source 'ok': field 'include'"),
        ({**good, "colour": "red"}, "source 'ok': field 'colour'"),
        ({"kind": "rss", "urls": ["https://a.example/"]}, "source '#0': field 'name'"),
    ]
    for entry, message in cases:
        with pytest.raises(SourceError, match=message):
            parse_sources({"sources": [entry]}, "f")
    with pytest.raises(SourceError, match="source 'ok': field 'name': duplicated"):
        parse_sources({"sources": [good, good]}, "f")


def test_project_registry_is_valid() -> None:
    from pipeline.settings import load_settings
    from pipeline.sources.registry import load_sources

    assert load_sources(load_settings().fetch.sources_file)


def test_filters() -> None:
    spec = parse_sources(
        {
            "sources": [
                {
                    "name": "s",
                    "kind": "rss",
                    "urls": ["https://www.ex.org/f"],
                    "allowed_domains": ["ex.org"],
                    "include": ["/news/"],
                    "exclude": ["/live/"],
                }
            ]
        },
        "f",
    )[0]
    assert spec.url_wanted("https://cdn.ex.org/news/a") is None
    assert spec.url_wanted("https://evil.org/news/a") == "domain not allowed"
    assert spec.url_wanted("https://ex.org/sport/a") == "not matched by include patterns"
    assert spec.url_wanted("https://ex.org/news/live/a") == "matched an exclude pattern"


def test_unusable_links_are_rejected_one_by_one_and_credentials_stripped() -> None:
    links = ["https://a.example.org/1", "http://[x", "https://a.example.org:70000/2", "javascript:void(0)", "",
             "https://user:secret@a.example.org/3", "/relative/4"]
    feed = feeds.rss("", [(link, f"T{n}", "") for n, link in enumerate(links)])
    page = parse_feed(parse(feed.encode(), BASE), BASE, "s")
    assert [i.url for i in page.urls] == [
        "https://a.example.org/1", "https://a.example.org/3", "http://news.example.org/relative/4"]
    assert page.rejected == [
        (f"{BASE} item 2", "invalid URL: Invalid IPv6 URL"),
        (f"{BASE} item 3", "invalid URL: Port out of range 0-65535"),
        (f"{BASE} item 4", "not an http(s) link (javascript scheme)"),
        (f"{BASE} item 5", "empty link"),
    ]

    sitemap = feeds.urlset("", ["https://b.example.org/ok", "ftp://b.example.org/x", "https://u:p@b.example.org/y"])
    urls = parse_sitemap(parse(sitemap.encode(), BASE), BASE, "s")
    assert [i.url for i in urls.urls] == ["https://b.example.org/ok", "https://b.example.org/y"]
    assert urls.rejected == [(f"{BASE} entry 2", "not an http(s) link (ftp scheme)")]

    index = feeds.sitemap_index(["https://c.example.org/s1.xml", "http://[bad/s2.xml"])
    children = parse_sitemap(parse(index.encode(), BASE), BASE, "s")
    assert children.children == ["https://c.example.org/s1.xml"]
    assert children.rejected == [(f"{BASE} entry 2", "invalid URL: Invalid IPv6 URL")]


def test_a_source_url_keeps_no_credentials_and_a_bad_one_is_named_without_them() -> None:
    def registry(url: str) -> dict[str, object]:
        return {"sources": [{"name": "wire", "kind": "rss", "urls": [url]}]}

    [spec] = parse_sources(registry("https://me:pw@wire.example/feed"), "s.yaml")
    assert spec.urls == ("https://wire.example/feed",)
    with pytest.raises(SourceError) as bad:
        parse_sources(registry("https://me:pw@wire.example:99999/f"), "s.yaml")
    assert "pw" not in str(bad.value) and "wire.example:99999" in str(bad.value)


def test_registry_entries_are_checked_one_by_one() -> None:
    from pipeline.sources.registry import parse_registry

    good = {"name": "ok", "kind": "rss", "urls": ["https://a.example/feed"]}
    registry = parse_registry({"sources": [{**good, "colour": "red"}, good, "just text", {**good, "kind": 3}]},
                              "s.yaml")
    assert [s.name for s in registry.specs] == ["ok"]
    assert registry.report() == [
        "s.yaml: source 'ok': field 'colour': Extra inputs are not permitted (entry 1)",
        "s.yaml: source '#2': field '<entry>': Input should be a valid dictionary or instance of SourceSpec (entry 3)",
        "s.yaml: source 'ok': field 'kind': Input should be 'rss', 'atom', 'sitemap', 'news-sitemap', 'urls', 'auto'"
        " or 'page' (entry 4)",
    ]
