"""The time of day a line of the article gives its day, where the page's stamps give only the day: "Von R. R. am
07.08.2013 um 09:07 Uhr gespeichert unter Kommunizieren" under a post whose tags and address say 2013-08-07, "Posted
on August 7, 2013 at 9:07 pm in News". The line may say more than the date and the time (the writer, the section),
so it is read only for the day the page's stamps already agree on."""

from __future__ import annotations

import re

from lxml.etree import _Element

from pipeline.extract.page import containers, short_text
from pipeline.extract.regions import holds_other_times, in_comments, in_nav_bar
from pipeline.extract.visible_dates import LATIN_DIGITS, stamp_and_rest

LONGEST = 200  # a post's line of details; a longer element is a paragraph or a list
TAGS = ("p", "div", "span", "li", "small", "time", "em", "address")


def day_clock(tree: _Element | None, day: str) -> str | None:
    """``HH:MM`` of the first short line, outside comments, other articles and page chrome, whose first date is
    ``day`` (``YYYY-MM-DD``) with a time after it; None where no line gives one."""
    if tree is None:
        return None
    for el in tree.iter(*TAGS):
        text = short_text(el, LONGEST)
        if not text or day[:4] not in text.translate(LATIN_DIGITS) or in_comments(el) or not _the_posts(el):
            continue
        stamp, _ = stamp_and_rest(text)
        if stamp is not None and stamp.startswith(day) and len(stamp) > len(day):
            return stamp[len(day):].strip()
    return None


POST = re.compile(r"^(?:post|hentry|entry|article|blogpost|blog-post)(?:[-_]|$)")
CHROME_TAGS = ("nav", "footer", "aside")


def _the_posts(el: _Element) -> bool:
    """``el`` is in the post itself: no container up to the post's own (``<article>``, ``class="post"``) is page
    chrome or a list of other posts, whatever holds the post further up (a theme that puts it in a widget)."""
    if in_nav_bar(el):
        return False
    for up in [el, *containers(el)]:
        if up.tag == "article" or any(POST.match(w) for w in (up.get("class") or "").casefold().split()):
            return True
        if up.tag in CHROME_TAGS or holds_other_times(up):
            return False
    return True
