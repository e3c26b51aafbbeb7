"""The fixture newsroom: a feed, a sitemap index with a gzipped child, a news sitemap and a URL list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime

from pipeline.sources.registry import SourceSpec
from tests.support import feeds
from tests.support.pages import article_page
from tests.support.site import Reply, Site, gz

TOPICS = [
    "tram network",
    "harbour restoration",
    "water rights",
    "school calendar",
    "rural clinics",
    "fuel prices",
    "short-term rentals",
    "northern bridge",
    "air quality study",
    "city budget",
]


@dataclass(frozen=True)
class Story:
    path: str
    title: str
    published: datetime


def _story(section: str, n: int) -> Story:
    topic = TOPICS[n % len(TOPICS)]
    title = f"{section.title()} desk: council votes on the {topic} ({n})"
    return Story(
        f"/{section}/story-{n}.html", title, datetime.fromisoformat(f"2026-03-{n + 1:02d}T{6 + n:02d}:15:00+00:00")
    )


def stories() -> dict[str, list[Story]]:
    return {
        "feed": [_story("feed", n) for n in range(3)],
        "sitemap": [_story("sitemap", n) for n in range(3, 6)],
        "news": [_story("news", n) for n in range(6, 8)],
        "list": [_story("list", n) for n in range(8, 10)],
    }


def publish(site: Site) -> tuple[list[SourceSpec], dict[str, list[Story]]]:
    """Register every page and document on ``site``; return the four sources and their stories."""
    groups = stories()
    for group in groups.values():
        for s in group:
            # the page's own date has no time of day for feed/list stories: the feed date must win
            page_date = s.published.isoformat()
            site.add(s.path, Reply(body=article_page(s.title, page_date, seed=s.path).encode()))
    feed = groups["feed"]
    site.add(
        "/feed.xml",
        Reply(
            body=feeds.rss("", [(s.path, s.title, format_datetime(s.published)) for s in feed]).encode(),
            content_type="text/xml",
            headers={"ETag": '"feed-1"'},
        ),
    )
    sm = groups["sitemap"]
    site.add(
        "/sitemap_index.xml",
        Reply(
            body=feeds.sitemap_index(["/sitemaps/a.xml.gz", "/sitemaps/b.xml"]).encode(),
            content_type="application/xml",
        ),
    )
    site.add(
        "/sitemaps/a.xml.gz",
        Reply(body=gz(feeds.urlset(site.base, [s.path for s in sm[:2]])), content_type="application/octet-stream"),
    )  # wrong type, gzipped
    site.add(
        "/sitemaps/b.xml", Reply(body=feeds.urlset("", [s.path for s in sm[2:]]).encode(), content_type="text/plain")
    )
    news = groups["news"]
    site.add(
        "/news-sitemap.xml",
        Reply(
            body=feeds.news_sitemap(
                site.base,
                [s.path.split("/")[-1].removesuffix(".html") for s in news],
                [s.published.isoformat() for s in news],
            ).encode(),
            content_type="application/xml",
        ),
    )
    specs = [
        SourceSpec(name="fx-feed", kind="rss", urls=(site.url("/feed.xml"),)),
        SourceSpec(name="fx-sitemap", kind="sitemap", urls=(site.url("/sitemap_index.xml"),)),
        SourceSpec(name="fx-news", kind="news-sitemap", urls=(site.url("/news-sitemap.xml"),), language="de"),
        SourceSpec(name="fx-list", kind="urls", urls=tuple(site.url(s.path) for s in groups["list"])),
    ]
    return specs, groups
