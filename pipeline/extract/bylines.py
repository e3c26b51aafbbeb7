"""Who wrote an article: persons in ``authors``, agencies and newsrooms in ``author_organizations``.

Sources, most trusted first: the JSON-LD ``author`` of the article, the author meta tags, the byline on the page.
Each is read into names by ``credits``; here they are weighed against each other. Where the page writes them:
``byline_elements`` (the marked bylines and "By"-lines near the article), ``accounts`` (a writer known by an account
name), ``cjk_bylines`` (a writer's line in Chinese, Japanese or Korean), ``closing_credits`` and ``marked_credits``
(agencies and writers credited outside a byline).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lxml.etree import _Element

from pipeline.extract.accounts import account_name
from pipeline.extract.byline_elements import (
    AUTHOR_META,
    byline_elements,
    byline_texts,
    iconed_lines,
    in_parts,
    opened_lines,
    set_in_lines,
)
from pipeline.extract.cjk_bylines import line_names, marked_name, person_name, writer_names
from pipeline.extract.closing_credits import (
    credit_lines,
    followed_writer,
    handed_over,
    signature,
    signed_off,
    wire_credits,
)
from pipeline.extract.credits import (
    DOMAIN,
    MAX_BYLINE_CHARS,
    MAX_NAME_WORDS,
    MIN_NAME_WORDS,
    SITE_PARTS,
    Byline,
    Rules,
    initials,
    is_name,
    is_organisation,
    is_publisher,
    name_key,
    rules,
    split_byline,
    unique,
)
from pipeline.extract.headline import SEPARATORS, page_title
from pipeline.extract.lead_credits import lead_credit
from pipeline.extract.marked_credits import author_box, linked_writers, text_credits
from pipeline.extract.page import Page, heading_text, json_text, squash, text_of, types_of, unseen, url_parts
from pipeline.extract.regions import chrome, chrome_or_own, in_comments, in_one_block
from pipeline.extract.site_owners import a_person, site_owner
from pipeline.extract.speech_credits import speech_credit
from pipeline.extract.visible_dates import dated_blocks, dated_lines, dated_writers

ORGANIZATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "governmentorganization"})


def _jsonld_names(value: Any, page: Page) -> list[tuple[str, str | None]]:
    """(name, "person"/"organization"/"owner"/None as typed) of a JSON-LD author value: a string, an object (or a
    reference to one on the page) or a list of them."""
    value = page.resolve(value)
    if isinstance(value, str):
        return [(value, None)]
    if isinstance(value, list):
        return [n for item in value for n in _jsonld_names(item, page)]
    if not isinstance(value, dict):
        return []
    kinds = types_of(value) or _types_by_id(value, page)
    kind = "organization" if kinds & ORGANIZATION_TYPES else "person" if "person" in kinds else None
    if kind == "organization" and "person" in kinds:
        kind = "owner"  # typed both: the person the site is (Yoast's ["Person", "Organization"] on a personal blog)
    names = value.get("name")
    return [(str(n), kind) for n in (names if isinstance(names, list) else [names]) if isinstance(n, str)]


def _types_by_id(value: dict[str, Any], page: Page) -> set[str]:
    """The types of the object the page's JSON-LD gives under the untyped value's ``@id`` (Yoast's ``"author":
    {"name": "Cornelius Karow", "@id": "…/#/schema/person/…"}`` and, in its graph, the Person of that id)."""
    described = page.resolve({"@id": value["@id"]}) if "@id" in value else {}
    return types_of(described)


def from_jsonld(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    found = Byline()
    for article in page.articles()[:1]:
        personal = _personal(article.get("publisher"), page)
        publisher = _publisher_name(article.get("publisher"), page)
        for name, kind in _jsonld_names(article.get("author"), page):
            if publisher == squash(json_text(name)).casefold() and len(publisher.split()) > MAX_NAME_WORDS:
                found += Byline(publisher=True)  # the publisher's name and motto as author: longer than a person's
                continue
            if kind == "person":
                name = _in_reading_order(json_text(name), r)
            if kind == "person" and (personal or a_person(json_text(name), r)):
                kind = "owner"  # a personal site: its owner writes under the site's name
            if kind == "organization" and json_text(name):
                found += Byline((), (json_text(name),))
            elif kind == "owner":
                found += split_byline(json_text(name), r, person=True)  # the site's name, and the writer's
            elif kind == "person" and (cjk := line_names(json_text(name), r.cjk_titles, r.cjk_suffixes)):
                found += Byline(cjk)  # a writer's line as the name ("記者林宸誼／即時報導")
            elif kind == "person" and (written := person_name(json_text(name))) and written not in r.cjk_titles:
                found += Byline((written,))  # a name with no letter case ("佐藤 花子"), which is_name cannot read
            else:
                found += split_byline(json_text(name), r, sites, person=kind == "person")
    return found


INVERTED = re.compile(r"^(?P<family>[^\W\d_][\w'’-]*),\s*(?P<given>[^\W\d_][\w'’.-]*)$")  # "Smith, John"


def _in_reading_order(name: str, r: Rules) -> str:
    """One Person's name written family name first, set apart by a comma ("Smith, John", a catalogue's order):
    in reading order ("John Smith"); two names of agencies or bodies stay as written."""
    found = INVERTED.match(name.strip())
    if found is None or any(p.casefold() in r.agencies or is_organisation(p, r) for p in found.groups()):
        return name
    return f"{found['given']} {found['family']}"


def _publisher_name(publisher: Any, page: Page) -> str:
    """The article's JSON-LD publisher's name, folded ("" where it names none)."""
    publisher = page.resolve(publisher)
    name = publisher.get("name") if isinstance(publisher, dict) else None
    return squash(json_text(name)).casefold() if isinstance(name, str) else ""


# Yoast's id of the person a personal site stands for ("https://wolfgangschmale.eu/#/schema/person/4…")
PERSON_ID = re.compile(r"/#/schema/person/")


def _personal(publisher: Any, page: Page) -> bool:
    """The article's JSON-LD publisher is a person, not an organisation: a personal site (a blog published by its
    owner, ``"publisher": {"@id": "https://…/#/schema/person/…"}``)."""
    publisher = page.resolve(publisher)
    if not isinstance(publisher, dict):
        return False
    kinds = types_of(publisher)
    return "person" in kinds and not kinds & ORGANIZATION_TYPES if kinds \
        else bool(PERSON_ID.search(str(publisher.get("@id") or "")))


def from_meta(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """The author meta tags; one that names the site itself ("finanztreff.de", "Business Standard") credits the
    publisher, which is no author but tells that the tags were read."""
    found = Byline()
    for key in AUTHOR_META:
        for value in page.meta.get(key, ()):
            if value.startswith(("http://", "https://", "@")):
                continue
            found += _beside_site(value, page, r, sites) if is_publisher(value, r, sites) \
                else split_byline(value, r, sites)
        if found.authors:
            break
    return found


def _beside_site(value: str, page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """A tag naming the site: the writers it names beside it that the page shows too ("Nathan Bernier | KUT"; not
    a desk only the tag names, "Zone Société - ICI.Radio-Canada.ca"), else the publisher's mark."""
    rest = [part for part in SITE_PARTS.split(value) if part.strip() and not is_publisher(part, r, sites)]
    beside = split_byline(", ".join(rest), r, sites) if rest and page.tree is not None else Byline()
    shown = _shown(page.tree) if beside.authors and page.tree is not None else ""
    if beside.authors and all(a.casefold() in shown for a in beside.authors):
        return beside
    return Byline(publisher=True)


