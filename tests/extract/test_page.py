"""What a reader sees of a page: the class names that hide an element, and the tree a page parses into
(pipeline/extract/page.py)."""

from __future__ import annotations

from copy import deepcopy

import pytest
from lxml.html import fragment_fromstring
from trafilatura.utils import load_html

from pipeline.extract import extract_html
from pipeline.extract.page import Page, heading_text, parse_html, read_aloud_only, squash, unseen


@pytest.mark.parametrize("text, squashed", [
    ("  Fern\u00adwärme\u200b  für\n\talle ", "Fernwärme für alle"),  # hyphenation hints dropped, spaces collapsed
    ("\ufeffAnna\u2060 Schmidt\u200c\u200d", "Anna Schmidt"),
    ("  Anna \n Schmidt ", "Anna Schmidt"),  # none of them: only the spaces change
    ("\u00ad", ""), ("", ""), (None, ""),
])
def test_squash_drops_hyphenation_hints_and_collapses_spaces(text: str | None, squashed: str) -> None:
    assert squash(text) == squashed


def test_a_page_holds_every_element_of_its_tree_while_it_is_read() -> None:
    tree = parse_html("<html><body><article><h1>Title</h1><p>One <b>two</b></p><!-- note --></article></body></html>")
    page = Page.of(tree)
    assert page.elements == tuple(tree.iter()) and len(page.elements) >= 6
    assert Page.of(None).elements == ()


@pytest.mark.parametrize("classes", ["sr-only", "byline screen-reader-text", "Visually-Hidden", "visuallyhidden"])
def test_screen_reader_text_is_read_aloud_only_and_unseen(classes: str) -> None:
    el = fragment_fromstring(f'<span class="{classes}">Author</span>')
    assert read_aloud_only(el) and unseen(el)


@pytest.mark.parametrize("classes", ["hidden", "d-none", "rich-snippet-hidden", "av-structured-data", "hiddenElement",
                                     "isInvisible"])
def test_hidden_elements_are_unseen_but_not_for_screen_readers(classes: str) -> None:
    el = fragment_fromstring(f'<span class="{classes}">:</span>')
    assert unseen(el) and not read_aloud_only(el)


@pytest.mark.parametrize("classes", ["", "overflow-hidden", "byline", "col-md-8", "hide-on-print"])
def test_a_class_that_only_clips_or_styles_hides_nothing(classes: str) -> None:
    el = fragment_fromstring(f'<div class="{classes}">Von Anna Muster</div>')
    assert not unseen(el) and not read_aloud_only(el)


CLOSED_EARLY = """<!doctype html>
<html class="no-js" lang="de-DE">
  <head><meta charset="UTF-8" /><title>Ein Titel</title>
  <script>var x = 1;</script>
  </head>
</html>
  <body class="single"><main><h1>Ein Titel</h1><p>{text}</p></main></body>
</html>
<!-- cached page -->"""


def test_a_page_the_parser_splits_into_two_roots_is_one_tree() -> None:
    """A ``</html>`` before the ``<body>`` (a template's slip that browsers ignore) parses as two top-level
    elements, the second holding the body: the tree joins them, so a copy of the root (what the extractor works
    on) holds the body."""
    html = CLOSED_EARLY.format(text="Der erste Absatz des Artikels. " * 20)
    assert len(load_html(html).getroottree().getroot()) == 1  # the parser alone: a root with the head only
    root = parse_html(html)
    assert root is not None
    assert [child.tag for child in root] == ["head", "body"]
    assert root.getnext() is None
    assert "Der erste Absatz" in deepcopy(root).findtext(".//p")
    assert root.findtext(".//title") == "Ein Titel"


def test_a_page_split_into_two_roots_is_extracted() -> None:
    text = "Der erste Absatz des Artikels, lang genug für einen Text. " * 8
    found = extract_html(CLOSED_EARLY.format(text=text), "https://example.de/artikel")
    assert "Der erste Absatz des Artikels" in found.text
    assert found.language == "de"


def test_elements_after_the_root_join_its_body_and_head() -> None:
    root = parse_html("<html><head><title>a</title></head><body><p>one</p></body></html>"
                      "<html><head><meta name='x' content='y'></head><body><p>two</p></body></html>")
    assert root is not None
    assert [child.tag for child in root] == ["head", "body"]
    assert [p.text for p in root.iter("p")] == ["one", "two"]
    assert root.find("head/meta").get("content") == "y"


SEC_FILING = """<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>d752412dex991.htm
<DESCRIPTION>EX-99.1
<TEXT>
<HTML><HEAD><TITLE>EX-99.1</TITLE></HEAD><BODY>
<P ALIGN="center"><B>JAZZ PHARMACEUTICALS ANNOUNCES AN AGREEMENT</B></P>
<P>DUBLIN, July&nbsp;2, 2014 &#151; {text}</P>
</BODY></HTML>
</TEXT>
</DOCUMENT>"""


def test_markup_inside_an_envelope_is_parsed_from_its_html() -> None:
    """An SEC filing's exhibit: an SGML header before the ``<HTML>`` (trafilatura's parser takes the page for no
    HTML) is passed over, and the exhibit is read."""
    text = "Jazz Pharmaceuticals today announced that the company has signed a definitive agreement. " * 6
    assert load_html(SEC_FILING.format(text=text)) is None
    for page in (SEC_FILING.format(text=text), SEC_FILING.format(text=text).encode()):
        root = parse_html(page)
        assert root is not None and root.findtext(".//title") == "EX-99.1"
    found = extract_html(SEC_FILING.format(text=text), "https://www.sec.gov/Archives/edgar/data/1/d752412dex991.htm")
    assert "definitive agreement" in found.text and found.published_at is not None
    assert found.published_at.date().isoformat() == "2014-07-02"
    assert parse_html("just words, no markup at all " * 10) is None


def test_a_heading_s_text_spaces_the_blocks_it_holds() -> None:
    el = fragment_fromstring("<div><h3>Neueste Signaturen</h3><table><tr><td>Sebastian Hamberger</td></tr>"
                             "<tr><td>Tanja Schweizer</td></tr></table><ul><li>Eins</li><li>Zwei</li></ul></div>")
    assert heading_text(el) == "Neueste Signaturen Sebastian Hamberger Tanja Schweizer Eins Zwei"
