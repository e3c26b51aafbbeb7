"""Read-only views of a parsed page shared by the metadata rules: JSON-LD objects, meta tags, element text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import unescape
from typing import Any, TypeVar, cast
from urllib.parse import SplitResult, urlsplit

from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from pipeline.extract.loose_json import loads

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
    "socialmediaposting", "report", "scholarlyarticle", "techarticle",
})
PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage"})
SPACE = re.compile(r"\s+")
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))
ANY_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")


def squash(text: str | None) -> str:
    """Whitespace collapsed and trimmed; soft hyphens and zero-width characters (hyphenation hints) dropped."""
    if not text:
        return ""
    if ANY_INVISIBLE.search(text):  # seldom: a translation table is slow to run over every text
        text = text.translate(INVISIBLE)
    return SPACE.sub(" ", text).strip()


MARKUP = re.compile(r"</?[a-zA-Z][^<>]*>")
LATE_HTML = re.compile(r"<html[\s>]", re.IGNORECASE)
LATE_HTML_BYTES = re.compile(rb"<html[\s>]", re.IGNORECASE)


def json_text(value: str) -> str:
    """A JSON-LD string as shown: entities that publishers leave escaped ("&quot;", "&amp;") decoded, markup some
    put in it (``<a href="/experts/name">Name</a>``) dropped."""
    return squash(MARKUP.sub(" ", unescape(value)))


def parse_html(html: str | bytes) -> HtmlElement | None:
    """The page's element tree as trafilatura parses it (so one parse serves both), or ``None`` if not HTML."""
    root = load_html(html)
    if root is None and (opening := _late_html(html)):
        root = load_html(html[opening:])  # markup in an envelope (an SEC filing's SGML header) before its <html>
    if root is not None:
        extra = root.getnext()
        while extra is not None:
            following = extra.getnext()
            if isinstance(extra.tag, str):
                _join_root(root, extra)
            extra = following
    return root


def _late_html(html: str | bytes) -> int:
    """Where the page's ``<html>`` opens, if not at its start (0 if it has none)."""
    found = LATE_HTML_BYTES.search(html) if isinstance(html, bytes) else LATE_HTML.search(html)
    return found.start() if found else 0


def _join_root(root: HtmlElement, extra: _Element) -> None:
    """An element the parser left beside the root, moved into it. A page that closes ``</html>`` before its
    ``<body>`` (a template's slip that browsers ignore) parses as two roots, the second holding the body: the
    extractor copies the first root alone and would find no text."""
    parts = list(extra) if extra.tag == "html" else [extra]
    root.append(extra)
    root.remove(extra)  # off the document's top level, its children with it
    for part in parts:
        own = root.find(part.tag) if part.tag in ("head", "body") else None
        if own is not None:
            own.extend(list(part))
        elif part.tag in ("head", "body") or (body := root.find("body")) is None:
            root.append(part)
        else:
            body.append(part)


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object, ``@graph`` members, list items and ``mainEntity`` included."""
    if isinstance(value, list):
        for item in value:
            yield from _objects(item)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(value.get(key), list | dict):
                yield from _objects(value[key])


def _bare(url: str) -> str:
    """A URL compared loosely: no scheme, "www.", query or trailing slash."""
    return re.sub(r"^https?://(www\.)?", "", url.split("?")[0]).rstrip("/").casefold()


def types_of(obj: dict[str, Any]) -> set[str]:
    kinds = obj.get("@type")
    items = kinds if isinstance(kinds, list) else [kinds]
    return {str(k).rsplit("/", 1)[-1].casefold() for k in items if k}


T = TypeVar("T")


@dataclass(frozen=True)
class Page:
    """A parsed page: its tree, its JSON-LD objects and its meta tags (name/property/itemprop, lower-cased)."""

    tree: _Element | None
    url: str | None = None
    jsonld: tuple[dict[str, Any], ...] = ()
    meta: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # what the rules read off this page more than once (byline elements, date line, stamp lines, opening words),
    # kept by :meth:`once`
    found: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    # every element, held while the page is read: the rules walk the tree many times, and lxml.html makes an
    # element's Python object anew (through a class lookup written in Python) on each walk unless one is alive
    elements: tuple[_Element, ...] = field(default=(), compare=False, repr=False)

    @classmethod
    def of(cls, tree: _Element | None, url: str | None = None) -> Page:
        if tree is None:
            return cls(None, url)
        scripts = tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]')
        found = tuple(obj for s in scripts for obj in _objects(loads(s.text_content() or "")))
        return cls(tree, url, found, _meta_tags(tree), elements=tuple(tree.iter()))

    def once(self, key: str, read: Callable[[], T]) -> T:
        """What ``read`` finds on this page, read on the first ask under ``key`` and kept for the next."""
        if key not in self.found:
            self.found[key] = read()
        return cast(T, self.found[key])

    def first_meta(self, *names: str) -> str | None:
        return next((v for n in names for v in self.meta.get(n, ()) if v), None)

    def articles(self) -> list[dict[str, Any]]:
        """JSON-LD objects of an article type in page order; else web pages that carry article fields."""
        found = [obj for obj in self.jsonld if types_of(obj) & ARTICLE_TYPES]
        found = found or [obj for obj in self.jsonld if types_of(obj) & PAGE_TYPES
                          and any(k in obj for k in ("headline", "datePublished", "author"))]
        return sorted(found, key=lambda obj: not self._is_this_page(obj))  # the page's own article first

    def declares_article(self) -> bool:
        """The page says it is an article: a JSON-LD article (or a web page with article fields), or
        ``og:type`` article."""
        return bool(self.articles()) or (self.first_meta("og:type") or "").casefold() == "article"

    def _is_this_page(self, obj: dict[str, Any]) -> bool:
        if not self.url:
            return False
        own = _bare(self.url)
        refs = [obj.get("url"), obj.get("@id"), obj.get("mainEntityOfPage")]
        refs = [r.get("@id") if isinstance(r, dict) else r for r in refs]
        return any(isinstance(r, str) and _bare(r.split("#")[0]) == own for r in refs)

    def resolve(self, value: Any) -> Any:
        """A JSON-LD reference (``{"@id": ...}`` alone) replaced by the object of that id on the page, if any."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and "@id" in value:
            return next((obj for obj in self.jsonld if obj.get("@id") == value["@id"] and len(obj) > 2), value)
        return value


