"""A clock on a day a page names relative to today ("heute, 10:30 Uhr", "Yesterday at 9:15 PM"): read against when
a live fetch received the page, on the site's clock."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from pipeline.extract.article import Origin, build_article
from pipeline.extract.dates import GUESS, Stamp
from pipeline.extract.page import parse_html
from pipeline.extract.relative_dates import Age, shown_age
from pipeline.extract.timing import resolve
from pipeline.extract.trafilatura_adapter import extract_html
from tests.extract.pages import BODY

SERVED = datetime(2026, 3, 5, 18, 30, tzinfo=UTC)  # 19:30 in Berlin, 13:30 in New York
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("line, days_back, clock", [
    ("heute, 10:30 Uhr", 0, time(10, 30)),
    ("Gestern, 18:05", 1, time(18, 5)),
    ("Heute um 9:02", 0, time(9, 2)),
    ("Yesterday at 9:15 PM", 1, time(21, 15)),
    ("Today, 10:30 am", 0, time(10, 30)),
    ("hier à 18h05", 1, time(18, 5)),
    ("ieri alle 10:30", 1, time(10, 30)),
    ("gisteren om 10:30", 1, time(10, 30)),
])
def test_a_date_marked_line_names_the_day_and_its_clock(line: str, days_back: int, clock: time) -> None:
    age = shown_age(parse_html(f'<html><body><h1>H</h1><span class="date">{line}</span><p>Text.</p></body></html>'))
    assert age == Age(timedelta(), "minute", days_back, clock)


@pytest.mark.parametrize("line", [
    "heute, 10:30 Uhr, aktualisiert",  # more than the day and its clock
    "Hier ist alles neu 10:30",  # "hier", German for here, in a sentence
])
def test_a_line_holding_more_than_the_day_and_clock_names_neither(line: str) -> None:
    assert shown_age(parse_html(f'<html><body><span class="date">{line}</span></body></html>')) is None


def test_the_day_begins_on_the_site_s_clock() -> None:
    late = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)  # already 6 March in Berlin
    today = Age(timedelta(), "minute", 0, time(0, 15), BERLIN).stamp(late)
    assert (today.at, today.precision, today.zone) == (datetime(2026, 3, 6, 0, 15, tzinfo=BERLIN), "minute", "site")
    yesterday = Age(timedelta(), "minute", 1, time(18, 5), BERLIN).stamp(late)
    assert yesterday.at == datetime(2026, 3, 5, 18, 5, tzinfo=BERLIN)


def test_a_clock_today_past_the_fetch_is_not_taken() -> None:
    guess = Stamp(datetime(2026, 3, 5, tzinfo=UTC), "day", "site", GUESS, 4)
    later = Age(timedelta(), "minute", 0, time(23, 50), BERLIN)  # 22:50 UTC, after SERVED
    assert resolve([guess], [], SERVED, ago=later, served_at=SERVED).published_at == guess.at


def test_a_live_fetch_dates_a_german_page_by_its_today_line() -> None:
    page = extract_html('<html lang="de"><head><title>Sturm</title></head><body><article><h1>Sturm</h1>'
                        f'<span class="post-date">heute, 10:30 Uhr</span>{BODY}</article></body></html>')
    origin = Origin(source="s", fetched_at=SERVED, final_url="https://x.test/a", served_at=SERVED)
    assert build_article(page, origin).published_at == datetime(2026, 3, 5, 10, 30, tzinfo=BERLIN)
    unknown = extract_html('<html lang="fr"><head><title>Tempête</title></head><body><article><h1>Tempête</h1>'
                           f'<span class="post-date">hier à 18h05</span>{BODY}</article></body></html>')
    assert unknown.published_ago is None  # French of no country: where its "today" begins is unknown
