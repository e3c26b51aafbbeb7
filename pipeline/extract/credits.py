"""A credit line read into names: persons in ``authors``, agencies and newsrooms in ``organizations``.

"A, B and C", "A und B" and "A/dpa" are split; "By"-words, roles, places and dates dropped; an organisation is told
from a person by its words (agencies, legal forms, house words). The words are data in ``config/bylines.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pipeline.exceptions import ConfigError
from pipeline.extract.page import squash
from pipeline.settings import PROJECT_ROOT

RULES_FILE = PROJECT_ROOT / "config" / "bylines.yaml"
MIN_NAME_WORDS = 2  # a full name: a single word in a byline is more often a place or a desk
MAX_NAME_WORDS = 5
MAX_BYLINE_CHARS = 200  # a byline or credit line is this short; a longer text is a paragraph


def _opening(words: Iterable[str]) -> re.Pattern[str]:
    """One of ``words`` opening a text, then a colon or a space ("Von ", "Autor: "); none given, nothing matches."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?:\s*:\s*|\s+)", re.IGNORECASE) if alternatives else re.compile(r"(?!x)x")


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
    editions: frozenset[str] = frozenset()
    compound_organisation_words: tuple[str, ...] = ()
    generic_accounts: frozenset[str] = frozenset()
    house_openers: tuple[str, ...] = ()
    attribution_openers: tuple[str, ...] = ()
    republished_openers: tuple[str, ...] = ()
    name_like_openers: frozenset[str] = frozenset()
    reader_words: frozenset[str] = frozenset()
    date_connectors: tuple[str, ...] = ()
    writing_labels: frozenset[str] = frozenset()

    @functools.cached_property
    def weekday(self) -> re.Pattern[str]:
        days = "|".join(re.escape(d) for d in sorted(self.weekdays | self.date_words, key=len, reverse=True))
        return re.compile(rf"\s+(?:{days})\b.*$", re.IGNORECASE) if days else re.compile(r"(?!x)x")

    @functools.cached_property
    def connector_end(self) -> re.Pattern[str]:
        """A word that joined a byline to the date cut from after it ("Posted by Anna Smith on", "Von Anna Schmidt
        am"), as written: in small letters, so a surname ("Minh Le") stays."""
        words = "|".join(re.escape(w) for w in self.date_connectors)
        return re.compile(rf"\s+(?:{words})$") if words else re.compile(r"(?!x)x")

    def undated(self, before: str, after: str) -> str:
        """``after`` (``before`` with a date cut from its end) less the word that joined it to that date."""
        return self.connector_end.sub("", after.rstrip()) if after != before else after

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
        return _opening(self.byline_words)

    @functools.cached_property
    def attribution(self) -> re.Pattern[str]:
        """The written-out "By"-words ("Posted by", "Geschrieben von"), which credit whoever follows them."""
        return _opening(self.attribution_openers)

    @functools.cached_property
    def opener_words(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in self.byline_words)

    @functools.cached_property
    def joiner(self) -> re.Pattern[str]:
        joins = "|".join(re.escape(w) for w in self.conjunctions)
        # at the start too: "A, B, and C", "A, com Lusa"; not the "&" of a legal form ("Verlag GmbH & Co. KG")
        return re.compile(rf"(?:^|\s+)(?:{joins})\s+{NOT_CO}")

    @functools.cached_property
    def capital_joiner(self) -> re.Pattern[str]:
        """For a byline in capitals ("ANNA SCHMIDT AND JAN MEYER"): the same words in any case."""
        return re.compile(self.joiner.pattern, re.IGNORECASE)

    @functools.cached_property
    def title_joiner(self) -> re.Pattern[str]:
        """For a byline with every word capitalised ("Glen Owen And Brendan Carlin"): the words of two letters or
        more in any case, and "&" or "+", between names (a capital "E" there is an initial, a first "Con" a first
        name)."""
        joins = "|".join(re.escape(w) for w in self.conjunctions if len(w) > 1 or not w.isalpha())
        return re.compile(rf"\s+(?:{joins})\s+{NOT_CO}", re.IGNORECASE)

    @functools.cached_property
    def agencies_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.agencies, key=len, reverse=True))

    def is_role(self, part: str) -> bool:
        return any(w.casefold().strip(".,()") in self.role_words for w in part.split())


