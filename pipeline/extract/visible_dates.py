"""The publication date a page shows as text in its date line ("4. 2. 2022", "30 septembre 2018", "Jan 4, 2021",
"2020年07月12日"), for pages whose tags carry none: the first element marked as a date, time or byline (by its
class or id) outside lists of other articles, comments, navigation and footers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta, timezone, tzinfo
from itertools import islice
from zoneinfo import ZoneInfo

from lxml.etree import _Element, tostring

from pipeline.extract.calendars import SOLAR_HIJRI_NAME, from_solar_hijri, solar_hijri_month
from pipeline.extract.page import Page, containers, opens_line, short_text, squash
from pipeline.extract.regions import holds_other_times, in_nav_bar

MONTHS = {  # Arabic: the Egyptian and Gulf names, and the Levantine ones of a single word
    1: "january jan januar jänner janvier enero gennaio janeiro januari stycznia ledna يناير",
    2: "february feb februar février fevrier febrero febbraio fevereiro februari lutego února فبراير شباط",
    3: "march mar märz maerz mars marzo março maart marts marca března مارس آذار",
    4: "april apr avril abril aprile kwietnia dubna أبريل ابريل نيسان",
    5: "may mai mayo maggio maio mei maj maja května مايو أيار",
    6: "june jun juni juin junio giugno junho czerwca června يونيو حزيران",
    7: "july jul juli juillet julio luglio julho lipca července يوليو تموز",
    8: "august aug août aout agosto augustus sierpnia srpna أغسطس اغسطس آب",
    9: "september sep sept septembre septiembre settembre setembro września září سبتمبر أيلول",
    10: "october oct oktober octobre octubre ottobre outubro października října أكتوبر اكتوبر",
    11: "november nov novembre noviembre novembro listopada listopadu نوفمبر",
    12: "december dec dezember décembre decembre diciembre dicembre dezembro desember grudnia prosince ديسمبر",
}
# and in Romanian, Russian and Ukrainian (the genitive: "13 января 2020"), Bulgarian, Turkish, Indonesian, Finnish
# (the partitive: "12. toukokuuta 2020"), Hungarian, Greek (the genitive), Catalan and Swedish
MORE_MONTHS = {
    1: "ianuarie января січня януари ocak tammikuuta január ιανουαρίου gener",
    2: "februarie февраля лютого февруари şubat helmikuuta február φεβρουαρίου febrer",
    3: "martie марта березня март mart maret maaliskuuta március μαρτίου març",
    4: "aprilie апреля квітня април nisan huhtikuuta április απριλίου",
    5: "мая травня май mayıs toukokuuta május μαΐου maig",
    6: "iunie июня червня юни haziran kesäkuuta június ιουνίου juny",
    7: "iulie июля липня юли temmuz heinäkuuta július ιουλίου juliol",
    8: "augusti августа серпня август ağustos agustus elokuuta augusztus αυγούστου agost",
    9: "septembrie сентября вересня септември eylül syyskuuta szeptember σεπτεμβρίου setembre",
    10: "octombrie октября жовтня октомври ekim lokakuuta október οκτωβρίου",
    11: "noiembrie ноября ноември kasım marraskuuta νοεμβρίου",
    12: "decembrie декабря грудня декември aralık joulukuuta δεκεμβρίου desembre",
}
MONTH_NAMES = {name: number for months in (MONTHS, MORE_MONTHS) for number, names in months.items()
               for name in names.split()}
# looked up case-folded ("ΜΑΐΟΥ"), the Turkish dotless i as the regular expression matches it ("MAYIS" for "mayıs")
MONTH_OF = {key: number for name, number in MONTH_NAMES.items()
            for key in (name.casefold(), name.casefold().replace("ı", "i"))}
NAME = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
PATTERNS = (  # each gives (year, month, day) by group name
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    # the year first with dots or slashes: always year, month, day ("2023.11.02.", "2019/06/24")
    re.compile(r"(?<![\d./])(?P<y>(?:19|20)\d{2})(?P<s>[./])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/]|\.\d)\.?"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"),  # Korean
    re.compile(rf"(?<![\d.])(?P<y>(?:19|20)\d{{2}})\.\s+(?P<name>{NAME})\s+(?P<d>\d{{1,2}})\.", re.I),  # "2020. május 12."
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})(?!\d)"),
    re.compile(rf"(?<!\w)(?P<d>\d{{1,2}})(?:\.|er)?\s+(?:de\s+)?(?P<name>{NAME})\.?(?:\s*/\s*(?:{NAME}))?,?\s+"
               rf"(?:de\s+)?(?P<y>(?:19|20)\d{{2}})(?!\d)", re.I),  # "1er novembre 2023", "24 نيسان / أبريل 2020"
    re.compile(rf"(?<!\w)(?P<name>{NAME})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)", re.I),
    # with slashes, only where the day tells itself from the month (over 12): "11/18/2011" in America,
    # "18/11/2011" elsewhere; "05/03/2011" is either, and is not read
    re.compile(r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d{2})(?![\d/])"),
    re.compile(r"(?<![\d/.])(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\d/])"),
    # Iran's Solar Hijri calendar, in words or year first, in Persian or Latin digits ("2 تير 1399", "۱۳۹۹/۰۴/۰۲")
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<hijri>{SOLAR_HIJRI_NAME})\s+(?P<hy>1[34]\d{{2}})(?!\d)"),
    re.compile(r"(?<![\d/.])(?P<hy>1[34]\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])"),
)
# a date with slashes that either order reads ("05/03/2011"), read in the order the page's language writes dates:
# day first ("dmy": French, Spanish, British English...) or month first ("mdy": American English)
SLASHED = {
    "dmy": re.compile(r"(?<![\d/.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"),
    "mdy": re.compile(r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"),
}
# Persian and Arabic digits ("۲ تیر ۱۳۹۹", "٢٤ أبريل ٢٠٢٠") read as the digits the patterns name
LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# a date right after one of these words is when the page changed or was printed, not when it appeared ("Zuletzt
# geändert am:", "Updated on", and a version control system's keyword: "Updated: $Date: 2016/11/18 06:31:41 $")
UPDATED = re.compile(r"(updated|aktualisiert|geändert|mis à jour|modifié|actualizado|aggiornato|atualizado|printed|"
                     r"gedruckt am|gedruckt|imprimé le|imprimé|impreso|stampato|wydrukowano|vytištěno)"
                     r"(?:\s+(?:am|on|le|el|il|em))?\W{0,3}(?:Date\W{0,3})?$", re.I)
# zone abbreviations written after a time ("08:32 EST", "00:30:00PDT"): fixed where the name says standard or summer
# time, the region's clock where it does not ("10 a.m. ET"); "IST" and "GST" as most news pages use them (India's,
# the Gulf's)
ZONE_NAMES: dict[str, tzinfo] = {
    **{name: timezone(timedelta(hours=hours)) for name, hours in (
        ("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5), ("MST", -7), ("MDT", -6), ("PST", -8), ("PDT", -7),
        ("AKST", -9), ("AKDT", -8), ("HST", -10), ("AST", -4), ("ADT", -3), ("NST", -3.5), ("NDT", -2.5),
        ("WET", 0), ("WEST", 1), ("BST", 1), ("CET", 1), ("CEST", 2), ("MEZ", 1), ("MESZ", 2), ("EET", 2),
        ("EEST", 3), ("MSK", 3), ("GST", 4), ("IST", 5.5), ("PKT", 5), ("SGT", 8), ("HKT", 8), ("JST", 9), ("KST", 9),
        ("AWST", 8), ("ACST", 9.5), ("ACDT", 10.5), ("AEST", 10), ("AEDT", 11), ("NZST", 12), ("NZDT", 13))},
    **{name: ZoneInfo(zone) for name, zone in (("ET", "America/New_York"), ("CT", "America/Chicago"),
                                               ("MT", "America/Denver"), ("PT", "America/Los_Angeles"))},
}
ZONE_NAME = re.compile(r"\b(?:" + "|".join(ZONE_NAMES) + r")\b")
# one written after a time shown on the page, as written ("10:47 AM EST"; "et" in French is no zone)
SHOWN_ZONE = r"(?:\s*(?P<zone>(?i:UTC|GMT)|(?-i:" + "|".join(ZONE_NAMES) + r"))\b)?"
MARKED = re.compile(r"date|time|publish|posted|submitted|datum|fecha|byline|meta", re.I)
LONGEST = 120  # a date line is short; a longer element is a paragraph or a list
# am/pm after a time: "p.m.", Arabic مساءً (evening) and صباحاً (morning)
# and Persian ب.ظ (after noon) and ق.ظ (before noon)
HALF = r"(?:(?P<ampm>[ap])\.?m\.?|(?P<ar>مساءً|مساءا|مساء|صباحاً|صباحا|صباح|ب\.\s?ظ|ق\.\s?ظ|بعدازظهر|بعد از ظهر))"
EVENING = ("م", "ب")  # the first letter of the Arabic and Persian words for the afternoon
# a time of day written right after the date ("2023-11-17 15:13", "Dec 27, 2014 at 12:06 PM", "... 17:55 UTC")
# (after a word for "at", also with a full stop: "19.2.2020 klo 14.00")
# (Korean, Japanese and Chinese write the half of the day before the time: "2023.11.02. 오후 8:06", "午後3:15")
TIME_AFTER = re.compile(r"\.?[\s,|·/•–—-]*(?P<at>at\s+|um\s+|à\s+|a las\s+|alle\s+ore\s+|alle\s+|ore\s+|às\s+|"
                        r"kl\.\s*|klo\s+|om\s+|o\s+godz\.\s*|godz\.\s*|v\s+|ساعت\s*|الساعة\s*)?(?P<east>오전|오후|午前|午後|上午|下午)?\s*"
                        r"(?P<h>[01]?\d|2[0-3])(?P<sep>[:h.])(?P<min>[0-5]\d)"  # "16h28" in French
                        r"(?::[0-5]\d)?(?!\d)(?:\s*" + HALF + r")?" + SHOWN_ZONE, re.I)  # seconds are not kept
# a time of day written right before the date, with its half of the day ("Updated 10:30 AM EDT, Tue May 6, 2014",
# CNN's form), a weekday at most between them
TIME_BEFORE = re.compile(r"(?<![\d:.])(?P<h>0?[1-9]|1[0-2]):(?P<min>[0-5]\d)\s*" + HALF + SHOWN_ZONE
                         + r"[\s,]*(?:[A-Za-z]{3,9}\.?,?\s*)?$", re.I)
STAMP_LINE = 40  # a line of its own holding only a date and a time ("Thu, 14 May 2020 17:55 UTC") is this short


def visible_date(tree: _Element | None) -> str | None:
    """``YYYY-MM-DD`` (with `` HH:MM`` if a time follows the date) from the first short element marked as a
    date line, if it shows a whole date; see :func:`date_line`."""
    return date_line(tree)[0]


def date_line(tree: _Element | None, order: str | None = None) -> tuple[str | None, set[str]]:
    """The page's visible date line (:func:`visible_date`) and the days shown as the site header's "today": a
    marked line above the headline that gives a day without a time ("Mon, 25 Dec 2023") and sits outside the
    headline's container (a few levels up) is passed over. ``order``: how the page's language orders a date
    with slashes ("dmy", "mdy"; None: such a date is read only where its day is over 12)."""
    header: set[str] = set()
    if tree is None:
        return None, header
    headline = next(tree.iter("h1"), None)
    above = True
    for el in tree.iter():
        if el is headline:
            above = False
        if not isinstance(el.tag, str) or not date_marked(el):
            continue
        text = short_text(el, LONGEST)
        if text is None and (opening := _opened_by_stamp(el)) and not not_the_articles(el) and not _labelled_updated(el):
            return opening, header
        if not text or not_the_articles(el) or _labelled_updated(el):
            continue
        if any(c.isdigit() for c in text):  # the page's date line: a whole date, or one relative to now
            found = stamp_in(text, order)
            if found and above and headline is not None and len(found) == 10 and not _near(el, headline):
                header.add(found)
                continue
            return found, header
    return None, header


OPENING = 60  # characters of a longer marked line that its date and time open ("Von R. R. am 07.08.2013 um 09:07 Uhr")


def _opened_by_stamp(el: _Element) -> str | None:
    """The date and time opening a marked line too long to be a date line (WordPress's "postmetadata": the writer,
    the date and time, then the categories and the comments' link)."""
    pieces, size = [], 0
    for piece in el.itertext():  # no further than its opening: a marked block may hold a whole page
        pieces.append(piece)
        size += len(piece.strip())
        if size >= OPENING:
            break
    found, _ = stamp_and_rest(squash("".join(pieces))[:OPENING])
    return found if found and len(found) > len("YYYY-MM-DD") else None


def date_marked(el: _Element) -> bool:
    """Marked as a date by its class or id ("post-date", "fecha"), or a ``<time>`` element that only shows one
    (one with a ``datetime`` is read as markup), or shown after a calendar icon of its own."""
    if el.tag == "time" and el.get("datetime") is None:
        return True
    return MARKED.search(f"{el.get('class') or ''} {el.get('id') or ''}") is not None or _after_calendar_icon(el)


# an icon font's or a sprite's calendar ("<i class='fa fa-calendar'></i> <a>Mai 03, 2017</a>")
CALENDAR_ICON = re.compile(r"(?:^|[\s_-])calendar(?:[\s_-]|$)", re.I)


def _after_calendar_icon(el: _Element) -> bool:
    """An element right after an empty calendar icon, its sibling: a theme's mark of the post's date."""
    icon = el.getprevious()
    return icon is not None and isinstance(icon.tag, str) and icon.tag in ("i", "span", "svg", "em") \
        and CALENDAR_ICON.search(icon.get("class") or "") is not None and not squash(icon.text_content())


NEAR = 3
LABEL_LEVELS = 2  # the date's element, or the list holding it, right after its label


def _labelled_updated(el: _Element) -> bool:
    """The date comes right after a label saying the page changed ("<h4>Zuletzt geändert am:</h4><ul><li
    class="timestamp-list__item">15.10.2021</li></ul>"): the last change, not the publication."""
    for up in [el, *islice(el.iterancestors(), LABEL_LEVELS - 1)]:
        label = up.getprevious()
        if label is not None and isinstance(label.tag, str):  # a label is short: a long block before it is none
            return bool(UPDATED.search(short_text(label, LONGEST) or ""))
        if up.getparent() is None or squash(up.getparent().text):
            return False
    return False


def _near(el: _Element, headline: _Element) -> bool:
    ups = list(headline.iterancestors())[:NEAR]
    return any(up in ups for up in list(el.iterancestors())[:NEAR])


def stamp_lines(page: Page) -> list[str]:
    """``YYYY-MM-DD HH:MM`` of each line that holds only a date and a time ("2023-11-17 15:13", "Thu, 14 May
    2020 17:55 UTC", a weekday at most besides), outside lists of other articles, comments and page chrome."""
    return [stamp for _, stamp, _ in _stamp_pieces(page)]


def dated_blocks(page: Page) -> list[_Element]:
    """The elements holding such a line (a block "Name<br/>Outlet<br/>date and time" is the article's byline)."""
    return list(dict.fromkeys(el for el, _, _ in _stamp_pieces(page)))


# the writer after the date in a marked date line, before the story's section or the line's end ("Posted on May 3,
# 2020 by John Smith in News", "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion")
SECTION_WORD = r"(?i:in|im|dans|en|em|unter|under)\b"
WRITER_IN_LINE = re.compile(r"(?:^|[\s|·•,-])(?:(?i:by|von|par|por|door|da)\s+"
                            r"|(?i:redaktion|autor|autorin|author|text)\s*:\s*)"
                            r"(?P<writer>[A-ZÀ-Þ][\w.'-]*"
                            rf"(?:\s+(?!{SECTION_WORD})[A-ZÀ-Þ][\w.'-]*){{0,3}})(?=\s+{SECTION_WORD}|\s*[|·•,(]|\s*$)")


def dated_writers(tree: _Element | None) -> list[str]:
    """The writers date lines name after their date ("Posted on May 3, 2020 by John Smith in News"): the line of
    an element marked as a date line (or its parent), outside page chrome and other articles."""
    found = []
    for el in tree.iter() if tree is not None else ():
        if not isinstance(el.tag, str) or not el.text or not DIGIT.search(el.text) or el.tag in ("script", "style"):
            continue
        parent = el.getparent()
        if not (date_marked(el) or parent is not None and date_marked(parent)) or not_the_articles(el):
            continue
        stamp, rest = stamp_and_rest((short_text(el, LONGEST) or squash(el.text))[:LONGEST])  # with its parts
        if stamp and (writer := WRITER_IN_LINE.search(rest)):
            found.append(writer["writer"])
    return found


def stamp_writers(page: Page) -> list[str]:
    """The writers such lines name after their time ("06.11.2023 13:30 von Olga": "Olga")."""
    return [writer for _, _, writer in _stamp_pieces(page) if writer]


def _stamp_pieces(page: Page) -> list[tuple[_Element, str, str]]:
    """Each such line and its element, found once per page (the dates and the bylines both ask)."""
    return page.once("stamp_pieces", lambda: list(_find_stamp_pieces(page.tree)))


DIGIT = re.compile(r"\d")
# the writer after the time ("06.11.2023 13:30 von Olga"): a byline, not words that make the line a sentence
WRITER_AFTER = re.compile(r"^\W*(?i:von|by|par|por|door|di)\s+(?P<writer>[A-ZÀ-Þ][\w.'-]*(?:\s+[A-ZÀ-Þ][\w.'-]*){0,2})\W*$")


def _find_stamp_pieces(tree: _Element | None) -> Iterator[tuple[_Element, str, str]]:
    if tree is None:
        return
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        for piece in (el.text, *(child.tail for child in el)):
            if not piece or not DIGIT.search(piece):  # most pieces: asked before the costlier squash
                continue
            line = squash(piece)
            if len(line) > STAMP_LINE:
                continue
            stamp, rest = stamp_and_rest(line)
            writer = WRITER_AFTER.match(rest)
            rest = rest[:writer.start()] if writer else rest
            if stamp and len(stamp) > 10 and len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1 and not not_the_articles(el):
                # where the element sits is asked last: its ancestors are many, stamps few
                yield el, stamp, writer["writer"] if writer else ""


# a sentence stating when the post was written ("Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner
# geschrieben", "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter", "Posted on May 6, 2014 at 11:30 pm")
WRITTEN_ON = re.compile(r"(?:(?:erstellt|geschrieben|veröffentlicht|verfasst|publiziert|gepostet|eingestellt|wurde|"
                        r"erschienen)\s+am|(?:posted|published|written|submitted)\s+on|(?:publié|posté|écrit)\s+le|"
                        r"(?:publicado|escrito)\s+(?:el|em)|pubblicato\s+il|(?:geplaatst|gepubliceerd)\s+op)\s+", re.I)
WRITTEN_ON_REACH = 60  # characters after the words: a weekday, the date and its time


def written_on(tree: _Element | None) -> str | None:
    """``YYYY-MM-DD HH:MM`` of the first sentence stating when the post was written with the time of day (a footer
    of the post's own, not the page's), outside lists of other articles, comments and page chrome."""
    for el in tree.iter() if tree is not None else ():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        for piece in (el.text, *(child.tail for child in el)):
            if piece and (said := WRITTEN_ON.search(piece)):
                stamp, _ = stamp_and_rest(squash(piece[said.end():said.end() + WRITTEN_ON_REACH]))
                if stamp and len(stamp) > 10 and not not_the_articles(el):
                    return stamp
    return None


# a time of day on its own, not part of a date or a longer number ("Par E. NURDIN - 05:01 - Temps de lecture")
TIME_ONLY = re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])(?:\s*" + HALF + r")?"
                       + SHOWN_ZONE, re.I)


