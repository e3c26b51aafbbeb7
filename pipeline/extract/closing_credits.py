"""Credits that close an article's text rather than open it: an agency's line ("(dpa/AFP)", "erb/ots", "(Mit
Material von dts)") or its sign-off after the last sentence ("... Donald Trump. (ANSA)."), a wire story's closing
line ("(Reporting by Michel Rose; Editing by ...)"), a writer signing off in brackets or alone in bold under the
text, the outlet a republished story first appeared in ("This post originally appeared on Grist.") and the one a
Chinese source line names ("稿件来源：河北日报"); and, opening it, the agencies of a dateline ("Hamburg (dpa/lno) –
...", "【ワシントン共同】"). A Japanese agency signs off in full-width brackets ("…と述べた。（共同）")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from lxml.etree import _Element

from pipeline.extract.cjk_bylines import source_outlets
from pipeline.extract.credits import (
    CREDIT_PARTS,
    MAX_BYLINE_CHARS,
    Byline,
    Rules,
    is_name,
    is_organisation,
    is_publisher,
    name_key,
    split_byline,
)
from pipeline.extract.marked_credits import copyright_holders
from pipeline.extract.page import Page, short_text, text_of
from pipeline.extract.regions import caption, chrome, in_comments

PARAGRAPHS = "//p[not(ancestor::nav or ancestor::footer or ancestor::aside)]"
MAX_AGENCY_LINE = 40  # an agency's own line is this short; a longer one is a sentence naming it
# and a short text block a site sets its paragraphs in, holding a bracketed credit ("<div class="article-s4-rs">
# (SID)</div>"); unbracketed, a block's name is a label or a box's ("<div class="author-box">Reuters</div>")
CREDIT_BLOCKS = ("//*[self::p or self::div[not(*) and starts-with(normalize-space(), '(') and "
                 f"string-length(normalize-space()) <= {MAX_AGENCY_LINE + 4}]]"
                 "[not(ancestor::nav or ancestor::footer or ancestor::aside)]")
# a block set inside a paragraph ("... (dpa)<aside>Weiterlesen ...</aside>"): not the paragraph's own words
INSET = frozenset({"aside", "figure", "ul", "ol", "div", "table", "nav", "script", "style", "form"})
NAME_SIGN_OFF = re.compile(r"[.!?»\"“”]\s*\(([^()\d]{4,40})\)\s*[.+]*\s*$")
WIRE_CREDIT = re.compile(r"[(\[]?\s*(?:Reporting|Writing|Written|Reported) by\s", re.I)
WIRE_WRITERS = re.compile(r"(?:Reporting|Writing|Written|Reported) by\s+(.+)$", re.I)
WIRE_PLACE = re.compile(r"\s+in\s+[A-ZÀ-Þ][\w.' -]*$")  # "... Anna Schmidt in New York"
# what names the text's source before it: "Quelle: dpa", "Mit Material von dts", "mit Material der dpa"
SOURCE = re.compile(r"^(?:(?:Quelle|Source|Fuente|Fonte|Fonti|Bron|Źródło|Zdroj|Forrás|Kilde|Källa)\s*:\s*"
                    r"|mit Material (?:von|der|des)\s+)", re.I)
AGENCY_SIGN_OFF = re.compile(r"[.!?»\"]\s*[-–—]*\s*\(([^()]{2,40})\)\s*\.?\s*$"  # "... sentence. (ANSA).", "--(بترا)"
                             r"|[。！？」]\s*（([^（）]{2,20})）\s*$"  # "…と述べた。（共同）"
                             r"|[.!?»\"”]\s+[–—]\s*([^\W\d][\w/ .-]{1,30}?)\s*\.?\s*$")  # "... on August 11-21. — AFP"
# the parts of a line under the headline ("22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: ..."): one may name
# the text's source
LINE_PARTS = re.compile(r"\s+[-–—|·•]\s+")
INITIALS = re.compile(r"[a-zà-ž]{2,4}")  # an editor's initials before the agency ("aja/PAP", "mst/dpa")
# who contributed to a report, closing it: the agencies among them are credited, the persons are no writers
CONTRIBUTED = re.compile(r"^(?:(?P<who>[^.]{2,120}?)\s+contributed(?: reporting)?(?: to this (?:report|story|article))?"
                         r"|(?:Contributing|Additional reporting by)\s*:?\s*(?P<list>[^:]{2,120}?))\s*\.?$", re.I)
EMPHASIS = frozenset({"b", "strong", "i", "em"})
MAX_SIGNATURE = 40  # a writer's name signing the text; a longer line is a sentence
TEXT_BEFORE_SIGNATURE = 150  # the paragraph a signature closes is the text's own, not a caption or a list item
MAX_REPUBLISHED_CHARS = 160  # a note on where a story first ran is a line; a longer text is a paragraph about it
# the elements that may hold such a note: a word every opener holds, found by the parser (most pages hold none)
NOTE_WORDS = ("riginal", "irst", "epublished", "eprinted", "zuerst", "rsprünglich", "rstveröffentlichung",
              "nitialement", "eerder", "oorspronkelijk")
NOTES = ("//body//*[self::p or self::div or self::span or self::em or self::i]["
         + " or ".join(f"contains(text(), '{word}')" for word in NOTE_WORDS) + "]")
# a language a story first ran in ("originally published in German"), not an outlet
LANGUAGES = frozenset({"english", "german", "french", "spanish", "italian", "portuguese", "dutch", "englisch", "deutsch",
                       "französisch", "spanisch", "anglais", "allemand", "français", "espagnol", "inglés", "alemán",
                       "francés", "español", "inglese", "tedesco", "engels", "duits"})
# the holder of a copyright notice ("Citylab.com © 2019 The Atlantic Monthly Group")
RIGHTS = re.compile(r"©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<holder>[^\W\d_][^|,;]*)")
OUTLET = r"(?P<outlet>[^\W\d_][^.,;:()!?\"“”]{0,58}?)"  # "Grist", "The Conversation", "Der Standard"
# where the outlet's name ends: a stop, or the words after it ("... on May 3", "... and is republished",
# "... bei ZEIT ONLINE erschienen")
OUTLET_END = (r"\s*(?:[.,;:(!]|$|\s(?:on|am|le|el|il|op|em|and|und|et|y|under|unter|sous|bajo|erschienen|"
              r"veröffentlicht)\b)")


def credit_lines(page: Page, r: Rules, sites: Iterable[str] = ()) -> Byline:
    """Agencies credited in a short line of their own in the article ("(dpa/AFP)", "Reuters", an editor's
    initials and the agency: "aja/PAP") or signing off its last words ("... 222 di Donald Trump. (ANSA)."), the
    outlet a republished story names as where it first ran, and the one a Chinese source line names
    ("稿件来源：河北日报")."""
    if page.tree is None:
        return Byline()
    orgs: tuple[str, ...] = ()
    for el in page.tree.xpath(CREDIT_BLOCKS):
        # "AFP/Getty" under a photo credits the picture, not the article; a credit right under the headline, the story
        if not caption(el) or _under_headline(el):
            orgs += tuple(agency for line in own_lines(el) for agency in _agencies_credited(line, r))
    sources = tuple(o for o in source_outlets(page.tree, chrome) if not is_publisher(o, r, sites))
    own = {name_key(s) for s in sites}
    datelined = tuple(a for a in dateline_agencies(page.tree, r) if name_key(a) not in own)
    return Byline((), orgs + datelined + copyright_holders(page.tree, r) + first_ran_in(page.tree, r, sites) + sources)


def _under_headline(el: _Element) -> bool:
    """The block right after the article's ``<h1>`` (or the group of headings holding it), with no picture: the
    story's own credit line, even where the site marks it a "credit" (``<h1>…</h1></hgroup><p class="credit">JIJI``)."""
    before = el.getprevious()
    if before is None or not isinstance(before.tag, str) or el.xpath(".//img|.//picture|.//figure"):
        return False
    return before.tag == "h1" or (before.tag in ("hgroup", "header", "div") and before.xpath("./h1") != [])


