"""Publication times a page shows relative to when it was served ("4 hours ago"), read against that time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.extract.article import Origin, build_article
from pipeline.extract.dates import GUESS, Stamp
from pipeline.extract.page import parse_html
from pipeline.extract.relative_dates import Age, shown_age
from pipeline.extract.timing import resolve
from pipeline.extract.trafilatura_adapter import extract_html
from tests.extract.pages import BODY

SERVED = datetime(2026, 3, 5, 18, 30, tzinfo=UTC)


@pytest.mark.parametrize("line, elapsed", [
    ("4 hours ago", timedelta(hours=4)),
    ("about 9 hours ago", timedelta(hours=9)),
    ("1 hr 4 mins ago", timedelta(hours=1, minutes=4)),
    ("an hour ago", timedelta(hours=1)),
    ("Erstellt: vor 4 Stunden", timedelta(hours=4)),
    ("VOR 14 STUNDEN", timedelta(hours=14)),
    ("vor einer Stunde", timedelta(hours=1)),
    ("il y a 3 jours", timedelta(days=3)),
    ("hace 4 minutos", timedelta(minutes=4)),
    ("há 2 horas", timedelta(hours=2)),
    ("3 ore fa", timedelta(hours=3)),
    ("2 uur geleden", timedelta(hours=2)),
    ("(1 day ago)", timedelta(days=1)),
    ("5m ago", timedelta(minutes=5)),
    ("vor 3 Std.", timedelta(hours=3)),
    ("un'ora fa", timedelta(hours=1)),
    ("2 godziny temu", timedelta(hours=2)),
    ("3 dni temu", timedelta(days=3)),
    ("před 5 minutami", timedelta(minutes=5)),
    ("před 2 hodinami", timedelta(hours=2)),
])
def test_a_date_marked_line_gives_its_age(line: str, elapsed: timedelta) -> None:
    age = shown_age(parse_html(f'<html><body><h1>H</h1><span class="date">{line}</span><p>Text.</p></body></html>'))
    assert age == Age(elapsed, "day" if elapsed >= timedelta(days=1) else "minute")


@pytest.mark.parametrize("body", [
    "<p>Two hours ago the minister said 4 hours ago was too late.</p>",  # unmarked text
    '<span class="date">Updated 13 min ago</span>',  # an update
    '<div class="related-posts"><span class="date">5 hours ago</span></div>',  # another article's
    '<span class="date">vor 3 Bänden</span>',  # no unit of time
])
def test_no_age_from_text_updates_or_other_articles(body: str) -> None:
    assert shown_age(parse_html(f"<html><body><h1>H</h1>{body}</body></html>")) is None


def test_an_age_in_hours_gives_the_minute_and_one_in_days_the_day() -> None:
    assert Age(timedelta(hours=4, minutes=5), "minute").stamp(SERVED).at == datetime(2026, 3, 5, 14, 25, tzinfo=UTC)
    day = Age(timedelta(days=1), "day").stamp(SERVED)
    assert (day.at, day.precision, day.zone) == (datetime(2026, 3, 4, tzinfo=UTC), "day", "utc")


def test_the_age_beats_the_extractor_s_guess_only_where_the_serving_time_is_known() -> None:
    guess = Stamp(datetime(2020, 7, 1, tzinfo=UTC), "day", "site", GUESS, 4)
    age = Age(timedelta(hours=4), "minute")
    timing = resolve([guess], [], SERVED, ago=age, served_at=SERVED)
    assert timing.published_at == SERVED - timedelta(hours=4) and timing.precision == "minute"
    assert resolve([guess], [], SERVED, ago=age).published_at == guess.at  # a saved file: no serving time
    tagged = Stamp(datetime(2026, 3, 5, 14, 2, tzinfo=UTC), "minute", "given", "jsonld", 0)
    assert resolve([tagged, guess], [], SERVED, ago=age, served_at=SERVED).published_at == tagged.at


def test_a_live_fetch_dates_a_page_showing_only_its_age() -> None:
    page = extract_html(f'<html><head><title>Storm</title></head><body><article><h1>Storm</h1>'
                        f'<span class="post-date">vor 5 Stunden</span>{BODY}</article></body></html>')
    live = build_article(page, Origin(source="s", fetched_at=SERVED, final_url="https://x.test/a", served_at=SERVED))
    saved = build_article(page, Origin(source="s", fetched_at=SERVED, final_url="https://x.test/a"))
    assert live.published_at == SERVED - timedelta(hours=5)
    assert saved.published_at != live.published_at

