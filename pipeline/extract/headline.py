"""The article's headline, not the page title: candidates from JSON-LD, Open Graph, Twitter, the article's
``<h1>`` and ``<title>``, site-name suffixes and prefixes removed, chosen by agreement."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import islice
from typing import Any

from lxml.etree import _Element

from pipeline.extract.credits import rules
from pipeline.extract.page import (
    Page,
    heading_text,
    json_text,
    squash,
    styled_hidden,
    text_of,
    types_of,
    unseen,
    url_parts,
)
from pipeline.extract.regions import chrome

# a site name is cut from either end at one of these (longest first, so " :: " wins over ": "); ：｜ full width; a
# bar without spaces ("NEWS WEB EASY|子どもへの…"); "_" as Chinese titles part headline, section and site
# ("标题_智能_好奇心日报")
SEPARATORS = (" :: ", " - ", " | ", " – ", " — ", " · ", " • ", " / ", " › ", " » ", ": ", " ：", "：", "｜", "|", "_")
SEPARATOR = re.compile("|".join(re.escape(sep) for sep in SEPARATORS))  # any one of them, to split a title at
# weight of each source's vote; the visible headline and the article's structured data count most
MIN_UNSPACED = 8  # a headline written without spaces (Chinese, Japanese) is at least this long
WEIGHTS = {"h1": 1.5, "jsonld": 1.3, "og": 1.0, "twitter": 0.6, "title": 0.8, "description": 0.5}
MAX_SITE_WORDS = 6
COPIED = ("jsonld", "og", "twitter", "title")  # tags one field of a site's software may fill alike
HOST_NOISE = {"www", "m", "amp", "mobile", "news", "com", "org", "net", "co", "de", "fr", "es", "it", "nl", "pl",
              "uk", "at", "ch", "be", "cz", "se", "no", "dk", "fi", "pt", "ie", "eu", "info", "online"}
QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                        "–": "-", "—": "-", "‐": "-", "\u00a0": " "})
NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Candidate:
    source: str
    text: str


def normalise(text: str) -> str:
    """For comparing headlines: case, quotes, dashes, spacing and end punctuation ignored."""
    folded = unicodedata.normalize("NFKC", text).translate(QUOTES).casefold()
    return squash(folded).strip(" .!?:;,-\"'")


def _key(text: str) -> str:
    return NON_WORD.sub("", normalise(text))


TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})
# letters that Unicode does not decompose into a base letter and a mark ("ł" in "Wrocław" ~ "wroclaw")
UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"})


def name_forms(text: str) -> set[str]:
    """Comparable forms of a name: as written, accents dropped, and German-style ("Süddeutsche" ~ "sueddeutsche"),
    letters and digits only."""
    key = _key(text)
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch))
    plain = plain.translate(UNDECOMPOSED)
    return {key, plain, key.translate(TRANSLITERATION)} - {""}


def site_names(page: Page) -> list[str]:
    """Names the site goes by: og:site_name, JSON-LD or microdata publisher, JSON-LD WebSite name,
    application-name, the publisher meta tag, the host."""
    names = [page.first_meta("og:site_name"), page.first_meta("application-name"),
             page.first_meta("apple-mobile-web-app-title"), page.first_meta("publisher", "dc.publisher")]
    for obj in page.jsonld:
        publisher = page.resolve(obj.get("publisher"))
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and not _a_person(publisher):
            names.append(publisher["name"])
        if types_of(obj) & {"website", "newsmediaorganization", "organization"} and isinstance(obj.get("name"), str):
            names.append(obj["name"])
    names += _microdata_publisher(page)
    # a "site name" as long as a headline, or the page's whole <title>, is the title put in the wrong tag
    title = normalise(page_title(page) or "")
    names = [n for n in names if n and len(n.split()) <= MAX_SITE_WORDS and normalise(n) != title]
    host = url_parts(page.url).hostname or ""
    names += [label for label in host.split(".") if label and label not in HOST_NOISE] + [host.removeprefix("www.")]
    return list(dict.fromkeys(squash(n) for n in names if squash(n)))


def _a_person(obj: dict[str, Any]) -> bool:
    """A JSON-LD publisher typed as a person (also as ``"type"``, without its "@"): a writer, not a site's name; as
    the microdata publisher, a site's name is an organisation's."""
    kinds = types_of(obj) | {str(obj.get("type") or "").casefold()}
    return "person" in kinds and not kinds & {"organization", "newsmediaorganization", "corporation"}


def _microdata_publisher(page: Page) -> list[str]:
    """The publisher's name as microdata gives it (``<div itemprop="publisher" itemscope><span itemprop="name">``),
    unless it is typed a person (a blog's owner, not a site's name)."""
    if page.tree is None:
        return []
    found = page.tree.xpath("//*[@itemprop='publisher'][not(contains(@itemtype, 'Person'))]"
                            "/descendant-or-self::*[@itemprop='name'][1]")
    return [el.get("content") or text_of(el) for el in found[:2]]


def headline_sites(page: Page) -> list[str]:
    """The site's names, what ``<title>`` adds to og:title (a blog's name, or its author's), and a blog's name
    its ``<h1>`` shows above the post."""
    sites = site_names(page)
    named = page.once("named_in_both", lambda: _named_in_both(page))
    return list(dict.fromkeys(sites + _title_heads(page, sites) + _blog_name(page) + named))


def _named_in_both(page: Page) -> list[str]:
    """The site's name where ``<title>`` joins the headline and the site's name and the page has an ``<h1>`` for
    each (the site's banner over the post's own): the part no title tag gives as the headline; with no such tag,
    the part after the separator ("Headline | Site"), or before a colon ("Site: Headline")."""
    title = page_title(page)
    if not title or page.tree is None:
        return []
    h1s = {normalise(h) for h in _article_h1(page.tree)}
    tagged = {normalise(t) for t in (page.first_meta("og:title"), page.first_meta("twitter:title")) if t}
    for sep in SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if not found or normalise(head) == normalise(tail) or not {normalise(head), normalise(tail)} <= h1s:
            continue
        if normalise(head) in tagged or normalise(tail) in tagged:
            return [(tail if normalise(head) in tagged else head).strip()]
        return [(head if sep in COLONS else tail).strip()]
    return []


def _blog_name(page: Page) -> list[str]:
    """The ``<h1>`` as the blog's name over a post: ``<title>`` is "Post - Blog" (or "Blog » Post"), the ``<h1>``
    reads "Blog" and a lower heading reads "Post"."""
    title = page_title(page)
    if not title or page.tree is None:
        return []
    h1s = {normalise(h) for h in _article_h1(page.tree)}
    lower = {normalise(h) for h in _subheadings(page.tree)}
    for sep in SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and normalise(tail) in h1s and normalise(head) in lower:
            return [tail.strip()]
    first, *rest = SEPARATOR.split(title)  # "Post : Blog | Motto | Since 2005"
    tagged = {normalise(t) for t in (page.first_meta("og:title"), page.first_meta("twitter:title")) if t}
    if normalise(first) in lower:
        return [part.strip() for part in rest if normalise(part) in h1s - tagged][:1]
    *before, last = SEPARATOR.split(title)  # "Blog » Blog Archive » Post": every part before the post's is the blog's
    if normalise(last) in lower and any(normalise(part) in h1s - tagged for part in before):
        return [part.strip() for part in before if part.strip()]
    return []


def _title_heads(page: Page, sites: list[str]) -> list[str]:
    """What ``<title>`` adds to og:title at a separator ("Silicon Exposed: <og:title>"): the site's name; not
    when the article's ``<h1>`` reads as the whole title (then it is the headline's own part)."""
    title, og = page_title(page), page.first_meta("og:title")
    if not title or not og or normalise(title) == normalise(og):
        return []
    if page.tree is not None and any(normalise(h) == normalise(title) for h in _article_h1(page.tree)):
        return []
    heads = []
    for sep in SEPARATORS:
        head, found, tail = title.partition(sep)
        if found and normalise(tail) == normalise(og):
            heads.append(head)
        head, found, tail = title.rpartition(sep)
        if found and normalise(head) == normalise(og):
            heads.append(tail)
    if not heads:
        heads = _name_and_motto(title, og, sites)
    return [h for h in heads if 0 < len(h.split()) <= MAX_SITE_WORDS]


MAX_TITLE_PARTS = 8  # separators read where og:title ends in <title>: a headline holds a few, not thousands


def _name_and_motto(title: str, og: str, sites: list[str]) -> list[str]:
    """The site's name and its motto, the parts ``<title>`` adds after og:title from a part naming the site on
    ("<og:title> - Juventud Rebelde - Diario de la juventud cubana"; not a section before the name, "Video")."""
    near = (m for m in SEPARATOR.finditer(title) if m.start() >= len(og) // 2)  # og:title ends about there
    for match in islice(near, MAX_TITLE_PARTS):
        if match.group(0) not in COLONS and normalise(title[: match.start()]) == normalise(og):  # "Headline: more"
            parts = [p.strip() for p in SEPARATOR.split(title[match.end():], MAX_TITLE_PARTS)[:MAX_TITLE_PARTS]]
            named = next((i for i, part in enumerate(parts) if _is_site(part, sites)), len(parts))
            return parts[named:]
    return []


def _is_site(part: str, sites: list[str]) -> bool:
    """``part`` is the site's name, or holds it with a few words more ("Die Welt", "BBC News Mundo"); a part of
    four words or more holds it inside only as a name of capitalised words ("EFC Bayrische Bembel Regensburg"):
    "Best of Houzz 2022" names an award, and a quoted part ("Das Autohaus ist alternativlos") is somebody's words."""
    keys = name_forms(part)
    if not keys or len(part.split()) > MAX_SITE_WORDS or part.lstrip()[:1] in QUOTE_MARKS \
            or any(q in part for q in QUOTATION):  # "Wolfgang Schmale „Abgebrochene Forschung“": a title's own words
        return False
    few = len(part.split()) < 4 or all(word[:1].isupper() for word in part.split())
    for site in sites:
        for other in name_forms(site):
            if any(key == other or (len(other) >= 3 and len(key) >= 3 and (
                    key in other or (other in key and (few or key.startswith(other) or key.endswith(other)))))
                   for key in keys):
                return True
    return False


