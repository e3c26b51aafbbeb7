"""A publication time a page shows only relative to when it was served ("4 hours ago", "vor 14 Stunden", "il y a
3 jours"), read against the time it was fetched. Only a page fetched live has that time; a saved file does not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from lxml.etree import _Element

from pipeline.extract.dates import Precision, Stamp
from pipeline.extract.page import squash
from pipeline.extract.visible_dates import UPDATED, date_marked, not_the_articles

ONE = r"an?|one|eine[rm]?|une?|una?|uma?|um|een"
# a number and its unit: digits, written close or apart ("5m", "3 Std."), or the word for one ("an hour", "un'ora")
NUMBER = rf"(?:\d{{1,3}}\s*|(?:{ONE})\s+|un')"
UNITS = {  # a unit's words and abbreviations (any case), and its length
    r"m|mins?\.?|minutes?|minuten?|minutos?|minut[oi]|minuut": timedelta(minutes=1),
    r"h|hrs?|hours?|std\.?|stunden?|heures?|horas?|or[ae]|uur": timedelta(hours=1),
    r"d|days?|tag(?:en)?|jours?|d[ií]as?|giorn[oi]|dagen|dag": timedelta(days=1),
}
UNIT = "|".join(UNITS)
AMOUNT = rf"(?:(?:about|etwa|environ|unos?)\s+)?{NUMBER}(?:{UNIT})"
AMOUNTS = rf"{AMOUNT}(?:,?\s+(?:and\s+|und\s+|et\s+|y\s+)?{AMOUNT})*"  # "1 hr 4 mins"
RELATIVE = re.compile(  # "… ago" in English, Italian ("fa") and Dutch ("geleden"); "vor …", "il y a …", "hace …" before it
    rf"(?:^|[\s(])(?:(?P<after>{AMOUNTS})\s+(?:ago|fa|geleden)|(?:vor|il y a|hace|há)\s+(?P<before>{AMOUNTS}))(?!\w)",
    re.IGNORECASE)
PIECE = re.compile(rf"(?P<n>{NUMBER})(?P<unit>{UNIT})(?!\w)", re.IGNORECASE)
HINT = re.compile(r"ago\b|\b(?:vor|hace|há|il y a)\s|\s(?:fa|geleden)\b", re.IGNORECASE)
LONGEST = 40  # a relative stamp is a short line of its own ("Erstellt: vor 4 Stunden")


@dataclass(frozen=True)
class Age:
    """How long before the page was served it was published, as the page shows it."""

    elapsed: timedelta
    precision: Precision  # "minute" for minutes and hours, "day" for days

    def stamp(self, served_at: datetime) -> Stamp:
        """The publication time this age gives a page served at ``served_at``."""
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
        if not el.text or not HINT.search(el.text):  # most texts: asked before the costlier reading
            continue
        text = squash(el.text)
        if len(text) > LONGEST or (found := RELATIVE.search(text)) is None:
            continue
        marked = date_marked(el) or (el.getparent() is not None and date_marked(el.getparent()))
        if marked and not UPDATED.search(text[:found.start()]) and not not_the_articles(el):
            return _age(found["after"] or found["before"])
    return None


def _age(amounts: str) -> Age:
    elapsed = timedelta()
    for piece in PIECE.finditer(amounts):
        count = int(number) if (number := piece["n"].strip()).isdigit() else 1
        elapsed += count * next(size for words, size in UNITS.items() if re.fullmatch(words, piece["unit"], re.I))
    return Age(elapsed, "day" if elapsed >= timedelta(days=1) else "minute")
