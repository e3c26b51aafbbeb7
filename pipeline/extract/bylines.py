"""Who wrote an article: persons in ``authors``, agencies and newsrooms in ``author_organizations``.

Sources, most trusted first: the JSON-LD ``author`` of the article, the author meta tags, the byline on the page.
Each byline is split into names ("A, B and C", "A und B"), "By"-words, roles and places dropped; the words are
data in ``config/bylines.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from lxml.etree import _Element

from pipeline.extract.cjk_bylines import writer_names
from pipeline.extract.page import Page, containers, heading_text, json_text, squash, text_of, types_of
from pipeline.extract.visible_dates import dated_blocks
from pipeline.settings import PROJECT_ROOT

RULES_FILE = PROJECT_ROOT / "config" / "bylines.yaml"
AUTHOR_META = ("author", "article:author", "parsely-author", "dc.creator", "dcterms.creator", "sailthru.author",
               "byl", "cxenseparse:author", "twitter:creator:name")
BYLINE_CLASSES = ("byline", "author", "autor", "auteur", "firma", "signature", "writer")
MARK_ATTRIBUTES = ("class", "id", "data-testid", "data-component", "data-qa")
NOT_BYLINE = ("bio", "avatar", "image", "img", "photo", "date", "time", "social", "follow", "more", "box")
MAX_NAME_WORDS = 5
ORGANIZATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "governmentorganization"})
MAX_BYLINE_CHARS = 200


@dataclass(frozen=True)
class Rules:
    agencies: frozenset[str]
    organisation_words: frozenset[str]
    organisation_openers: frozenset[str]
    legal_forms: frozenset[str]
    byline_words: tuple[str, ...]
    conjunctions: tuple[str, ...]
    role_words: frozenset[str]
    particles: frozenset[str]
    interface_words: frozenset[str] = frozenset()
    credentials: frozenset[str] = frozenset()
    weekdays: frozenset[str] = frozenset()
    date_words: frozenset[str] = frozenset()
    profile_hosts: frozenset[str] = frozenset()
    cjk_titles: tuple[str, ...] = ()
    cjk_suffixes: tuple[str, ...] = ()
    publisher_words: frozenset[str] = frozenset()
    compound_organisation_words: tuple[str, ...] = ()
    generic_accounts: frozenset[str] = frozenset()

    @functools.cached_property
    def weekday(self) -> re.Pattern[str]:
        days = "|".join(re.escape(d) for d in sorted(self.weekdays | self.date_words, key=len, reverse=True))
        return re.compile(rf"\s+(?:{days})\b.*$", re.IGNORECASE) if days else re.compile(r"(?!x)x")

    def is_interface(self, part: str) -> bool:
        words = part.casefold().split()
        return bool(words) and all(w in self.interface_words for w in words)

    def without_credentials(self, part: str) -> str:
        words = part.split()
        while words and words[-1].casefold().strip(",") in self.credentials:
            words.pop()
        while words and words[0].casefold().strip(",") in self.credentials:
            words.pop(0)
        return " ".join(words)

    @functools.cached_property
    def opener(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in sorted(self.byline_words, key=len, reverse=True))
        return re.compile(rf"^(?:{words})(?:\s*:\s*|\s+)", re.IGNORECASE)

    @functools.cached_property
    def joiner(self) -> re.Pattern[str]:
        joins = "|".join(re.escape(w) for w in self.conjunctions)
        return re.compile(rf"(?:^|\s+)(?:{joins})\s+")  # at the start too: "A, B, and C", "A, com Lusa"

    @functools.cached_property
    def capital_joiner(self) -> re.Pattern[str]:
        """For a byline in capitals ("ANNA SCHMIDT AND JAN MEYER"): the same words in any case."""
        return re.compile(self.joiner.pattern, re.IGNORECASE)

    @functools.cached_property
    def agencies_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.agencies, key=len, reverse=True))

    def is_role(self, part: str) -> bool:
        return any(w.casefold().strip(".,()") in self.role_words for w in part.split())


DATE_OR_TIME = re.compile(r"\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\d{1,2}\.? \w+ \d{4}).*$")
INITIAL_END = re.compile(r"\s\w$")  # "... Muñoz C"
DOMAIN = re.compile(r"\w\.[a-z]{2,6}$")  # "tagesschau.de", "Globalnews.ca"
CREDIT_PARTS = re.compile(r"\s*[/,;]\s*|\s+(?:and|und|et|y|e|en|with|mit|avec|con|met)\s+")
PARTS = re.compile(r"\s*(?:[,;|·•/]|\s[-–—]\s)\s*")


def _key(name: str) -> str:
    """A name compared with site names: letters and digits only, a domain ending dropped ("Le Monde.fr")."""
    return re.sub(r"\W+", "", re.sub(r"\.[a-z]{2,6}$", "", name.casefold()))


def _fold(words: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in words)


@functools.cache
def rules(path: Path = RULES_FILE) -> Rules:
    """The byline rules, read once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Rules(
        agencies=_fold(data["agencies"]), organisation_words=_fold(data["organisation_words"]),
        organisation_openers=_fold(data["organisation_openers"]), legal_forms=_fold(data["legal_forms"]),
        byline_words=tuple(str(w) for w in data["byline_words"]), conjunctions=tuple(str(w) for w in data["conjunctions"]),
        role_words=_fold(data["role_words"]), particles=_fold(data["particles"]),
        interface_words=_fold(data.get("interface_words", ())), credentials=_fold(data.get("credentials", ())),
        weekdays=_fold(data.get("weekdays", ())),
        date_words=_fold(data.get("date_words", ())), profile_hosts=_fold(data.get("profile_hosts", ())),
        cjk_titles=tuple(data.get("cjk_titles", ())), cjk_suffixes=tuple(data.get("cjk_suffixes", ())),
        publisher_words=_fold(data.get("publisher_words", ())),
        compound_organisation_words=tuple(sorted(_fold(data.get("compound_organisation_words", ())))),
        generic_accounts=_fold(data.get("generic_accounts", ())),
    )


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    publisher: bool = False  # the page credits its publisher alone (no byline to look for elsewhere)

    def __add__(self, other: Byline) -> Byline:
        return Byline(_unique(self.authors + other.authors), _unique(self.organizations + other.organizations),
                      self.publisher or other.publisher)


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def is_organisation(name: str, r: Rules, sites: Iterable[str] = ()) -> bool:
    folded = name.casefold()
    if folded in r.agencies or _key(name) in {_key(s) for s in sites}:
        return True
    words = re.split(r"[\s-]+", folded)
    if words[-1] in r.organisation_words | r.legal_forms or words[0] in r.organisation_openers or DOMAIN.search(folded):
        return True
    if len(words) > 1 and words[-1].endswith(r.compound_organisation_words):
        return True  # "Deutscher Caritasverband", "Bundesministerium", as the last of several words
    return " " not in name and name.isupper() and name.isalpha() and 2 <= len(name) <= 6  # "APA", "ORF"


