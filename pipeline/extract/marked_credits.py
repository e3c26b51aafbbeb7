"""Credits a page gives outside a byline: a name shown beside a link to the writer's page on the site
(``<a title="Steve LeVine" href="/authors/stevelevine/"><img/></a><span>Steve LeVine</span>``), a credit line
naming each contributor's part ("Quelle: Raphael Bischof (Text), Stefan Scheuteri (Bild)"), the writer an author box
under the text heads (``<div class="author-bio"><h3>Martin Junker</h3>…``), and an agency holding the text's
copyright under it ("© dpa-AFX | Abb.: Fraport")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from lxml.etree import _Element

from pipeline.extract.credits import Byline, Rules, is_name, is_organisation, strip_openers, unique
from pipeline.extract.headline import name_forms
from pipeline.extract.page import Page, containers, short_text, text_of, url_parts
from pipeline.extract.regions import beside_picture, caption, chrome, in_one_block

# a writer's page on the site: the last part of the path names the writer ("/authors/stevelevine/")
WRITER_PAGE = re.compile(r"/(?:authors?|autor(?:en)?|auteurs?|autores?|journalist(?:en|s)?|redakteur(?:e|in)?)/"
                         r"(?P<slug>[^/?#]+)/?(?:[?#]|$)", re.IGNORECASE)
# a member's page on the site itself ("/user/profile/rmonge", "/profile/richardadams"); on another site (a
# networking site's profile) it is someone the text names
PROFILE_PAGE = re.compile(r"/(?:profiles?|profil|perfil|periodistas?|firmas?)/(?P<slug>[^/?#]+)/?(?:[?#]|$)",
                          re.IGNORECASE)
MAX_NAME_CHARS = 40  # a writer's name heading a box; a longer heading is a title
MAX_LINKED = 2  # more writers' pages linked than this: a list of other stories, not the article's credit
# a contributor's part in brackets after the name: the text's is the writer's; a photo's, a graphic's are not
TEXT_PART = re.compile(r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,4})\s*\(\s*(?:Text|Texte|Texto|Testo|"
                       r"Tekst|Bericht|Reportage)\s*\)")
MAX_CREDIT_CHARS = 160  # a credit line is short; a longer text is a paragraph quoting someone's work
# the text's source after a copyright sign ("© dpa-AFX | Abb.: Fraport"); a dated notice ("© 2020 The Canadian Press")
# is the rights of whoever distributes the story, not its credit
COPYRIGHT = re.compile(r"©\s*(?P<name>[^\d\s|,;][^|,;]*?)\s*(?:[|,;]|$)")
MAX_COPYRIGHT_CHARS = 80
# a box about the writer (class words): "author-bio", "author-box", "about-author", "autorenbox"
AUTHOR_BOX = re.compile(r"^(?:author[-_]?(?:bio|box|info|details|card)|about[-_]?(?:the[-_]?)?author|autoren?[-_]?box)"
                        r"(?:[-_]|$)")
BOXES = "//body//*[contains(@class, 'uthor') or contains(@class, 'utor')]"  # read by the parser; most pages hold none


def linked_writers(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """Names the page shows beside links to their writers' pages, where the link's path names the writer (its
    letters are the name's, accents dropped or written out: "/autoren/kathrin-fuehres-684124", or the first name's
    initial and the surname: "/user/profile/rmonge"), in one block with the first such link (another story's
    writer further down is not this one's), and no more than ``MAX_LINKED`` writers are linked so."""
    if page.tree is None:
        return Byline()
    linked = [(a, name) for a in page.tree.iter("a") if (name := _writer_linked(a, r, sites, page.url))]
    if len(unique(name for _, name in linked)) > MAX_LINKED:
        return Byline()
    names = unique(name for a, name in linked if in_one_block(linked[0][0], a))
    if not names:
        names = _linked_under_headline(page.tree, r, sites)
    return Byline(names) if len(names) <= MAX_LINKED else Byline()


HEADLINE_LEVELS = 2  # levels up from the headline to the block holding it and its byline: the article's header
LINK_LEVELS = 4  # levels up from the link (in an item of a list of the post's details) to that block


def _linked_under_headline(tree: _Element, r: Rules, sites: Iterable[str]) -> tuple[str, ...]:
    """A name linked to a writer's page whose path does not name them (``<a href="/author/modejournalistin/">Kathrin
    Bierling</a>``), in the article's header with its ``<h1>``: the writer."""
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return ()
    header = [headline, *islice(containers(headline), HEADLINE_LEVELS)]
    linked = (a for a in tree.iter("a") if WRITER_PAGE.search(a.get("href") or "")
              and any(up in header for up in islice(a.iterancestors(), LINK_LEVELS)) and not chrome(a))
    return unique(name for a in linked if is_name(name := strip_openers(text_of(a), r), r)
                  and not is_organisation(name, r, sites))  # the link's "Von" is no part of the name


def _writer_linked(a: _Element, r: Rules, sites: Iterable[str], url: str | None = None) -> str:
    href = a.get("href") or ""
    slug = WRITER_PAGE.search(href) or (PROFILE_PAGE.search(href) if _on_site(href, url) else None)
    if slug is None or chrome(a):
        return ""
    for name in (text_of(a), a.get("title") or "", *a.xpath(".//*[@alt]/@alt")):
        if _letters(slug["slug"]) in slugs(name) and is_name(name, r) \
                and not is_organisation(name, r, sites) and _shown_beside(a, name):
            return name
    return ""


def _on_site(href: str, url: str | None) -> bool:
    """The link leads to a page of the site itself (a relative link, or the page's own host)."""
    host = url_parts(href).hostname
    return not host or host.removeprefix("www.") == (url_parts(url).hostname or "").removeprefix("www.")


def slugs(name: str) -> set[str]:
    """The letters a writer's page may be named by: the whole name ("kathrinfuehres"), or the first name's
    initial and the surname ("rmonge" for Rebeca Monge)."""
    words = name.split()
    initialled = name_forms(words[0][:1] + words[-1]) if len(words) > 1 else set()
    return {_letters(form) for form in name_forms(name) | initialled}


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


def author_box(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """The writer an author box names in its heading (``<div class="author-bio"><h3>Martin Junker</h3>``), when
    the page holds one such box (several are a list of the site's writers)."""
    if page.tree is None:
        return Byline()
    names = unique(name for box in page.tree.xpath(BOXES) if _is_author_box(box)
                   for name in _box_heading(box, r, sites))
    return Byline(names) if len(names) == 1 else Byline()


def _is_author_box(el: _Element) -> bool:
    return any(AUTHOR_BOX.match(word) for word in (el.get("class") or "").casefold().split()) \
        and not el.xpath("ancestor::footer|ancestor::nav|ancestor::aside")


def _box_heading(box: _Element, r: Rules, sites: Iterable[str]) -> list[str]:
    """The name the box's heading gives; under a heading that gives none ("Über die Autorin"), the name set in
    bold opening the box's text ("<p><strong>Anna Schmidt</strong> ist Redakteurin …</p>")."""
    heading = next(box.iter("h2", "h3", "h4", "h5", "h6"), None)
    name = (short_text(heading, MAX_NAME_CHARS) or "") if heading is not None else ""
    if not (name and is_name(name, r)):
        bold = next(box.iter("strong", "b"), None)
        name = (short_text(bold, MAX_NAME_CHARS) or "") if bold is not None and _opens_its_line(bold) else ""
    return [name] if name and is_name(name, r) and not is_organisation(name, r, sites) else []


def _opens_its_line(el: _Element) -> bool:
    """Nothing but space comes before ``el`` in its parent."""
    parent = el.getparent()
    return parent is not None and not (parent.text or "").strip() and next(parent.iterchildren(), None) is el


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