QUOTE_MARKS = frozenset("\"'“”„«»‘’‚")
QUOTATION = frozenset("\"“”„«»")  # quotation marks no site's name holds (an apostrophe may: "Damian Duchamps' Blog")


def _is_site_name(text: str, sites: list[str]) -> bool:
    """``text`` is one of the site's names, as a whole."""
    keys = name_forms(text)
    return any(keys & name_forms(site) for site in sites)


COLONS = (": ", " ：", "：")  # "Kicker: Headline": before a colon only the site's whole name is the site's


def strip_site(text: str, sites: list[str]) -> str:
    """``text`` without a site name cut off at a separator at its start or end (repeatedly: "A | B | Site"); a
    kicker before a colon that merely holds the site's name ("GdP-Vize Klemmer: …" on gdp.de) is the headline's."""
    changed = True
    while changed:
        changed = False
        # the separator nearest each end first: "Headline - und FACC profitiert | SITE" loses "| SITE" only
        for sep in sorted(SEPARATORS, key=lambda s: -text.rfind(s)):
            head, found, tail = text.rpartition(sep)
            if found and head.strip() and _is_site(tail, sites):
                text, changed = head.strip(), True
                break
        if changed:
            continue
        for sep in sorted(SEPARATORS, key=lambda s: (text.find(s) < 0, text.find(s))):
            head, found, tail = text.partition(sep)
            if found and tail.strip() and (_is_site_name(head, sites) if sep in COLONS else _is_site(head, sites)):
                text, changed = tail.strip(), True
                break
    return _before_site(text, sites)