def is_publisher(name: str, r: Rules, sites: Iterable[str]) -> bool:
    """The site itself: one of its names, alone or with a legal form or a publishing house's word ("Süddeutsche.de
    GmbH", "Baltimore Sun Media"); an agency is a credit even on its own site."""
    if name.casefold() in r.agencies:
        return False
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in r.legal_forms | r.publisher_words:
        words.pop()
    name = " ".join(words)
    return bool(_key(name)) and _key(name) in {_key(s) for s in sites}


def _is_name(part: str, r: Rules, single: bool = False) -> bool:
    """Capitalised words (name particles aside), two to five of them; one only where ``single`` allows it (a
    JSON-LD Person): a lone word in a byline is more often a place or a desk ("EFE | Madrid")."""
    words = part.split()
    if not words or len(words) > MAX_NAME_WORDS or (len(words) < 2 and not single):
        return False
    if any(ch.isdigit() or ch in "@:#" for ch in part) or any(DOMAIN.search(w.casefold()) for w in words):
        return False  # a handle, a date, or a site's domain ("GloboEsporte.com São Paulo")
    if r.is_role(part) or r.is_interface(part):
        return False
    if not part.isupper() and any(len(w) >= 3 and w.isupper() and w.isalpha() for w in words):
        return False  # an acronym in a mixed-case part ("ACLU Speech") is an organisation's name
    return all(w[0].isupper() or w.casefold() in r.particles for w in words) and words[0][0].isupper()


