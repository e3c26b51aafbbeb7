"""Read-only views of a parsed page shared by the metadata rules: JSON-LD objects, meta tags, element text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html
from lxml.etree import ParserError, _Element

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "blogposting", "liveblogposting",
    "socialmediaposting", "report", "scholarlyarticle", "techarticle",
})
TRAILING_COMMA = re.compile(r",\s*([\]}])")
SPACE = re.compile(r"\s+")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def squash(text: str | None) -> str:
    """Whitespace collapsed and trimmed."""
    return SPACE.sub(" ", text or "").strip()


def parse_html(html: str | bytes) -> _Element | None:
    """The page's element tree, or ``None`` when lxml cannot make one."""
    if isinstance(html, str):
        html = XML_DECLARATION.sub("", html, count=1)  # lxml refuses a str that declares an encoding
    try:
        return lxml_html.document_fromstring(html)
    except (ParserError, ValueError):
        return None


def _loads(raw: str) -> Any:
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        try:
            return json.loads(TRAILING_COMMA.sub(r"\1", raw), strict=False)
        except ValueError:
            return None


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


def types_of(obj: dict[str, Any]) -> set[str]:
    kinds = obj.get("@type")
    items = kinds if isinstance(kinds, list) else [kinds]
    return {str(k).rsplit("/", 1)[-1].casefold() for k in items if k}


@dataclass(frozen=True)
class Page:
    """A parsed page: its tree, its JSON-LD objects and its meta tags (name/property/itemprop, lower-cased)."""

    tree: _Element | None
    url: str | None = None
    jsonld: tuple[dict[str, Any], ...] = ()
    meta: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, tree: _Element | None, url: str | None = None) -> Page:
        if tree is None:
            return cls(None, url)
        scripts = tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]')
        found = tuple(obj for s in scripts for obj in _objects(_loads(s.text_content() or "")))
        return cls(tree, url, found, _meta_tags(tree))

    def first_meta(self, *names: str) -> str | None:
        return next((v for n in names for v in self.meta.get(n, ()) if v), None)

    def articles(self) -> list[dict[str, Any]]:
        """JSON-LD objects of an article type, in page order."""
        return [obj for obj in self.jsonld if types_of(obj) & ARTICLE_TYPES]


def _meta_tags(tree: _Element) -> dict[str, tuple[str, ...]]:
    tags: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if key and value and value.strip():
            tags.setdefault(key.strip().casefold(), []).append(squash(value))
    return {k: tuple(v) for k, v in tags.items()}


def text_of(el: _Element) -> str:
    return squash(el.text_content())
