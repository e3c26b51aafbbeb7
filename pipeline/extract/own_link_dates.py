"""The time a list of posts shows beside a link to this very page ("Aktuelles": "„Zentrum am Berg“ offiziell
eröffnet 20.10.2021 - 10:24"): a site's recent-posts list includes the post being read, with its time, where the
post itself may show only the day or nothing."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml.etree import _Element

from pipeline.extract.page import Page, short_text
from pipeline.extract.regions import in_comments
from pipeline.extract.visible_dates import LONGEST, stamp_in

LEVELS = 2  # the link itself, or the list item or block holding it and its date
LOOSE = re.compile(r"^https?://(?:www\.)?", re.IGNORECASE)  # an address compared without its scheme and "www."


def own_link_stamp(page: Page) -> str | None:
    """``YYYY-MM-DD HH:MM`` shown in or beside the first link to the page's own address (not to a part of it, as a
    comment's permalink "#comment-12" is) that shows a date and a time; None where none does."""
    if page.tree is None or not page.url:
        return None
    addresses = [page.url, *(str(h) for h in page.tree.xpath("//link[@rel='canonical']/@href"))]
    own = {_address(page.url, a) for a in addresses} - {""}
    for link in _links_holding(page.tree, {_slug(a) for a in addresses} - {""}):
        if "#" in (href := str(link.get("href"))) or _address(page.url, href) not in own or in_comments(link):
            continue
        for block in _blocks(link):
            found = stamp_in(short_text(block, LONGEST * 2) or "")
            if found and len(found) > len("YYYY-MM-DD"):
                return found
    return None


def _slug(address: str) -> str:
    """The last part of an address's path (and its query), as written: every link to it holds that."""
    return address.split("#")[0].rstrip("/").rpartition("/")[2]


def _links_holding(tree: _Element, slugs: set[str]) -> list[_Element]:
    """The links whose address holds one of ``slugs`` (asked of the parser: a page has many links)."""
    return [link for slug in sorted(slugs) for link in tree.xpath("//body//a[contains(@href, $slug)]", slug=slug)]


def _address(base: str, href: str) -> str:
    """``href`` read against the page's address, without its scheme, "www." and trailing slash (its query kept:
    "article.php?id=12" is another page than "?id=13"); "" for one no URL parser reads ("http://[ccpa-prefs]")."""
    try:
        return LOOSE.sub("", urljoin(base, href)).rstrip("/").casefold()
    except ValueError:
        return ""


def _blocks(link: _Element) -> list[_Element]:
    return [link, *list(link.iterancestors())[:LEVELS]]