def _agency_suffix(part: str, r: Rules) -> tuple[str, str | None]:
    """A name and the agency written after it without a separator ("Colleen Long Associated Press")."""
    folded = part.casefold()
    for agency in r.agencies_longest_first:
        if folded.endswith(" " + agency) and len(part) > len(agency) + 1:
            head = part[: -len(agency)].rstrip()
            if len(head.split()) >= 2:
                return head, part[-len(agency):]
    return part, None


def _cased(name: str) -> str:
    """A name written all in capitals ("ANNA SCHMIDT") as a name is written; any other as it is."""
    words = name.split()
    if len(words) > 1 and all(w.isupper() and len(w) > 1 for w in words):
        return " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
                        for w in words)
    return name


def _strip_openers(text: str, r: Rules) -> str:
    """``text`` without its "By"-words; a short one ("Di", "Con") only before a full name ("Con Coughlin" stays)."""
    while (match := r.opener.match(text)) is not None:
        rest = text[match.end():].lstrip(" :,.-–—|").rstrip(" :,-–—|")  # a closing full stop may end an initial
        short = len(match.group(0).strip(" :")) <= 3
        if not rest or (short and len(rest.split()) < 2 and not is_organisation(rest, r)):
            break
        text = rest
    return text


MONTH_DAY = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
                       r"\s+\d{1,2}\b.*$")
BY = re.compile(r"(?i:by|von|par|por|door|przez)\s+(?=[A-ZÀ-Þ])")  # the "By" that opens a credit
NICKNAME = re.compile(r"\b([A-ZÀ-Þ][\w'-]+)\s+\([^()]{1,30}\)\s+(?=[A-ZÀ-Þ])")


def _credited(parts: list[str], r: Rules) -> list[str]:
    """The parts naming who wrote it: a role ends a person's credit, what follows it is their affiliation
    ("Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project"), unless it
    is an agency or another "By"-line."""
    kept: list[str] = []
    after_role = False
    for i, part in enumerate(parts):
        if i + 1 < len(parts) and BY.match(parts[i + 1].strip()) and not r.opener.match(part.strip()):
            continue  # a section label before the "By" ("Tech Industry, by Steven Musil")
        if r.is_role(part):
            after_role = True
        elif not after_role or part.strip().casefold() in r.agencies or r.opener.match(part.strip()):
            kept.append(part)
            after_role = False
    return kept


def _after_opener(part: str, r: Rules) -> str:
    """A section label before the "by" ("Tech Industry by Steven Musil"): only the name after it; a "by"-word
    that is a name particle between two single words is part of a name ("Justus von Daniels")."""
    match = re.search(r"\s" + BY.pattern, part)
    if match is None:
        return part
    head, tail = part[: match.start()].split(), part[match.end():].split()
    if match.group(0).split()[0].casefold() in r.particles and len(head) == 1 and len(tail) == 1:
        return part
    return part[match.end():]