def shown_time(tree: _Element | None) -> str | None:
    """``HH:MM`` of the first marked date line when it shows a time of day and no date: many sites show only the
    time on the day an article appears, and blogs the day above the post and its time below it ("posted by
    Stadler at 12:53"); the day then comes from the page's tags or its date line (:func:`pipeline.extract.dates.
    page_stamps`)."""
    if tree is None:
        return None
    for el in tree.iter():
        if not isinstance(el.tag, str) or not date_marked(el):
            continue
        text = short_text(el, LONGEST)
        if not text or not_the_articles(el) or not any(c.isdigit() for c in text):
            continue
        match = TIME_ONLY.search(text)
        if stamp_in(text) or date_in_words(text):
            if match:
                return None  # the line shows a date and a time: :func:`date_line` reads it
            continue  # the day above the post ("<h2 class="date-header">17.7.11</h2>"), its time below it
        if match and not UPDATED.search(text[:match.start()]):
            return clock_of(match)
    return None


def date_in_words(text: str) -> bool:
    """Some date is written in ``text``, whole or not ("23/03", "hier", a year)."""
    return re.search(r"\d{1,4}[./-]\d{1,2}|(?:19|20)\d{2}", text) is not None



# a block shown only on paper ("<section class='print is-hidden'>Wydrukowano: <time>…</time>"): its date is the print's
PRINT_ONLY = re.compile(r"(?:^|\s)print(?:-only|only|-header|-footer|-date)?(?:\s|$)", re.I)


