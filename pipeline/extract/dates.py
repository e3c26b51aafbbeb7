"""Publication and modification times read from a page, with time of day and zone where it says so.

Candidates come from JSON-LD, Open Graph ``article:*`` tags, other meta tags, ``<time datetime>`` in the article
header, the page's visible date line and, as a last resort, the URL. A value without an offset is taken in the
site's zone (:mod:`pipeline.extract.site_zones`) and, when that is not known, in UTC; :attr:`Stamp.zone` says
which. A time given in UTC is shown on the
site's clock when its zone is known (the same instant, the site's calendar day).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from typing import Literal

from dateutil import parser as dateutil_parser
from dateutil import tz as dateutil_tz
from lxml.etree import _Element

from pipeline.extract.day_clocks import day_clock
from pipeline.extract.own_link_dates import own_link_stamp
from pipeline.extract.page import Page, item_value, squash, url_parts
from pipeline.extract.regions import headline_ancestors, in_nav_bar, other_times
from pipeline.extract.site_zones import paired_offset, site_zone, slash_order
from pipeline.extract.split_stamps import split_stamp
from pipeline.extract.visible_dates import (
    ZONE_NAME,
    ZONE_NAMES,
    date_line,
    dateline,
    headline_stamp,
    labelled_date,
    shown_days,
    shown_time,
    stamp_in,
    stamp_lines,
    wire_dateline,
    writes_day,
    written_on,
)

Precision = Literal["day", "minute"]
Zone = Literal["given", "site", "utc"]
EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
GUESS = "trafilatura"  # the source of the extractor's own search of the page's text (htmldate), ranked as a date line
URL_STAMP_RANK = 5  # the URL's date and guesses from elsewhere rank from here on
DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))  # two defaults: a part the text lacks differs between them
LISTED = 2  # a tag or mark with more different values than this dates a list of other works
PUBLISHED_META = ("article:published_time", "og:article:published_time", "article:published", "datepublished",
                  "date", "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date",
                  "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
                  "dcterms.created", "sailthru.date", "citation_publication_date", "original-publish-date",
                  "article.published", "cxenseparse:recs:publishtime", "last-published", "article_date_original",
                  "og:article:time")  # TYPO3 news (tx_news) writes its publication time so
MODIFIED_META = ("article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
                 "dc.date.modified", "dcterms.modified", "last-modified", "article.updated", "lastmod",
                 "article_date_updated")
# tags defined as UTC: Parse.ly's publication date ("parsely-pub-date", ISO 8601 in UTC; some sites leave out the "Z")
UTC_META = frozenset({"parsely-pub-date"})
# an instant as milliseconds (or seconds) since 1970: no zone to get wrong, so above the other meta tags
EPOCH_META = ("epoch-publish-date", "publish-epoch", "article:published_time_epoch")
EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
# "-500": -05:00 written short; "2018-11-28CET11:59:00+0100": a template's zone name where the "T" goes
ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:(?:[T ]|[A-Z]{3,4}(?=\d))(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?"
                 r"\s*(Z|[+-]\d{2}(?::?\d{2})?|[+-]\d{3}|UTC|GMT)?$", re.IGNORECASE)
# "05.03.2026" and "05-03-2026" put the day first (the American month-first form writes slashes)
DAY_FIRST = re.compile(r"^\d{1,2}(?:\.|-\d{1,2}-\d{4})")
# microdata items whose dates are not the article's: media embedded in it, comments, reviews, products
FOREIGN_ITEMS = re.compile(r"VideoObject|ImageObject|AudioObject|MediaObject|Clip|Comment|Review|Product|Offer|Event",
                           re.IGNORECASE)
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")
@dataclass(frozen=True)
class Stamp:
    """One timestamp found on a page: the instant, how precise the page was and where its zone came from."""

    at: datetime
    precision: Precision
    zone: Zone
    source: str
    rank: int  # lower is more trustworthy: 0 JSON-LD, 1 article:* tags, 2 other meta, 3 <time>, 4 URL


@dataclass(frozen=True)
class Parsed:
    naive: datetime
    offset: tzinfo | None
    precision: Precision


def _zone_named(name: str | None, offset: int | None) -> tzinfo | None:
    """The zone a written date names ("EST", "+02:00", "UTC"); none for a name no one knows ("ZZ" from a broken
    template): the time is then read as the page's other times are, without the parser's warning."""
    if name in ZONE_NAMES:
        return ZONE_NAMES[name]
    if offset == 0:
        return dateutil_tz.UTC
    return dateutil_tz.tzoffset(name, offset) if offset else None


TWELVE_HOUR = re.compile(r"\d\s*[ap]\.?m\b\.?", re.IGNORECASE)  # "4:51 PM", "9:30am", "4:51 p.m."


def parse(value: str) -> Parsed | None:
    """A date or date-time string (ISO 8601, RFC 2822, or a common written form) before any zone is assumed."""
    text = squash(value)
    if not text:
        return None
    match = ISO.match(text)
    if match:
        return _from_iso(match)
    try:
        stamp = parsedate_to_datetime(text)
        # the e-mail parser knows US zones only, and reads "4:51 PM" as 04:51 (its "PM" an unknown zone)
        if (stamp.tzinfo is not None or not ZONE_NAME.search(text)) and not TWELVE_HOUR.search(text):
            return Parsed(stamp.replace(tzinfo=None), stamp.tzinfo, _precision(stamp))
    except (TypeError, ValueError, IndexError):
        pass
    try:
        dayfirst = bool(DAY_FIRST.match(text))
        stamp = dateutil_parser.parse(text, dayfirst=dayfirst, default=DEFAULTS[0], tzinfos=_zone_named)
        if _defaulted(stamp) and stamp.date() != dateutil_parser.parse(
                text, dayfirst=dayfirst, default=DEFAULTS[1], tzinfos=_zone_named).date():
            return None  # a month or a year ("2017/01"), no day: the parser would take one from its default
    except (ValueError, OverflowError):
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return Parsed(stamp.replace(tzinfo=None), stamp.tzinfo, _precision(stamp) if has_time else "day")


def _defaulted(stamp: datetime) -> bool:
    """Whether a part of the parsed date may be the first default's rather than the text's."""
    first = DEFAULTS[0]
    return stamp.day == first.day or stamp.month == first.month or stamp.year == first.year


def _from_iso(match: re.Match[str]) -> Parsed | None:
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        naive = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    offset: tzinfo | None = None
    if zone:
        offset = UTC if zone.upper() in ("Z", "UTC", "GMT") else _offset(zone)
    precision: Precision = "day" if hour is None else _precision(naive)
    return Parsed(naive, offset, precision)


def _offset(zone: str) -> tzinfo:
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    digits = digits.zfill(4) if len(digits) == 3 else digits
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _utc_offset(p: Parsed) -> timedelta | None:
    return p.naive.replace(tzinfo=p.offset).utcoffset()


def _precision(stamp: datetime) -> Precision:
    """A time of exactly midnight is what pages write for a date without a time."""
    return "day" if (stamp.hour, stamp.minute, stamp.second) == (0, 0, 0) else "minute"


def _stamp(p: Parsed, zone: tzinfo | None, source: str, rank: int) -> Stamp:
    if p.offset is not None:
        at = p.naive.replace(tzinfo=p.offset)
        if zone is not None and p.precision == "minute" and at.utcoffset() == timedelta(0):
            at = at.astimezone(zone)  # a time given in UTC, read on the site's own clock (same instant)
        return Stamp(at, p.precision, "given", source, rank)
    if p.precision == "day" and zone is None:  # noon UTC: the same calendar date in every zone from -11 to +11
        return Stamp(p.naive.replace(hour=12, tzinfo=UTC), "day", "utc", source, rank)
    return Stamp(p.naive.replace(tzinfo=zone or UTC), p.precision, "site" if zone else "utc", source, rank)


def _jsonld(page: Page, key: str) -> list[tuple[str, str, int]]:
    return [(str(obj[key]), f"jsonld:{key}", 0) for obj in page.articles()[:1] if isinstance(obj.get(key), str)]


def _metas(page: Page, names: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """Meta tags by name; a name with more than two different values dates a list (cited works, other
    articles), not the page, and is left out."""
    return [(_utc_if_naive(v) if n in UTC_META else v, f"meta:{n}", 1 if n.startswith(("article:", "og:")) else 2)
            for n in names if len(set(values := page.meta.get(n, ()))) <= LISTED for v in values]


def _parsely_page(page: Page) -> list[tuple[str, str, int]]:
    """The ``pub_date`` of Parse.ly's older tag, a JSON object (``<meta name="parsely-page" content='{"title": ...,
    "pub_date": "2016-11-18T22:01:30.000Z"}'>``), read as the other meta tags are."""
    found = []
    for raw in page.meta.get("parsely-page", ())[:1]:
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(date := record.get("pub_date"), str) and date.strip():
            found.append((_utc_if_naive(date.strip()), "meta:parsely-page", 2))
    return found


