"""Sitemaps (urlset), sitemap indexes and Google News sitemaps -> URLs or child sitemaps."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from lxml import etree

from pipeline.redact import redact_url
from pipeline.sources.discovered import Discovered, clean_text, parse_date, resolve_link
from pipeline.sources.exceptions import SourceError
from pipeline.sources.xmlsafe import child_text, local

SITEMAP_ROOTS = ("urlset", "sitemapindex")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SitemapPage:
    urls: list[Discovered]
    children: list[str]  # child sitemaps of an index


def _skipped(sitemap_url: str, loc: str) -> None:
    log.warning("sitemap entry skipped sitemap=%s reason=unparseable-link loc=%r", redact_url(sitemap_url),
                redact_url(loc)[:200])


def _news(entry: etree._Element) -> etree._Element | None:
    return next((c for c in entry if local(c.tag) == "news"), None)


def _url_entry(entry: etree._Element, sitemap_url: str, source: str, language: str | None) -> Discovered | None:
    loc = child_text(entry, "loc")
    if not loc:
        return None
    url = resolve_link(sitemap_url, loc)
    if url is None:
        _skipped(sitemap_url, loc)
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
        url=url,
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
        resolved = [(c, resolve_link(sitemap_url, c)) for c in children if c]
        for loc, url in resolved:
            if url is None:
                _skipped(sitemap_url, loc)
        return SitemapPage([], [url for _, url in resolved if url])
    found: dict[str, Discovered] = {}
    for entry in root:
        if local(entry.tag) == "url":
            item = _url_entry(entry, sitemap_url, source, language)
            if item:
                found.setdefault(item.url, item)
    return SitemapPage(list(found.values()), [])