def split_byline(text: str, r: Rules | None = None, sites: Iterable[str] = (), person: bool = False) -> Byline:
    """Persons and organisations named in one byline ("Von Anna Schmidt und Jan Meyer, dpa"); ``person``: the
    source says it names a person, so a single word counts as a name."""
    r = r or rules()
    sites = tuple(sites)
    text = NICKNAME.sub(r"\1 ", _strip_openers(squash(text), r))  # "Richard (R.J.) Eskow"
    text = MONTH_DAY.sub("", r.weekday.sub("", text))
    inner = re.findall(r"\(([^)]*)\)", text)
    joiner = r.capital_joiner if text.isupper() else r.joiner
    parts = [name for part in _credited(PARTS.split(re.sub(r"\([^)]*\)", ",", text)), r) + inner
             for name in joiner.split(part)]
    persons: list[str] = []
    orgs: list[str] = []
    own = {_key(site) for site in sites}
    for raw in parts:
        undated = DATE_OR_TIME.sub("", raw)
        part = _strip_openers(undated.strip(" .,;:-–—|*"), r)
        if INITIAL_END.search(part) and undated.rstrip(" ,;:-–—|*").endswith(part + "."):
            part += "."  # a name ending in an initial keeps its full stop ("Juan Carlos Muñoz C.")
        part = r.without_credentials(_after_opener(part, r))
        if not part or "@" in part or re.search(r"\d{3}", part) or part.casefold() in r.profile_hosts:
            continue  # a contact line ("206-652-6593 or name@paper.com") or a social profile
        part, agency = _agency_suffix(part, r)
        if agency:
            orgs.append(agency)
        if not part:
            continue
        if persons and _key(part) in own and part.casefold() not in r.agencies:
            continue  # the site's own name after its writer ("By Eric Bradner, CNN"): an affiliation, no credit
        if is_organisation(part, r, sites):
            orgs.append(part)
        elif _is_name(part, r, single=person):
            persons.append(_cased(part))
    return Byline(_unique(persons), _unique(orgs))


def _jsonld_names(value: Any, page: Page) -> list[tuple[str, str | None]]:
    """(name, "person"/"organization"/None as typed) of a JSON-LD author value: a string, an object (or a
    reference to one on the page) or a list of them."""
    value = page.resolve(value)
    if isinstance(value, str):
        return [(value, None)]
    if isinstance(value, list):
        return [n for item in value for n in _jsonld_names(item, page)]
    if not isinstance(value, dict):
        return []
    kinds = types_of(value)
    kind = "organization" if kinds & ORGANIZATION_TYPES else "person" if "person" in kinds else None
    names = value.get("name")
    return [(str(n), kind) for n in (names if isinstance(names, list) else [names]) if isinstance(n, str)]