def not_the_articles(el: _Element) -> bool:
    """In page chrome, a list of other articles or comments, a print-only block or a navigation bar: a date shown
    there is not the article's."""
    return any(_chrome(a) or holds_other_times(a) or PRINT_ONLY.search(a.get("class") or "") for a in containers(el)) \
        or in_nav_bar(el)


def _chrome(el: _Element) -> bool:
    """Navigation, a footer, or an aside; an aside that holds an ``<h1>`` is where the site put its article."""
    return el.tag in ("nav", "footer") or (el.tag == "aside" and not el.xpath(".//h1"))


# a dateline opening the article's first paragraph: "Bern, 17.08.2007 - Rede von ...", "PARIS, 3 mars 2021 —"
DATELINE = re.compile(r"^(?P<place>[A-ZÀ-Þ][\w .'’/()-]{1,40}),\s*(?P<date>(?:\d|[A-ZÀ-Þ][a-zà-ÿ]{2,9}\.?\s+\d)"
                      r"[^-–—]{4,30}?)\s*[-–—]\s")
DATELINE_BLOCKS = 3  # the paragraphs under the headline a dateline may open


def dateline(tree: _Element | None) -> str | None:
    """``YYYY-MM-DD`` from a dateline opening one of the first blocks under the ``<h1>``: "Place, date -", or a date
    with no place before a dash ("29.11.2022 – ...") or in a short line before a comma or bar ("1. Februar 2022 ,
    Daniel Dillenburg")."""
    for text in _lead_blocks(tree):
        match = DATELINE.match(text)
        if match and (day := date_in(match["date"])):
            return day
        if day := _leading_date(text):
            return day
    return None


