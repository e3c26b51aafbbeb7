"""The publication date a page shows as text in its date line ("4. 2. 2022", "30 septembre 2018", "Jan 4, 2021",
"2020年07月12日"), for pages whose tags carry none: the first element marked as a date, time or byline (by its
class or id) outside lists of other articles, comments, navigation and footers."""

from __future__ import annotations

import re
from datetime import date

from lxml.etree import _Element

from pipeline.extract.page import squash

MONTHS = {
    1: "january jan januar jänner janvier enero gennaio janeiro januari",
    2: "february feb februar février fevrier febrero febbraio fevereiro februari",
    3: "march mar märz maerz mars marzo março maart",
    4: "april apr avril abril aprile",
    5: "may mai mayo maggio maio mei",
    6: "june jun juni juin junio giugno junho",
    7: "july jul juli juillet julio luglio julho",
    8: "august aug août aout agosto augustus",
    9: "september sep sept septembre septiembre settembre setembro",
    10: "october oct oktober octobre octubre ottobre outubro",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember décembre decembre diciembre dicembre dezembro",
}
MONTH_OF = {name: number for number, names in MONTHS.items() for name in names.split()}
NAME = "|".join(sorted(MONTH_OF, key=len, reverse=True))
PATTERNS = (  # each gives (year, month, day) by group name
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})(?!\d)"),
    re.compile(rf"(?<!\w)(?P<d>\d{{1,2}})\.?\s+(?:de\s+)?(?P<name>{NAME})\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d)",
               re.I),
    re.compile(rf"(?<!\w)(?P<name>{NAME})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)", re.I),
)
# a date right after one of these words is when the page changed, not when it appeared
UPDATED = re.compile(r"(updated|aktualisiert|geändert|mis à jour|modifié|actualizado|aggiornato|atualizado)\W{0,3}$",
                     re.I)
MARKED = re.compile(r"date|time|publish|posted|datum|fecha|byline|meta", re.I)
ELSEWHERE = re.compile(r"related|comment|recommend|suggest|widget|sidebar|more-|trending|popular", re.I)
LONGEST = 120  # a date line is short; a longer element is a paragraph or a list


def visible_date(tree: _Element | None) -> str | None:
    """``YYYY-MM-DD`` from the first short element marked as a date line, if it shows a whole date."""
    if tree is None:
        return None
    for el in tree.iter():
        if not isinstance(el.tag, str) or not MARKED.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            continue
        text = _short_text(el)
        if not text or _elsewhere(el):
            continue
        if any(c.isdigit() for c in text):  # the page's date line: a whole date, or one relative to now
            return date_in(text)
    return None


def _short_text(el: _Element) -> str | None:
    """The element's text if it is a short line (read no further than needed to tell)."""
    parts, size = [], 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece.strip())
        if size > LONGEST:
            return None
    return squash(" ".join(parts)) or None


def _elsewhere(el: _Element) -> bool:
    return any(a.tag in ("aside", "nav", "footer") or ELSEWHERE.search(f"{a.get('class') or ''} {a.get('id') or ''}")
               for a in el.iterancestors())


def date_in(text: str) -> str | None:
    """The first whole date written in ``text`` that is not marked as an update, as ``YYYY-MM-DD``."""
    hits = sorted((m for p in PATTERNS for m in p.finditer(text)), key=lambda m: m.start())
    for match in hits:
        if UPDATED.search(text[:match.start()]):
            continue
        groups = match.groupdict()
        month = MONTH_OF[groups["name"].casefold()] if groups.get("name") else int(groups["m"])
        try:
            return date(int(groups["y"]), month, int(groups["d"])).isoformat()
        except ValueError:
            continue
    return None
