"""Sitemaps (urlset), sitemap indexes and Google News sitemaps -> URLs or child sitemaps."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from pipeline.sources.discovered import Discovered, clean_text, parse_date
from pipeline.sources.exceptions import SourceError
from pipeline.sources.xmlsafe import child_text, local

SITEMAP_ROOTS = ("urlset", "sitemapindex")


@dataclass(frozen=True)
class SitemapPage:
    urls: list[Discovered]
    children: list[str]  # child sitemaps of an index


def _news(entry: etree._Element) -> etree._Element | None:
    return next((c for c in entry if local(c.tag) == "news"), None)


def _url_entry(entry: etree._Element, sitemap_url: str, source: str, language: str | None) -> Discovered | None:
    loc = child_text(entry, "loc")
    if not loc:
        return None
    news = _news(entry)
    title = date = None
    if news is not None:
        title = child_text(news, "title")
        date = child_text(news, "publication_date")
        publication = next((c for c in news if local(c.tag) == "publication"), None)
        if publication is not None:
            language = child_text(publication, "language") or language
    return Discovered(
        url=urljoin(sitemap_url, loc),
        source=source,
        found_in=sitemap_url,
        title=clean_text(title),
        published_at=parse_date(date),  # <lastmod> is a modification date, not publication
        language=language,
    )


def parse_sitemap(root: etree._Element, sitemap_url: str, source: str, language: str | None = None) -> SitemapPage:
    kind = local(root.tag)
    if kind not in SITEMAP_ROOTS:
        raise SourceError(sitemap_url, f"not a sitemap (root element <{kind}>)")
    if kind == "sitemapindex":
        children = [child_text(e, "loc") for e in root if local(e.tag) == "sitemap"]
        return SitemapPage([], [urljoin(sitemap_url, c) for c in children if c])
    found: dict[str, Discovered] = {}
    for entry in root:
        if local(entry.tag) == "url":
            item = _url_entry(entry, sitemap_url, source, language)
            if item:
                found.setdefault(item.url, item)
    return SitemapPage(list(found.values()), [])
