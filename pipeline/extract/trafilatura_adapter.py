"""A thin adapter over trafilatura: HTML in, typed result or :class:`ExtractionError` out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import version
from typing import Literal

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document

from pipeline.extract.bylines import not_only_aside, not_the_host, unlabelled, written_on_page
from pipeline.extract.credits import split_byline
from pipeline.extract.dates import Stamp, best
from pipeline.extract.exceptions import ExtractionError
from pipeline.extract.metadata import PageMetadata, read_metadata
from pipeline.extract.page import Page, parse_html
from pipeline.extract.relative_dates import Age
from pipeline.models import Provenance

EXTRACTOR = Provenance(producer="trafilatura", version=version("trafilatura"))
MIN_TEXT_CHARS = 200
Focus = Literal["precision", "balanced", "recall"]  # trafilatura's settings, from fewest kept lines to most
# full timestamps (not just the day) and the original publication date rather than an update
DATE_PARAMS = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": True}


@dataclass(frozen=True)
class Extracted:
    """One extracted page. ``title`` is the headline, ``page_title`` the raw ``<title>``; ``published_at`` is the
    page's most trusted stamp, the build step weighs ``published``/``modified`` against fetch and feed times;
    ``published_ago`` is a publication time the page shows only relative to when it was served ("4 hours ago")."""

    title: str
    text: str
    url: str | None
    authors: tuple[str, ...]
    published_at: datetime | None
    sitename: str | None
    hostname: str | None
    description: str | None
    image: str | None
    language: str | None
    categories: tuple[str, ...]
    tags: tuple[str, ...]
    page_title: str | None = None
    author_organizations: tuple[str, ...] = ()
    published: tuple[Stamp, ...] = ()
    modified: tuple[Stamp, ...] = ()
    published_ago: Age | None = None


def _split(value: object) -> tuple[str, ...]:
    if not value:
        return ()
    items = value if isinstance(value, list) else [value]
    parts = (s.strip() for item in items for s in str(item).replace(";", ",").split(","))
    return tuple(dict.fromkeys(s for s in parts if s))


HTML_LANG = re.compile(r"""<html[^>]*\slang\s*=\s*["']?([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)?""", re.IGNORECASE)


def _html_lang(html: str | bytes) -> str | None:
    """The page's declared language (``<html lang>``), a hint for when trafilatura reports none."""
    head = html[:4096].decode("ascii", "ignore") if isinstance(html, bytes) else html[:4096]
    found = HTML_LANG.search(head)
    return found.group(1).lower() if found else None


def extract_html(html: str | bytes, url: str | None = None) -> Extracted:
    """Extract the main text and metadata of an article page."""
    if not html or not str(html).strip():
        raise ExtractionError("empty document", url)
    tree = parse_html(html)  # parsed once: trafilatura works on its own copy, the metadata rules only read
    if tree is None:
        raise ExtractionError("no article content found", url)
    page = Page.of(tree, url)
    doc, text = _extract(tree, url, "precision")
    if len(text) < MIN_TEXT_CHARS and page.declares_article():
        # an article page whose body the precision pass dropped (all of it, or all but a line or two): the
        # balanced pass, which keeps text the precision filters weigh as boilerplate, then the recall pass, which
        # keeps what they both drop (a body set in boxes of its own); other pages stay skipped
        for focus in ("balanced", "recall"):
            if len(text) < MIN_TEXT_CHARS:
                doc, text = _extract(tree, url, focus)
    if doc is None:
        raise ExtractionError("no article content found", url)
    if len(text) < MIN_TEXT_CHARS:
        raise ExtractionError(f"article text too short ({len(text)} chars < {MIN_TEXT_CHARS})", url)
    meta = read_metadata(page, doc.date)
    title = unicodedata.normalize("NFC", meta.headline or doc.title or "").strip()
    if not any(ch.isalnum() for ch in title):  # none, or only a separator ("-")
        raise ExtractionError("no title found", url)
    authors, organizations = _authors(meta, doc.author, tree, url)
    return Extracted(
        title=title, text=text, url=doc.url or url, authors=authors,
        published_at=_page_date(meta), sitename=doc.sitename,
        hostname=doc.hostname, description=doc.description, image=doc.image,
        language=doc.language or _html_lang(html), categories=_split(doc.categories), tags=_split(doc.tags),
        page_title=meta.page_title, author_organizations=organizations, published=meta.published,
        modified=meta.modified, published_ago=meta.published_ago,
    )


def _extract(tree: HtmlElement, url: str | None, focus: Focus) -> tuple[Document | None, str]:
    """trafilatura's document and its text, composed (NFC) as ``trafilatura.extract`` returns it:
    ``bare_extraction`` leaves a page's decomposed "u" + U+0308 apart from "ü", which a search, a snippet or a
    keyword typed with "ü" would miss. ``focus``: trafilatura's "precision", "balanced" or "recall" setting."""
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, favor_precision=focus == "precision",
        favor_recall=focus == "recall", date_extraction_params=DATE_PARAMS,
    )
    if doc is None:
        return None, ""
    if not isinstance(doc, Document):  # only with as_dict=True, which is not used here
        raise ExtractionError(f"unexpected extractor result {type(doc).__name__}", url)
    return doc, unicodedata.normalize("NFC", doc.text or "").strip()


def _page_date(meta: PageMetadata) -> datetime | None:
    stamp = best(list(meta.published))
    return stamp.at if stamp else None


def _authors(meta: PageMetadata, extractor_author: str | None, tree: HtmlElement | None = None,
             url: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The page's byline; trafilatura's author string, split the same way, when the page's rules found none (and
    the page credits no one, not even its publisher), less names the page shows only beside other stories or in
    comments, never writes at all, or reads from the site's own address."""
    byline = meta.byline
    if not byline.authors and not byline.organizations and not byline.publisher and extractor_author:
        byline = split_byline(extractor_author.replace(";", ","))
        names = unlabelled(tree, written_on_page(tree, not_the_host(byline.authors, url)))
        return not_only_aside(tree, names), byline.organizations
    return byline.authors, byline.organizations
