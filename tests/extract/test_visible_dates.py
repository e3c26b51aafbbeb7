"""The date line a page shows as text: written forms in several languages, the first marked line only."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from pipeline.extract.page import parse_html
from pipeline.extract.visible_dates import date_in, visible_date


@pytest.mark.parametrize("text, day", [
    ("Von Deutscher Tennis Bund 4. 2. 2022.", "2022-02-04"),
    ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", "2018-09-30"),
    ("13 Oct 2020 18:29 1479", "2020-10-13"),
    ("2020年07月12日", "2020-07-12"),
    ("Published March 5th, 2026", "2026-03-05"),
    ("13 de octubre de 2020", "2020-10-13"),
    ("Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 15:30:46", "2023-11-07"),
    ("Updated: 2023-11-08 / first published 2023-11-06", "2023-11-06"),
])
def test_written_dates(text: str, day: str) -> None:
    assert date_in(text) == day


def test_no_whole_date_gives_none() -> None:
    assert date_in("prije 26 minuta") is None and date_in("31.02.2020") is None and date_in("Jul 10") is None


def page_tree(body: str) -> HtmlElement | None:
    return parse_html(f"<html><body>{body}</body></html>")


def test_the_first_marked_date_line_outside_related_lists() -> None:
    body = ('<ul class="related"><li><span class="date">01.01.2019</span></li></ul>'
            '<article><h1>Title</h1><div class="post-meta">Von A. Autor, 4. 2. 2022</div>'
            '<span class="date">05.05.2021</span></article>')
    assert visible_date(page_tree(body)) == "2022-02-04"


def test_a_relative_date_line_stops_the_search() -> None:
    body = ('<article><span class="article_published_at">vor 26 Minuten</span></article>'
            '<div class="article-date-time">09.08.2020 u 10:52</div>')
    assert visible_date(page_tree(body)) is None