# a press release's dateline, its wire named after the date ("TAMPA, Fla., April 29, 2015 /PRNewswire/ --",
# "NEW YORK--(BUSINESS WIRE)--", "Dec. 1, 2023 (GLOBE NEWSWIRE) --"): the day the release was issued
WIRE = re.compile(r"(?P<before>[^/()]{6,60}?)\s*(?:/(?:PRNewswire(?:-[A-Za-z]+)?|CNW|PRWeb|Business Wire|GLOBE NEWSWIRE)/"
                  r"|\((?:BUSINESS WIRE|GLOBE NEWSWIRE|PRWEB|ACCESSWIRE|Newsfile Corp\.)\))", re.IGNORECASE)


def wire_dateline(descriptions: Iterable[str]) -> str | None:
    """``YYYY-MM-DD`` of a press release's dateline in the page's description, its opening sentence."""
    for text in descriptions:
        match = WIRE.search(text[:LONGEST])
        if match and (day := date_in(match["before"])):
            return day
    return None


def _lead_blocks(tree: _Element | None) -> list[str]:
    """The texts of the first blocks under the ``<h1>``: its following siblings, then the following paragraphs."""
    headline = next(tree.iter("h1"), None) if tree is not None else None
    if headline is None:
        return []
    siblings = islice((p for p in headline.itersiblings() if p.tag in ("p", "div")), DATELINE_BLOCKS)
    blocks = [squash(p.text_content())[:LONGEST] for p in siblings]
    blocks += [squash(p.text_content())[:LONGEST] for p in headline.xpath(f"following::p[position() <= {DATELINE_BLOCKS}]")]
    return blocks[: 2 * DATELINE_BLOCKS]


