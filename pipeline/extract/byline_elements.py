"""Where a page writes who wrote it: the author tags' names, the elements it marks as the author or the byline
(``itemprop=author``, ``rel=author``, classes "byline", "author"...), the short lines a "By"-word opens ("Von
Anna Schmidt", "Autor: <a>…</a>") and a name beside a writer's icon; none in page chrome, comments or pictures.
``bylines`` reads them into names."""

from __future__ import annotations

import re
from typing import Any

from lxml.etree import _Element

from pipeline.extract.credits import Rules
from pipeline.extract.page import (
    UNREAD,
    Page,
    heading_text,
    of_other_work,
    opens_line,
    read_aloud_only,
    squash,
    styled_hidden,
    text_of,
    unseen,
)
from pipeline.extract.regions import chrome, chrome_or_own, in_comments, pictured, quoted

AUTHOR_META = ("author", "article:author", "og:article:author", "parsely-author", "dc.creator", "dcterms.creator",
               "sailthru.author", "byl", "cxenseparse:author", "twitter:creator:name")

# "createdby": the writer line of Joomla articles (``<dd class="createdby">Escrito por ...</dd>``)
BYLINE_CLASSES = ("byline", "author", "autor", "auteur", "firma", "signature", "writer", "createdby")

MARK_ATTRIBUTES = ("class", "id", "data-testid", "data-component", "data-qa")
BYLINE_MARK = re.compile("|".join(map(re.escape, BYLINE_CLASSES)))  # any of them, asked of every element at once

NOT_BYLINE = ("bio", "affiliation", "avatar", "image", "img", "photo", "date", "time", "social", "follow", "more", "box")


def byline_texts(page: Page) -> list[tuple[str, str]]:
    return [(text, parted) for _, text, parted in byline_elements(page)]


def byline_elements(page: Page) -> list[tuple[_Element, str, str]]:
    """The page's byline elements (:func:`_marked_bylines`), found once per page."""
    return page.once("byline_elements", lambda: _marked_bylines(page.tree) if page.tree is not None else [])


def _in_nested_item(el: _Element, item: _Element) -> bool:
    """``el`` names an item nested in ``item`` (the writer's affiliation: ``itemprop=affiliation``), not it."""
    for up in el.iterancestors():
        if up is item:
            return False
        if up.get("itemscope") is not None:
            return True
    return False


def _marked_bylines(tree: _Element) -> list[tuple[_Element, str, str]]:
    """Elements marked as author (their ``itemprop=name`` parts if any) or as a byline, with their text as read
    (child elements spaced) and with child elements as separate parts ("Faisal Islam, Economics editor" from
    ``<span>Faisal Islam</span><span>Economics editor</span>``); none from page chrome, comments or lists of
    other stories, nor a reader's comment ("comment-author"), nor a picture's credit (an author marked inside
    ``<figure>``/``<figcaption>``)."""
    found = []
    for el in tree.xpath("//*[@itemprop='author'] | //*[@rel='author']"):
        if not chrome(el) and not pictured(el) and not of_other_work(el) and not quoted(el):
            names = [n for n in el.xpath(".//*[@itemprop='name']") if not _in_nested_item(n, el)]
            text = ", ".join(text_of(n) for n in names) if names else el.get("content") or heading_text(el, read_aloud_only)
            found.append((el, text, text))
    read = {el for el, _, _ in found}  # an author item read already (by its itemprop=name parts) is not re-read
    for el in tree.iter("*"):
        marks = " ".join([el.tag if el.tag == "byline" else ""] + [el.get(a) or "" for a in MARK_ATTRIBUTES]).casefold()
        if BYLINE_MARK.search(marks) and not any(n in marks for n in NOT_BYLINE) and not chrome_or_own(el) \
                and not in_comments(el) and not _place(el) and not pictured(el) and not quoted(el) and el not in read:
            found.append((el, el.get("content") or heading_text(el, _unshown), in_parts(el, nested=True)))
    return found


def in_parts(el: _Element, nested: bool = False) -> str:
    """The element's text with each child's a part of its own ("Faisal Islam, Economics editor"), places and
    screen-reader labels left out; ``nested``: a child set in lines of its own (:func:`set_in_lines`) gives each
    line as a part too (a byline box's "<h4>Matthias</h4><p>Medizinstudent, Papa, …</p>")."""
    parts = [el.text or ""] + [f"{_part(child, nested)}, {child.tail or ''}" for child in el
                               if isinstance(child.tag, str) and not _unshown(child)]
    return ", ".join(squash(p) for p in parts if squash(p))