def from_jsonld(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    found = Byline()
    for article in page.articles()[:1]:
        for name, kind in _jsonld_names(article.get("author"), page):
            if kind == "organization" and json_text(name):
                found += Byline((), (json_text(name),))
            else:
                found += split_byline(json_text(name), r, sites, person=kind == "person")
    return found


def from_meta(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    found = Byline()
    for key in AUTHOR_META:
        for value in page.meta.get(key, ()):
            if not value.startswith(("http://", "https://", "@")) and not is_publisher(value, r, sites):
                found += split_byline(value, r, sites)
        if found.authors:
            break
    return found


def _byline_texts(tree: _Element) -> list[tuple[str, str]]:
    return [(text, parted) for _, text, parted in _byline_elements(tree)]


def _byline_elements(tree: _Element) -> list[tuple[_Element, str, str]]:
    """Elements marked as author (their ``itemprop=name`` parts if any) or as a byline, with their text as read
    (child elements spaced) and with child elements as separate parts ("Faisal Islam, Economics editor" from
    ``<span>Faisal Islam</span><span>Economics editor</span>``); none from page chrome, comments or lists of
    other stories."""
    found = []
    for el in tree.xpath("//*[@itemprop='author'] | //*[@rel='author']"):
        if not _chrome(el):
            names = el.xpath(".//*[@itemprop='name']")
            text = ", ".join(text_of(n) for n in names) if names else el.get("content") or heading_text(el, _unread)
            found.append((el, text, text))
    for el in tree.iter("*"):
        marks = " ".join(el.get(a) or "" for a in MARK_ATTRIBUTES).casefold()
        if any(c in marks for c in BYLINE_CLASSES) and not any(n in marks for n in NOT_BYLINE) and not _chrome(el):
            found.append((el, el.get("content") or heading_text(el, _unshown), _parted(el)))
    return found


def _parted(el: _Element) -> str:
    parts = [el.text or ""] + [f"{heading_text(child, _unshown)}, {child.tail or ''}" for child in el
                               if isinstance(child.tag, str) and not _unshown(child)]
    return ", ".join(squash(p) for p in parts if squash(p))


SCREEN_READER = re.compile(r"(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden|screenreader)(?:\s|$)")


def _unread(el: _Element) -> bool:
    """A label for screen readers only ("<span class=screen-reader-text>Author</span>Andreas Kalt")."""
    return isinstance(el.tag, str) and SCREEN_READER.search((el.get("class") or "").casefold()) is not None


def _unshown(el: _Element) -> bool:
    return _place(el) or _unread(el)


PLACE = re.compile(r"(?:^|\s)(?:adr|locality|location|dateline|place|city)(?:\s|$)")


def _place(el: _Element) -> bool:
    """A part of a byline marked as the writer's place (hCard ``adr``/``locality``, "dateline"): not a name."""
    return isinstance(el.tag, str) and PLACE.search((el.get("class") or "").casefold()) is not None


# a container of comments or of other stories (class/id words): bylines there are not the article's
ELSEWHERE = re.compile(r"(?:^|[-_])(?:comments?|commentlist|respond|replies|related|recommended|recommendations|"
                       r"popular|trending|most-?read|sidebar|widget|teasers?|promo|outbrain|taboola)(?:[-_]|$)")
NEAR = 4  # levels up to the nearest common container: bylines of one article sit together


def _chrome(el: _Element) -> bool:
    if el.xpath("ancestor::footer|ancestor::nav|ancestor::aside"):
        return True
    for up in containers(el):
        words = " ".join(up.get(a) or "" for a in ("class", "id")).casefold().split()
        if any(ELSEWHERE.search(w) for w in words):
            return True
    return False


def _chrome_or_own(el: _Element) -> bool:
    """In page chrome, or itself a container of comments or other stories."""
    words = " ".join(el.get(a) or "" for a in ("class", "id")).casefold().split()
    return any(ELSEWHERE.search(w) for w in words) or _chrome(el)


def _near(first: _Element, other: _Element) -> bool:
    """``other`` sits within a few levels of ``first`` (one byline block), not in another story's teaser."""
    ups = [first, *list(first.iterancestors())[:NEAR]]
    return any(up in ups for up in [other, *list(other.iterancestors())[:NEAR]])


def from_page(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """The article's byline: the first marked element that names a person, and those beside it."""
    if page.tree is None:
        return Byline()
    found = Byline()
    anchor: _Element | None = None
    for el, text, parted in _byline_elements(page.tree)[:12]:
        if not text or len(text) > MAX_BYLINE_CHARS or (anchor is not None and not _near(anchor, el)):
            continue
        whole = split_byline(text, r, sites)
        byline = _emphasised(el, text, whole if whole.authors else split_byline(parted, r, sites), r, sites)
        if byline.authors and anchor is None:
            anchor = el
        found += byline
    if not found.authors:
        for text in _opened_lines(page.tree, r)[:3]:
            found += split_byline(text, r, sites)
    if not found.authors:  # a block of lines ending in the date and time: "Name<br/>Outlet<br/>Thu, 14 May 2020 17:55"
        for el in dated_blocks(page.tree)[:2]:
            if len(text := _parted(el)) <= MAX_BYLINE_CHARS:
                found += split_byline(text, r, sites)
    if not found.authors:  # Chinese, Japanese, Korean: a title and a name ("編集委員　中沢克二")
        found += Byline(writer_names(page.tree, r.cjk_titles, r.cjk_suffixes, skip=_chrome_or_own))
    return found


EMPHASIS = ("strong", "b", "a", "em")


def _emphasised(el: _Element, text: str, byline: Byline, r: Rules, sites: Iterable[str]) -> Byline:
    """In a byline of parts set apart by bars, with the writers' names set in bold or linked ("<strong>Patricio
    Candia</strong> | Palma de Mallorca | 08/01/2014"), the plain parts are a place or a desk, not writers."""
    if "|" not in text or len(byline.authors) < 2:
        return byline
    marked = {_key(a) for child in el.iter(*EMPHASIS) if child is not el
              for a in split_byline(heading_text(child), r, sites).authors}
    kept = tuple(a for a in byline.authors if _key(a) in marked)
    return Byline(kept, byline.organizations) if kept else byline


SIGN_OFF = " -–—"  # a byline signed at the end of the text ("-- By Michael Russell")
FOLLOW = re.compile(r"\s+(?i:follow|share|tweet|subscribe|e-?mail)\b.*$")  # "Michael Russell Follow @tdmrussell"


def _shown_text(el: _Element) -> str:
    """An element's text without the scripts and styles inside it."""
    return squash(" ".join(el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")))



def _opened_lines(tree: _Element, r: Rules) -> list[str]:
    """Short paragraphs that open with a "By"-word ("Von Anna Schmidt")."""
    lines = []
    for el in tree.iter("p", "span", "div", "address", "strong", "em", "b"):
        if not r.opener.match((el.text or "").lstrip(SIGN_OFF)):
            continue  # the "By"-word is the element's own first text: only those are read whole
        text = FOLLOW.sub("", _shown_text(el)).lstrip(SIGN_OFF)
        if 4 < len(text) <= 120 and r.opener.match(text) and re.search(r"\s[A-ZÀ-Þ]", text):
            lines.append(text)
    return lines


def authors(page: Page, sites: Iterable[str] = (), r: Rules | None = None) -> Byline:
    """Persons from the most trusted source that names any; organisations from every source up to it, and from
    a byline on the page that names one of those persons ("Anna Schmidt/dpa")."""
    r = r or rules()
    sites = tuple(sites)
    found = Byline()
    for source in (from_jsonld, from_meta, from_page, _one_name, _handle):
        found += source(page, r, sites)
        if found.authors:
            found = _unprefixed(found + _agencies_beside(found.authors, page, r, sites) + credit_lines(page, r))
            return _not_the_publisher(found, r, sites)
    return _not_the_publisher(found + credit_lines(page, r), r, sites)


def _one_name(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """A writer known by one name ("Par Elba"): a single word is a name when the author tag and the page's
    author link both give it (alone, a single word in a byline is more often a place or a desk)."""
    if page.tree is None:
        return Byline()
    tagged = {v.casefold(): v for key in AUTHOR_META for v in page.meta.get(key, ())}
    linked = {text_of(el).casefold() for el in page.tree.xpath("//*[@rel='author'] | //*[@itemprop='author']")
              if not _chrome(el)}
    names = [v for k, v in tagged.items() if k in linked and _is_name(v, r, single=True)
             and not is_organisation(v, r, sites) and len(v.split()) == 1]
    return Byline(tuple(names[:1]))


HANDLE = re.compile(r"\w[\w.-]{1,29}")  # one word: an account's name ("eseppelt", "karstenruppert")


def _handle(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """A writer shown by an account name, which no letter case tells from a word: the author link's text when it
    is the link's ``/author/<name>`` itself, or a byline that gives what the author tag gives; never a generic
    account ("admin", "redaktion")."""
    if page.tree is None:
        return Byline()
    for el in page.tree.xpath("//a[@rel='author'] | //a[contains(@href, '/author/')]"):
        text = text_of(el)
        slug = (el.get("href") or "").rstrip("/").rsplit("/", 1)[-1]
        if _account(text, r, sites) and text.casefold() == slug.casefold() and not _chrome(el):
            return Byline((text,))
    tagged = {v.casefold() for key in AUTHOR_META for v in page.meta.get(key, ())}
    for _, text, _ in _byline_elements(page.tree)[:12]:
        opened = r.opener.match(text)
        shown = text[opened.end():].strip() if opened else text
        if _account(shown, r, sites) and shown.casefold() in tagged:
            return Byline((shown,))
    return Byline()


def _account(text: str, r: Rules, sites: Iterable[str]) -> bool:
    return bool(HANDLE.fullmatch(text)) and text.casefold() not in r.generic_accounts and not text.isdigit() \
        and not is_organisation(text, r, sites)


def _not_the_publisher(found: Byline, r: Rules, sites: tuple[str, ...]) -> Byline:
    """The site named as an author organisation (a JSON-LD ``author`` that is the publisher, "Süddeutsche.de
    GmbH" in the author tag) publishes the article; it is no credit."""
    kept = tuple(o for o in found.organizations if not is_publisher(o, r, sites))
    keys = [_key(o) for o in kept]  # "CNN.com" beside "CNN": one credit, the name without its domain
    unique = tuple(o for o, k in zip(kept, keys, strict=True) if not (DOMAIN.search(o.casefold()) and keys.count(k) > 1))
    return Byline(found.authors, unique, found.publisher or len(kept) < len(found.organizations))


def _unprefixed(found: Byline) -> Byline:
    """An organisation written after one of the persons without a separator ("Kelli Miller WebMD Health News")
    is the organisation alone."""
    orgs = []
    for org in found.organizations:
        for person in found.authors:
            if org.casefold().startswith(person.casefold() + " "):
                org = org[len(person):].strip()
        orgs.append(org)
    kept = [o for o in _unique(o for o in orgs if o)
            if not any(other.casefold().startswith(o.casefold() + " ") for other in orgs)]
    return Byline(found.authors, tuple(kept))  # "CNN" beside "CNN Wire": the same credit, shortened


def credit_lines(page: Page, r: Rules) -> Byline:
    """Agencies credited in a short line of their own in the article ("(dpa/AFP)", "Reuters", an editor's
    initials and the agency: "aja/PAP") or signing off its last words ("... 222 di Donald Trump. (ANSA).")."""
    if page.tree is None:
        return Byline()
    orgs: tuple[str, ...] = ()
    for el in page.tree.xpath("//article//p | //main//p | //*[@itemprop='articleBody']//p"):
        if _caption(el):
            continue  # "AFP/Getty" under a photo credits the picture, not the article
        whole = text_of(el)
        signed = AGENCY_SIGN_OFF.search(whole)
        text = whole.strip(" ()[].") if len(whole.strip(" ()[].")) <= 40 else signed.group(1) if signed else ""
        parts = [p for p in CREDIT_PARTS.split(text) if p]
        agencies = [p for p in parts if p.casefold() in r.agencies]
        if agencies and all(p in agencies or INITIALS.fullmatch(p) for p in parts):
            orgs += tuple(agencies)
    return Byline((), orgs)


AGENCY_SIGN_OFF = re.compile(r"[.!?»\"]\s*\(([^()]{2,40})\)\s*\.?\s*$")  # "... the last sentence. (ANSA)."
INITIALS = re.compile(r"[a-zà-ž]{2,4}")  # an editor's initials before the agency ("aja/PAP", "mst/dpa")

CAPTION = re.compile(r"caption|credit|image|photo|picture|gallery|media|figure")


def _caption(el: _Element) -> bool:
    if el.xpath("ancestor-or-self::figure|ancestor-or-self::figcaption"):
        return True
    return any(CAPTION.search(" ".join(up.get(a) or "" for a in ("class", "id")).casefold())
               for up in [el, *list(el.iterancestors())[:3]])


def _agencies_beside(persons: tuple[str, ...], page: Page, r: Rules, sites: tuple[str, ...]) -> Byline:
    if page.tree is None:
        return Byline()
    folded = [p.casefold() for p in persons]
    orgs: tuple[str, ...] = ()
    for text in [t for t, _ in _byline_texts(page.tree)[:12]] + _opened_lines(page.tree, r)[:3]:
        if len(text) <= MAX_BYLINE_CHARS and any(p in text.casefold() for p in folded):
            orgs += split_byline(text, r, sites).organizations
    return Byline((), orgs)