NOT_CO = r"(?!Co\.?(?:\s|$))"  # "& Co." opens the rest of a company's legal form ("GmbH & Co. KG"), no second credit


DATE_OR_TIME = re.compile(r"\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\d{1,2}\.? (?:de )?\w+ (?:de )?\d{4}).*$")
SLASHED_DATE = re.compile(r"\b\d{1,4}/\d{1,2}/\d{1,4}\b")  # "06/05/2014", "2014/05/06"
INITIAL_END = re.compile(r"\s(?:\w|[JS]r)$")  # "... Muñoz C", "... Bacon Jr"
AT = re.compile(r"\w\s?[\[({]\s?at\s?[\])}]\s?\w", re.IGNORECASE)  # an address written to evade harvesters
WEB_ADDRESS = re.compile(r"(?i:https?://|\bw{3,}\.)[^\s()\[\],]+")  # "http://wwww.guineenews.org" in a writer's box
DOMAIN = re.compile(r"\w\.[a-z]{2,6}$")  # "tagesschau.de", "Globalnews.ca"
CREDIT_PARTS = re.compile(r"\s*[/,;]\s*|\s+(?:and|und|et|y|e|en|with|mit|avec|con|met)\s+")
SITE_PARTS = re.compile(r"\s+[-–—|]\s+")  # a site's name beside its description, as its title tags give it
PARTS = re.compile(r"\s*(?:[,;|·•/]|\s[-–—]\s)\s*")
BODY_APART = re.compile(r"[;|·•/]|\s[-–—]\s")  # what sets a body's name apart from other credits (not its commas)


def name_key(name: str) -> str:
    """A name compared with site names: letters and digits only, a domain ending and a "www." dropped ("Le
    Monde.fr", "www.diarioextra.com")."""
    return re.sub(r"\W+", "", re.sub(r"\.[a-z]{2,6}$", "", name.casefold().removeprefix("www.")))


def _fold(words: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in words)


REQUIRED = ("agencies", "organisation_words", "organisation_openers", "legal_forms", "byline_words", "conjunctions",
            "role_words", "particles")
OPTIONAL = ("interface_words", "credentials", "weekdays", "date_words", "profile_hosts", "cjk_titles", "cjk_suffixes",
            "publisher_words", "editions", "compound_organisation_words", "generic_accounts", "house_openers",
            "attribution_openers", "republished_openers", "name_like_openers", "reader_words", "date_connectors",
            "writing_labels")


def _checked(data: Any, path: Path) -> dict[str, list[Any]]:
    """The rules file's lists, or a ConfigError naming the key that is missing, unknown or not a list."""
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of word lists")
    for key in data:
        if key not in REQUIRED + OPTIONAL:
            raise ConfigError(f"{path}: unknown key {key!r}")
        if not isinstance(data[key], list):
            raise ConfigError(f"{path}: {key} must be a list")
    if missing := [key for key in REQUIRED if key not in data]:
        raise ConfigError(f"{path}: missing {', '.join(missing)}")
    return data


@functools.cache
def rules(path: Path = RULES_FILE) -> Rules:
    """The byline rules, read once."""
    data = _checked(yaml.safe_load(path.read_text(encoding="utf-8")), path)
    return Rules(
        agencies=_fold(data["agencies"]), organisation_words=_fold(data["organisation_words"]),
        organisation_openers=_fold(data["organisation_openers"]),
 legal_forms=_fold(data["legal_forms"]),
        byline_words=tuple(str(w) for w in data["byline_words"]), conjunctions=tuple(str(w) for w in data["conjunctions"]),
        role_words=_fold(data["role_words"]), particles=_fold(data["particles"]),
        interface_words=_fold(data.get("interface_words", ())), credentials=_fold(data.get("credentials", ())),
        weekdays=_fold(data.get("weekdays", ())),
        date_words=_fold(data.get("date_words", ())), profile_hosts=_fold(data.get("profile_hosts", ())),
        cjk_titles=tuple(data.get("cjk_titles", ())), cjk_suffixes=tuple(data.get("cjk_suffixes", ())),
        publisher_words=_fold(data.get("publisher_words", ())), editions=_fold(data.get("editions", ())),
        compound_organisation_words=tuple(sorted(_fold(data.get("compound_organisation_words", ())))),
        generic_accounts=_fold(data.get("generic_accounts", ())),
        name_like_openers=_fold(data.get("name_like_openers", ())),
        reader_words=frozenset(str(w) for w in data.get("reader_words", ())),  # as written: "Sie", not "SIE"
        house_openers=tuple(sorted(_fold(data.get("house_openers", ())), key=len, reverse=True)),
        attribution_openers=tuple(str(w) for w in data.get("attribution_openers", ())),
        republished_openers=tuple(str(w) for w in data.get("republished_openers", ())),
        date_connectors=tuple(str(w) for w in data.get("date_connectors", ())),  # as written: "on", not "On"
        writing_labels=_fold(data.get("writing_labels", ())),
    )


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    publisher: bool = False  # the page credits its publisher alone (no byline to look for elsewhere)

    def __add__(self, other: Byline) -> Byline:
        return Byline(unique(self.authors + other.authors), unique(self.organizations + other.organizations),
                      self.publisher or other.publisher)


def unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def is_organisation(name: str, r: Rules, sites: Iterable[str] = ()) -> bool:
    folded = name.casefold()
    keys = {name_key(s) for s in sites}
    if folded in r.agencies or name_key(name) in keys:
        return True
    if keys and name_key(" ".join(_without_legal_form(name.split(), r))) in keys:
        return True  # the site under its legal form or as its national edition ("Houzz Deutschland" on houzz.de)
    words = re.split(r"[\s-]+", folded)
    if words[-1] in r.organisation_words | r.legal_forms or words[0] in r.organisation_openers or DOMAIN.search(folded):
        return True
    if _house(folded, r):
        return True  # "Casa Editorial El Tiempo", "Grupo Clarín"
    if len(words) > 1 and (words[-1].endswith(r.compound_organisation_words)
                           or words[0].endswith(r.compound_organisation_words)):
        return True  # "Deutscher Caritasverband", "Bundesverband WindEnergie": the body's word first or last
    return " " not in name and name.isupper() and name.isalpha() and 2 <= len(name) <= 6  # "APA", "ORF"


# the word joining a body's name to what it is for ("Ministry of Health", "Gesellschaft für Ernährung"), before a
# capitalised word (or an article and one)
BODY_LINK = re.compile(r"\s+(?:für|fuer|for|of|de|del|de la|des|du|di|della|dei|degli|voor|van|pour|para|per|do|da|"
                       r"dos)\s+(?=(?:(?:the|la|el|le|les|die|der|den|das)\s+)?[A-ZÀ-Þ])")
BODY_HEAD_WORDS = 4
MAX_BODY_WORDS = 12


def body_name(text: str, r: Rules) -> bool:
    """An organisation's name saying what it is for: a body's word ("Ministry", "…gesellschaft") ending the few
    capitalised words before the first joining word ("Ministry of Health and Social Care", "Deutsche Gesellschaft
    für Ernährung", "Department for Environment, Food and Rural Affairs"): one name, its "and" no second credit."""
    match = BODY_LINK.search(text)
    if match is None or len(text.split()) > MAX_BODY_WORDS or any(ch.isdigit() for ch in text):
        return False
    head = text[: match.start()]
    words = head.split()
    if not 1 <= len(words) <= BODY_HEAD_WORDS or not all(w[:1].isupper() for w in words) or PARTS.search(head):
        return False
    last = words[-1].casefold()
    return last in r.organisation_words or last.endswith(r.compound_organisation_words)


def is_publisher(name: str, r: Rules, sites: Iterable[str]) -> bool:
    """The site itself: one of its names, alone or with a legal form or a publishing house's word ("Süddeutsche.de
    GmbH", "Baltimore Sun Media"); an agency is a credit even on its own site."""
    if name.casefold() in r.agencies:
        return False
    house = _house(name.casefold(), r)
    words = _without_legal_form(name[len(house):].split() if house else name.split(), r)  # "Casa Editorial El Tiempo"
    named = {*sites, *(part for s in sites for part in SITE_PARTS.split(s) if part.strip())}  # "HSS - Hanns-Seidel-…"
    keys = {name_key(s) for s in named} | {name_key(" ".join(_without_legal_form(s.split(), r))) for s in named}
    parts = SITE_PARTS.split(" ".join(words))  # "خبرآنلاین - سایت خبرگزاری خبرآنلاین | Khabaronline News Agency"
    whole = name_key(" ".join(words))  # "Bundesverband WindEnergie" on wind-energie.de: the body the site is named for
    return any(name_key(part) and name_key(part) in keys for part in parts) \
        or any(len(key) >= SITE_KEY and whole.endswith(key) and len(whole) - len(key) >= SITE_KEY for key in keys) \
        or (len(words) >= INITIALLED and initials(words) in keys and is_organisation(name, r))