def _part(child: _Element, nested: bool) -> str:
    return in_parts(child, nested) if nested and set_in_lines(child) else heading_text(child, _unshown)


def _unshown(el: _Element) -> bool:
    """Code, a place, the writer's institution, the story's section, a label for screen readers only ("<span
    class=screen-reader-text>Author</span>Andreas Kalt"), or a part kept out of sight ("<span
    style="display:none">The Star-Ledger</span>"), or a link to act on ("Email the author")."""
    return el.tag in UNREAD or _place(el) or _affiliation(el) or _section(el) or read_aloud_only(el) or unseen(el) \
        or styled_hidden(el) or (el.tag in ("a", "button") and ACTION.match(text_of(el)) is not None)


# what a reader does with a writer ("Follow @tdmrussell", "Email the author"): after a name, and as a link of its own
ACTION_WORDS = "follow|share|tweet|subscribe|e-?mail"
# a link or button that does something for the reader ("Email the author", "Follow on Twitter", "Print")
ACTION = re.compile(rf"(?:{ACTION_WORDS}|print|contact|send)\b", re.IGNORECASE)

PLACE = re.compile(r"(?:^|[\s_-])(?:adr|locality|location|local|dateline|place|city)(?:[\s_-]|$)")

# the writer's institution marked in the byline ("<em class="institution_name">Newcastle University</em>"): where
# they work, not who published the text
AFFILIATION = re.compile(r"(?:^|[\s_-])(?:institution|affiliation)(?:[\s_-]|$)")


def _affiliation(el: _Element) -> bool:
    marks = f"{el.get('class') or ''} {el.get('itemprop') or ''}".casefold()
    return isinstance(el.tag, str) and AFFILIATION.search(marks) is not None


# the story's section or category set in the byline's box ("<div class="author"><a href="/actualidad/internacional">
# <span class="assigned-section">Internacional</span></a></div>"): a class word ending so, none naming the writer
SECTION_WORDS = ("section", "category", "categories", "rubric", "rubrik", "ressort")
WRITER_WORDS = ("author", "autor", "auteur", "byline", "writer", "name")
# a link to a section's or a tag's page ("<a class="categoria_link" href="/category/el-mundo/">El Mundo</a>")
SECTION_PATH = re.compile(r"/(?:category|categories|categoria|categorias|categorie|kategorie|kategorien|rubrik|ressort|"
                          r"section|sections|tag|tags|thema|themen|topics?)/", re.IGNORECASE)


def _section(el: _Element) -> bool:
    words = (el.get("class") or "").casefold().split() if isinstance(el.tag, str) else []
    return any(w.endswith(SECTION_WORDS) and not any(k in w for k in WRITER_WORDS) for w in words) \
        or (el.tag == "a" and SECTION_PATH.search(el.get("href") or "") is not None)


def _place(el: _Element) -> bool:
    """A part of a byline marked as the writer's place (hCard ``adr``/``locality``, "dateline", "author-local"):
    not a name."""
    return isinstance(el.tag, str) and PLACE.search((el.get("class") or "").casefold()) is not None

# the icons a template sets before its writer's name: a pencil, pen or feather (Font Awesome's and other icon
# sets'); not a person's icon, which as often marks the reader's account ("<i class="fa fa-user"></i> Mein Konto")
WRITER_ICONS = "//*[" + " or ".join(f"contains(@class, '{icon}')" for icon in (
    "fa-pencil", "fa-pen", "fa-feather", "icon-pencil", "icon-pen", "icon-feather", "glyphicon-pencil")) + "]"

MAX_ICON_LINE = 60  # the name beside the icon, perhaps with "von" or a date; a longer text is no byline


def iconed_lines(tree: _Element) -> list[str]:
    """The short lines that hold a writer's icon, outside the page's chrome: the name beside it."""
    lines = []
    for icon in tree.xpath(WRITER_ICONS):
        holder = icon.getparent()
        if holder is not None and 4 < len(text := text_of(holder)) <= MAX_ICON_LINE and not chrome(holder):
            lines.append(text)
    return lines


# blocks a byline box sets its lines in: a heading over a paragraph ("<h4>Matthias</h4><p>Medizinstudent, Papa</p>")
LINE_BLOCKS = ("div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6")


