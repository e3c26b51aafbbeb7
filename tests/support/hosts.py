"""Several fixture newsrooms, each its own host (127.0.0.2, 127.0.0.3, ...): an RSS feed and its article pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from pipeline.sources.registry import SourceSpec
from tests.support import feeds
from tests.support.pages import article_page
from tests.support.site import Reply, Site

START = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


def newsroom(index: int, pages: int) -> tuple[Site, SourceSpec]:
    """Host 127.0.0.<index + 2> with robots.txt, /feed.xml and ``pages`` article pages; started."""
    site = Site(f"127.0.0.{index + 2}")
    site.add("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    items = []
    for n in range(pages):
        when = START + timedelta(hours=n, minutes=index)
        title = f"Desk {index}: the regional council votes on budget item {n}"
        path = f"/news/{index}-{n}.html"
        site.add(path, Reply(body=article_page(title, when.isoformat(), seed=f"{index}-{n}").encode()))
        items.append((path, title, format_datetime(when)))
    site.add("/feed.xml", Reply(body=feeds.rss(site.base, items).encode(), content_type="application/rss+xml"))
    return site.start(), SourceSpec(name=f"room-{index}", kind="rss", urls=(site.url("/feed.xml"),))


def newsrooms(pages_per_host: list[int]) -> tuple[list[Site], list[SourceSpec]]:
    rooms = [newsroom(i, pages) for i, pages in enumerate(pages_per_host)]
    return [site for site, _ in rooms], [spec for _, spec in rooms]


def politeness_floor(pages_per_host: list[int], delay: float) -> float:
    """The busiest host's pages times the delay: about the least wall time a polite run can take (its robots.txt
    and feed requests, spaced the same way, come on top)."""
    return max(pages_per_host) * delay
