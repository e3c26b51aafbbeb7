"""The time of day a line of the article gives its day, where the page's stamps give only the day: "Von R. R. am
07.08.2013 um 09:07 Uhr gespeichert unter Kommunizieren" under a post whose tags and address say 2013-08-07, "Posted
on August 7, 2013 at 9:07 pm in News". The line may say more than the date and the time (the writer, the section),
so it is read only for the day the page's stamps already agree on."""

from __future__ import annotations

import re

from lxml.etree import _Element

from pipeline.extract.page import containers, short_text
from pipeline.extract.regions import holds_other_times, in_comments, in_nav_bar
from pipeline.extract.visible_dates import stamp_and_rest

LONGEST = 200  # a post's line of details; a longer element is a paragraph or a list
TAGS = ("p", "div", "span", "li", "small", "time", "em", "address")


def day_clock(tree: _Element | None, day: str) -> str | None:
    """``HH:MM`` of the first short line, outside comments, other articles and page chrome, whose first date is
    ``day`` (``YYYY-MM-DD``) with a time after it; None where no line gives one."""
    if tree is None:
        return None
    for el in _holders(tree, day[:4]):
        text = short_text(el, LONGEST)
        if not text or in_comments(el) or not _the_posts(el):
            continue
        stamp, _ = stamp_and_rest(text)
        if stamp is not None and stamp.startswith(day) and len(stamp) > len(day):
            return stamp[len(day):].strip()
    return None


EASTERN_ZEROS = (0x06F0, 0x0660)  # Persian and Arabic-Indic digits, which date lines also use
HOLDER_LEVELS = 3  # up from the text that writes the year ("<a>07.08.2013</a>") to the line holding it


def _holders(tree: _Element, year: str) -> list[_Element]:
    """The elements that may hold a line writing ``year``, nearest the text first, in the page's order: only texts
    that write it are looked at, not every element."""
    eastern = [year.translate({ord("0") + i: zero + i for i in range(10)}) for zero in EASTERN_ZEROS]
    texts = tree.xpath("//body//text()[contains(., $y) or contains(., $p) or contains(., $a)]",
                       y=year, p=eastern[0], a=eastern[1])
    found: dict[_Element, None] = {}
    for text in texts:
        holder = text.getparent()
        ups = [holder, *list(holder.iterancestors())[:HOLDER_LEVELS]] if holder is not None else []
        found.update((up, None) for up in ups if up.tag in TAGS)
    return list(found)


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