INITIALLED = 3  # a paper named by the site's initials ("Preußische Allgemeine Zeitung" on paz.de); two would match too much


def initials(words: list[str]) -> str:
    """The initials of a name's capitalised words, folded ("Preußische Allgemeine Zeitung": "paz"); "" when a word
    is not capitalised."""
    return "".join(w[0] for w in words).casefold() if words and all(w[:1].isupper() for w in words) else ""


def _without_legal_form(words: list[str], r: Rules) -> list[str]:
    """A name's words without the legal form, publishing word or edition that ends it ("Deutsches Rotes Kreuz e.V.",
    "Houzz Deutschland")."""
    while len(words) > 1 and words[-1].casefold() in r.legal_forms | r.publisher_words | r.editions:
        words = words[:-1]
    return words


# a site's name this long ending a body's name after a word as long ("Bundesverband WindEnergie", wind-energie.de)
# names that body; "The Washington Post" credited on a page whose publisher tag says "Washington Post" stays a credit
SITE_KEY = 6


def _house(folded: str, r: Rules) -> str:
    """The publishing house's word that opens ``folded`` before a further name ("casa editorial "), or ""."""
    return next((h for h in r.house_openers if folded.startswith(h + " ") and len(folded) > len(h) + 1), "")


def is_name(part: str, r: Rules, single: bool = False) -> bool:
    """Capitalised words (name particles aside), two to five of them; one only where ``single`` allows it (a
    JSON-LD Person): a lone word in a byline is more often a place or a desk ("EFE | Madrid")."""
    words = part.split()
    if not words or len(words) > MAX_NAME_WORDS or (len(words) < 2 and not single):
        return False
    if any(ch.isdigit() or ch in "@:#" for ch in part) or any(DOMAIN.search(w.casefold()) for w in words) \
            or words[0].casefold() == "www":
        return False  # a handle, a date, or a site's domain ("GloboEsporte.com São Paulo", "Www Diarioextra Com")
    if r.is_role(part) or r.is_interface(part):
        return False
    if not part.isupper() and any(len(w) >= 3 and w.isupper() and w.isalpha() for w in words) \
            and not _surname_in_capitals(words, r):
        return False  # an acronym in a mixed-case part ("ACLU Speech") is an organisation's name
    return all(_capital(w[0]) or w.casefold() in r.particles for w in words) and _capital(words[0][0]) \
        and words[-1].casefold() not in r.particles  # a name ends in a name, not "von" ("Material von")


def _surname_in_capitals(words: list[str], r: Rules) -> bool:
    """Given names, then the surname in capitals, as French and other papers write a name ("Patrick ANGEVIN",
    "Jean-Pierre DUPONT", "Charles de GAULLE"); an acronym comes first ("ACLU Speech"), and a name opens with no
    particle ("Do UOL": from UOL)."""
    first = next((i for i, w in enumerate(words) if w.isupper() and len(w) > 1), 0)
    return first >= 1 and words[0].casefold() not in r.particles \
        and all(w.replace("-", "").isalpha() for w in words) \
        and all(not w.isupper() and (w[0].isupper() or w in r.particles) for w in words[:first]) \
        and all(w.isupper() or w in r.particles for w in words[first:])


def _capital(ch: str) -> bool:
    """A capital letter, or a letter of a script without case (Devanagari, Arabic, Hebrew, Thai...); Chinese,
    Japanese and Korean names are read by their titles instead (``cjk_bylines``)."""
    return ch.isupper() or (ch.isalpha() and ch.lower() == ch.upper() and not CJK.match(ch))


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]")