# the place and the agencies opening the text ("Hamburg (dpa/lno) – Trotz eines Gespräches ...")
DATELINE_CREDIT = re.compile(r"^[A-ZÀ-Þ][\w.'/ -]{1,40}?\s*\(([^()]{2,30})\)\s*[-–—:]\s")
# a Japanese dateline: the place and the agency in lenticular brackets ("【ワシントン共同】")
DATELINE_BRACKETS = re.compile(r"^【[^【】]{0,20}?(共同|時事)】")
LEAD_PARAGRAPHS = 6  # the dateline opens one of the text's first paragraphs


def dateline_agencies(tree: _Element, r: Rules) -> tuple[str, ...]:
    """The agencies a dateline credits at the start of one of the article's first paragraphs ("Hamburg (dpa/lno)
    – ..."): their copy (on the agency's own site, the site); not a picture's caption."""
    for el in tree.xpath(f"({PARAGRAPHS})[position() <= {LEAD_PARAGRAPHS * 3}]"):
        text = text_of(el)
        match = DATELINE_CREDIT.match(text) or DATELINE_BRACKETS.match(text)
        if match and not caption(el) and not chrome(el) and (agencies := _agencies_only(match.group(1), r)):
            return tuple(agencies)
    return ()


def own_lines(el: _Element) -> Iterator[str]:
    """A paragraph's own lines: its text split where it breaks (``<br>``), blocks set inside it left out."""
    line = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            yield " ".join("".join(line).split())
            line = []
        elif tag not in INSET:
            line.append(child.xpath("string()"))
        line.append(child.tail or "")
    yield " ".join("".join(line).split())