def _before_site(text: str, sites: list[str]) -> str:
    """``text`` up to the site's name where more parts follow it ("Post : Blog | Motto | Since 2005"); not where a
    colon follows the name: that is the site speaking ("UN-Klimakonferenz in Glasgow - DRK: Immer mehr …")."""
    matches = list(SEPARATOR.finditer(text))
    words = re.search(r"\S\s+\S", text)  # where the title's second word begins
    for match, following in zip(matches, matches[1:], strict=False):  # a part with more parts after it
        if words and words.end() <= match.start() and following.group() not in COLONS \
                and _is_site(text[match.end(): following.start()], sites):
            return text[: match.start()].strip()
    return text


BRACKET_TAIL = re.compile(r"\s*[(（\[【]([^()（）\[\]【】]{1,40})[)）\]】]$")


def _bracket_tail(text: str) -> str:
    """``text`` without a short bracketed tail naming a source or section ("…（CNET Japan）", "… (Video)")."""
    match = BRACKET_TAIL.search(text)
    if match and len(match.group(1).split()) <= MAX_SITE_WORDS and text[: match.start()].strip():
        return text[: match.start()]
    return text


def agree(a: str, b: str) -> bool:
    """Same headline: equal when normalised, or one is the other plus a separator and a short tail/head, or a
    short bracketed tail."""
    na, nb = normalise(a), normalise(b)
    if na != nb and normalise(_bracket_tail(a)) == normalise(_bracket_tail(b)):
        return True
    if na == nb or (_key(a) == _key(b) and _key(a)):
        return True
    short, long_ = sorted((na, nb), key=len)
    if not short or len(short.split()) < 2:
        return False
    seps = [normalise("x" + s + "x")[1:-1] for s in SEPARATORS]
    seps += [s + '"' for s in seps]  # a quoted headline after a kicker ('Kicker - "Quote"', the quote read alone)
    return any(long_.startswith(short + s) or long_.endswith(s + short) for s in seps)


