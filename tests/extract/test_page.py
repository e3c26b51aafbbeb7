"""What a reader sees of a page: the class names that hide an element (pipeline/extract/page.py)."""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from pipeline.extract.page import read_aloud_only, unseen


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
