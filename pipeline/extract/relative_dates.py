"""A publication time a page shows only relative to when it was served ("4 hours ago", "vor 14 Stunden", "il y a
3 jours", "heute, 10:30 Uhr", "Yesterday at 9:15 PM"), read against the time it was fetched. Only a page fetched live
has that time; a saved file does not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

from lxml.etree import _Element

from pipeline.extract.dates import Precision, Stamp
from pipeline.extract.page import squash
from pipeline.extract.visible_dates import UPDATED, date_marked, not_the_articles

ONE = r"an?|one|eine[rm]?|une?|una?|uma?|um|een"
# a number and its unit: digits, written close or apart ("5m", "3 Std."), or the word for one ("an hour", "un'ora")
NUMBER = rf"(?:\d{{1,3}}\s*|(?:{ONE})\s+|un')"
UNITS = {  # a unit's words and abbreviations (any case), and its length
    r"m|mins?\.?|minutes?|minuten?|minutos?|minut[oiy]|minuut|minut(?:ou|ami|ę)?": timedelta(minutes=1),
    r"h|hrs?|hours?|std\.?|stunden?|heures?|horas?|or[ae]|uur|godzin[ayę]?|godz\.?|hodin(?:ou|ami|y)?": timedelta(hours=1),
    r"d|days?|tag(?:en)?|jours?|d[ií]as?|giorn[oi]|dagen|dag|dni|dzień|dn(?:em|y|í|ů)": timedelta(days=1),
}
UNIT = "|".join(UNITS)
AMOUNT = rf"(?:(?:about|etwa|environ|unos?)\s+)?{NUMBER}(?:{UNIT})"
AMOUNTS = rf"{AMOUNT}(?:,?\s+(?:and\s+|und\s+|et\s+|y\s+)?{AMOUNT})*"  # "1 hr 4 mins"
RELATIVE = re.compile(  # "… ago" in English, Italian ("fa"), Dutch ("geleden"), Polish ("temu"); "vor …", "il y a …",
    # "hace …", "před …" before it
    rf"(?:^|[\s(])(?:(?P<after>{AMOUNTS})\s+(?:ago|fa|geleden|temu)|(?:vor|il y a|hace|há|před)\s+(?P<before>{AMOUNTS}))"
    r"(?!\w)",
    re.IGNORECASE)
PIECE = re.compile(rf"(?P<n>{NUMBER})(?P<unit>{UNIT})(?!\w)", re.IGNORECASE)
HINT = re.compile(r"ago\b|\b(?:vor|hace|há|il y a|před)\s|\s(?:fa|geleden|temu)\b", re.IGNORECASE)
LONGEST = 40  # a relative stamp is a short line of its own ("Erstellt: vor 4 Stunden")
TODAY = r"today|heute|aujourd['’]hui|hoy|oggi|vandaag|dzisiaj|dziś|hoje|idag|i dag"
YESTERDAY = r"yesterday|gestern|hier|ayer|ieri|gisteren|wczoraj|ontem|igår|i går"
# "heute, 10:30 Uhr", "Yesterday at 9:15 PM", "hier à 18h05": the day named relative to today, and its clock
DAY_CLOCK = re.compile(
    rf"^\W*(?:(?P<today>{TODAY})|(?P<yesterday>{YESTERDAY}))\s*,?\s*(?:at|um|à|a las|alle|om|às|o)?\s*"
    r"(?P<h>[01]?\d|2[0-3])[:h.](?P<min>[0-5]\d)\s*(?:(?P<ampm>[ap])\.?m\.?)?\s*(?:uhr|h)?\W*$", re.IGNORECASE)
DAY_OPENING = re.compile(rf"^\W*(?:{TODAY}|{YESTERDAY})", re.IGNORECASE)  # asked of short texts only



@dataclass(frozen=True)
class Age:
    """How long before the page was served it was published, as the page shows it."""

    elapsed: timedelta
    precision: Precision  # "minute" for minutes and hours, "day" for days
    days_back: int = 0  # a day named relative to today ("gestern, 10:30 Uhr": 1) with its clock
    clock: time | None = None
    zone: tzinfo | None = None  # the site's clock, which says where its "today" begins

    def stamp(self, served_at: datetime) -> Stamp:
        """The publication time this age gives a page served at ``served_at``."""
        if self.clock is not None and self.zone is not None:
            day = served_at.astimezone(self.zone).date() - timedelta(days=self.days_back)
            return Stamp(datetime.combine(day, self.clock, tzinfo=self.zone), "minute", "site", "relative", 4)
        at = served_at.astimezone(UTC) - self.elapsed
        if self.precision == "day":
            at = datetime(at.year, at.month, at.day, tzinfo=UTC)
        return Stamp(at.replace(second=0, microsecond=0), self.precision, "utc", "relative", 4)


def shown_age(tree: _Element | None) -> Age | None:
    """The age the page's first date-marked line shows ("<span class="date">vor 5 Stunden</span>"), outside page
    chrome and lists of other articles; None where no such line gives one or where it dates an update."""
    for el in tree.iter() if tree is not None else ():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if not el.text or not (HINT.search(el.text) or len(el.text) <= 2 * LONGEST and DAY_OPENING.match(el.text)):
            continue  # most texts: asked before the costlier reading
        text = squash(el.text)
        if len(text) > LONGEST:
            continue
        found = RELATIVE.search(text)
        named = DAY_CLOCK.match(text) if found is None else None
        if found is None and named is None:
            continue
        marked = date_marked(el) or (el.getparent() is not None and date_marked(el.getparent()))
        if not marked or not_the_articles(el):
            continue
        if found is not None and not UPDATED.search(text[:found.start()]):
            return _age(found["after"] or found["before"])
        if named is not None:
            return _day_and_clock(named)
    return None


def _day_and_clock(named: re.Match[str]) -> Age:
    """The day (today or yesterday) and the clock of "heute, 10:30 Uhr"; its zone is the site's, set by the
    reader that knows the page."""
    half = (named["ampm"] or "").casefold()
    hour = int(named["h"]) % 12 + (12 if half == "p" else 0) if half else int(named["h"])
    return Age(timedelta(), "minute", 0 if named["today"] else 1, time(hour, int(named["min"])))


def _age(amounts: str) -> Age:
    elapsed = timedelta()
    for piece in PIECE.finditer(amounts):
        count = int(number) if (number := piece["n"].strip()).isdigit() else 1
        elapsed += count * next(size for words, size in UNITS.items() if re.fullmatch(words, piece["unit"], re.I))
    return Age(elapsed, "day" if elapsed >= timedelta(days=1) else "minute")