# a line the heading sets apart above or below the headline: a kicker ("Dachzeile", "surtitre", "antetítulo",
# "volanta", "occhiello") or a subline
ASIDE_LINE = re.compile(r"overline|kicker|dachzeile|roofline|topline|highline|subline|subtitle|strapline|supertitle|eyebrow"
                        r"|spitzmarke|catchline|pre-?title|surtitre|antetitulo|volanta|occhiello|rubric"
                        r"|(?<![a-z])(?:topic|category|section)[-_]?label(?![a-z])", re.IGNORECASE)


def _article_h1(tree: _Element) -> list[str]:
    """``<h1>`` texts, those inside the article or main part first, page chrome (header/nav/footer) left out; a
    kicker or subline the ``<h1>`` marks as one (``<span class="overline">``) is not the headline's, nor a part
    kept out of sight (the separator after such a kicker, read only by screen readers)."""
    return [_h1_text(el) for el in _article_h1_elements(tree)]


def _h1_text(el: _Element) -> str:
    """The heading's text without its set-apart lines, nor the separator left beside one (the colon in
    ``<span class="overline">Kicker</span><span>: </span>Headline``); the part of it marked as the headline, where
    one is (``<em>Kicker</em> <span data-cy="article_headline">Headline</span>``)."""
    if (marked := _marked_part(el)) is not None:
        return marked
    whole = heading_text(el)
    kept = heading_text(el, _aside_or_unseen)
    if kept and kept != whole:
        kept = kept.strip(" :|-–—·")
    return kept or whole


HEADLINE_MARK = re.compile(r"(?:^|[-_\s])headline(?:[-_\s]|$)", re.IGNORECASE)


def _marked_part(el: _Element) -> str | None:
    """The text of the one element inside the heading that a class or data attribute marks as the headline, not a
    kicker's, where the rest of the heading (the kicker) stands before it with no separator written between them;
    None where none or several are so marked."""
    marked = [inner for inner in el.iterdescendants() if isinstance(inner.tag, str) and not _aside_or_unseen(inner)
              and any(HEADLINE_MARK.search(value) for name, value in inner.attrib.items()
                      if name == "class" or name.startswith("data-"))]
    text = heading_text(marked[0]) if len(marked) == 1 else ""
    rest = heading_text(el).replace(text, " ").strip() if text else ""
    # a heading that writes its own separator ("Kicker: Headline") is read whole, as the page shows it
    return text if rest and rest[-1] not in ":|-–—·" else None


def _aside_or_unseen(el: _Element) -> bool:
    """A kicker or subline, or a part kept out of sight (an editor's button ``<a style="display: none">CC-Editor
    öffnen</a>`` in the heading)."""
    return bool(ASIDE_LINE.search(el.get("class") or "")) or unseen(el) or styled_hidden(el)


