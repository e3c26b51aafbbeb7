"""Credits a page gives outside a byline: a name shown beside a link to the writer's page on the site
(``<a title="Steve LeVine" href="/authors/stevelevine/"><img/></a><span>Steve LeVine</span>``), a credit line
naming each contributor's part ("Quelle: Raphael Bischof (Text), Stefan Scheuteri (Bild)"), and an agency holding the
text's copyright under it ("© dpa-AFX | Abb.: Fraport")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.etree import _Element

from pipeline.extract.credits import Byline, Rules, is_name, is_organisation, unique
from pipeline.extract.page import Page, short_text, text_of
from pipeline.extract.regions import beside_picture, caption, chrome

# a writer's page on the site: the last part of the path names the writer ("/authors/stevelevine/")
WRITER_PAGE = re.compile(r"/(?:authors?|autor(?:en)?|auteurs?|autores?|journalist(?:en|s)?|redakteur(?:e|in)?)/"
                         r"(?P<slug>[^/?#]+)/?(?:[?#]|$)", re.IGNORECASE)
MAX_LINKED = 2  # more writers' pages linked than this: a list of other stories, not the article's credit
# a contributor's part in brackets after the name: the text's is the writer's; a photo's, a graphic's are not
TEXT_PART = re.compile(r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,4})\s*\(\s*(?:Text|Texte|Texto|Testo|"
                       r"Tekst|Bericht|Reportage)\s*\)")
MAX_CREDIT_CHARS = 160  # a credit line is short; a longer text is a paragraph quoting someone's work
# the text's source after a copyright sign ("© dpa-AFX | Abb.: Fraport"); a dated notice ("© 2020 The Canadian Press")
# is the rights of whoever distributes the story, not its credit
COPYRIGHT = re.compile(r"©\s*(?P<name>[^\d\s|,;][^|,;]*?)\s*(?:[|,;]|$)")
MAX_COPYRIGHT_CHARS = 80


def linked_writers(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """Names the page shows beside links to their writers' pages, where the link's path names the writer
    (its letters are the name's) and no more than ``MAX_LINKED`` writers are linked so."""
    if page.tree is None:
        return Byline()
    names = unique(name for a in page.tree.iter("a") if (name := _writer_linked(a, r, sites)))
    return Byline(names) if len(names) <= MAX_LINKED else Byline()


def _writer_linked(a: _Element, r: Rules, sites: Iterable[str]) -> str:
    slug = WRITER_PAGE.search(a.get("href") or "")
    if slug is None or chrome(a):
        return ""
    for name in (text_of(a), a.get("title") or "", *a.xpath(".//*[@alt]/@alt")):
        if _letters(name) == _letters(slug["slug"]) and is_name(name, r) and not is_organisation(name, r, sites) \
                and _shown_beside(a, name):
            return name
    return ""


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def _shown_beside(a: _Element, name: str) -> bool:
    """The link itself shows the name, or the block holding it does (a picture linked beside the name)."""
    block = a.getparent()
    for up in (a, block, block.getparent() if block is not None else None):
        if up is not None and name.casefold() in text_of(up).casefold():
            return True
    return False


def text_credits(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """The writers a short credit line marks as the text's ("Raphael Bischof (Text), Stefan Scheuteri (Bild)")."""
    if page.tree is None:
        return Byline()
    names: list[str] = []
    for el in page.tree.xpath("//body//*[contains(text(), '(')]"):
        line = short_text(el, MAX_CREDIT_CHARS)
        if line is None or chrome(el) or caption(el):
            continue
        names += [m["name"] for m in TEXT_PART.finditer(line) if is_name(m["name"], r)
                  and not is_organisation(m["name"], r, sites)]
    return Byline(unique(names))


def copyright_holders(tree: _Element, r: Rules) -> tuple[str, ...]:
    """Agencies holding the text's copyright in a line of their own under it ("© dpa-AFX | Abb.: Fraport |
    07.11.2023 08:03"), not a picture's credit nor the site's footer."""
    found: tuple[str, ...] = ()
    for el in tree.xpath("//body//*[starts-with(normalize-space(text()), '©')][not(ancestor-or-self::footer)]"):
        holder = COPYRIGHT.match(short_text(el, MAX_COPYRIGHT_CHARS) or "")
        if holder and holder["name"].casefold() in r.agencies and not caption(el) and not chrome(el) \
                and not beside_picture(el):
            found += (holder["name"],)
    return found
