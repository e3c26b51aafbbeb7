"""Sitemaps (urlset), sitemap indexes and Google News sitemaps -> URLs or child sitemaps."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from pipeline.models.urls import incoming_url, strip_userinfo
from pipeline.sources.discovered import Discovered, clean_text, parse_date
from pipeline.sources.exceptions import SourceError
from pipeline.sources.xmlsafe import child_text, local

SITEMAP_ROOTS = ("urlset", "sitemapindex")


@dataclass(frozen=True)
class SitemapPage:
    urls: list[Discovered]
    children: list[str]  # child sitemaps of an index
    rejected: list[tuple[str, str]] = field(default_factory=list)  # ("<sitemap> entry <n>", why unusable)


def _news(entry: etree._Element) -> etree._Element | None:
    return next((c for c in entry if local(c.tag) == "news"), None)


def _url_entry(entry: etree._Element, sitemap_url: str, source: str, language: str | None) -> Discovered:
    """The entry's URL; ``ValueError`` when it has no usable ``<loc>``."""
    url = incoming_url(child_text(entry, "loc") or "", sitemap_url)
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
    where = strip_userinfo(sitemap_url)
    rejected: list[tuple[str, str]] = []
    if kind == "sitemapindex":
        children: list[str] = []
        for position, entry in enumerate((e for e in root if local(e.tag) == "sitemap"), 1):
            try:
                children.append(incoming_url(child_text(entry, "loc") or "", sitemap_url))
            except ValueError as exc:
                rejected.append((f"{where} entry {position}", str(exc)))
        return SitemapPage([], children, rejected)
    found: dict[str, Discovered] = {}
    for position, entry in enumerate((e for e in root if local(e.tag) == "url"), 1):
        try:
            item = _url_entry(entry, sitemap_url, source, language)
        except ValueError as exc:
            rejected.append((f"{where} entry {position}", str(exc)))
            continue
        found.setdefault(item.url, item)
    return SitemapPage(list(found.values()), [], rejected)