def _utc_if_naive(value: str) -> str:
    """A tag whose format is UTC by definition, written without the "Z"."""
    match = ISO.match(value)
    return value + "Z" if match is not None and match.group(4) is not None and match.group(7) is None else value


def _time_elements(page: Page, prop: str) -> list[tuple[str, str, int]]:
    """``<time datetime>`` in the article header (or marked with itemprop/pubdate), the first few of the page;
    none from asides, navigation or footers (related articles carry their own times)."""
    if page.tree is None:
        return []
    block = headline_ancestors(page.tree)
    marked = [v for el in page.tree.xpath(f"//*[@itemprop='{prop}']") if not _theirs(el, block) and not _foreign(el)
              if (v := item_value(el))]
    found = [(v, f"itemprop:{prop}", 2) for v in marked] if len(set(marked)) <= LISTED else []
    if prop == "datePublished":
        times = page.tree.xpath("//time[@datetime][not(ancestor::aside|ancestor::nav|ancestor::footer"
                                "|ancestor::blockquote)]")
        for el in [el for el in times if not _theirs(el, block) and not in_nav_bar(el) and not _shows_other_day(el)][:3]:
            near = el.xpath("ancestor::article|ancestor::header|ancestor::main") or el.get("pubdate") is not None
            found.append((el.get("datetime") or "", "time", 3 if near else 4))
    return found


