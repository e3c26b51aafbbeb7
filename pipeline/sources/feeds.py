"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> discovered article URLs (relative links resolved)."""

from __future__ import annotations

import logging

from lxml import etree

from pipeline.redact import redact_url
from pipeline.sources.discovered import Discovered, clean_text, parse_date, resolve_link
from pipeline.sources.exceptions import SourceError
from pipeline.sources.xmlsafe import child_text, local

FEED_ROOTS = ("rss", "feed", "rdf")
log = logging.getLogger(__name__)


def _atom_link(entry: etree._Element) -> str | None:
    links = [c for c in entry if local(c.tag) == "link"]
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link.get("href"))
    return next((str(c.get("href")) for c in links if c.get("href")), None)


def _item_link(item: etree._Element) -> str | None:
    link = child_text(item, "link")
    if link:
        return link
    guid = next((c for c in item if local(c.tag) == "guid"), None)
    if guid is not None and guid.get("isPermaLink", "true") != "false" and (guid.text or "").strip():
        return (guid.text or "").strip()
    return item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")


def parse_feed(root: etree._Element, feed_url: str, source: str, language: str | None = None) -> list[Discovered]:
    """Every entry with a link, in document order (duplicates removed)."""
    kind = local(root.tag)
    if kind not in FEED_ROOTS:
        raise SourceError(feed_url, f"not a feed (root element <{kind}>)")
    channel = next((c for c in root if local(c.tag) == "channel"), root)
    language = child_text(channel, "language") or language
    entries = [e for e in root.iter() if local(e.tag) in ("item", "entry")]
    found: dict[str, Discovered] = {}
    for position, entry in enumerate(entries, 1):
        link = _atom_link(entry) if local(entry.tag) == "entry" else _item_link(entry)
        if not link:
            continue
        url = resolve_link(feed_url, link)
        if url is None:
            log.warning("feed item skipped feed=%s item=%d reason=unparseable-link link=%r", redact_url(feed_url),
                        position, redact_url(link)[:200])
            continue
        date = child_text(entry, "pubdate", "published", "updated", "date", "issued", "modified")
        found.setdefault(
            url,
            Discovered(
                url=url,
                source=source,
                found_in=feed_url,
                title=clean_text(child_text(entry, "title")),
                published_at=parse_date(date),
                language=language,
            ),
        )
    return list(found.values())