def _article_h1_elements(tree: _Element) -> list[_Element]:
    """The page's ``<h1>`` elements outside its chrome: those in the article or main part first, then the others,
    then those kept out of sight (``<h1 class="pagetitle hidden">News</h1>`` over the shown headline); none marked
    ``itemprop="alternativeHeadline"`` (its short form: the element marked ``headline`` is read instead)."""
    inside: list[_Element] = []
    other: list[_Element] = []
    hidden: list[_Element] = []
    for el in tree.iter("h1"):
        in_chrome = el.xpath("ancestor::nav|ancestor::footer|ancestor::aside") or _in_breadcrumb(el)
        if in_chrome or not heading_text(el) or el.get("itemprop") == "alternativeHeadline":
            continue  # a short form the markup itself sets beside the headline
        in_body = el.xpath("ancestor::article|ancestor::main|ancestor::*[@role='main']|ancestor::*[@itemprop='articleBody']")
        (hidden if unseen(el) else inside if in_body or el.get("itemprop") == "headline" else other).append(el)
    if not inside and not other and not hidden:
        other = [el for el in tree.xpath("//*[@itemprop='headline']") if heading_text(el)][:1]
    return inside + other + hidden


def _in_breadcrumb(el: _Element) -> bool:
    """The heading is the last step of a breadcrumb trail (the page's SEO title, not the headline shown): marked
    so by a class, or the last item of a list whose items before it are each a link ("Home › Local › <h1>")."""
    return any("breadcrumb" in (up.get("class") or "").casefold() for up in el.iterancestors()
               if up.tag not in ("body", "html")) or _last_step(el)  # a body's classes tell the page's kind


def _last_step(el: _Element) -> bool:
    """The heading is the last item of a list whose two or more items before it each hold a link."""
    item = el.getparent()
    if item is None or item.tag != "li" or item.getnext() is not None:
        return False
    steps = list(item.itersiblings(preceding=True))
    return len(steps) >= 2 and all(step.tag == "li" and step.find(".//a") is not None for step in steps)


def _h1_parts(tree: _Element) -> list[str]:
    """The texts of the article ``<h1>``'s child elements: the headline beside a logo link or a writer's line
    (``<h1><span>Headline</span><a>Site</a></h1>``, ``<h1><span>Headline</span><br/><span>Editor Name</span>``)."""
    return [t for el in _article_h1_elements(tree) for child in el
            if isinstance(child.tag, str) and not _aside_or_unseen(child) and (t := heading_text(child, _aside_or_unseen))]


def _h2(tree: _Element) -> list[str]:
    """The ``<h2>`` texts, without a kicker or subline each marks as one."""
    return [t for el in tree.iter("h2") if not el.xpath("ancestor::nav|ancestor::footer|ancestor::aside")
            and (t := _h1_text(el))][:10]


# a class word marking the article's headline ("header__headline-title", "entry-title"); kickers and sublines
# ("article-headline-kicker") are told apart by ASIDE_LINE
HEADLINE_CLASS = re.compile(r"(?:^|[-_])(?:headline|(?:entry|article|post|story)[-_]?title)(?:[-_]|$)")


def _marked_headline(tree: _Element) -> list[str]:
    """The first ``<h2>`` marked as the headline by a class word of its own, outside chrome and other stories, of
    several words (one word is a box's title: "Ansprechpartner")."""
    for el in tree.iter("h2"):
        classes = (el.get("class") or "").casefold()
        if any(HEADLINE_CLASS.search(w) for w in classes.split()) and not ASIDE_LINE.search(classes) \
                and not chrome(el) and len((text := _h1_text(el)).split()) > 1:
            return [text]
    return []


def _subheadings(tree: _Element, tags: tuple[str, ...] = ("h2", "h3")) -> list[str]:
    """The lower headings' texts, not a kicker set as one above the headline (``<div class="topline"><h2>``)."""
    return [t for el in tree.iter(*tags) if not el.xpath("ancestor::nav|ancestor::footer|ancestor::aside")
            and not _kicker_line(el) and (t := heading_text(el))][:10]