SHOWN_DAY_SLACK = 1  # days a shown date may stand from its ``datetime``'s UTC date: the site's own clock


def _shows_other_day(el: _Element) -> bool:
    """A ``<time>`` whose text shows a whole date days away from its ``datetime`` ("<time
    datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>"): the markup stamps something else, such as
    the repost going online; the date shown is the reader's (and read as text)."""
    shown = stamp_in(squash(el.text_content()))
    value = parse(el.get("datetime") or "")
    if shown is None or value is None:
        return False
    return abs((date.fromisoformat(shown[:10]) - value.naive.date()).days) > SHOWN_DAY_SLACK


def _theirs(el: _Element, headline_block: frozenset[_Element] = frozenset()) -> bool:
    """Inside a container of others' times (a list of other articles, a comment thread), unless in the header that
    holds the page's headline: a site may name its content column "sidebar" ("<div id="sidebar"> … <header
    class="entry-header"><h1>…</h1> … <time>")."""
    return other_times(el, headline_block) and not el.xpath("ancestor::header[.//h1]")


def _foreign(el: _Element) -> bool:
    """A microdata property of an item that is not the article (an embedded video, a comment, a product)."""
    scope = el.xpath("ancestor::*[@itemscope][1]/@itemtype")
    return bool(scope) and FOREIGN_ITEMS.search(str(scope[0])) is not None


def _foreign_values(page: Page, prop: str) -> set[str]:
    """The values of ``prop`` that belong to such an item: a meta tag read by name is one of them."""
    if page.tree is None:
        return set()
    return {v for el in page.tree.xpath(f"//*[@itemprop='{prop}']") if _foreign(el)
            if (v := squash(item_value(el)))}


def _epochs(page: Page) -> list[tuple[str, str, int]]:
    """Epoch meta tags as UTC times (milliseconds or seconds since 1970)."""
    found = []
    for name in EPOCH_META:
        for value in page.meta.get(name, ()):
            if EPOCH.match(value):
                seconds = int(value) / (1000 if len(value) == 13 else 1)
                found.append((datetime.fromtimestamp(seconds, UTC).isoformat(), f"meta:{name}", 1))
    return found


def _url_date(page: Page) -> list[tuple[str, str, int]]:
    match = URL_DATE.search(url_parts(page.url).path)
    return [("-".join(match.groups()), "url", URL_STAMP_RANK)] if match else []


def stamps(raw: list[tuple[str, str, int]], zone: tzinfo | None) -> list[Stamp]:
    """Parsed stamps from 1995 on, those without an offset read on ``zone`` (:func:`page_zone`), most trustworthy
    first; an earlier one only where the page shows its reader the same day another way (:func:`_archived`)."""
    parsed = _not_mislabelled([(p, source, rank) for value, source, rank in raw if (p := parse(value)) is not None])
    out = [_stamp(p, zone, source, rank) for p, source, rank in parsed]
    return sorted((s for s in out if s.at >= EARLIEST or _archived(s, out)), key=lambda s: s.rank)