def _shown(tree: _Element) -> str:
    """The text the page shows, folded (no scripts, styles or tags' values)."""
    return squash(" ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))).casefold()


def not_only_aside(tree: _Element | None, names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` less those the page shows only in ``<aside>`` boxes or page chrome (a writer's name under a
    "Read also" teaser, a reader's name in the comments is not this article's byline); a name it does not show as
    text stays."""
    if tree is None:
        return names
    texts = [(t.casefold(), t.getparent()) for t in tree.xpath("//body//text()") if t.strip()]
    kept = []
    for name in names:
        where = [el for text, el in texts if name.casefold() in text and el is not None]
        if not where:  # a name put together from the page ("stephangoeldi said"): where its first word is shown
            where = [el for text, el in texts if name.split()[0].casefold() in text and el is not None]
        if not where or not all(el.xpath("ancestor-or-self::aside") or in_comments(el) for el in where):
            kept.append(name)
    return tuple(kept)


def not_the_host(names: tuple[str, ...], url: str | None) -> tuple[str, ...]:
    """``names`` less the site's own address read as a name ("Freiheit Org" from "freiheit.org")."""
    host = re.sub(r"\W+", "", (url_parts(url).hostname or "").removeprefix("www."))
    return tuple(n for n in names if not host or re.sub(r"\W+", "", n.casefold()).removeprefix("www") != host)


def written_on_page(tree: _Element | None, names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` whose every word the page writes somewhere, in its text or a meta tag's content: not a name made up
    from an address ("x[at]y.net" read as "Xy Net")."""
    if tree is None:
        return names
    written = " ".join(tree.xpath("//text()") + tree.xpath("//meta/@content")).casefold()
    words = set(re.findall(r"\w+", written))
    return tuple(n for n in names if all(w in words for w in re.findall(r"\w+", n.casefold())))


def unlabelled(tree: _Element | None, names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` without a label the page writes before a colon ("Yazar Ahmet Yılmaz" read from "Yazar: Ahmet
    Yılmaz", a by-word of a language the rules do not know): the name after it."""
    if tree is None:
        return names
    shown = _shown(tree)

    def after_label(name: str) -> str:
        first, _, rest = name.partition(" ")
        labelled = len(rest.split()) >= MIN_NAME_WORDS and f"{first}: {rest}".casefold() in shown
        return rest if labelled else name
    return unique(after_label(n) for n in names)


def from_page(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """The article's byline: the first marked element that names a person, and those beside it."""
    if page.tree is None:
        return Byline()
    found = Byline()
    anchor: _Element | None = None
    marked = [el for el, _, _ in byline_elements(page)[:12]]
    for el, text, parted in byline_elements(page)[:12]:
        if not text or len(text) > MAX_BYLINE_CHARS or (anchor is not None and not in_one_block(anchor, el)):
            continue
        if _links_home(el, text, page.url):  # the site's name, linked to its front page
            found += Byline(publisher=True)
            continue
        whole = split_byline(text, r, sites) if not set_in_lines(el) else Byline()  # a name a line: read line by line
        if not whole.authors:
            whole = split_byline(parted, r, sites)
        elif any(len(a.split()) >= 2 * MIN_NAME_WORDS for a in whole.authors) and _holds_marked(el, marked):
            apart = split_byline(parted, r, sites)  # writers marked one by one, read run together?
            whole = apart if _run_together(whole, apart) else whole
        byline = _emphasised(el, text, whole, r, sites)
        if byline.authors and anchor is None:
            anchor = el
        found += byline
    if not found.authors:
        for text in opened_lines(page.tree, r)[:3]:
            found += split_byline(text, r, sites)
    if not found.authors:  # a name beside a writer's icon: "<i class="fa fa-pencil"></i> <span>Solveig Grewe</span>"
        for text in iconed_lines(page.tree)[:2]:
            found += split_byline(text, r, sites)
    if not found.authors:  # a line under the headline opening with the date: "25.10.2022 - Reiner Nagel"
        for text in dated_lines(page.tree)[:1]:
            found += split_byline(text, r, sites)
    if not found.authors:  # the writer after the date in a date line: "Posted on May 3, 2020 by John Smith in News"
        for text in dated_writers(page.tree)[:1]:
            found += split_byline(text, r, sites)
    if not found.authors:  # a block of lines ending in the date and time: "Name<br/>Outlet<br/>Thu, 14 May 2020 17:55"
        for el in dated_blocks(page)[:2]:
            if len(text := in_parts(el)) <= MAX_BYLINE_CHARS:
                found += split_byline(text, r, sites)
    if not found.authors:  # Chinese: a marked byline's one name in Han characters beside its date
        found += Byline(tuple(n for _, _, parted in byline_elements(page)[:12]
                              if (n := marked_name(parted, r.cjk_titles)))[:1])
    if not found.authors:  # Chinese, Japanese, Korean: a title and a name ("編集委員　中沢克二")
        found += Byline(writer_names(page.tree, r.cjk_titles, r.cjk_suffixes, skip=chrome_or_own))
    if not found.authors:  # ... or where the text begins: "【エルサレム＝酒井圭吾】", "(서울=연합뉴스) 홍길동 기자 ="
        found += lead_credit(page.tree, skip=chrome_or_own)
    return found


def _holds_marked(el: _Element, marked: list[_Element]) -> bool:
    """``el`` holds two or more other marked byline elements."""
    return sum(1 for other in marked if other is not el and el in other.iterancestors()) >= 2


def _run_together(whole: Byline, apart: Byline) -> bool:
    """The names read from a byline's whole text are the names its parts give, run together ("Anna Schmidt Jan
    Meyer" from ``<span class="author">Anna Schmidt</span><span class="author">Jan Meyer</span>``)."""
    words = [w for name in whole.authors for w in name.split()]
    return len(apart.authors) > len(whole.authors) and words == [w for name in apart.authors for w in name.split()]


HOME_PATH = re.compile(r"/?(?:[a-z]{2,3}(?:[-_][a-z]{2})?/?)?", re.IGNORECASE)  # "/", "/arm/", "/en-us/"


def _links_home(el: _Element, text: str, url: str | None) -> bool:
    """The byline is a link to the site's front page (``<a href="https://news.am/arm/">Լուրեր Հայաստանից -
    NEWS.am</a>``): the site's name, not a writer's."""
    host = url_parts(url).hostname
    for a in [el] if el.tag == "a" else el.iter("a"):
        target = url_parts(a.get("href"))
        on_site = target.hostname == host if target.hostname else target.path.startswith("/")
        if host and text_of(a) == text and on_site and HOME_PATH.fullmatch(target.path) and not target.query:
            return True
    return False


EMPHASIS = ("strong", "b", "a", "em")


def _emphasised(el: _Element, text: str, byline: Byline, r: Rules, sites: Iterable[str]) -> Byline:
    """In a byline of parts set apart by bars, with the writers' names set in bold or linked ("<strong>Patricio
    Candia</strong> | Palma de Mallorca | 08/01/2014"), the plain parts are a place or a desk, not writers."""
    if "|" not in text or len(byline.authors) < 2:
        return byline
    marked = {name_key(a) for child in el.iter(*EMPHASIS) if child is not el
              for a in split_byline(heading_text(child), r, sites).authors}
    kept = tuple(a for a in byline.authors if name_key(a) in marked)
    return Byline(kept, byline.organizations) if kept else byline


def authors(page: Page, sites: Iterable[str] = (), r: Rules | None = None) -> Byline:
    """Persons from the most trusted source that names any; organisations from every source up to it, and from
    a byline on the page that names one of those persons ("Anna Schmidt/dpa"). Where none names anyone, the
    person a personal site is named for."""
    r = r or rules()
    sites = tuple(sites) + _titled_outlet(page, r)
    found = _credited(page, sites, r)
    if found.authors or found.organizations:
        return found  # a person or an agency credited
    return Byline(site_owner(page, r, sites).authors, found.organizations, found.publisher)


def _credited(page: Page, sites: tuple[str, ...], r: Rules) -> Byline:
    owners = sites + _mail_domains(page)  # the site and its group, whose names credit no one
    found = Byline()
    for source in (from_jsonld, from_meta, from_page, _one_name, account_name, linked_writers, wire_credits, text_credits,
                   _speech, signed_off, signature, author_box, followed_writer, handed_over):
        found += source(page, r, sites)
        if found.authors and source is from_jsonld:
            found = _outvoted(_completed(_fuller(found, page, r, sites), page, r, sites), page, r, sites)
        if found.authors and source in (from_jsonld, from_meta):
            found = _gainsaid(found, page, r, sites)
            if not found.authors and found.publisher:
                return found + credit_lines(page, r, sites)  # the site's desk credited: no person
        elif source is from_meta and found.publisher and _desk_named(page, r, sites):
            # the site, and its desk: no person
            return _not_the_publisher(found + credit_lines(page, r, sites), r, owners)
        if found.authors:
            found = _unprefixed(found + _agencies_beside(found.authors, page, r, sites) + credit_lines(page, r, sites))
            return _not_the_publisher(found, r, owners)
    return _not_the_publisher(found + credit_lines(page, r, sites), r, owners)


def _speech(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """The speaker credited with the speech a page opens on ("Rede von Moritz Leuenberger beim ...")."""
    return speech_credit(page.tree, r, sites, skip=chrome_or_own)


def _mail_domains(page: Page) -> tuple[str, ...]:
    """The domains of the page's e-mail links ("lcastaneda@bayareanewsgroup.com"): the site's or its group's, whose
    name beside a writer ("| Bay Area News Group") is the writer's employer, not a credit."""
    if page.tree is None:
        return ()
    hrefs = page.tree.xpath("//a[starts-with(@href, 'mailto:')]/@href")
    return tuple(sorted({str(h).partition("@")[2].partition("?")[0].strip().casefold() for h in hrefs} - {""}))


def _titled_outlet(page: Page, r: Rules) -> tuple[str, ...]:
    """An organisation's name ending the ``<title>`` after a separator ("… - المدينة نيوز"): the site's own name,
    even where no tag states it. (A person's name there may be a blog's author: it is not taken.)"""
    title = page_title(page) or ""
    head, found, tail = title.rpartition(max(SEPARATORS, key=title.rfind))  # at the last separator
    return (tail.strip(),) if found and head.strip() and is_organisation(tail.strip(), r) else ()


def _fuller(found: Byline, page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """A byline element on the page that names every writer JSON-LD names and more ("Elsa Provenzano et Mickaël
    Bosredon" shown, only the first in JSON-LD): its writers."""
    if page.tree is None:
        return found
    named = {name_key(a) for a in found.authors}
    for _, text, _ in byline_elements(page)[:12]:
        shown = split_byline(text, r, sites).authors if len(text) <= MAX_BYLINE_CHARS else ()
        keys = [name_key(a) for a in shown]
        apart = all(a == b or a not in b for a in keys for b in keys)  # not one name read on ("… Sponsored")
        if apart and named < set(keys):
            return Byline(shown, found.organizations, found.publisher)
    return found


def _completed(found: Byline, page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """A writer JSON-LD names by a first name alone ("Nils"), or without the initials between the names ("Timothy
    Nerozzi"), whose full name a byline or a "By"-line on the page writes ("Eine Kolumne von Nils Pickert",
    "By Timothy H.J. Nerozzi"): the full name."""
    if page.tree is None:
        return found
    texts = [t for _, t, _ in byline_elements(page)[:12]] + opened_lines(page.tree, r)[:3]
    shown = [a for text in texts if len(text) <= MAX_BYLINE_CHARS for a in split_byline(text, r, sites).authors
             if len(a.split()) > 1]

    def full(name: str) -> str:
        words = name.casefold().split()
        if len(words) > 1:
            return next((a for a in shown if _initialled(a, words)), name)
        return next((a for a in shown if a.split()[0].casefold() == name.casefold()), name)
    return Byline(unique(full(a) for a in found.authors), found.organizations, found.publisher)


def _initialled(shown: str, words: list[str]) -> bool:
    """``shown`` is the name of ``words`` with initials between its first and last name ("Timothy H.J. Nerozzi")."""
    parts = shown.casefold().split()
    return len(parts) > len(words) and parts[: len(words) - 1] == words[:-1] and parts[-1] == words[-1] \
        and all(INITIALS.fullmatch(p) for p in parts[len(words) - 1: -1])

INITIALS = re.compile(r"(?:\w\.-?)+")  # "H.J.", "T.", "J.-P."


def _outvoted(found: Byline, page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """JSON-LD writers that the author tag and the page's byline both gainsay, naming the same others alike
    ("Auswärtige Autoren (AA)" in JSON-LD, "Ralph Steiner/Carlo Natter" in the tag and the byline): theirs."""
    tagged = from_meta(page, r, sites)
    keys = {name_key(a) for a in tagged.authors}
    if not keys or keys & {name_key(a) for a in found.authors}:
        return found
    shown = from_page(page, r, sites)
    return tagged + shown if {name_key(a) for a in shown.authors} == keys else found


def _seen_text(tree: _Element) -> str:
    """The text a reader sees, folded: no scripts or styles, nothing in an element hidden by its class."""
    hidden = {inner for el in tree.iter("*") if unseen(el) for inner in el.iter()}
    pieces = []
    for text in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"):
        holder = text.getparent().getparent() if text.is_tail else text.getparent()  # a tail is its parent's
        if holder not in hidden:
            pieces.append(text)
    return squash(" ".join(pieces)).casefold()


def _gainsaid(found: Byline, page: Page, r: Rules, sites: tuple[str, ...]) -> Byline:
    """Writers the tags name and the page shows nowhere, where a line on the page opening with a "by"-word names
    others ("Von Matthias Lauerer" against a hidden WordPress account) or only the site's desk ("Autor: Die
    Redaktion"), or else the page's marked byline credits someone ("Por: Agencia Reforma" against the posting
    editor in JSON-LD): that line's credit."""
    if page.tree is None:
        return found
    seen = _seen_text(page.tree)
    if any(a.casefold() in seen for a in found.authors):
        return found
    line = _opened_credit(page, r, sites) or _marked_credit(page, r, sites) or _signed_credit(page, r, sites)
    return found if line is None else Byline(line.authors, found.organizations + line.organizations, line.publisher)


def _opened_credit(page: Page, r: Rules, sites: tuple[str, ...]) -> Byline | None:
    """The first line opening with a "by"-word that credits a writer (its persons and organisations), or only the
    site's desk (no one, the publisher's mark); None where no such line credits anyone."""
    for text in opened_lines(page.tree, r)[:3] if page.tree is not None else []:
        line = split_byline(text, r, sites)
        if line.authors:
            return line
        if line.organizations and all(_desk(o, r, sites) for o in line.organizations):
            return Byline(publisher=True)
    return None


def _marked_credit(page: Page, r: Rules, sites: tuple[str, ...]) -> Byline | None:
    """The first marked byline that credits anyone: its persons, or the agencies it names alone ("Por: Agencia
    Reforma"); None where none does."""
    for _, text, _ in byline_elements(page)[:3]:
        line = split_byline(text, r, sites) if len(text) <= MAX_BYLINE_CHARS else Byline()
        if line.authors or line.organizations:
            return line
    return None


def _signed_credit(page: Page, r: Rules, sites: tuple[str, ...]) -> Byline | None:
    """The writer signing the text under its last sentence (:func:`signature`); None where no one does."""
    signed = signature(page, r, sites)
    return signed if signed.authors else None


def _desk_named(page: Page, r: Rules, sites: tuple[str, ...]) -> bool:
    line = _opened_credit(page, r, sites)
    return line is not None and not line.authors


def _desk(name: str, r: Rules, sites: tuple[str, ...]) -> bool:
    """The site's own newsroom ("Die Redaktion", "Redaktion Battery-News") or the site itself."""
    return any(w.casefold() in r.generic_accounts for w in name.split()[-2:]) or is_publisher(name, r, sites)


def _one_name(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """A writer known by one name ("Par Elba"): a single word is a name when the author tag and the page's
    author link both give it (alone, a single word in a byline is more often a place or a desk)."""
    if page.tree is None:
        return Byline()
    tagged = {v.casefold(): v for key in AUTHOR_META for v in page.meta.get(key, ())}
    linked = {text_of(el).casefold() for el in page.tree.xpath("//*[@rel='author'] | //*[@itemprop='author']")
              if not chrome(el)}
    names = [v for k, v in tagged.items() if k in linked and is_name(v, r, single=True)
             and not is_organisation(v, r, sites) and len(v.split()) == 1]
    return Byline(tuple(names[:1]))


def _not_the_publisher(found: Byline, r: Rules, sites: tuple[str, ...]) -> Byline:
    """The site named as an author organisation (a JSON-LD ``author`` that is the publisher, "Süddeutsche.de
    GmbH" in the author tag) publishes the article, and its own team or desk writes for it: neither is a credit."""
    named = {name_key(s) for s in sites}  # "Bay Area News Group" on a page of bayareanewsgroup.com's writers
    kept = tuple(o for o in found.organizations
                 if not is_publisher(o, r, sites) and not _sites_desk(o, r, sites)
                 and (name_key(o) not in named or o.casefold() in r.agencies))
    keys = [name_key(o) for o in kept]  # "CNN.com" beside "CNN": one credit, the name without its domain
    unique = tuple(o for o, k in zip(kept, keys, strict=True) if not (DOMAIN.search(o.casefold()) and keys.count(k) > 1))
    unique = tuple(o for o in unique if not any(_short_for(o, other) for other in unique))
    return Byline(found.authors, unique, found.publisher or len(kept) < len(found.organizations))


def _short_for(short: str, name: str) -> bool:
    """``short`` is ``name`` by its initials ("AP" beside "The Associated Press"): one credit, the name written out."""
    words = [w for w in name.split() if w.casefold() not in ("the", "der", "die", "das", "la", "le")]
    return short != name and len(words) >= 2 and short.casefold() == initials(words)


STAFF_FOR = re.compile(r"\sfor\s+(\S.*)$")


def _sites_desk(name: str, r: Rules, sites: tuple[str, ...]) -> bool:
    """The site's own team or desk under the site's name ("Campact-Team", "NDTV Sports Desk"), a newsroom word
    opening the name of one of its sections ("Redacción fama"), the name written twice where a byline shows a label
    beside its picture's caption ("N-Land N-Land Redaktion"), a newsroom writing for the site ("NJ Advance Media for
    NJ.com"): no credit."""
    if (staff := STAFF_FOR.search(name)) and is_publisher(staff.group(1), r, sites):
        return True  # the site's newsroom by its company's name ("NJ Advance Media for NJ.com")
    words = re.split(r"[\s-]+", name)
    rest = [w for w in words if w.casefold() not in r.generic_accounts]
    if not 0 < len(rest) < len(words):
        return False
    if words[0].casefold() in r.generic_accounts and words[0].casefold() in r.organisation_openers \
            and " ".join(rest).casefold() not in r.agencies:
        return True  # a newsroom and its section or site ("Redacción fama", "Redaktion datev.de"), not an agency's
    return is_publisher(" ".join(rest), r, sites) or any(
        {w.casefold() for w in rest} == set(re.split(r"[\s.-]+", site.casefold())) for site in sites)


def _unprefixed(found: Byline) -> Byline:
    """An organisation written after one of the persons without a separator ("Kelli Miller WebMD Health News")
    is the organisation alone."""
    orgs = []
    for org in found.organizations:
        for person in found.authors:
            if org.casefold().startswith(person.casefold() + " "):
                org = org[len(person):].strip()
        orgs.append(org)
    persons = {_letters(person) for person in found.authors}  # "edilson.la.rosa", the account of "Edilson La Rosa"
    kept = [o for o in unique(o for o in orgs if o and _letters(o) not in persons)
            if not any(other.casefold().startswith(o.casefold() + " ") for other in orgs)]
    return Byline(found.authors, tuple(kept))  # "CNN" beside "CNN Wire": the same credit, shortened


def _letters(name: str) -> str:
    return re.sub(r"\W+", "", name.casefold())


def _agencies_beside(persons: tuple[str, ...], page: Page, r: Rules, sites: tuple[str, ...]) -> Byline:
    if page.tree is None:
        return Byline()
    folded = [p.casefold() for p in persons]
    orgs: tuple[str, ...] = ()
    for text in [t for t, _ in byline_texts(page)[:12]] + opened_lines(page.tree, r)[:3]:
        if len(text) <= MAX_BYLINE_CHARS and any(p in text.casefold() for p in folded):
            orgs += split_byline(text, r, sites).organizations
    return Byline((), orgs)