def _kicker_line(el: _Element) -> bool:
    """The heading, or the block holding only it, is marked as a kicker or subline ("topline", "dachzeile")."""
    parent = el.getparent()
    alone = parent is not None and el.getprevious() is None and el.getnext() is None
    return bool(ASIDE_LINE.search(el.get("class") or "")) or (alone and bool(ASIDE_LINE.search(parent.get("class") or "")))


def candidates(page: Page) -> list[Candidate]:
    found: list[Candidate] = []
    for article in page.articles()[:1]:
        for key in ("headline", "name", "alternativeHeadline"):
            if isinstance(article.get(key), str) and json_text(article[key]):
                found.append(Candidate("jsonld", json_text(article[key])))
                break
    for source, names in (("og", ("og:title",)), ("twitter", ("twitter:title",))):
        value = page.first_meta(*names)
        if value:
            found.append(Candidate(source, value))
    title = page_title(page)
    if page.tree is not None:
        sites = headline_sites(page)
        h1s = [h for h in _article_h1(page.tree) if not _is_site_name(h, sites)]  # not the logo
        others = [c.text for c in found] + ([title, strip_site(title, sites)] if title else [])
        agreeing = [h for h in h1s if any(agree(h, other) for other in others)]
        if not agreeing:  # the headline is one part of the <h1>, beside the site's logo or the writer's name
            agreeing = [h for h in _h1_parts(page.tree) if any(agree(h, other) for other in others)][:1]
        if not agreeing:  # the <h1> is a section or show name: the visible headline is then an <h2>
            agreeing = [h for h in _h2(page.tree) if any(agree(h, other) for other in others)][:1]
        if not agreeing and not h1s and all(_is_site_name(o, sites) for o in others):
            agreeing = _h2(page.tree)[:1]  # no <h1>, and the tags name only the site: the article's first <h2>
        if not agreeing and not h1s:  # no <h1>: the heading the page marks as its headline by class
            agreeing = _marked_headline(page.tree)
        h1s = h1s if agreeing else [h for h in h1s if (len(h.split()) > 1 or len(h) >= MIN_UNSPACED)
                                    and not rules().is_interface(h)]  # not a login box's "Log In" either
        if agreeing or h1s:  # an <h1> no tag agrees with is a headline of several words, not a place or section
            found.append(Candidate("h1", (agreeing or h1s)[0]))
        elif title and (shown := _title_part_shown(page.tree, title)):
            found.append(Candidate("h1", shown))
    if title:
        found.append(Candidate("title", title))
        found += [Candidate("description", part) for part in _described_parts(page, title)]
    return found


def _title_part_shown(tree: _Element, title: str) -> str | None:
    """Where no ``<h1>`` gives the headline: the one part of ``<title>`` ("Headline | Blog Name") that the page
    shows as a heading of its own, the others being the site's (none, if more than one part is so shown)."""
    pieces = SEPARATOR.split(title)
    parts = [part.strip() for part in pieces if len(part.split()) > 1 or len(part) >= MIN_UNSPACED]
    headings = {normalise(h) for h in _subheadings(tree)}
    shown = [part for part in parts if normalise(part) in headings]
    return shown[0] if len(pieces) > 1 and len(shown) == 1 else None


def _described_parts(page: Page, title: str) -> list[str]:
    """The part of ``<title>`` between separators that the meta description repeats whole ("Site - Headline -
    Section - News", described as "Headline"): the headline, where no other tag gives it."""
    description = normalise(page.first_meta("description", "og:description") or "")
    if len(description.split()) < 3:
        return []
    return [part.strip() for part in SEPARATOR.split(title) if normalise(part) == description][:1]


def page_title(page: Page) -> str | None:
    if page.tree is None:
        return None
    el = page.tree.find("head/title")
    el = el if el is not None else page.tree.find(".//title")
    return (text_of(el) or None) if el is not None else None