SHORT_LINE = 60  # "1. Februar 2022 , Daniel Dillenburg": a line under the headline, not a paragraph


def _leading_date(text: str) -> str | None:
    """``YYYY-MM-DD`` of a date opening the block: before a dash ("29.11.2022 – Mehrfach hatte ..."), or in a
    short line before a comma or a bar ("25.10.2022 - Reiner Nagel", "1. Februar 2022 , Daniel Dillenburg")."""
    found = _date_and_rest(text)
    return found[0] if found else None


def _date_and_rest(text: str) -> tuple[str, str] | None:
    text = text.translate(LATIN_DIGITS)
    for pattern in PATTERNS:
        match = pattern.match(text)
        if match is None or (day := _day_of(match)) is None:
            continue
        rest = text[match.end():].lstrip()
        if not rest or rest[:1] in "-–—" or (rest[:1] in ",|" and len(text) <= SHORT_LINE):
            return day, rest[1:].strip()
    return None


def headline_stamp(tree: _Element | None) -> str | None:
    """``YYYY-MM-DD HH:MM`` of a short line right under the ``<h1>`` (its next element) or right above it (its
    previous one) that shows a date and a time, marked or not, or opens with them ("<small>11.05.2012, 10:22 von
    jovelstefan</small>", "Donnerstag, 15.2.2018, 19:51 > da]v[ax", "<small>04.02.2022 | 13:10 Uhr | Uta
    Helkenberg</small><h1>", "22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: ...")."""
    headline = _article_h1(tree)
    if headline is None:
        return None
    for line in (_beside(headline, "getnext"), _beside(headline, "getprevious")):
        text = short_text(line, LONGEST) if line is not None else None
        stamp = _opening_stamp(text) if text else None
        if stamp and len(stamp) > len("YYYY-MM-DD") and not not_the_articles(line):
            return stamp
    return None


