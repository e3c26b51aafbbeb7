"""The clock of a page's times written without an offset: the zone another of its times states, else the offset
its UTC times and the clocks it shows for the same instants agree on, else the zone of its country domain, of the
country its host is the paper of ("jamaicaobserver.com"), of the region it declares with its language, of its
declared language, of the script its title is written in, or of the country its chrome names
(:mod:`.site_countries`).

A zone is guessed only where one clock serves (nearly) all readers of that domain, language or script, with one
exception: a page declaring the United States or Canada ("en-US"), or an English page on a generic domain
(``.com``, ``.org``) that declares no region and states no time in UTC, is read on US Eastern time. Of the
labelled English pages whose time had been read in UTC for want of a zone, three in four were American (Eastern or
Central time, which Eastern reads within the hour), one was labelled UTC. A declared English counts only where
the page's first lines read as English: a template's "en-US" over a Bengali page is no sign.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from itertools import islice
from zoneinfo import ZoneInfo

from lxml.etree import _Element

from pipeline.extract.page import Page, squash, url_parts
from pipeline.extract.site_countries import declared_region_zone, host_country_zone, named_country_zone

# the zone of a site's country domain, for times given without an offset
COUNTRY_ZONES = {
    "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris", "es": "Europe/Madrid",
    "it": "Europe/Rome", "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "lu": "Europe/Luxembourg",
    "pl": "Europe/Warsaw", "cz": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
    "uk": "Europe/London", "ie": "Europe/Dublin", "pt": "Europe/Lisbon", "dk": "Europe/Copenhagen",
    "se": "Europe/Stockholm", "no": "Europe/Oslo", "fi": "Europe/Helsinki", "gr": "Europe/Athens",
    "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "hr": "Europe/Zagreb", "si": "Europe/Ljubljana",
    "ee": "Europe/Tallinn", "lv": "Europe/Riga", "lt": "Europe/Vilnius", "ua": "Europe/Kyiv", "tr": "Europe/Istanbul",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "in": "Asia/Kolkata", "au": "Australia/Sydney", "nz": "Pacific/Auckland",
    "br": "America/Sao_Paulo", "ar": "America/Argentina/Buenos_Aires", "mx": "America/Mexico_City",
    "cn": "Asia/Shanghai", "tw": "Asia/Taipei", "hk": "Asia/Hong_Kong", "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh",
    # one clock for (nearly) the whole country; countries over several zones with no dominant one (us, ca) are left
    # out, and so are domains more often taken for their letters than their country (co, am, md, is, io, tv, fm)
    "hn": "America/Tegucigalpa", "gt": "America/Guatemala", "sv": "America/El_Salvador", "ni": "America/Managua",
    "cr": "America/Costa_Rica", "pa": "America/Panama", "pe": "America/Lima",
    "cl": "America/Santiago", "ve": "America/Caracas", "ec": "America/Guayaquil", "bo": "America/La_Paz",
    "py": "America/Asuncion", "uy": "America/Montevideo", "cu": "America/Havana", "do": "America/Santo_Domingo",
    "pr": "America/Puerto_Rico", "ru": "Europe/Moscow", "by": "Europe/Minsk", "rs": "Europe/Belgrade",
    "ba": "Europe/Sarajevo", "mk": "Europe/Skopje", "al": "Europe/Tirane",
    "il": "Asia/Jerusalem", "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar", "jo": "Asia/Amman",
    "lb": "Asia/Beirut", "eg": "Africa/Cairo", "ma": "Africa/Casablanca", "dz": "Africa/Algiers", "tn": "Africa/Tunis",
    "za": "Africa/Johannesburg", "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "gh": "Africa/Accra",
    "ph": "Asia/Manila", "id": "Asia/Jakarta", "my": "Asia/Kuala_Lumpur", "sg": "Asia/Singapore",
    "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "lk": "Asia/Colombo", "np": "Asia/Kathmandu", "ir": "Asia/Tehran",
    "ge": "Asia/Tbilisi", "az": "Asia/Baku", "kz": "Asia/Almaty",
}
# the zone of a page's language where (nearly) all its readers share one clock, for sites on a generic domain
LANGUAGE_ZONES = {"ja": "Asia/Tokyo", "ko": "Asia/Seoul", "th": "Asia/Bangkok", "zh": "Asia/Shanghai",
                  "vi": "Asia/Ho_Chi_Minh", "hi": "Asia/Kolkata", "fa": "Asia/Tehran", "he": "Asia/Jerusalem",
                  "hy": "Asia/Yerevan", "ka": "Asia/Tbilisi", "de": "Europe/Berlin", "pl": "Europe/Warsaw",
                  "cs": "Europe/Prague", "hu": "Europe/Budapest", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
                  "da": "Europe/Copenhagen", "sv": "Europe/Stockholm", "nb": "Europe/Oslo", "fi": "Europe/Helsinki",
                  "el": "Europe/Athens", "bg": "Europe/Sofia", "hr": "Europe/Zagreb", "sl": "Europe/Ljubljana",
                  "sk": "Europe/Bratislava", "lt": "Europe/Vilnius", "lv": "Europe/Riga", "et": "Europe/Tallinn",
                  "uk": "Europe/Kyiv", "tr": "Europe/Istanbul"}
# the zone of a script read in one country (or in neighbours within the hour), for pages that declare no language
SCRIPT_ZONES = ((re.compile(r"[\u0900-\u0dff]"), "Asia/Kolkata"),  # Devanagari to Malayalam
                (re.compile(r"[\u3040-\u30ff]"), "Asia/Tokyo"), (re.compile(r"[\uac00-\ud7a3]"), "Asia/Seoul"),
                (re.compile(r"[\u0e00-\u0e7f]"), "Asia/Bangkok"), (re.compile(r"[\u0590-\u05ff]"), "Asia/Jerusalem"),
                (re.compile(r"[\u10a0-\u10ff]"), "Asia/Tbilisi"), (re.compile(r"[\u0530-\u058f]"), "Asia/Yerevan"),
                # Han with no kana (checked before): Chinese, read on one clock (+08:00) from Beijing to Singapore
                (re.compile(r"[\u4e00-\u9fff]"), "Asia/Shanghai"))
# the United States or Canada declared with the language ("en-US", "fr_CA"): both span several zones, and their
# pages' times are read on the Eastern one, the clock of most of their national press (other regions add nothing
# the domain and the language do not tell)
REGION_ZONES = {"us": "America/New_York", "ca": "America/Toronto"}
# the commonest English words that are no words of other languages written in Latin letters
ENGLISH_WORDS = frozenset(("the", "and", "of", "to", "with", "that", "for", "from", "was", "is", "are", "this",
                           "by", "at", "have", "it"))
# the same for the single-clock languages a page may not declare: its text says which
TEXT_WORDS = {
    "de": frozenset(("der", "die", "das", "und", "ist", "nicht", "mit", "von", "für", "auf", "den", "dem", "sich",
                     "eine", "auch", "werden")),
    "it": frozenset(("il", "di", "che", "la", "per", "non", "una", "sono", "della", "con", "del", "gli", "nel",
                     "alla", "anche", "è")),
    "nl": frozenset(("het", "een", "van", "niet", "zijn", "voor", "met", "dat", "ook", "wordt", "bij", "naar", "maar",
                     "deze", "worden", "heeft")),
    "pl": frozenset(("nie", "się", "jest", "że", "do", "jak", "od", "po", "ale", "przez", "dla", "tak", "już", "oraz",
                     "czy", "jego")),
}
WORD = re.compile(r"[^\W\d_]+")
PARAGRAPHS = 5
SAMPLE = 3000  # characters of text read where the page has few paragraphs
# an English page that declares no region, on a domain of no country, and writes none of its times in UTC
ENGLISH_ZONE = "America/New_York"


def site_zone(page: Page, offsets: list[tzinfo], paired: tzinfo | None = None) -> tzinfo | None:
    """The zone of the page's times without an offset (``offsets``: those its other times state; ``paired``: the
    offset its UTC times and its own clocks show together, :func:`paired_offset`)."""
    if any(o is not UTC for o in offsets):
        return next(o for o in offsets if o is not UTC)
    if paired is not None:
        return paired
    host = url_parts(page.url).hostname or ""
    name = (COUNTRY_ZONES.get(host.rsplit(".", 1)[-1]) if "." in host else None) or host_country_zone(host)
    language, region = declared_language(page)
    if language == "en" and region in REGION_ZONES and not _reads_english(page):
        region = ""  # a template's "en-US" over a page in another language says nothing of the site's place
    name = name or REGION_ZONES.get(region) or declared_region_zone(language, region, COUNTRY_ZONES) \
        or LANGUAGE_ZONES.get(language) or _script_zone(page, language)
    if name is None and (not region or region == language):
        name = named_country_zone(page)
    if name is None and language in ("en", "") and not region and not offsets and _reads_english(page):
        name = ENGLISH_ZONE  # a page writing its times in UTC keeps to it
    if name is None and not language:
        name = next((LANGUAGE_ZONES[lang] for lang, words in TEXT_WORDS.items() if _reads(page, words)), None)
    return ZoneInfo(name) if name else None


# the offsets clocks keep: whole hours, and the half and three-quarter hours of a few zones (India, Nepal)
OFFSETS = tuple(timedelta(minutes=15 * n) for n in range(-12 * 4, 14 * 4 + 1) if n)
PAIRS_NEEDED = 2  # a pair agreeing to the second counts twice


def paired_offset(utc: Iterable[datetime], shown: Iterable[datetime]) -> tzinfo | None:
    """The offset of the page's clocks where its times given in UTC and those it shows without an offset are the
    same instants ("2023-11-09T05:30:59Z" in the tags, "2023-11-08 23:30:59" and "11:30 p.m." on the page: -06:00,
    the site's own clock, which a guess from its language or domain may miss): the one difference, a whole number
    of quarter hours, that two pairs of them (or one pair alike to the second) agree on; else None."""
    votes: Counter[timedelta] = Counter()  # a clock on the hour ("12:00") is as often a placeholder: no vote
    seconds: dict[datetime, set[int]] = {}  # the UTC times by their minute, with the seconds written
    for at in utc:
        seconds.setdefault(at.replace(second=0), set()).add(at.second)
    for clock in {c for c in shown if c.minute or c.second}:
        for offset in OFFSETS:  # each clock against each offset a zone keeps: linear in the page's times
            written = seconds.get(clock.replace(second=0) - offset)
            if written is not None:
                votes[offset] += PAIRS_NEEDED if clock.second and clock.second in written else 1
    agreed = [offset for offset, n in votes.items() if n >= PAIRS_NEEDED]
    return timezone(agreed[0]) if len(agreed) == 1 else None


def _reads_english(page: Page) -> bool:
    return _reads(page, ENGLISH_WORDS)


def _reads(page: Page, words: frozenset[str]) -> bool:
    """The page's opening words are in the language of ``words``: a few of its commonest words appear."""
    return len(words & _opening_words(page)) >= len(words) // 4


def _opening_words(page: Page) -> frozenset[str]:
    """The words of the page's title, description and first paragraphs (or, with no paragraphs, the opening of its
    text), lower case; read once per page (a page's stamps ask for its zone more than once)."""
    return page.once("opening_words", lambda: frozenset(WORD.findall(" ".join(_sample(page)).casefold())))


def _sample(page: Page) -> list[str]:
    if page.tree is None:
        return []
    sample = [page.tree.findtext(".//title") or "", page.first_meta("description", "og:description") or ""]
    sample += [p.text_content() for p in islice(page.tree.iterfind(".//p"), PARAGRAPHS)]
    if sum(map(len, sample)) < SAMPLE // 4:
        sample.append(_opening_text(page.tree))
    return sample


def _opening_text(tree: _Element) -> str:
    """The first ``SAMPLE`` characters or so of the page's text, scripts and styles left out."""
    pieces: list[str] = []
    size = 0
    for el in tree.iter():
        if size > SAMPLE:
            break
        if isinstance(el.tag, str):
            for piece in (el.text if el.tag not in ("script", "style") else None, el.tail):
                if piece and not piece.isspace():
                    pieces.append(piece)
                    size += len(piece)
    return " ".join(pieces)


def _script_zone(page: Page, language: str) -> str | None:
    """The zone of the script the page's ``<title>`` is written in, where one country (nearly) reads it."""
    if language or page.tree is None:
        return None
    title = squash(page.tree.findtext(".//title"))
    return next((zone for script, zone in SCRIPT_ZONES if script.search(title)), None)


def declared_language(page: Page) -> tuple[str, str]:
    """The language the page declares (``<html lang>``, else a content-language meta tag, else ``og:locale``) and
    its region, each lower case ("en", "gb"; "" where not declared)."""
    declared = (page.tree.get("lang") if page.tree is not None else None) or page.first_meta("content-language") \
        or page.first_meta("og:locale")
    parts = (declared or "").strip().casefold().replace("_", "-").split("-")
    region = next((part for part in parts[1:] if len(part) == 2 and part.isalpha()), "")
    return parts[0], region


# regions whose English writes the day first in a date with slashes ("06/05/2014": 6 May), and languages that write
# the year first ("2014/05/06", read as such without an order); every other language writes the day first
DAY_FIRST_ENGLISH = frozenset({"gb", "uk", "ie", "au", "nz", "in", "za", "sg", "ng", "ke", "gh", "pk", "my", "jm"})
YEAR_FIRST_LANGUAGES = frozenset({"zh", "ja", "ko", "hu", "lt", "fa", "mn"})


def slash_order(page: Page) -> str | None:
    """How the page's declared language orders a date with slashes: "mdy" for American English, "dmy" for English
    of a day-first region and for the languages that write the day first; None where the page declares no
    language, English of no region, or a language that writes the year first."""
    language, region = declared_language(page)
    if language == "en":
        return "mdy" if region == "us" else "dmy" if region in DAY_FIRST_ENGLISH else None
    return None if not language or language in YEAR_FIRST_LANGUAGES else "dmy"
