"""One fetched feed or sitemap body -> its article URLs and child sitemaps (run in a parse process)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.sources.discovered import Discovered
from pipeline.sources.exceptions import SourceError
from pipeline.sources.feeds import FEED_ROOTS, parse_feed
from pipeline.sources.sitemaps import SITEMAP_ROOTS, parse_sitemap
from pipeline.sources.xmlsafe import local, parse


@dataclass(frozen=True)
class Document:
    items: list[Discovered]
    children: list[str] = field(default_factory=list)  # child sitemaps of a sitemap index
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (document and item, why) per unusable link


def read_document(body: bytes, url: str, source: str, language: str | None, max_bytes: int) -> Document:
    """The URLs a feed or sitemap lists; :class:`SourceError` when it is neither (or not XML)."""
    root = parse(body, url, max_bytes)
    kind = local(root.tag)
    if kind in FEED_ROOTS:
        feed = parse_feed(root, url, source, language)
        return Document(feed.urls, [], feed.rejected)
    if kind in SITEMAP_ROOTS:
        page = parse_sitemap(root, url, source, language)
        return Document(page.urls, page.children, page.rejected)
    raise SourceError(url, f"neither a feed nor a sitemap (root element <{kind}>)")