def _article_h1(tree: _Element | None) -> _Element | None:
    """The first ``<h1>`` in an ``<article>``, else the page's first (a site's name may come first, in its header:
    ``<header><h1>Notícia Exata</h1></header>``)."""
    if tree is None:
        return None
    inside = tree.xpath("(//article//h1)[1]")
    return inside[0] if inside else next(tree.iter("h1"), None)


def _opening_stamp(text: str) -> str | None:
    """The date and time of a short line, or of a longer one that they open ("22/11/2020 - 04:30 - Fonte: Agência
    Brasil - Foto: Cesar Greco/Palmeiras"): a line this long that holds a date further in is a sentence."""
    if len(text) <= SHORT_LINE:
        return stamp_in(text)
    stamp, rest = stamp_and_rest(text)
    opens = rest.startswith(" ")  # the rest is what came before the stamp, a space, then what followed it
    return stamp if stamp and opens else None


def _beside(el: _Element, step: str) -> _Element | None:
    """The element's next or previous sibling element (a comment between them passed over)."""
    near = getattr(el, step)()
    while near is not None and not isinstance(near.tag, str):
        near = getattr(near, step)()
    return near


def dated_lines(tree: _Element | None) -> list[str]:
    """What follows the date in each short line under the headline that a date opens: the writer's name in
    "25.10.2022 - Reiner Nagel" and "1. Februar 2022 , Daniel Dillenburg"."""
    return [found[1] for text in _lead_blocks(tree)
            if len(text) <= SHORT_LINE and (found := _date_and_rest(text)) and found[1]]