SHOWN_SOURCES = ("url", "text", "text-line", "split-line", "dateline")  # what a reader sees: the address, the date line


def _archived(early: Stamp, found: list[Stamp]) -> bool:
    """A day before 1995 that two different sources give, one of them shown to the reader (a digitised archive's
    "Published: May 26, 1977" under the headline of ``/1977/05/26/…``): the article's, not a template's default."""
    return any(other.source != early.source and other.at.date() == early.at.date()
               and (other.source in SHOWN_SOURCES or early.source in SHOWN_SOURCES) for other in found)


def page_zone(page: Page, values: list[str]) -> tzinfo | None:
    """The clock of the page's times written without an offset (``values``: all its date values), read once per
    page: the offsets its times state, the offset its UTC times and its shown clocks agree on, else a guess."""
    clocks = [p for v in values if (p := parse(v)) is not None and p.precision == "minute"]
    offsets = [p.offset for p in clocks if p.offset is not None]
    paired = paired_offset([p.naive for p in clocks if p.offset is not None and not _utc_offset(p)],
                           [p.naive for p in clocks if p.offset is None])
    return site_zone(page, offsets, paired)


AGREE = timedelta(minutes=1)
ARTICLE_TAG_RANK = 1  # JSON-LD and the article:* meta tags, the article's own structured stamps
TIME_ELEMENT_RANK = 3  # structured data and <time> elements; text finds and other tools' guesses rank below


def _not_mislabelled(parsed: list[tuple[Parsed, str, int]]) -> list[tuple[Parsed, str, int]]:
    """A time written with an offset whose clock is the UTC clock of an instant two other zoned times agree on
    ("17:10-07:00" beside "17:10Z" and "10:10-07:00": software that wrote UTC and appended the local offset), or
    written as UTC with the clock two other times give with their local offset ("15:40+00:00" beside two
    "15:40+02:00": the local clock marked UTC), or whose clock read as UTC is the local clock two other sources
    show without an offset ("06:34+03:00" beside two "09:34"), or a morning clock twelve hours before another of
    the page's own stamps (:func:`_half_day`): passed over for them."""
    # the page's own zoned times, each with where it was written and how: one tag written twice alike is one
    # witness; the same tag giving the instant in two forms ("14:46:12-04:00", "18:46:12+00:00") is two
    zoned = [(p.naive.replace(tzinfo=p.offset), (source, p.naive, p.offset)) for p, source, rank in parsed
             if p.offset is not None and p.precision == "minute" and rank <= TIME_ELEMENT_RANK]

    # the clocks the page shows without an offset, each with where it was written
    shown = [(p.naive, "text" if source.startswith("text") else source) for p, source, rank in parsed
             if p.offset is None and p.precision == "minute"]  # the page's text read twice is one witness

    def mislabelled(p: Parsed, source: str) -> bool:
        if p.offset is None or p.precision != "minute":
            return False
        offset = _utc_offset(p)
        if not offset:  # given as UTC: a local clock other times state?
            local = [other for at, other in zoned if other[0] != source and at.utcoffset()
                     and abs(at.replace(tzinfo=None) - p.naive) <= AGREE]
            return len(set(local)) >= 2
        as_utc = p.naive.replace(tzinfo=UTC)
        if len({other for at, other in zoned if other[0] != source and abs(at - as_utc) <= AGREE}) >= 2:
            return True
        # its clock read as UTC is the local clock two other sources show without an offset ("06:34+03:00" in a
        # tag, "09:34" in the microdata and under the headline)
        there = p.naive + offset
        return len({other for clock, other in shown if other != source and abs(clock - there) <= AGREE}) >= 2
    afternoons = {q.naive.replace(second=0, microsecond=0) for q, _, rank in parsed
                  if q.precision == "minute" and q.naive.hour >= HALF_DAY_HOURS and rank <= TIME_ELEMENT_RANK}
    return [(p, source, rank) for p, source, rank in parsed
            if not mislabelled(p, source) and not _half_day(p, afternoons)]


HALF_DAY_HOURS = 12