ARTICLES = frozenset({"the"})  # an article before an agency's name belongs to it ("The Associated Press")


def _agency_suffix(part: str, r: Rules) -> tuple[str, str | None]:
    """A name and the agency written after it without a separator ("Colleen Long Associated Press")."""
    folded = part.casefold()
    for agency in r.agencies_longest_first:
        if folded.endswith(" " + agency) and len(part) > len(agency) + 1:
            head = part[: -len(agency)].rstrip()
            words = head.split()
            if len(words) >= 3 and words[-1].casefold() in ARTICLES:  # "Hillel Italie The Associated Press"
                return head[: -len(words[-1])].rstrip(), part[-len(agency) - len(words[-1]) - 1:]
            if len(words) >= 2:
                return head, part[-len(agency):]
    return part, None


# an article before an agency's name in a sentence ("Von Anna Schmidt und der dpa", "avec l'AFP", "con la Efe")
AGENCY_ARTICLE = re.compile(r"^(?i:der|die|den|dem|la|le|el|il|lo)\s+|^[lL][’']\s*")


def _agency_named(part: str, r: Rules) -> str:
    """An agency after the article a sentence gives it: its name alone."""
    rest = AGENCY_ARTICLE.sub("", part)
    return rest if rest != part and rest.casefold() in r.agencies else part


def _outlet(part: str, r: Rules) -> tuple[str, str | None]:
    """A writer's name without the outlet they wrote "for" ("Amitai Winehouse For Mailonline"), and the outlet
    if it is an agency (a credit; any other outlet is where they work)."""
    match = FOR_OUTLET.search(part)
    if match is None or len(part[: match.start()].split()) < 2:
        return part, None
    outlet = match["outlet"].strip()
    return part[: match.start()], outlet if outlet.casefold() in r.agencies else None


def _before_outlet(part: str, r: Rules, sites: tuple[str, ...]) -> tuple[str, str | None]:
    """A writer's name before a full stop and the outlet it writes for ("Wilmer Leon. Sputnik International"), and
    that outlet."""
    head, stop, tail = part.partition(". ")
    words = head.split()
    if stop and 2 <= len(words) <= MAX_NAME_WORDS and len(words[-1]) >= 2 and not INITIAL_END.search(head) \
            and len(tail.split()) <= MAX_NAME_WORDS and is_organisation(tail, r, sites) and is_name(head, r):
        return head, tail  # not a company's "GmbH & Co. KG"
    return part, None


def _cased(name: str, r: Rules) -> str:
    """A name written all in capitals ("ANNA SCHMIDT"), or with its surname in capitals ("Patrick ANGEVIN"), as a
    name is written; any other as it is."""
    words = name.split()
    if len(words) > 1 and (all(w.isupper() and len(w) > 1 for w in words) or _surname_in_capitals(words, r)):
        return " ".join(w if not w.isupper() else "-".join(p.capitalize() for p in w.split("-")) for w in words)
    return name


def strip_openers(text: str, r: Rules) -> str:
    """``text`` without its "By"-words; one that may open a name ("Di", "Con") only before a full name ("Con
    Coughlin" stays; "Von Max" is Max)."""
    while (match := r.opener.match(text)) is not None:
        rest = text[match.end():].lstrip(" :,.-–—|").rstrip(" :,-–—|")  # a closing full stop may end an initial
        short = match.group(0).strip(" :").casefold() in r.name_like_openers
        if not rest or (short and len(rest.split()) < 2 and not is_organisation(rest, r)):
            break
        text = rest
    return text


MONTH_DAY = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
                       r"\s+\d{1,2}\b.*$")
BY = re.compile(r"(?i:by|von|par|por|door|przez)\s+(?=[A-ZÀ-Þ])")  # the "By" that opens a credit
# "Ein Interview von Eugen Zentner mit Sonja Silberhorn": the one after "mit" is who was interviewed, no writer
INTERVIEW_WITH = re.compile(r"^(?P<credit>(?:(?:ein|das)\s+)?interview\s+(?:von|by|de|di)\s+.+?)"
                            r"\s+(?:mit|with|avec|con)\s.*$", re.IGNORECASE)
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
        if not kept and not after_role and (named := _after_role(part, r)):
            kept.append(named)  # opening the byline, "Korrespondent Max Meyer", "SPIEGEL-Korrespondentin Anna …"
            after_role = False
        elif r.is_role(part):
            after_role = True
            kept += _agency_of_role(part, r)  # "AP National Writer": the agency's copy
        elif not after_role or part.strip().casefold() in r.agencies or r.opener.match(part.strip()):
            kept.append(part)
            after_role = False
    return kept