# a label before the date it names, in an element of its own ("<h5>Datum:</h5>03.02.2022"; "<strong>Date</strong>
# 10.06.2013" opening a line of its own, without the colon)
DATE_LABEL = re.compile(r"^(?:datum|date|published|publiziert|veröffentlicht(?: am)?|erschienen(?: am)?|publié le|"
                        r"publicado|fecha|data|pubblicato|announced|publication date|date published|"
                        r"veröffentlichungsdatum|erscheinungsdatum)\s*(?P<colon>:)?$", re.I)
TERMS = ("dt", "th")  # a label a definition list or a table gives its value: no colon needed


def labelled_date(tree: _Element | None) -> str | None:
    """``YYYY-MM-DD`` (with `` HH:MM``) written right after an element holding only a date label: after it, or in
    the element next to it ("<span>Datum:</span> <span>18.10.2021</span>", "<dt>Announced</dt><dd>April 2,
    2024</dd>"); else after such a label and its colon
    opening a line of text ("Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023")."""
    if tree is None:
        return None
    for el in tree.iter():
        if not isinstance(el.tag, str) or len(el) or (label := DATE_LABEL.match(squash(el.text))) is None:
            continue
        after = squash(el.tail)[:LONGEST] or _next_text(el)
        # without its colon, a label opens its line and the date follows it at once
        if (label["colon"] or el.tag in TERMS or opens_line(el) and after[:1].isdigit()) and not not_the_articles(el) \
                and (found := stamp_in(after)):
            return found
    return _label_opening_a_line(tree)


# a date label opening a line, the date after it: with its colon ("Erschienen am: 01.11.2023"), or without one where
# the date (and its time) is all the line holds ("Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde")
LABEL_IN_LINE = re.compile(DATE_LABEL.pattern.replace(r"\s*(?P<colon>:)?$", r"\s*(?P<colon>:)?\s*(?=\d)"), re.I)


def _label_opening_a_line(tree: _Element) -> str | None:
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        lines = [(el.text, True), *((child.tail, child.tag == "br") for child in el)]
        for piece, opens in lines:
            line = squash(piece)
            if not opens or not line or len(line) > LONGEST or (label := LABEL_IN_LINE.match(line)) is None:
                continue
            found, rest = stamp_and_rest(line[label.end():])
            if found and (label["colon"] or not re.search(r"\w", rest)) and not not_the_articles(el):
                return found
    return None


def _next_text(el: _Element) -> str:
    following = el.getnext()
    return short_text(following, LONGEST) or "" if following is not None and isinstance(following.tag, str) else ""


