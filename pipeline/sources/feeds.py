"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> discovered article URLs (relative links resolved)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from pipeline.models.urls import incoming_url, strip_userinfo
from pipeline.sources.discovered import Discovered, clean_text, parse_date
from pipeline.sources.exceptions import SourceError
from pipeline.sources.xmlsafe import child_text, local

FEED_ROOTS = ("rss", "feed", "rdf")


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


@dataclass(frozen=True)
class FeedPage:
    urls: list[Discovered]
    rejected: list[tuple[str, str]] = field(default_factory=list)  # ("<feed> item <n>", why its link is unusable)


def parse_feed(root: etree._Element, feed_url: str, source: str, language: str | None = None) -> FeedPage:
    """Every entry with a usable link, in document order (duplicates removed); the others named in
    ``rejected`` by feed and item number (1-based), so one broken link never hides the rest."""
    kind = local(root.tag)
    if kind not in FEED_ROOTS:
        raise SourceError(feed_url, f"not a feed (root element <{kind}>)")
    channel = next((c for c in root if local(c.tag) == "channel"), root)
    language = child_text(channel, "language") or language
    entries = [e for e in root.iter() if local(e.tag) in ("item", "entry")]
    found: dict[str, Discovered] = {}
    rejected: list[tuple[str, str]] = []
    for position, entry in enumerate(entries, 1):
        link = _atom_link(entry) if local(entry.tag) == "entry" else _item_link(entry)
        try:
            url = incoming_url(link or "", feed_url)
        except ValueError as exc:
            rejected.append((f"{strip_userinfo(feed_url)} item {position}", str(exc)))
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
    return FeedPage(list(found.values()), rejected)