MAX_CREDIT_WORDS = 10  # an organisation's name, even written out ("Bayerische Landesanstalt für Wald und …")


def _prose(part: str, r: Rules) -> bool:
    """A sentence, not a name: too long for one, speaking to the reader ("you agree to our Terms of Service"), or
    an article written small before a small word ("an audio recording by the late Michael Dowd"; "the Associated
    Press" is a name)."""
    words = part.split()
    phrase = len(words) > 1 and words[0] in r.organisation_openers and words[0].islower() and words[1][:1].islower()
    return len(words) > MAX_CREDIT_WORDS or any(w.strip(".,;:!?") in r.reader_words for w in words) or phrase


def _after_role(part: str, r: Rules) -> str | None:
    """The name after the roles that open ``part`` ("Senior Writer Jane Doe", "FOCUS-Online-Experte Robin
    Tschöpe": a compound ending in a role), or None where no role opens it or no full name follows."""
    words = part.split()
    roles = 0
    while roles < len(words) and _role_word(words[roles], r):
        roles += 1
    name = words[roles:]
    if not roles or not MIN_NAME_WORDS <= len(name) <= MAX_NAME_WORDS or r.is_role(" ".join(name)):
        return None
    return " ".join(name) if all(_capital(w[0]) for w in name) else None


def _role_word(word: str, r: Rules) -> bool:
    return any(w.casefold().strip(".,()") in r.role_words for w in (word, word.rsplit("-", 1)[-1]))


def _agency_of_role(role: str, r: Rules) -> list[str]:
    """The agency a role names first ("AP National Writer", "Reuters correspondent"), as written."""
    folded = role.strip().casefold()
    for agency in r.agencies_longest_first:
        if folded.startswith(agency + " "):
            return [role.strip()[: len(agency)]]
    return []


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


def _once(part: str) -> str:
    """A name written twice in a row ("Kristen Falc'hon Kristen Falc'hon": the link and its label), once."""
    words = part.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half >= 2 and len(words) == 2 * half and words[:half] == words[half:] else part


def _without_label(part: str, r: Rules) -> str:
    """A name without the label a writer's box sets after it ("Roberson Alphonse Auteur": ``<h5>`` name,
    ``<span>Auteur</span>``)."""
    words = part.split()
    if len(words) >= 3 and words[-1][:1].isupper() and words[-1].casefold() in r.opener_words:
        return " ".join(words[:-1])
    return part


def _masthead(part: str, written: list[str]) -> bool:
    """A paper's name set in capitals after names that are not ("Christal Hayes, Nicholas Wu | USA TODAY"); a
    byline giving every name in capitals ("AMANDA SEITZ and BEATRICE DUPUY") names persons."""
    return len(part.split()) > 1 and part.isupper() and any(not w.isupper() for w in written)


def _after_full_name(written: list[str]) -> bool:
    """A lone word after a writer's full name is the place they write from ("Markus M. Haefliger, London, Beat
    Bumbacher" in a JSON-LD Person), even where the source says it names persons."""
    return bool(written) and len(written[-1].split()) > 1


# a writer "for" an outlet ("Amitai Winehouse For Mailonline", "Anna Schmidt für die SZ"): the outlet is theirs
FOR_OUTLET = re.compile(r"\s+(?i:for|für|pour|para)\s+(?P<outlet>(?:[a-zà-þ]{2,3}\s+)?[A-ZÀ-Þ].*)$")