# the properties that hold another work or a reader's text inside the page's item: a cited paper, a comment, a
# review; their microdata (``<meta itemprop="author">`` of each reference) describes that work, not the page's
OTHER_WORKS = frozenset({"citation", "comment", "review", "mentions", "isbasedon"})


def of_other_work(el: _Element) -> bool:
    """``el`` sits in an item the page's own item cites, or a reader's comment on it (microdata)."""
    return any(not OTHER_WORKS.isdisjoint((up.get("itemprop") or "").casefold().split())
               for up in el.iterancestors() if up.get("itemscope") is not None)


def item_value(el: _Element) -> str:
    """What a meta tag or a microdata element states: its ``content``, a ``<time>``'s ``datetime``, or ``value``
    (microdata's ``<data value>``, and meta tags written with ``value`` for ``content``, as CNN's
    ``<meta itemprop="datePublished" value="2016-11-29T10:39:35Z">``)."""
    return str(el.get("datetime") or el.get("content") or el.get("value") or "")


MEDIA_ITEMS = re.compile(r"(?:Image|Video|Audio|Media)Object", re.IGNORECASE)


def _of_media(el: _Element) -> bool:
    """A microdata property of a picture, video or sound in the page (an image's ``author`` is its photographer)."""
    scope = el.xpath("ancestor::*[@itemscope][1]/@itemtype")
    return bool(scope) and MEDIA_ITEMS.search(str(scope[0])) is not None


def _meta_tags(tree: _Element) -> dict[str, tuple[str, ...]]:
    tags: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        if el.get("itemprop") and not (el.get("property") or el.get("name")) and (of_other_work(el) or _of_media(el)):
            continue
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = item_value(el)
        if key and value.strip():
            tags.setdefault(key.strip().casefold(), []).append(squash(value))
    return {k: tuple(v) for k, v in tags.items()}


PAGE_LEVEL = frozenset({"html", "body"})


def containers(el: _Element) -> Iterator[_Element]:
    """An element's ancestors below ``<body>``: classes on ``<html>`` and ``<body>`` describe the whole page
    ("has-comments", "single-post"), not the part of it the element sits in."""
    return (up for up in el.iterancestors() if up.tag not in PAGE_LEVEL)


def text_of(el: _Element) -> str:
    return squash(el.text_content())


