"""A date on a line of its own and the time on the next ("Lunes 18 Abril, 2022" / "HORA: 03:45 PM", "November 9,
2023" / "5:01 AM ET"): a story's meta box that gives the day and the time of day as two lines."""

from __future__ import annotations

import re

from lxml.etree import _Element

from pipeline.extract.page import Page, short_text
from pipeline.extract.visible_dates import LATIN_DIGITS, STAMP_LINE, TIME_ONLY, clock_of, not_the_articles, stamp_and_rest

# the time line: the time, after a label of its own at most ("Hora:", "Uhrzeit:"), before "Uhr" or "h" at most
TIME_LINE = re.compile(r"^(?:(?i:hora|time|uhrzeit|zeit|heure|ora|tijd|godzina|hour)\s*:?\s*)?(?P<clock>.+?)"
                       r"(?:\s*(?i:uhr|h|hrs?|horas?))?\.?$")
WORD = re.compile(r"[^\W\d_]{2,}")
YEAR = re.compile(r"(?<!\d)(?:19|20|13|14)\d\d(?!\d)")  # a date's year, Gregorian or Solar Hijri


def split_stamp(page: Page) -> str | None:
    """``YYYY-MM-DD HH:MM`` from the first line holding only a date (and a weekday) whose next line holds only a
    time, outside lists of other articles, comments and page chrome."""
    tree = page.tree
    for el in tree.iter() if tree is not None else ():
        if not isinstance(el.tag, str) or el.tag in ("script", "style") or not el.text or not _digit(el.text):
            continue
        day = _day_only(el)
        if day is None:
            continue
        clock = _time_after(_line_of(el))
        if clock and not not_the_articles(el):
            return f"{day} {clock}"
    return None


def _digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _day_only(el: _Element) -> str | None:
    """``YYYY-MM-DD`` where the element's whole text is a date, a weekday at most besides."""
    text = short_text(el, STAMP_LINE)
    if text is None or not YEAR.search(text.translate(LATIN_DIGITS)):  # most short numbers: asked before the patterns
        return None
    stamp, rest = stamp_and_rest(text)
    return stamp if stamp and len(stamp) == len("YYYY-MM-DD") and len(WORD.findall(rest)) <= 1 else None


def _line_of(el: _Element) -> _Element:
    """The element is its line, or the innermost ancestor holding nothing else (``<p><span>date</span></p>``)."""
    line = el
    while (up := line.getparent()) is not None and len(up) == 1 and not (up.text or "").strip() \
            and not (line.tail or "").strip():
        line = up
    return line


def _time_after(line: _Element) -> str | None:
    """``HH:MM`` (with its zone) where the line's next sibling, and nothing between, holds only a time."""
    after = line.getnext()
    if (line.tail or "").strip() or after is None or not isinstance(after.tag, str):
        return None
    text = short_text(after, STAMP_LINE)
    shown = TIME_LINE.match(text) if text else None
    clock = TIME_ONLY.fullmatch(shown["clock"]) if shown else None
    return clock_of(clock) if clock else None