def choose(found: list[Candidate], sites: list[str]) -> str | None:
    """The headline most candidates agree on (weighted), in its shortest agreeing form."""
    cleaned = [c for c in (Candidate(c.source, strip_site(c.text, sites)) for c in found
                           if c.text and not _is_site_name(c.text, sites))  # a logo <h1>, a site-wide og:title
               if c.source != "h1" or not (_is_site_name(c.text, sites) or _label(c.text))]  # an <h1> of the site's
    # name and its motto, or a label that opens something else ("The Schmooze:", a blog's banner)
    if not cleaned:
        return None
    copied = _copied_title(cleaned)

    def support(c: Candidate) -> float:
        votes = [o for o in cleaned if agree(c.text, o.text)]
        weight = sum(WEIGHTS[o.source] for o in votes if o.source not in copied)
        return weight + max((WEIGHTS[o.source] for o in votes if o.source in copied), default=0.0)
    best = max(cleaned, key=lambda c: (support(c), WEIGHTS[c.source]))
    kicked = [c for c in cleaned if c.source == "h1" and _after_kicker(best.text, c.text)]
    if kicked:  # the tags' "Kicker: Headline", the visible heading the headline alone
        return kicked[0].text
    longer = [c for c in cleaned if c.source == "h1" and _continued(c.text, best.text)]
    if longer:  # og:title and <title> cut short ("... crashes car"), the visible <h1> whole ("... car after ...")
        return longer[0].text
    shorter = [c for c in cleaned if _suffixed(best.text, c.text) or _sectioned(best.text, c.text)]
    if shorter:
        return min(shorter, key=lambda c: len(c.text)).text
    alone = all(c.source == "title" for c in cleaned)
    site_cut = any(c.source == "title" and normalise(strip_site(c.text, sites)) != normalise(c.text) for c in found)
    return _title_head(best.text) if alone and site_cut else best.text


TITLE_BAR = " | "
HEAD_WORDS = 4  # a headline before the bars; the parts after it (a place, a section) are each shorter


def _title_head(title: str) -> str:
    """A page title that stands alone (no tag or heading gives the headline) and still holds more parts after bars
    once the site's name is cut off its end ("Atlantis donates medical supplies to BAARK | Nassau / Paradise Island,
    Bahamas | Bahamas Local News"): the first part, where each part after it is shorter; else the title as it is.
    (A title whose last part names no known site keeps its bars: that part may be the site's name.)"""
    head, *rest = title.split(TITLE_BAR)
    words = len(head.split())
    if rest and words >= HEAD_WORDS and all(len(part.split()) < words for part in rest):
        return head.strip()
    return title


def _label(text: str) -> bool:
    return text.rstrip().endswith((":", "："))


def _copied_title(found: list[Candidate]) -> set[str]:
    """The sources among JSON-LD, ``og:title``, ``twitter:title`` and ``<title>`` that hold the very same text once
    the site's name is cut off ("SEO title" and "SEO title - Site"): one title a site's software copied into each
    tag, one vote, not three; the ``<h1>`` the page shows outweighs it."""
    texts = {c.source: normalise(c.text) for c in found if c.source in COPIED}
    return {source for source, text in texts.items() if list(texts.values()).count(text) > 1}