# a credit for the pictures in a byline ("Text von Christian Seiler Illustration von Markus Roost", "Von Anna Schmidt,
# Fotos von Jan Meyer"), or for the editing after another credit ("Reporting by John Smith; Editing by Jane Doe"): the
# photographer, illustrator or editor wrote nothing; not after "Text und" ("Text und Fotos: Anna Schmidt" credits one
# person for both). An editing credit alone ("Revised Edition Edited by Adrian Parr") is the one credit there is.
OTHER_WORK = re.compile(r"(?:(?<![\w&])(?P<role>(?i:fotos?|photos?|photography|photographs|bilder|illustrations?|"
                        r"zeichnungen?|grafik(?:en)?|graphics?|videos?|kamera|camera))"
                        r"|(?<=[;,|/])\s*(?i:editing|edited|editado(?: en \w+)?|redigiert|lektoriert))"
                        r"\s*(?i:von|by|par|por|:)\s+[^,;|/]*")
TEXT_AND = re.compile(r"(?i:text|texte|words)\s+(?i:und|and|&|et|y|e)\s*$")


def _without_other_work(text: str) -> str:
    kept, last = [], 0
    for credit in OTHER_WORK.finditer(text):
        if not TEXT_AND.search(text[:credit.start()]):
            kept.append(text[last:credit.start()] + ",")
            last = credit.end()
    return "".join(kept) + text[last:]


def split_byline(text: str, r: Rules | None = None, sites: Iterable[str] = (), person: bool = False) -> Byline:
    """Persons and organisations named in one byline ("Von Anna Schmidt und Jan Meyer, dpa"); ``person``: the
    source says it names a person, so a single word counts as a name."""
    r = r or rules()
    sites = tuple(sites)
    text = INTERVIEW_WITH.sub(r"\g<credit>", squash(text))  # the interviewer, not whom they spoke with
    text = NICKNAME.sub(r"\1 ", strip_openers(WEB_ADDRESS.sub(",", _without_other_work(text)), r))  # "R. (R.J.) E."
    text = SLASHED_DATE.sub(lambda m: m.group(0).replace("/", "."), text)  # one part: the slashes split no date
    text = r.undated(text, MONTH_DAY.sub("", r.weekday.sub("", text)))
    inner = re.findall(r"\(([^)]*)\)", text)
    joiner = r.capital_joiner if text.isupper() else r.title_joiner if text.istitle() else r.joiner
    if body_name(text, r) and not BODY_APART.search(text):
        return Byline((), (text.strip(" .,;:"),))  # "Department for Environment, Food and Rural Affairs": its commas
    parts = [name for part in _credited(PARTS.split(re.sub(r"\([^)]*\)", ",", text)), r) + inner
             for name in ([part] if body_name(part, r) else joiner.split(part))]
    persons: list[str] = []
    written: list[str] = []  # the persons' names as the byline writes them
    orgs: list[str] = []
    own = {name_key(site) for site in sites}
    placed = False
    for raw in parts:
        undated = r.undated(raw, DATE_OR_TIME.sub("", raw))
        part = strip_openers(undated.strip(" .,;:-–—|*"), r)
        if INITIAL_END.search(part) and undated.rstrip(" ,;:-–—|*").endswith(part + "."):
            part += "."  # a name ending in an initial keeps its full stop ("Juan Carlos Muñoz C.")
        part = _filed_in(_once(_without_label(r.without_credentials(_after_opener(_labelled(part, r), r)), r)), r)
        part = _agency_named(part, r)
        if not part or "@" in part or AT.search(part) or re.search(r"\d{3}", part) or part.casefold() in r.profile_hosts:
            continue  # a contact line ("206-652-6593 or name@paper.com", "name[at]site.net") or a social profile
        if part.casefold() in r.opener_words or part.casefold() in r.generic_accounts:
            continue  # "Veröffentlicht von" with the name in a link of its own; "By NEWSROOM", the site's desk
        if SPECIAL_TO.match(part):
            continue  # "By John Smith, Special to The Times": the paper they wrote for, no credit
        part, dotted = _before_outlet(part, r, sites)
        if dotted and name_key(dotted) not in own:
            orgs.append(dotted)  # "Anna Schmidt. dpa"; the site's own name after its writer is no credit
        body = body_name(part, r)  # read once: the outlet split and the organisation test both ask
        part, outlet = (part, None) if body else _outlet(part, r)
        part, agency = _agency_suffix(part, r)
        orgs += [o for o in (outlet, agency) if o]
        if not part:
            continue
        if persons and part.casefold() not in r.agencies and (name_key(part) in own or _masthead(part, written)):
            placed = True  # what follows the site's name is where they wrote: "By Nada Tawfik, BBC News, New York"
            continue  # the site's or a paper's name after its writers ("By Eric Bradner, CNN", "… | USA TODAY")
        if r.is_interface(part) or _prose(part, r):
            continue  # a label ("Sponsored Post") or a sentence to the reader ("Mit der Registrierung stimmen Sie …")
        organisation = body or (is_organisation(part, r, sites) and not (person and _pen_name(part, r, own)))
        if placed and not organisation:
            continue
        if organisation:
            orgs.append(part)
        elif re.split(r"[\s-]+", part)[-1].casefold() in r.generic_accounts:
            continue  # a desk under a name ("Revamp-It Webteam", "Campact-Team"): no person
        elif person and _pen_name(part, r, own):
            persons.append(part)
            written.append(part)
        elif is_name(part, r, single=person and not _after_full_name(written)):
            persons.append(_cased(part, r))
            written.append(part)
        elif person and (named := _lower_cased(part, r)):
            persons.append(named)  # a Person's name the site wrote in lower case ("Mobasir hassan")
            written.append(part)
    return Byline(unique(persons), unique(orgs))