def set_in_lines(el: _Element) -> bool:
    """The element, or a box in it, holds its text in two or more blocks of their own (``<div>Name</div><div>Name
    </div>``, ``<div><h4>Matthias</h4><p>Medizinstudent, Papa, …</p></div>``)."""
    return any(len([c for c in box if c.tag in LINE_BLOCKS and text_of(c)]) >= 2 for box in el.iter("*"))

SIGN_OFF = " -–—"  # a byline signed at the end of the text ("-- By Michael Russell")

FOLLOW = re.compile(rf"\s+(?i:{ACTION_WORDS})\b.*$")  # "Michael Russell Follow @tdmrussell"


def _first_line(el: _Element) -> str:
    """The element's shown text up to its first line break ("Von A und B<br/>Kakuma /Kenia": the place below
    the names is no part of them); none of its hidden parts."""
    pieces = []
    for node in el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)] | .//br"):
        if not isinstance(node, str):
            break
        if not _kept_out_of_sight(node, el):
            pieces.append(node)
    return squash(" ".join(pieces))


def _kept_out_of_sight(text: Any, within: _Element) -> bool:
    """A text node of ``within`` inside an element hidden from the reader ("<span style="display:none">")."""
    holder = text.getparent()
    if text.is_tail:
        holder = holder.getparent()
    while holder is not None and holder is not within:
        if unseen(holder) or styled_hidden(holder):
            return True
        holder = holder.getparent()
    return False


def opened_lines(tree: _Element, r: Rules) -> list[str]:
    """Short paragraphs that open with a "By"-word ("Von Anna Schmidt"), none in page chrome or other stories, nor
    in a quoted post (an embedded Facebook post's "Posted by Pamela Rendi-Wagner on Sunday, February 6, 2022")."""
    lines = []
    for el in tree.iter("p", "span", "div", "address", "strong", "em", "b", "i"):
        lead = _lead(el).lstrip().lstrip(SIGN_OFF)
        if not (r.opener.match(lead) or _author_label(el, lead)) or chrome(el) or quoted(el):
            continue  # the "By"-word is the element's own first text: only those are read whole
        text = FOLLOW.sub("", _first_line(el)).lstrip(SIGN_OFF)
        if len(el) == 0 and not r.opener.sub("", text + " ").strip():  # a label: "<span>Autor:</span> Fritz Imhof"
            text = f"{text} {squash(el.tail)}"
        if 4 < len(text) <= 120 and r.opener.match(text) and re.search(r"\s[A-ZÀ-Þ]", text):
            lines.append(text)
    return lines + _labelled_lines(tree, r)

# elements that show no text of their own: an image, a picture, an icon's drawing, a player
TEXTLESS = frozenset({"img", "picture", "svg", "source", "video", "audio", "iframe", "hr", "wbr", "input"})


def _lead(el: _Element) -> str:
    """The element's own first text: its text, or the tail of the textless elements that open it ("<p><img/>Por
    Ana Díaz</p>"); "" when another child comes first (the child is read itself)."""
    if (el.text or "").strip():
        return el.text or ""
    for child in el:
        if isinstance(child.tag, str) and child.tag not in TEXTLESS:
            return ""
        if (child.tail or "").strip():
            return child.tail or ""
    return ""

# "<li><strong>Author</strong> Julian Tompkin</li>": the word alone, set apart by its element, opening its line
AUTHOR_LABEL = re.compile(r"(?i:auth?ors?|autor(?:in|en)?|auteurs?|autore|autora|autores)")


def _author_label(el: _Element, lead: str) -> bool:
    return bool(AUTHOR_LABEL.fullmatch(lead.strip())) and len(el) == 0 and opens_line(el) \
        and squash(el.tail)[:1].isupper()

LABEL = re.compile(r"\s*\w+(?: \w+)?\s*:")  # "Autor:", "Text und Fotos:"


def _labelled_lines(tree: _Element, r: Rules) -> list[str]:
    """A line inside a block of ``<br/>``-parted lines that a "By"-word labels ("…<br/>Autor: <a>Rechtsanwalt</a>
    Sebastian Einbock</div>"): the label and what follows it up to the next line break."""
    lines = []
    for br in tree.iter("br"):
        label = LABEL.match(br.tail or "")
        if label is None or not r.opener.match(label.group(0).strip()) or chrome(br):
            continue
        pieces = [br.tail or ""]
        for sibling in br.itersiblings():
            if sibling.tag == "br":
                break
            pieces += [text_of(sibling), sibling.tail or ""]
        if 4 < len(text := squash(" ".join(pieces))) <= 120:
            lines.append(text)
    return lines