def shown_days(tree: _Element | None) -> set[str]:
    """``YYYY-MM-DD`` of every date the page shows its reader as a short line or part of one (not a script's, a
    tag's, nor an update's), outside lists of other articles, comments and page chrome."""
    days: set[str] = set()
    for el in tree.iter() if tree is not None else ():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title"):
            continue
        for piece in (el.text, *(child.tail for child in el)):
            line = squash(piece)
            if line and len(line) <= LONGEST and any(c.isdigit() for c in line) and (day := date_in(line)) \
                    and day not in days and not not_the_articles(el):
                days.add(day)
    return days


def date_in(text: str) -> str | None:
    """The first whole date written in ``text`` that is not marked as an update, as ``YYYY-MM-DD``."""
    found = stamp_in(text)
    return found[:10] if found else None


def stamp_in(text: str, order: str | None = None) -> str | None:
    """The first whole date written in ``text`` that is not marked as an update, as ``YYYY-MM-DD``, with
    `` HH:MM`` (and `` UTC``) when a time of day follows it; ``order`` as for :func:`date_line`."""
    return stamp_and_rest(text, order)[0]


def stamp_and_rest(text: str, order: str | None = None) -> tuple[str | None, str]:
    """The first date (and time) in ``text``, and the text around it."""
    text = text.translate(LATIN_DIGITS)  # digit for digit: the text around the date keeps its places
    patterns = PATTERNS + ((SLASHED[order],) if order else ())
    hits = sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())
    for match in hits:
        if UPDATED.search(text[:match.start()]):
            continue
        day = _day_of(match)
        if day is None:
            continue
        clock = TIME_AFTER.match(text, match.end())
        if clock is None or clock["sep"] == "." and not (clock["at"] or clock["zone"] or clock["ampm"]):
            if before := TIME_BEFORE.search(text, 0, match.start()):
                if UPDATED.search(text[:before.start()]):
                    continue  # "Updated 10:30 AM EDT, Tue May 6, 2014": when it changed
                return f"{day} {clock_of(before)}", text[:before.start()] + " " + text[match.end():]
            return day, text[:match.start()] + " " + text[match.end():]
        return f"{day} {clock_of(clock)}", text[:match.start()] + " " + text[clock.end():]
    return None, text


def writes_day(tree: _Element | None, day: str) -> bool:
    """The page writes the date ``day`` (``YYYY-MM-DD``) somewhere in its markup, in any form a date line may take
    or with slashes ("2023/01/01", "01/01/2023")."""
    if tree is None:
        return False
    markup = tostring(tree, encoding="unicode", method="html").translate(LATIN_DIGITS)
    year, month, dom = (int(part) for part in day.split("-"))
    slashed = re.compile(rf"(?<!\d)(?:{year}/0?{month}/0?{dom}|0?{dom}/0?{month}/{year}|0?{month}/0?{dom}/{year})(?!\d)")
    return slashed.search(markup) is not None or any(
        _day_of(match) == day for pattern in PATTERNS for match in pattern.finditer(markup))


def _day_of(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("hy"):
        return _solar_hijri_day(groups)
    month = MONTH_OF.get(groups["name"].casefold(), 0) if groups.get("name") else int(groups["m"])
    try:  # month 0: a spelling the pattern matched case-blind that no name has (a date not read)
        return date(int(groups["y"]), month, int(groups["d"])).isoformat()
    except ValueError:
        return None


def _solar_hijri_day(groups: dict[str, str]) -> str | None:
    month = solar_hijri_month(groups["hijri"]) if groups.get("hijri") else int(groups["m"])
    try:
        return from_solar_hijri(int(groups["hy"]), month or 0, int(groups["d"])).isoformat()
    except ValueError:
        return None


AFTERNOON = frozenset({"오후", "午後", "下午"})


def clock_of(match: re.Match[str]) -> str:
    word = match["ar"] or ""
    half = (match["ampm"] or "").casefold() or ("p" if word.startswith(EVENING) else "a" if word else "")
    if "east" in match.re.groupindex and match["east"]:
        half = "p" if match["east"] in AFTERNOON else "a"
    hour = int(match["h"]) % 12 + (12 if half == "p" else 0) if half else int(match["h"])  # مساءً: pm, صباحاً: am
    zone = match["zone"] or ""
    return f"{hour:02d}:{match['min']}" + (" UTC" if zone.upper() in ("UTC", "GMT") else f" {zone}" if zone else "")