def _agencies_credited(line: str, r: Rules) -> list[str]:
    """The agencies a line of its own credits ("(dpa/AFP)", "aja/PAP"), a sign-off after its last sentence, a part of
    the line naming the text's source ("... - Fonte: Agência Brasil - ..."), or a line naming who contributed to
    the report ("The Associated Press contributed to this report.")."""
    if contributed := CONTRIBUTED.match(line.strip()):
        parts = CREDIT_PARTS.split(contributed["who"] or contributed["list"])
        return [p for p in parts if p.casefold().removeprefix("the ") in r.agencies]  # "The Associated Press"
    bare = SOURCE.sub("", line.strip(" ()[].-–—（）"))
    signed = AGENCY_SIGN_OFF.search(line)
    sign_off = [SOURCE.sub("", next(g for g in signed.groups() if g))] if signed else []
    sourced = [SOURCE.sub("", part) for part in LINE_PARTS.split(line) if SOURCE.match(part)]
    for text in ([bare] if len(bare) <= MAX_AGENCY_LINE else []) + sign_off + sourced:
        if agencies := _agencies_only(text, r):
            return agencies
    return []


def _agencies_only(text: str, r: Rules) -> list[str]:
    """The agencies ``text`` lists, where it lists nothing but agencies and editors' initials ("dpa/lno", "aja/PAP")."""
    parts = [p for p in CREDIT_PARTS.split(text) if p]
    agencies = [p for p in parts if p.casefold() in r.agencies]
    return agencies if agencies and all(p in agencies or INITIALS.fullmatch(p) for p in parts) else []


def first_ran_in(tree: _Element, r: Rules, sites: Iterable[str] = ()) -> tuple[str, ...]:
    """The outlet a note on a republished story names as where it first ran ("This post originally appeared on
    Grist.", "Dieser Artikel erschien zuerst bei Der Standard."), not the site itself."""
    if not r.republished_openers:
        return ()
    pattern = _republished(r.republished_openers)
    sites = tuple(sites)
    for el in tree.xpath(NOTES):
        line = short_text(el, MAX_REPUBLISHED_CHARS)
        if line and (note := pattern.search(line)) and not chrome(el) and not caption(el) \
                and not in_comments(el) and _outlet(outlet := note["outlet"].strip(), tree, r, sites):
            return (outlet,)
    return ()


def _outlet(name: str, tree: _Element, r: Rules, sites: tuple[str, ...]) -> bool:
    """A named outlet outside the site's group: capitalised, no figures ("in 2019", "on March 3"), not a day, not
    the site, an edition of it ("VICE US" on Vice) nor the group holding the site's copyright ("The Atlantic" on a
    page "© 2019 The Atlantic Monthly Group")."""
    first = name.split()[0].casefold()
    if not name[:1].isupper() or any(ch.isdigit() for ch in name) or first in r.weekdays or first in LANGUAGES:
        return False  # "first published in 2019", "... on Monday", "... in German by Der Spiegel"
    edition = name_key(name.split()[0])
    return not is_publisher(name, r, sites) and not any(name_key(site) == edition for site in sites) \
        and not any(holder.startswith(name_key(name)) for holder in _rights_holders(tree))


def _rights_holders(tree: _Element) -> Iterator[str]:
    for el in tree.xpath("//body//*[contains(text(), '©')]"):
        if (line := short_text(el, MAX_AGENCY_LINE * 3)) and (held := RIGHTS.search(line)):
            yield name_key(held["holder"])