def _half_day(p: Parsed, afternoons: set[datetime]) -> bool:
    """A morning time twelve hours before another of the page's own stamps to the minute ("02:39:54" in JSON-LD
    beside "14:39:54" in a tag and a ``<time>``): a 12-hour clock written without its "pm"."""
    return p.precision == "minute" and p.naive.hour < HALF_DAY_HOURS and \
        p.naive.replace(second=0, microsecond=0) + timedelta(hours=HALF_DAY_HOURS) in afternoons


def _published_raw(page: Page) -> list[tuple[str, str, int]]:
    shown = _date_line(page)[0] or labelled_date(page.tree)
    if not shown or len(shown) == len("YYYY-MM-DD"):  # no time yet: the line at the headline may give one
        stamped = headline_stamp(page.tree)
        if not shown or stamped and stamped.startswith(shown):
            shown = stamped or shown  # the date line's day, with the time the line at the headline gives it
    opened = dateline(page.tree) if not shown else None  # "Bern, 17.08.2007 - ..." opening the text
    # a press release's dateline ("TAMPA, Fla., April 29, 2015 /PRNewswire/"): the day it was issued, over tags
    wired = wire_dateline([*page.meta.get("og:description", ()), *page.meta.get("description", ())])
    foreign = _foreign_values(page, "datePublished")
    metas = [m for m in _metas(page, PUBLISHED_META) + _parsely_page(page)
             if not (m[1] == "meta:datepublished" and m[0] in foreign)]
    marked, created = _time_elements(page, "datePublished"), _jsonld(page, "dateCreated")
    if any(source == "itemprop:datePublished" for _, source, _ in marked):
        # when the record was made yields to the publication the markup states
        marked, created = marked + [(v, source, 2) for v, source, _ in created], []
    return (([(wired, "wire-dateline", 1)] if wired else []) + _jsonld(page, "datePublished") + created + _epochs(page)
            + metas + marked
            + ([(shown, "text", 4)] if shown else []) + ([(opened, "dateline", 4)] if opened else [])
            + ([(listed, "own-link", 4)] if (listed := own_link_stamp(page)) else [])
            + ([(split, "split-line", 4)] if (split := split_stamp(page)) else []))


def _date_line(page: Page) -> tuple[str | None, set[str]]:
    """:func:`date_line` of the page, read once."""
    return page.once("date_line", lambda: date_line(page.tree, slash_order(page)))


def _last_resorts(page: Page) -> list[tuple[str, str, int]]:
    """Lines holding only a date and a time (after every other text find: they may be a comment's or a teaser's),
    a sentence stating when the post was written, then the URL's date."""
    said = written_on(page.tree)
    return ([(line, "text-line", 4) for line in stamp_lines(page)[:3]]
            + ([(said, "text-written", 4)] if said else []) + _url_date(page))


def _modified_raw(page: Page) -> list[tuple[str, str, int]]:
    return _jsonld(page, "dateModified") + _metas(page, MODIFIED_META) + _time_elements(page, "dateModified")


# htmldate's last resort reads a page's bare year ("© 2023", "2023") as 1 January at midnight
NEW_YEAR = re.compile(r"^\d{4}-01-01(?:[T ]00:00(?::00)?)?$")


def _bare_year(page: Page, value: str) -> bool:
    """A guess of 1 January that the page never writes as a date: a year, not a day."""
    return NEW_YEAR.match(value.strip()) is not None and not writes_day(page.tree, value.strip()[:10])


def page_stamps(page: Page, extra: tuple[tuple[str, str, int], ...] = ()) -> tuple[list[Stamp], list[Stamp]]:
    """The page's publication and modification stamps, each most trustworthy first (``extra``: more
    publication candidates as (value, source, rank))."""
    own, last = _published_raw(page), _last_resorts(page)
    today = _date_line(page)[1]  # the site header's "today": a guess on that day yields to any other date
    guesses = [e for e in extra if (e[0][:10] not in today or not own + last) and not _bare_year(page, e[0])]
    published, modified = own + guesses + last, _modified_raw(page)
    zone = page_zone(page, [v for v, _, _ in published + modified] + _zoned_metas(page))
    found, changed = stamps(published, zone), stamps(modified, zone)
    if found and found[0].precision == "day" and (clock := shown_time(page.tree)
                                                  or day_clock(page.tree, found[0].at.date().isoformat())):
        # the date line shows only the time ("05:01"), or a line of the post's details the day and the time, the
        # tags only the day: together, the minute it appeared
        found += stamps([(f"{found[0].at.date().isoformat()} {clock}", "text-time", 4)], zone)
    return _not_after_change(_bare_date_tag_last(_shown_day_first(page, found)), changed), changed