LABEL = re.compile(r"^(?P<label>[A-ZÀ-Þ][\w-]*)\s*:\s*(?P<rest>[A-ZÀ-Þ].*)$")  # "Bericht: Anna Schmidt"


def _labelled(part: str, r: Rules) -> str:
    """A name after a label for the writing or its writer ("Bericht: Anna Schmidt", "Redakteur: Jan Meyer"): the
    name alone. Other labels ("Pressekontakt: Anna Schmidt") name no writer and stay."""
    found = LABEL.match(part)
    if found is None or found.group("label").casefold() not in r.writing_labels:
        return part
    return found.group("rest") if is_name(found.group("rest"), r) else part


SPECIAL_TO = re.compile(r"^(?i:special|exclusive)\s+(?i:to|for)\s")
FILED_IN = re.compile(r"^(?P<name>.+?)\s+in\s+[A-ZÀ-Þ].*$")  # "Nathan Tempey in News", "Anna Schmidt in Berlin"


def _filed_in(part: str, r: Rules) -> str:
    """A writer's name before the section or place the byline says they filed in ("by Nathan Tempey in News on
    Mar 9, 2017"): the name alone, where it is written as names are, each word capitalised and none a particle (a
    role reads on: "Projektleiterin der HSS in Tunesien")."""
    found = FILED_IN.match(part)
    if found is None:
        return part
    name = found.group("name")
    plain = all(w[:1].isupper() and not w.isupper() and w.casefold() not in r.particles for w in name.split())
    return name if plain and is_name(name, r) else part


PEN_ARTICLES = frozenset({"der", "die", "das"})  # "Der Spendenteddy", "der Michel": a blogger's pen name


def pen_name(part: str, r: Rules, sites: Iterable[str] = ()) -> bool:
    """A pen name of a German article and one capitalised word ("Der Spendenteddy", "der Michel"), where the page
    marks the credit a person's (a JSON-LD Person, the author's hCard): no paper, desk or body, and not the site."""
    return _pen_name(part, r, {name_key(site) for site in sites})


def _pen_name(part: str, r: Rules, own: set[str]) -> bool:
    words = part.split()
    return len(words) == 2 and words[0].casefold() in PEN_ARTICLES and words[1][:1].isupper() \
        and words[1].isalpha() and not is_organisation(words[1], r) and not body_name(part, r) \
        and part.casefold() not in r.agencies and name_key(part) not in own and name_key(words[1]) not in own \
        and words[1].casefold() not in r.generic_accounts and not r.is_role(words[1]) and not r.is_interface(part)


def _lower_cased(part: str, r: Rules) -> str | None:
    """A full name written in lower case, or with a lower-case surname ("giampiero maggio", "Mobasir hassan"), as
    a name is written; None for anything else (a role's words, one word, a particle at the end)."""
    words = part.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or not all(w.isalpha() for w in words) \
            or r.is_role(part) or r.is_interface(part) or words[-1].casefold() in r.particles:
        return None
    cased = " ".join(w if w.casefold() in r.particles else w[0].upper() + w[1:] for w in words)
    return cased if is_name(cased, r) else None
