"""``newsline ingest FEED`` on a feed of 20 good items and broken links: the 20 arrive, each bad item is named
by feed and position with its reason, the exit code says some were rejected, and credentials in a link never
reach the published article."""

from __future__ import annotations

import json

import pytest

from pipeline.cli.main import main
from pipeline.settings import Settings
from tests.dlq.test_poison import raw_articles
from tests.ingest.test_cli_ingest import use_settings
from tests.support.pages import article_page
from tests.support.site import Reply, Site

pytestmark = pytest.mark.integration

DATE = "Sun, 01 Mar 2026 10:00:00 GMT"


def feed(items: list[str]) -> bytes:
    body = "".join(f"<item><title>Item {n}</title><link>{link}</link><pubDate>{DATE}</pubDate></item>"
                   for n, link in enumerate(items))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'.encode()


def test_feed_with_broken_links_publishes_the_good_items_and_names_the_bad_ones(
    site: Site, ingest_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = []
    for n in range(20):
        site.add(f"/news/{n}.html", Reply(body=article_page(f"Good item {n} of the feed", "2026-03-01T10:00:00+00:00",
                                                            seed=f"f{n}").encode()))
        good.append(site.url(f"/news/{n}.html"))
    good[7] = good[7].replace("http://", "http://editor:s3cret@")  # credentials in a good link: stripped
    bad = ["http://[x", "http://127.0.0.1:99999/a.html", "javascript:alert(1)", "", "mailto:desk@example.com"]
    links = good[:10] + bad + good[10:]
    site.add("/feed.xml", Reply(body=feed(links), content_type="application/rss+xml"))
    use_settings(monkeypatch, ingest_settings, allow_private=True)  # the local site: loopback allowed, for tests

    code = main(["ingest", site.url("/feed.xml"), "--kind", "rss", "--json", "--name", "hostile-feed"])

    assert code == 1
    [summary] = json.loads(capsys.readouterr().out)
    assert (summary["discovered"], summary["published"], summary["failed"]) == (20, 20, {})
    feed_url = site.url("/feed.xml")
    assert summary["rejected"] == [
        {"item": f"{feed_url} item 11", "reason": "invalid URL: Invalid IPv6 URL"},
        {"item": f"{feed_url} item 12", "reason": "invalid URL: Port out of range 0-65535"},
        {"item": f"{feed_url} item 13", "reason": "not an http(s) link (javascript scheme)"},
        {"item": f"{feed_url} item 14", "reason": "empty link"},
        {"item": f"{feed_url} item 15", "reason": "not an http(s) link (mailto scheme)"},
    ]
    articles = raw_articles(ingest_settings)
    assert len(articles) == 20
    dumped = json.dumps([a.model_dump(mode="json") for a in articles])
    assert "s3cret" not in dumped and "editor" not in dumped
    assert site.hits("/news/7.html")