def opens_line(el: _Element) -> bool:
    """``el`` opens its line: its parent shows nothing before it (a label set apart by its element, "<li><strong>
    Date</strong> 10.06.2013</li>", not a word inside a sentence)."""
    parent = el.getparent()
    return parent is not None and not squash(parent.text) and el.getprevious() is None


def short_text(el: _Element, longest: int) -> str | None:
    """The element's text if it is a short line, at most ``longest`` characters besides spaces (read no further
    than needed to tell)."""
    parts, size = [], 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece.strip())
        if size > longest:
            return None
    return squash(" ".join(parts)) or None


SPACED = frozenset({"span", "div", "br", "p", "small", "strong", "b", "time", "a",
                    # blocks: "<h3>Neueste Signaturen</h3><table><tr><td>Sebastian Hamberger</td>…" is no one name
                    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead",
                    "tr", "td", "th", "section", "article", "header", "footer", "address", "blockquote", "figure",
                    "figcaption", "button", "label"})


RUBY_READINGS = ("rt", "rp")  # a ruby's reading over its characters ("子<rt>こ</rt>"): not the heading's text
# elements whose text no reader sees: code and styles (a byline's ``<script>window._folmq.push(…)</script>``)
UNREAD = ("script", "style", "template")


def heading_text(el: _Element, skip: Callable[[_Element], bool] | None = None) -> str:
    """An element's text with a space where a child element starts or ends (``<h1><span>Kicker</span><span>
    Headline</span></h1>`` reads "Kicker Headline", not "KickerHeadline"); emphasis joins as written.
    ``skip``: child elements whose text is left out (their tail is kept)."""
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str) or child.tag in RUBY_READINGS or child.tag in UNREAD \
                or (skip is not None and skip(child)):
            parts.append(child.tail or "")
            continue
        spaced, text = child.tag in SPACED, heading_text(child, skip)
        if spaced and text[:1] in CLOSING and parts[-2:] == [" ", ""]:  # "<b>Kicker</b><span>:</span> Headline"
            parts = parts[:-2]  # no space before the colon: the space this loop put after the previous child
        parts += [" " if spaced and text[:1] not in CLOSING else "", text, " " if spaced else "", child.tail or ""]
    return squash("".join(parts))


CLOSING = frozenset(":;,.!?)")  # a child element opening with these follows the text before it unspaced


# class names that keep an element out of sight: text only screen readers read, or nothing shown at all
SCREEN_READER_ONLY = frozenset({"screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden", "screenreader"})
NOT_SHOWN = SCREEN_READER_ONLY | {"hidden", "d-none", "rich-snippet-hidden", "av-structured-data"}
HIDING_WORD = re.compile(r"(?:hidden|invisible)[a-z]*|[a-z]*(?:hidden|invisible)")  # "hiddenElement", not "overflow-hidden"


def _class_names(el: _Element) -> set[str]:
    return set((el.get("class") or "").casefold().split()) if isinstance(el.tag, str) else set()


def read_aloud_only(el: _Element) -> bool:
    """Text for screen readers only ("<span class=screen-reader-text>Author</span>")."""
    return not _class_names(el).isdisjoint(SCREEN_READER_ONLY)


HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.IGNORECASE)


def unseen(el: _Element) -> bool:
    """Kept out of sight by a class of its own: screen-reader text, microdata kept for search engines
    ("rich-snippet-hidden"), a hidden element ("d-none", "hiddenElement"), or by the ``hidden`` attribute
    (``<h1 hidden>`` with the site's name); a class that only clips its content ("overflow-hidden") hides nothing."""
    names = _class_names(el)
    return not names.isdisjoint(NOT_SHOWN) or any(HIDING_WORD.fullmatch(n) for n in names) \
        or (isinstance(el.tag, str) and el.get("hidden") is not None)


def styled_hidden(el: _Element) -> bool:
    """Hidden by its own style (``<span style="display:none">The Star-Ledger</span>``). Only bylines leave such
    parts out: a page may show a part by script that it hides in its markup (a writer's box opened on a click)."""
    return isinstance(el.tag, str) and HIDING_STYLE.search(el.get("style") or "") is not None


def url_parts(url: str | None) -> SplitResult:
    """``url`` split; one that cannot be parsed ("https://[::1") reads as no URL, not as an error."""
    try:
        return urlsplit(url or "")
    except ValueError:
        return urlsplit("")