def _continued(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` read on: more words after a space, not after a separator or in brackets."""
    nl, ns = normalise(longer), normalise(shorter)
    if len(ns.split()) < 3 or not nl.startswith(ns + " ") or normalise(_bracket_tail(longer)) == ns:
        return False
    return not any(nl.startswith(ns + normalise("x" + sep + "x")[1:-1]) for sep in SEPARATORS)


SECTION_WORDS = 4  # "Politics | Headline", "Crime and Public Safety | Headline": a section or topic before a separator


def _sectioned(longer: str, shorter: str) -> bool:
    """``longer`` is a section or topic name of a few words, a separator (not a colon: a kicker before a colon is
    the headline's own) and ``shorter``."""
    nl, ns = normalise(longer), normalise(shorter)
    if nl == ns or len(ns.split()) < 3:
        return False
    for sep in SEPARATORS:
        s = normalise("x" + sep + "x")[1:-1]
        if ":" not in sep and "：" not in sep and nl.endswith(s + ns) and \
                0 < len(nl[:-len(s + ns)].split()) <= SECTION_WORDS:
            return True
    return False


def _after_kicker(longer: str, shorter: str) -> bool:
    """``longer`` is a kicker of a few words, a separator (a colon too) and ``shorter``."""
    nl, ns = normalise(longer), normalise(shorter)
    if nl == ns or len(ns.split()) < 3:
        return False
    for sep in SEPARATORS:
        s = normalise("x" + sep + "x")[1:-1]
        if nl.endswith(s + ns) and 0 < len(nl[:-len(s + ns)].split()) <= SECTION_WORDS:
            return True
    return False


def _suffixed(longer: str, shorter: str) -> bool:
    """``longer`` is ``shorter`` plus a separator and a short tail (a site or section name not yet known)."""
    nl, ns = normalise(longer), normalise(shorter)
    if nl == ns or len(ns.split()) < 2 and len(ns) < 12:  # one word is no headline; a CJK headline has no spaces
        return False
    if normalise(_bracket_tail(longer)) == ns:
        return True
    for sep in SEPARATORS:
        s = normalise("x" + sep + "x")[1:-1]
        if nl.startswith(ns + s) and len(nl[len(ns) + len(s):].split()) <= MAX_SITE_WORDS:
            return True
    return False


def headline(page: Page) -> str | None:
    found, sites = candidates(page), headline_sites(page)
    chosen = choose(found, sites)
    if chosen is None or not any(ch.isalnum() for ch in chosen):
        return None  # nothing, or only a separator ("-" from a heading holding nothing else)
    chosen = _without_kicker(chosen, page, [strip_site(c.text, sites) for c in found if c.source in TAGS])
    return _as_shown(_without_hidden_kicker(chosen, page.tree), page.tree)


def _as_shown(text: str, tree: _Element | None) -> str:
    """The headline in the letter case the page's heading shows it ("Two More Gunned Down" under the tags' "Two
    more gunned down"): the same words, as a reader sees them."""
    if tree is None:
        return text
    for heading in tree.iter("h1", "h2"):
        shown = heading_text(heading)
        if shown != text and shown.casefold() == text.casefold() and not heading.xpath("ancestor::nav|ancestor::aside"):
            return shown
    return text


TAGS = ("jsonld", "og", "twitter")
KICKER_TAGS = ("strong", "b", "span", "em", "small")


def _without_kicker(text: str, page: Page, tagged: list[str]) -> str:
    """"Kicker: Headline" where a tag gives the headline alone and the page sets the kicker apart in an element of
    its own at the start of a heading (``<h2><strong>Kicker</strong> Headline</h2>``): the headline. A heading
    that writes "Series: Headline" as one text keeps it whole."""
    whole = normalise(text)
    for rest in (normalise(t) for t in tagged):
        if len(rest.split()) < 2 or whole == rest or not whole.endswith(" " + rest):
            continue
        kicker = whole[: -len(rest)].rstrip(" :|-")
        if kicker and page.tree is not None and _kicker_element(page.tree, kicker):
            return next(t for t in tagged if normalise(t) == rest)
    return text


def _kicker_element(tree: _Element, kicker: str) -> bool:
    """A heading that opens with an element of its own holding ``kicker`` (no text before it)."""
    for heading in tree.iter("h1", "h2"):
        first = next((child for child in heading if isinstance(child.tag, str)), None)
        if first is not None and first.tag in KICKER_TAGS and normalise(heading_text(first)) == kicker \
                and not normalise(heading.text or ""):
            return True
    return False


def _without_hidden_kicker(text: str, tree: _Element | None) -> str:
    """"Kicker: Headline" where the heading sets its kicker apart by a separator only screen readers read
    (``<h2><strong>Kicker</strong><span class="hiddenElement">:</span> Headline</h2>``: shown as a line above
    the headline): the headline."""
    for kicker in _hidden_kickers(tree) if tree is not None else []:
        rest = text[len(kicker):].lstrip(" :|-–—") if text.startswith(kicker) else ""
        if len(rest.split()) >= 2:
            return rest
    return text


def _hidden_kickers(tree: _Element) -> list[str]:
    found = []
    for heading in tree.iter("h1", "h2"):
        first, second, *_ = [c for c in heading if isinstance(c.tag, str)] + [None, None]
        if first is None or second is None or squash(heading.text) or squash(first.tail):
            continue
        if unseen(second) and heading_text(second) in (":", "-", "–", "|"):
            found.append(heading_text(first))
    return found