@functools.cache
def _republished(openers: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s(\[*])(?:{alternatives})\s+{OUTLET}{OUTLET_END}", re.IGNORECASE)


def wire_credits(page: Page, r: Rules, sites: Iterable[str] = ()) -> Byline:
    """The writers a wire story credits in its closing line ("(Reporting by Michel Rose and Anna Schmidt in Paris;
    Additional reporting by ...; Editing by ...)"): those who reported and wrote it, not who added or edited."""
    if page.tree is None:
        return Byline()
    found = Byline()
    for el in page.tree.xpath(PARAGRAPHS):
        text = text_of(el)
        if len(text) > MAX_BYLINE_CHARS or not WIRE_CREDIT.match(text):
            continue
        for segment in text.strip(" ()[]").split(";"):
            if (written := WIRE_WRITERS.match(segment.strip())) is not None:
                found += split_byline(WIRE_PLACE.sub("", written.group(1)), r, sites)
    return Byline(found.authors)


def signed_off(page: Page, r: Rules, sites: Iterable[str] = ()) -> Byline:
    """A writer signing the text off in brackets after its last sentence ("... bleibt spannend. (Christian P.
    Stadtfeld)"), when one paragraph of the page ends so (several are quotes' sources)."""
    if page.tree is None:
        return Byline()
    signed = [m.group(1) for el in page.tree.xpath(PARAGRAPHS)
              if not caption(el) and (m := NAME_SIGN_OFF.search(text_of(el))) is not None and not _linked(el, m.group(1))
              and not SOURCE.match(m.group(1))]  # "(Mit Material von dts)" names a source, not a writer
    if len(signed) != 1 or len(signed[0].split()) < 2:
        return Byline()
    return Byline(split_byline(signed[0], r, sites).authors)


def signature(page: Page, r: Rules, sites: Iterable[str] = ()) -> Byline:
    """A writer signing the text under its last sentence, the name alone: in a last paragraph of its own, set in
    bold or italics ("... zu ermitteln.</p><p><b><i>Stefan Wasmer</i></b></p>") or after a dash ("<p>– David
    Dunkley</p>"), or in italics on the last line of the text's last paragraph ("... sehen.<br><em>Claudia
    Duwe</em></p>"); or opening a note on the writer set in emphasis under the text ("Candice Sealey is the Founder
    of ..."); when one paragraph of the page is so."""
    if page.tree is None:
        return Byline()
    signed = [name for el in page.tree.xpath(PARAGRAPHS) if (name := _signed(el, r, tuple(sites)))]
    return Byline((signed[0],)) if len(signed) == 1 else Byline()


DASHED = re.compile(r"^[–—-]\s*([^\W\d].*)$")  # "– David Dunkley"
# a note on the writer closing the text: the name, then what they are ("... is the Founder of", "ist Professorin")
WRITER_NOTE = re.compile(r"^([^\W\d][\w.' -]{3,40}?)\s+(?:is|was|ist|war|es|est|è|jest)\s+(?:a|an|the|ein|eine|der|die|"
                         r"un|una|el|la|le|l'|il|lo|one|Professor|Professorin|professor|profesor|profesora)\b")


def _signed(el: _Element, r: Rules, sites: tuple[str, ...]) -> str:
    name, before = _own_signature(el)
    if not name:
        name, before = _last_line_signature(el)
    if not name or len(name) > MAX_SIGNATURE or not is_name(name, r) or is_organisation(name, r, sites) \
            or caption(el) or len(before) < TEXT_BEFORE_SIGNATURE:
        return ""
    after = el.getnext()  # the text's end: nothing follows, or only a note naming the writer again ("Zum
    # Weiterlesen: Claudia Duwe, Der Zukunft wieder vertrauen")
    return name if after is None or not text_of(after) or name.casefold() in text_of(after).casefold() else ""


def _own_signature(el: _Element) -> tuple[str, str]:
    """The name a paragraph of its own holds, in emphasis or after a dash, or that opens a note on the writer in
    emphasis ("<p><em>Candice Sealey is the Founder of ...</em></p>"), and the text of the paragraphs right before it
    (up to three)."""
    before = _paragraphs_before(el)
    if not before:
        return "", ""
    if not (el.text or "").strip() and len(el) == 1 and el[0].tag in EMPHASIS and not (el[0].tail or "").strip():
        note = WRITER_NOTE.match(text_of(el))
        return (note.group(1) if note else text_of(el)), before
    dashed = DASHED.match(text_of(el)) if not len(el) else None
    return (dashed.group(1), before) if dashed else ("", "")


def _paragraphs_before(el: _Element, most: int = 3) -> str:
    """The text of the paragraphs right before ``el`` (up to ``most``, back to the first element that is none);
    where each paragraph has a box of its own (``<div class="text"><p>…</p></div>``), the boxes before its box."""
    texts: list[str] = []
    el = _boxed(el)
    before = el.getprevious()
    while before is not None and (before.tag == "p" or _box_of_one(before)) and len(texts) < most:
        texts.append(text_of(before))
        before = before.getprevious()
    return " ".join(reversed(texts))


BOXED = ("p", "blockquote")


def _box_of_one(el: _Element) -> bool:
    """A ``<div>`` holding one paragraph (or quotation) and nothing else."""
    return el.tag == "div" and len(el) == 1 and el[0].tag in BOXED and not (el.text or "").strip() \
        and not (el[0].tail or "").strip()


def _boxed(el: _Element) -> _Element:
    """The paragraph's own box where it has one, else the paragraph."""
    up = el.getparent()
    return up if up is not None and _box_of_one(up) else el


def _last_line_signature(el: _Element) -> tuple[str, str]:
    """The name in emphasis on the paragraph's last line, after a line break, and the paragraph's text before it."""
    if len(el) < 2 or el[-1].tag not in EMPHASIS or (el[-1].tail or "").strip() or el[-2].tag != "br" \
            or (el[-2].tail or "").strip():
        return "", ""
    return text_of(el[-1]), text_of(el)[: -len(text_of(el[-1]))]


def _linked(el: _Element, signed: str) -> bool:
    """The bracket holds a list of links ("(<a>Scorecard</a> | <a>Points Table</a>)"), not a writer's name (one
    linked name, to the writer's page, still signs the text)."""
    links = {text_of(a) for a in el.iter("a")}
    parts = [part.strip() for part in re.split(r"[|/,]", signed)]
    return len(parts) > 1 and all(part in links for part in parts)


# the writer's social account commended under the text ("On Twitter: Follow Wendy Koch and get more environment
# coverage at NatGeoGreen", "Follow Jane Doe on Twitter: @janedoe", "You can follow John Smith on X")
FOLLOW = re.compile(r"^(?:On (?:Twitter|X|Facebook|Instagram|Mastodon|Bluesky)\s*:\s*)?(?:You can\s+)?[Ff]ollow\s+"
                    r"(?P<name>[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,3})\s+(?:on\s+(?:Twitter|X|Facebook|Instagram|"
                    r"Mastodon|Bluesky|Threads)\b|at\s+@|@|and\s+(?:get|read|find|see)\b)")


def followed_writer(page: Page, r: Rules, sites: Iterable[str] = ()) -> Byline:
    """The writer whose account one paragraph under the text commends to follow (:data:`FOLLOW`), a person's name."""
    if page.tree is None:
        return Byline()
    named = [m["name"] for el in page.tree.xpath(PARAGRAPHS)
             if (m := FOLLOW.match(text_of(el))) and not in_comments(el) and not chrome(el)]
    if len(set(named)) != 1 or not is_name(named[0], r) or is_organisation(named[0], r, sites):
        return Byline()
    return Byline((named[0],))


# a broadcast script's hand-over to its reporter ("Max Lee has more.", "NPR's Jane Doe reports.")
HAND_OVER = re.compile(r"^(?:(?:Our|[A-Z]{2,6}'s)\s+)?(?P<name>[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){1,2})\s+"
                       r"(?:has more|has the story|has this report|has details|reports)\.$")


def handed_over(page: Page, r: Rules, sites: Iterable[str] = ()) -> Byline:
    """The reporter one line of a broadcast script hands over to (:data:`HAND_OVER`), a line of its own in the
    text (a paragraph, or a piece between line breaks), where the page names one such reporter."""
    if page.tree is None:
        return Byline()
    named = {m["name"] for el in page.tree.iter("p", "div", "td") for piece in (el.text, *(c.tail for c in el))
             if piece and len(piece) < MAX_BYLINE_CHARS and (m := HAND_OVER.match(piece.strip()))
             and not chrome(el) and not in_comments(el)}
    if len(named) != 1 or not is_name(name := next(iter(named)), r) or is_organisation(name, r, sites):
        return Byline()
    return Byline((name,))