def _shown_day_first(page: Page, found: list[Stamp]) -> list[Stamp]:
    """JSON-LD and the ``article:`` tags disagreeing on the day (``datePublished`` 2022-01-04,
    ``article:published_time`` 2022-01-06), where the page shows its reader the one day and not the other: the
    shown day's stamps first. (A day shown against tags that agree is more often an update's.)"""
    tagged = {s.at.date().isoformat() for s in found if s.rank <= ARTICLE_TAG_RANK}
    if len(tagged) < 2:
        return found
    shown = tagged & shown_days(page.tree)
    if len(shown) != 1:
        return found
    return sorted(found, key=lambda s: s.at.date().isoformat() not in shown)


BARE_DATE_TAGS = ("meta:date", "meta:dc.date", "meta:dcterms.date")


def _bare_date_tag_last(found: list[Stamp]) -> list[Stamp]:
    """A bare ``<meta name="date">`` (or Dublin Core ``DC.date``) day later than the day the page's date line shows
    ("05.02.2020" under the headline, the tag 2020-02-12), or a bare tag's time stamped to the second on another
    day than that line ("27.01.2022" under the headline, the tag 2021-12-20T11:02:44): a CMS writes it when the
    page was made or last changed, not when the story appeared, so it is trusted after that line. (A bare tag's
    day before the line's may be the story's, the line an event's or an update's; a time an editor set, to the
    minute, may be the story's too.)"""
    shown = [s for s in found if s.source == "text"]
    late = [s for s in found if s.source in BARE_DATE_TAGS and any(_record_stamp(s, t) for t in shown)]
    return [s for s in found if s not in late] + late


def _record_stamp(tag: Stamp, shown: Stamp) -> bool:
    if tag.precision == "day":
        return tag.at.date() > shown.at.date()
    return tag.at.second != 0 and not same_day(tag.at, shown.at) and not same_day(shown.at, tag.at)


def _not_after_change(found: list[Stamp], changed: list[Stamp]) -> list[Stamp]:
    """A publication stamp later than the modification time the same markup states (JSON-LD ``datePublished``
    after its ``dateModified``), where the page's date line shows the modification's minute: a re-publication's
    stamp (a page changes after it appears, not before), passed over for the date line."""
    pairs = {"jsonld:datePublished": "jsonld:dateModified", "meta:article:published_time": "meta:article:modified_time"}
    changes = {s.source: s.at for s in changed if s.precision == "minute"}
    shown = [s.at for s in found if s.source == "text" and s.precision == "minute"]

    def republished(s: Stamp) -> bool:
        change = changes.get(pairs.get(s.source, ""))
        return change is not None and s.at > change + timedelta(minutes=1) \
            and any(abs(at - change) <= timedelta(minutes=1) for at in shown)
    return [s for s in found if not republished(s)]


def _zoned_metas(page: Page) -> list[str]:
    """The page's other meta tags that hold a time with an offset ("busca:modified"): where the page's own
    stamps state none, they tell the site's zone."""
    return [v for values in page.meta.values() for v in values
            if (match := ISO.match(v)) is not None and match.group(4) is not None and match.group(7) is not None]


def same_day(at: datetime, day: datetime) -> bool:
    """``at`` falls on the calendar date of ``day`` in ``day``'s own zone."""
    return at.astimezone(day.tzinfo).date() == day.date()


def best(found: list[Stamp], ceiling: datetime | None = None) -> Stamp | None:
    """The most trustworthy stamp not after ``ceiling``, its time of day taken from a less trusted one on the
    same day if it has none."""
    found = [s for s in found if ceiling is None or s.at <= ceiling]
    if not found:
        return None
    top = found[0]
    if top.precision == "day":
        for other in found[1:]:
            if other.precision == "minute" and other.rank < 5 and (same_day(other.at, top.at) or utc_day(other, top)):
                return other
    return top


def utc_day(other: Stamp, day: Stamp) -> bool:
    """A day written without a zone is the UTC date of ``other`` (a tag's "2014-06-30" for 20:08 EDT on the 29th)."""
    return day.zone != "given" and other.at.astimezone(UTC).date() == day.at.date()
