"""Dates with slashes that either order reads ("06/05/2014"): read in the order the page's language writes dates."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.extract.dates import best, page_stamps
from pipeline.extract.page import Page, parse_html
from pipeline.extract.site_zones import slash_order
from pipeline.extract.visible_dates import stamp_in
from tests.extract.pages import BODY


@pytest.mark.parametrize("order, found", [
    ("dmy", "2014-05-06 10:30"),
    ("mdy", "2014-06-05 10:30"),
    (None, None),  # no order known: either day may be meant, and the date is not read
])
def test_a_date_either_order_reads_is_read_in_the_order_given(order: str | None, found: str | None) -> None:
    assert stamp_in("Le 06/05/2014 à 10:30", order) == found


def test_a_day_over_twelve_is_read_in_any_order() -> None:
    assert stamp_in("18/11/2011 10:30") == stamp_in("18/11/2011 10:30", "dmy") == "2011-11-18 10:30"


@pytest.mark.parametrize("lang, order", [
    ("fr", "dmy"), ("es-MX", "dmy"), ("de-DE", "dmy"), ("en-GB", "dmy"), ("en-IN", "dmy"),
    ("en-US", "mdy"),
    ("en", None), ("ja", None), ("zh-CN", None), ("", None),
])
def test_the_order_follows_the_declared_language_and_region(lang: str, order: str | None) -> None:
    declared = f" lang='{lang}'" if lang else ""
    assert slash_order(_page(f"<html{declared}><body>{BODY}</body></html>")) == order


@pytest.mark.parametrize("lang, line, at", [
    ("fr", "Publié le 06/05/2014 à 10:30", "2014-05-06 10:30"),
    ("it", "Pubblicato il 06/05/2014 ore 10:30", "2014-05-06 10:30"),
    ("es", "06/05/2014 10:30 h", "2014-05-06 10:30"),
    ("en-US", "Posted 05/06/2014 10:30 AM", "2014-05-06 10:30"),
])
def test_a_page_s_date_line_with_slashes_gives_its_day_and_time(lang: str, line: str, at: str) -> None:
    text = (f"<html lang='{lang}'><body><article><h1>Headline</h1><div class='date'>{line}</div>{BODY}</article>"
            "</body></html>")
    stamp = best(page_stamps(_page(text))[0])
    assert stamp is not None and stamp.precision == "minute"
    assert stamp.at.replace(tzinfo=None) == datetime.fromisoformat(at)


def _page(text: str) -> Page:
    return Page.of(parse_html(text), "https://www.example.org/news/story")
