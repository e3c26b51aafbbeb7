"""Timestamp rules: every source, precision, zones, future skew, and the feed's date weighed against the page's."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from pipeline.extract.dates import Stamp, best, page_stamps, parse
from pipeline.extract.timing import resolve
from tests.extract.pages import html, meta, page

FETCHED = datetime(2026, 3, 5, 18, 0, tzinfo=UTC)
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def published(text: str, url: str = "https://www.example.org/a") -> Stamp | None:
    return best(page_stamps(page(text, url))[0])


@pytest.mark.parametrize("head, source", [
    (meta({"article:published_time": "2026-03-05T14:30:00+01:00"}), "meta:article:published_time"),
    (meta({"date": "2026-03-05T14:30:00+01:00"}), "meta:date"),
    (meta({"pubdate": "2026-03-05T14:30:00+01:00"}), "meta:pubdate"),
    (meta({"publishdate": "2026-03-05T14:30:00+01:00"}), "meta:publishdate"),
    (meta({"parsely-pub-date": "2026-03-05T13:30:00Z"}), "meta:parsely-pub-date"),
    (meta({"DC.date.issued": "2026-03-05T14:30+01:00"}), "meta:dc.date.issued"),
    (meta({"dc.date": "2026-03-05T14:30:00+0100"}), "meta:dc.date"),
    (meta({"sailthru.date": "Thu, 05 Mar 2026 13:30:00 GMT"}), "meta:sailthru.date"),
])
def test_each_meta_source_gives_the_minute_with_its_zone(head: str, source: str) -> None:
    stamp = published(html(head))
    assert stamp is not None and stamp.source == source
    assert stamp.at == datetime(2026, 3, 5, 13, 30, tzinfo=UTC) and stamp.precision == "minute"
    assert stamp.zone == "given"


def test_meta_tags_written_with_value_for_content_are_read() -> None:
    text = html('<meta itemprop="datePublished" value="2026-03-05T13:30:00Z">'
                '<meta name="pubdate" value="2026-03-05T13:30:00Z">'
                '<meta itemprop="dateModified" value="2026-03-05T17:55:19Z">')
    stamps, modified = page_stamps(page(text))
    assert stamps and stamps[0].at == datetime(2026, 3, 5, 13, 30, tzinfo=UTC) and stamps[0].precision == "minute"
    assert modified and modified[0].at == datetime(2026, 3, 5, 17, 55, 19, tzinfo=UTC)


@pytest.mark.parametrize("value, hour", [
    ("Thursday, March 5, 2026,  4:51 PM", 16), ("5 Mar 2026 4:51 pm", 16), ("Mar 5, 2026 4:51 p.m.", 16),
    ("Thursday, March 5, 2026, 4:51 AM", 4), ("Thu, 05 Mar 2026 16:51:00", 16),
])
def test_a_twelve_hour_clock_keeps_its_afternoon(value: str, hour: int) -> None:
    parsed = parse(value)
    assert parsed is not None and parsed.naive == datetime(2026, 3, 5, hour, 51) and parsed.precision == "minute"


def test_parse_ly_dates_are_utc_even_without_the_z() -> None:
    naive = published(html(meta({"parsely-pub-date": "2026-03-05T13:30:00"})), url="https://www.example.com/a")
    assert naive is not None and naive.zone == "given" and naive.at == datetime(2026, 3, 5, 13, 30, tzinfo=UTC)
    record = '{"title": "Tram line", "pub_date": "2026-03-05T13:30:00.000Z", "type": "post"}'
    day_tag = meta({"article:published_time": "2026-03-05"})
    legacy = published(html(day_tag + f"<meta name='parsely-page' content='{record}'>"), url="https://www.example.com/a")
    assert legacy is not None and legacy.source == "meta:parsely-page"
    assert legacy.at == datetime(2026, 3, 5, 13, 30, tzinfo=UTC) and legacy.precision == "minute"
    broken = html(day_tag + "<meta name='parsely-page' content='{not json'>")
    stamp = published(broken, url="https://www.example.com/a")
    assert stamp is not None and stamp.precision == "day"


def test_jsonld_date_published_inside_a_graph_ranks_first() -> None:
    text = html(meta({"article:published_time": "2026-03-04T09:00:00Z"}),
                jsonld={"@graph": [{"@type": "WebSite", "name": "X"},
                                   {"@type": "NewsArticle", "datePublished": "2026-03-05T14:30:00+01:00",
                                    "dateModified": "2026-03-05T16:00:00+01:00"}]})
    stamps, modified = page_stamps(page(text))
    assert stamps[0].source == "jsonld:datePublished" and stamps[0].at == datetime(2026, 3, 5, 14, 30, tzinfo=CET)
    assert modified[0].at == datetime(2026, 3, 5, 16, 0, tzinfo=CET)


def test_time_element_in_the_article_header() -> None:
    text = html(body='<article><header><time datetime="2026-03-05T14:30:00+01:00">5. März</time></header></article>')
    stamp = published(text)
    assert stamp is not None and stamp.source == "time" and stamp.rank == 3
    assert stamp.at == datetime(2026, 3, 5, 13, 30, tzinfo=UTC)


def test_url_date_is_a_last_resort_with_day_precision() -> None:
    stamp = published(html(), url="https://www.example.org/2026/03/05/tram-line")
    assert stamp is not None and stamp.source == "url" and stamp.precision == "day"
    assert stamp.at == datetime(2026, 3, 5, 12, 0, tzinfo=UTC) and stamp.zone == "utc"
    with_meta = published(html(meta({"date": "2026-03-04T10:00:00Z"})), url="https://www.example.org/2026/03/05/x")
    assert with_meta is not None and with_meta.source == "meta:date"



def test_a_day_before_1995_counts_where_the_page_shows_it_twice() -> None:
    archive = "https://www.example.org/1977/05/26/movies/star.html"
    line = '<h1>A Trip to a Far Galaxy</h1><font class="publishDate">Published: May 26, 1977</font>'
    stamp = published(html(body=line), url=archive)
    assert stamp is not None and stamp.at.date().isoformat() == "1977-05-26" and stamp.source == "text"
    assert published(html(body=line)) is None  # the date line alone: a template's default, maybe
    assert published(html(meta({"date": "1977-05-26"})), url=archive.replace("1977/05/26", "story")) is None
    epoch = html(meta({"date": "1970-01-01T00:00:00Z", "article:published_time": "1970-01-01T00:00:00Z"}))
    assert published(epoch) is None  # two tags agreeing, neither shown to the reader


@pytest.mark.parametrize("description", [
    "TAMPA, Fla., April 29, 2015 /PRNewswire/ -- Atlantic Merchant Capital Investors announced today ...",
    "NEW YORK, April 29, 2015 (BUSINESS WIRE) -- Acme Corp. said ...",
    "April 29, 2015 (GLOBE NEWSWIRE) -- Acme Corp. said ...",
])
def test_a_press_release_s_dateline_gives_the_day_it_was_issued_over_a_later_tag(description: str) -> None:
    tags = meta({"og:description": description, "datePublished": "2015-12-07T12:16:53-05:00",
                 "date": "2015-04-29T09:34:00Z"})
    stamp = published(html(tags))
    assert stamp is not None and stamp.at == datetime(2015, 4, 29, 9, 34, tzinfo=UTC)  # the tag on its day: its time
    assert published(html(meta({"og:description": description.replace("2015", "around 2015")}))) is None

@pytest.mark.parametrize("value, precision", [
    ("2026-03-05", "day"), ("20260305", "day"), ("2026-03-05T00:00:00+01:00", "day"), ("March 5, 2026", "day"),
    ("2026-03-05T14:30:00Z", "minute"), ("05.03.2026 14:30", "minute"), ("2026-03-05 14:30", "minute"),
])
def test_precision_is_day_without_a_time_of_day(value: str, precision: str) -> None:
    parsed = parse(value)
    assert parsed is not None and parsed.precision == precision
    assert parsed.naive.date() == datetime(2026, 3, 5).date()


def test_unparseable_values_are_ignored() -> None:
    assert parse("vor 2 Stunden") is None and parse("") is None
    assert published(html(meta({"date": "yesterday-ish", "pubdate": "2026-03-05T10:00:00Z"})))
    assert published(html(meta({"date": "1970-01-01T00:00:00Z"}))) is None  # placeholder epoch: too early


@pytest.mark.parametrize("value, hours", [
    ("2026-03-05T00:30:00PDT", -7), ("2026-03-05 08:32:08 EST", -5), ("04:25:06 PM IST Mar 05, 2026", 5.5),
    ("March 5, 2026 10:00 CET", 1), ("Mar 5, 2026 10:15 GST", 4),
])
def test_a_zone_written_by_its_abbreviation_is_read(value: str, hours: float) -> None:
    published = meta({"article:published_time": value})
    stamp = page_stamps(page(html(published), url="https://www.example.com/a"))[0][0]
    assert stamp.zone == "given" and stamp.at.utcoffset() == timedelta(hours=hours)


def test_a_zone_named_by_its_region_follows_summer_time() -> None:
    summer, winter = parse("10:00 a.m. ET Jul 3, 2026"), parse("10:00 a.m. ET Dec 3, 2026")
    assert summer is not None and summer.offset is not None and winter is not None and winter.offset is not None
    assert summer.offset.utcoffset(summer.naive) == timedelta(hours=-4)
    assert winter.offset.utcoffset(winter.naive) == timedelta(hours=-5)


def test_a_naive_time_takes_the_zone_another_stamp_states() -> None:
    text = html(meta({"article:published_time": "2026-03-05T14:30:00",
                      "article:modified_time": "2026-03-05T16:00:00+01:00"}))
    stamp = published(text)
    assert stamp is not None and stamp.zone == "site" and stamp.at == datetime(2026, 3, 5, 14, 30, tzinfo=CET)


def test_a_naive_time_takes_the_country_domain_zone_else_utc() -> None:
    text = html(meta({"article:published_time": "2026-07-05T14:30:00"}))
    german = published(text, url="https://www.example.de/a")
    assert german is not None and german.zone == "site"
    assert german.at == datetime(2026, 7, 5, 14, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    other = published(text, url="https://www.example.com/a")
    assert other is not None and other.zone == "utc" and other.at == datetime(2026, 7, 5, 14, 30, tzinfo=UTC)


@pytest.mark.parametrize("host, zone", [
    ("www.elheraldo.hn", "America/Tegucigalpa"), ("www.eldeber.com.bo", "America/La_Paz"), ("lapresse.tn", "Africa/Tunis"),
    ("www.example.co", None),
])
def test_single_zone_countries_give_their_zone_and_letter_domains_none(host: str, zone: str | None) -> None:
    text = html(jsonld={"@type": "NewsArticle", "datePublished": "2022-04-26T08:10:00"})
    stamp = published(text, url=f"https://{host}/a")
    assert stamp is not None
    assert stamp.at == datetime(2022, 4, 26, 8, 10, tzinfo=ZoneInfo(zone) if zone else UTC)


def test_an_unparsable_url_reads_as_none() -> None:
    text = html(meta({"article:published_time": "2026-07-05T14:30:00"}))
    stamp = published(text, url="https://[::1/2026/07/04/a")
    assert stamp is not None and stamp.zone == "utc" and stamp.at == datetime(2026, 7, 5, 14, 30, tzinfo=UTC)


def test_the_typo3_news_time_tag_dates_the_page() -> None:
    text = html(meta({"og:article:time": "2022-01-14T13:17:59+01:00"}),
                body='<meta itemprop="datePublished" content="2022-01-14">')
    stamp = published(text)
    assert stamp is not None and stamp.precision == "minute" and stamp.at == datetime(2022, 1, 14, 12, 17, 59, tzinfo=UTC)


def test_a_day_only_stamp_takes_the_time_from_a_same_day_stamp() -> None:
    text = html(meta({"article:published_time": "2026-03-05T14:30:00+01:00"}),
                jsonld={"@type": "NewsArticle", "datePublished": "2026-03-05"})
    stamp = published(text)
    assert stamp is not None and stamp.precision == "minute" and stamp.at.hour == 14


def stamp(at: datetime, precision: str = "minute", rank: int = 0) -> Stamp:
    return Stamp(at, precision, "given", "test", rank)  # type: ignore[arg-type]


def test_future_stamps_beyond_the_skew_are_ignored() -> None:
    future = stamp(FETCHED + timedelta(hours=3))
    real = stamp(datetime(2026, 3, 5, 9, 0, tzinfo=UTC), rank=2)
    timing = resolve([future, real], [], FETCHED)
    assert timing.published_at == real.at
    within = resolve([stamp(FETCHED + timedelta(minutes=5))], [], FETCHED)
    assert within.published_at == FETCHED + timedelta(minutes=5)
    assert resolve([future], [], FETCHED).published_at is None


def test_feed_and_page_more_than_a_day_apart_the_page_wins_and_both_are_kept() -> None:
    page_at, feed_at = datetime(2026, 3, 1, 8, 0, tzinfo=UTC), datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    timing = resolve([stamp(page_at)], [], FETCHED, feed_at)
    assert timing.published_at == page_at and timing.feed_published_at == feed_at
    assert timing.precision == "minute"


def test_a_feed_time_refines_a_same_day_page_date() -> None:
    feed_at = datetime(2026, 3, 5, 12, 17, tzinfo=UTC)
    timing = resolve([stamp(datetime(2026, 3, 5, tzinfo=UTC), "day")], [], FETCHED, feed_at)
    assert timing.published_at == feed_at and timing.precision == "minute"


def test_a_page_minute_wins_over_a_close_feed_time_and_a_feed_fills_in_for_an_undated_page() -> None:
    page_at, feed_at = datetime(2026, 3, 5, 11, 2, tzinfo=UTC), datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    assert resolve([stamp(page_at)], [], FETCHED, feed_at).published_at == page_at
    alone = resolve([], [], FETCHED, feed_at)
    assert alone.published_at == feed_at and alone.feed_published_at == feed_at and alone.precision == "minute"


def test_a_text_guess_far_from_the_feed_loses_to_the_feed() -> None:
    feed_at = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    guess = stamp(datetime(2025, 11, 2, 9, 0, tzinfo=UTC), rank=4)
    assert resolve([guess], [], FETCHED, feed_at).published_at == feed_at


def test_a_recheck_keeps_the_recorded_time_and_records_no_feed_time() -> None:
    recorded = datetime(2026, 3, 5, 11, 2, tzinfo=UTC)
    timing = resolve([stamp(datetime(2026, 3, 5, 11, 2, 30, tzinfo=UTC))], [], FETCHED, recorded, "record")
    assert timing.published_at == datetime(2026, 3, 5, 11, 2, 30, tzinfo=UTC) and timing.feed_published_at is None
    moved = resolve([stamp(datetime(2026, 3, 1, tzinfo=UTC))], [], FETCHED, recorded, "record")
    assert moved.published_at == recorded


def test_modified_before_published_is_dropped() -> None:
    published_at = datetime(2026, 3, 5, 11, 0, tzinfo=UTC)
    early, later = stamp(published_at - timedelta(days=2)), stamp(published_at + timedelta(hours=2))
    assert resolve([stamp(published_at)], [early], FETCHED).modified_at is None
    assert resolve([stamp(published_at)], [later], FETCHED).modified_at == later.at


def test_a_date_without_time_is_midnight_in_the_site_zone_else_noon_utc() -> None:
    german = published(html(meta({"date": "2026-03-05"})), url="https://www.example.de/a")
    assert german is not None and german.at == datetime(2026, 3, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    unknown = published(html(meta({"date": "2026-03-05"})), url="https://www.example.com/a")
    assert unknown is not None and unknown.at == datetime(2026, 3, 5, 12, tzinfo=UTC) and unknown.precision == "day"
    assert unknown.at.astimezone(timezone(timedelta(hours=-8))).date() == unknown.at.date()


def test_refining_a_date_takes_a_time_on_that_calendar_day_only() -> None:
    day = datetime(2026, 3, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    evening_before = datetime(2026, 3, 4, 22, 30, tzinfo=UTC)  # 23:30 in Berlin, the day before
    assert resolve([stamp(day, "day")], [], FETCHED, evening_before).published_at == day
    just_after_midnight = datetime(2026, 3, 4, 23, 30, tzinfo=UTC)  # 00:30 on the 5th in Berlin
    assert resolve([stamp(day, "day")], [], FETCHED, just_after_midnight).published_at == just_after_midnight
    text = html(meta({"date": "2026-03-05", "article:modified_time": "2026-03-04T23:00:00+01:00"}),
                body='<article><time datetime="2026-03-04T23:30:00+01:00">gestern</time></article>')
    only_date = published(text, url="https://www.example.de/a")
    assert only_date is not None and only_date.precision == "day"


def test_times_of_related_articles_in_an_aside_are_not_the_article_s() -> None:
    text = html(body='<article><p>Text</p></article><aside class="related"><time datetime="2026-10-10T07:15:00+02:00">'
                     "10.10.</time></aside>")
    stamp = published(text, url="https://www.example.de/2026/11/17/story")
    assert stamp is not None and stamp.source == "url"


def test_a_time_given_in_utc_is_read_on_the_site_s_clock() -> None:
    text = html(meta({"article:published_time": "2021-11-04T23:00:00Z"}))
    stamp = published(text, url="https://www.example.de/a")
    assert stamp is not None and stamp.zone == "given" and stamp.at == datetime(2021, 11, 4, 23, tzinfo=UTC)
    assert stamp.at.date().isoformat() == "2021-11-05"  # midnight in Berlin: the site's calendar day
    elsewhere = published(text, url="https://www.example.com/a")
    assert elsewhere is not None and elsewhere.at.date().isoformat() == "2021-11-04"


def test_a_utc_time_is_read_on_the_calendar_day_the_url_gives() -> None:
    late = stamp(datetime(2023, 11, 9, 3, 28, tzinfo=UTC))
    url = Stamp(datetime(2023, 11, 8, 12, tzinfo=UTC), "day", "utc", "url", 5)
    timing = resolve([late, url], [], FETCHED)
    assert timing.published_at == late.at and timing.published_at.date().isoformat() == "2023-11-08"
    days_apart = stamp(datetime(2023, 11, 12, 3, 28, tzinfo=UTC))
    assert resolve([days_apart, url], [], FETCHED).published_at.date().isoformat() == "2023-11-12"  # type: ignore[union-attr]


def test_a_tag_with_many_dates_dates_a_list_of_cited_works_not_the_page() -> None:
    cited = "".join(f'<meta name="datePublished" content="{year}-12-02">' for year in (2003, 2006, 2014))
    stamp_found = published(html(cited + meta({"dc.date": "2017-01-30"})))
    assert stamp_found is not None and stamp_found.source == "meta:dc.date"


@pytest.mark.parametrize("container", ['<div class="related-posts">', '<section id="comments">', "<blockquote>"])
def test_times_of_related_posts_comments_and_embedded_posts_are_not_the_article_s(container: str) -> None:
    closing = "</" + container[1:].split()[0].rstrip(">") + ">"
    text = html(body=f'<article><p>Text</p>{container}<time datetime="2013-09-27T23:08:48">x</time>{closing}'
                     "</article>")
    assert published(text, url="https://www.example.org/story") is None


def test_a_dashed_numeric_date_puts_the_day_first() -> None:
    parsed = parse("01-11-2023 10:29")
    assert parsed is not None and parsed.naive == datetime(2023, 11, 1, 10, 29)


def test_an_epoch_publish_tag_outranks_a_local_time_labelled_utc() -> None:
    # 1529283660000 ms is 2018-06-18 01:01 UTC; the other tag writes the Tokyo clock's 10:01 with a "Z"
    text = html(meta({"cXenseParse:recs:publishtime": "2018-06-18T10:01:00.000Z",
                      "epoch-publish-date": "1529283660000"}))
    stamp = published(text, url="https://www.example.com/a")
    assert stamp is not None and stamp.at == datetime(2018, 6, 18, 1, 1, tzinfo=UTC)


def test_a_single_zone_language_gives_the_zone_of_a_generic_domain() -> None:
    text = html(body='<h1>Title</h1><span class="submitted">Submitted on Mon, 2019-01-21 13:49</span>')
    thai = published(text.replace("<html>", '<html lang="th">'), url="https://example.com/journal/1")
    assert thai is not None and thai.zone == "site"
    assert thai.at == datetime(2019, 1, 21, 13, 49, tzinfo=ZoneInfo("Asia/Bangkok"))
    other = published(text.replace("<html>", '<html lang="en">'), url="https://example.com/journal/1")
    assert other is not None and other.zone == "utc" and other.at.hour == 13


def test_a_date_and_time_line_gives_the_time_of_a_day_only_tag() -> None:
    text = html(meta({"publishdate": "2023-11-17"}), body='<div class="info">2023-11-17 15:13</div>')
    stamp = published(text, url="https://china.example.com.cn/a/1.html")
    assert stamp is not None and stamp.precision == "minute"
    assert stamp.at == datetime(2023, 11, 17, 15, 13, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_the_line_at_the_headline_gives_the_time_of_the_date_line_s_day() -> None:
    line = '<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Stellungnahme</h1><p>Text.</p>'
    stamp = published(html(body=line + '<div class="lastChangeDate"><span>Stand: 04.02.2022</span></div>'),
                      url="https://www.example.de/news/a")
    assert stamp is not None and stamp.at == datetime(2022, 2, 4, 13, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    other = published(html(body=line + '<div class="lastChangeDate"><span>Stand: 05.02.2022</span></div>'),
                      url="https://www.example.de/news/a")  # on another day the date line's day stands
    assert other is not None and other.at.date().isoformat() == "2022-02-05" and other.precision == "day"


def test_an_extractor_guess_on_the_site_header_s_today_yields_to_another_date() -> None:
    header = ('<div id="top"><div class="bar"><div class="cell"><div class="cell-in"><div id="date-box">'
              'Mon, 25 Dec 2023</div></div></div></div></div>')
    body = header + ('<div id="main"><div class="story"><div class="head"><h1>Title</h1><div class="info">'
                     'Max Doe<br/>Thu, 14 May 2020 17:55 UTC</div></div></div></div>')
    found = page_stamps(page(html(body=body)), (("2023-12-25", "trafilatura", 4),))[0]
    assert "trafilatura" not in [s.source for s in found]  # the line under the headline, and its line of its own
    assert {s.at for s in found} == {datetime(2020, 5, 14, 17, 55, tzinfo=UTC)}
    # with no other date on the page the guess stands (a page saved on the day it appeared shows that day)
    alone = header + '<div id="main"><div class="story"><div class="head"><h1>Title</h1></div></div></div>'
    kept = page_stamps(page(html(body=alone)), (("2023-12-25", "trafilatura", 4),))[0]
    assert [s.source for s in kept] == ["trafilatura"]


@pytest.mark.parametrize("shown", ["© 2023 Verlag", "32.13.2023", "Stand: 2023"])
def test_an_extractor_guess_of_new_year_from_a_bare_year_is_dropped(shown: str) -> None:
    text = html(body=f'<article><h1>Title</h1><p class="date">{shown}</p><p>Text.</p></article>')
    assert page_stamps(page(text), (("2023-01-01T00:00:00", "trafilatura", 4),))[0] == []


@pytest.mark.parametrize("shown", ["1. Januar 2023", "Jan 1, 2023", "2023-01-01", "01/01/2023", "1 de enero de 2023"])
def test_an_extractor_guess_of_new_year_stands_where_the_page_writes_that_day(shown: str) -> None:
    text = html(body=f'<article><h1>Title</h1><p>Text.</p><div>{shown}</div></article>')
    found = page_stamps(page(text), (("2023-01-01T00:00:00", "trafilatura", 4),))[0]
    assert [(s.source, s.at.date().isoformat()) for s in found][-1:] == [("trafilatura", "2023-01-01")]


def test_a_microdata_date_of_an_embedded_video_is_not_the_article_s() -> None:
    video = ('<div itemscope itemtype="https://schema.org/VideoObject">'
             '<meta itemprop="datePublished" content="2015-03-12T13:11:07Z"/></div>')
    article = ('<div itemscope itemtype="https://schema.org/Article">'
               '<meta itemprop="datePublished" content="2015-03-11T19:46:14Z"/><h1>Title</h1></div>')
    found = best(page_stamps(page(html(body=video + article)))[0])
    assert found is not None and found.at == datetime(2015, 3, 11, 19, 46, 14, tzinfo=UTC)
    # the same tag outside any item, or in the article's own item, dates the page as before
    alone = best(page_stamps(page(html(body=video.replace(' itemscope itemtype="https://schema.org/VideoObject"',
                                                          ""))))[0])
    assert alone is not None and alone.at == datetime(2015, 3, 12, 13, 11, 7, tzinfo=UTC)


def test_classes_of_the_whole_page_do_not_hide_the_article_s_time() -> None:
    """``<html class="has-comments">`` says the page has comments, not that its header is one."""
    text = ('<html class="no-js has-comments"><head>' + meta({"article:published_time": "2011-03-09"})
            + '</head><body><article><header><time itemprop="datePublished" datetime="2011-03-09T17:42:24+00:00">'
            'March 9, 2011 12:42 pm</time></header></article></body></html>')
    stamp = published(text)
    assert stamp is not None and stamp.precision == "minute"
    assert stamp.at == datetime(2011, 3, 9, 17, 42, 24, tzinfo=UTC)


def test_an_offset_written_with_three_digits() -> None:
    parsed = parse("2015-11-12T12:32-500")
    assert parsed is not None and parsed.offset == timezone(timedelta(hours=-5))
    assert parse("2015-11-12T12:32+0530") == parse("2015-11-12T12:32+05:30")


def test_a_time_without_offset_takes_the_zone_of_another_meta_tag() -> None:
    """A site on a generic domain whose stamps carry no offset: another of its meta tags states the zone."""
    text = html(meta({"busca:modified": "2014-12-26T11:42:57-0200"}),
                '<article><time itemprop="datePublished" datetime="2014-12-26T11:42">26/12/2014 11h42</time>'
                '</article>')
    stamp = published(text, "https://sports.example.com/noticia/2014/12/a.html")
    assert stamp is not None and stamp.zone == "site"
    assert stamp.at == datetime(2014, 12, 26, 11, 42, tzinfo=timezone(timedelta(hours=-2)))


def test_a_date_line_showing_only_the_time_gives_the_tagged_day_its_minute() -> None:
    body = ('<h1>Incendie</h1><div class="infos">Par <span class="author">E. NURDIN</span> - '
            '<span class="publish">05:01 - Temps de lecture : 2 min</span></div>')
    stamp = published(html(meta({"article:published_time": "2020-03-23"}), body=body),
                      "https://www.vosgesmatin.fr/2020/03/23/incendie")
    assert stamp is not None and stamp.precision == "minute" and stamp.at.strftime("%Y-%m-%d %H:%M") == "2020-03-23 05:01"


@pytest.mark.parametrize("line", ['<span class="date">Mis à jour 07:12</span>', '<span class="date">23/03 à 05:01</span>'])
def test_an_update_time_or_a_partial_date_gives_the_day_no_minute(line: str) -> None:
    stamp = published(html(meta({"article:published_time": "2020-03-23"}), body=f"<h1>Incendie</h1>{line}"))
    assert stamp is not None and stamp.precision == "day"


def test_the_date_a_print_header_carries_is_not_the_publication() -> None:
    body = ('<section class="print is-hidden"><p class="print-date">Wydrukowano: <strong><time>2021-05-11 22:22:17'
            '</time></strong></p></section><h1>Jest zgoda</h1><ul><li class="article__meta-item">opublikowano: '
            '29 kwietnia 2021 o godz. 17:13</li></ul>')
    stamp = published(html(body=body), "https://wpolityce.example/gospodarka/549052-jest-zgoda")
    assert stamp is not None and stamp.at.strftime("%Y-%m-%d %H:%M") == "2021-04-29 17:13"


def test_a_zoneless_time_is_read_on_the_clock_of_the_page_s_language_or_script() -> None:
    jsonld = {"@type": "NewsArticle", "datePublished": "2020-02-14 21:42:56"}
    hindi = published(html(jsonld=jsonld, title="कोरोना वायरस: नई दिल्ली में बैठक"), url="https://hindi.example.com/a")
    assert hindi is not None and hindi.at == datetime(2020, 2, 14, 21, 42, 56, tzinfo=ZoneInfo("Asia/Kolkata"))
    german = published(html(jsonld=jsonld).replace("<html>", '<html lang="de">'), url="https://blog.example.com/a")
    assert german is not None and german.at.utcoffset() == timedelta(hours=1)
    english = published(html(jsonld=jsonld, title="Meeting in New Delhi"), url="https://news.example.com/a")
    assert english is not None and english.at.utcoffset() == timedelta(0)  # English is read on many clocks: UTC stays


def test_a_month_without_a_day_is_no_date() -> None:
    assert parse("2017/01") is None and parse("January 2020") is None
    parsed = parse("Jan 4, 2021")
    assert parsed is not None and parsed.naive == datetime(2021, 1, 4)
    tags = meta({"citation_publication_date": "2017/01", "dc.date": "2017-01-30"})
    stamp = published(html(tags), "https://journal.example/article/10.1007/x")
    assert stamp is not None and stamp.at.date().isoformat() == "2017-01-30"


def test_a_published_stamp_after_its_modification_yields_to_the_date_line_showing_that_minute() -> None:
    jsonld = {"@type": "NewsArticle", "datePublished": "2023-11-01T20:02:45.316Z",
              "dateModified": "2023-11-01T15:28:29.000Z"}
    body = '<h1>Gaza</h1><div class="article-date">publié le 1er novembre 2023 à 16h28</div><p>Texte.</p>'
    stamp = published(html(jsonld=jsonld, body=body), "https://www.quotidien.example.fr/international/gaza")
    assert stamp is not None and stamp.at == datetime(2023, 11, 1, 16, 28, tzinfo=ZoneInfo("Europe/Paris"))
    # the date line showing the published stamp's day (a print edition's morning): the stamp stands
    early = {"@type": "NewsArticle", "datePublished": "2019-10-19T03:00:00.000Z",
             "dateModified": "2019-10-18T20:00:25.850Z"}
    shown = '<h1>Kultur</h1><div class="article-date">19.10.2019, 05:00 Uhr</div><p>Text.</p>'
    kept = published(html(jsonld=early, body=shown), "https://www.tagblatt.example/kultur/a")
    assert kept is not None and kept.at == datetime(2019, 10, 19, 3, 0, tzinfo=UTC)


def test_a_dateline_opening_the_text_dates_a_page_without_tags() -> None:
    body = ('<h1>Städteschutz statt Alpentrutz</h1><div><p><strong>Bern, 17.08.2007 - Rede von Moritz Leuenberger'
            '</strong></p><p>Text.</p></div><p><small>Letzte Änderung 14.02.2019</small></p>')
    guess = (("2019-02-14", "trafilatura", 4),)  # the extractor's pick: the page's last change
    stamp = best(page_stamps(page(html(body=body), url="https://www.example.ch/a"), guess)[0])
    assert stamp is not None and stamp.source == "dateline" and stamp.at.date().isoformat() == "2007-08-17"
    quoted = '<h1>Titel</h1><p>Er sagte, am 17.08.2007 - so der Bericht - sei alles anders gewesen.</p>'
    assert all(s.source != "dateline" for s in page_stamps(page(html(body=quoted)))[0])


def test_a_utc_clock_written_with_the_local_offset_yields_to_two_stamps_agreeing_on_the_instant() -> None:
    graph = '{"@type": "NewsArticle", "datePublished": "2020-04-07T17:10:46-07:00"}'
    head = f'<script type="application/ld+json">{graph}</script>' + meta(
        {"article:published_time": "2020-04-07T17:10:46+00:00"})
    body = '<article><time datetime="2020-04-07T10:10:46-07:00">April 7, 2020</time><p>Text</p></article>'
    published, _ = page_stamps(page(html(head, body=body), url="https://blog.example/a"))
    assert published[0].at == datetime(2020, 4, 7, 17, 10, 46, tzinfo=UTC)
    # one other stamp alone does not outvote the JSON-LD: either of the two may be the mislabelled one
    alone, _ = page_stamps(page(html(head, body="<article><p>Text</p></article>"), url="https://blog.example/a"))
    assert alone[0].source == "jsonld:datePublished"


def test_one_tag_giving_the_instant_in_two_forms_is_two_witnesses_written_alike_one() -> None:
    graph = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-04-21T18:46:12-04:00"}' \
            "</script>"
    tag = '<meta property="article:published_time" content="{}"/>'
    forms = graph + tag.format("2022-04-21T14:46:12-04:00") + tag.format("2022-04-21T18:46:12+00:00")
    published, _ = page_stamps(page(html(forms, body="<article><p>Text</p></article>"), url="https://now.example/a"))
    assert published[0].at == datetime(2022, 4, 21, 18, 46, 12, tzinfo=UTC)  # the JSON-LD's UTC clock passed over
    alike = graph + tag.format("2022-04-21T14:46:12-04:00") * 2
    published, _ = page_stamps(page(html(alike, body="<article><p>Text</p></article>"), url="https://now.example/a"))
    assert published[0].source == "jsonld:datePublished"


def test_a_dublin_core_date_later_than_the_date_line_yields_to_it_too() -> None:
    body = '<h1>Präsidentin</h1><div class="post-date">13.10.2021</div><p>Text.</p>'
    stamp = published(html(meta({"DC.date": "2021-10-15", "date": "2021-10-15"}), body))
    assert stamp is not None and stamp.at.date().isoformat() == "2021-10-13"


@pytest.mark.parametrize("tag, shown, expected", [
    ("2020-02-12", "05.02.2020", datetime(2020, 2, 5).date()),  # the CMS's last change: the date line's day
    ("2020-02-05", "12.02.2020", datetime(2020, 2, 5).date()),  # earlier than the line: still the tag's day
    ("2020-02-12T09:30:00+01:00", "05.02.2020", datetime(2020, 2, 12).date()),  # a time an editor set: the tag's
    # a time stamped to the second, earlier or later: when the CMS made or changed the page, not the story's day
    ("2021-12-20T11:02:44+01:00", "27.01.2022", datetime(2022, 1, 27).date()),
    ("2020-04-29T11:52:23+02:00", "28.04.2020", datetime(2020, 4, 28).date()),
])
def test_a_bare_date_tag_later_than_the_date_line_yields_to_it(tag: str, shown: str, expected: object) -> None:
    body = (f'<h1>Faire Lieferketten</h1><div class="news-single-timedata">{shown} <span>- Redaktion: Eberhard '
            f'Fuhr</span></div><p>Text.</p>')
    stamp = published(html(meta({"date": tag}), body))
    assert stamp is not None and stamp.at.date() == expected


def test_a_chinese_title_without_kana_reads_a_zoneless_time_on_china_s_clock_a_japanese_one_on_tokyo_s() -> None:
    jsonld = {"@type": "NewsArticle", "datePublished": "2012-06-04 09:20:26"}
    chinese = published(html(jsonld=jsonld, title="话剧《约定无期限》河北各市巡演结束"), url="https://web.example.org/a")
    assert chinese is not None and chinese.at.utcoffset() == timedelta(hours=8)
    japanese = published(html(jsonld=jsonld, title="東京で会議が開かれました"), url="https://web.example.org/a")
    assert japanese is not None and japanese.at.utcoffset() == timedelta(hours=9)


def test_a_date_in_the_element_after_its_label_is_the_date_line() -> None:
    body = ('<h1>Verkündung des Gesetzes</h1><div class="docData"><span class="label">Datum:</span> '
            '<span class="value">18.10.2021</span></div><p>Im Bundesgesetzblatt vom 17. August 2021 wurde es verkündet.</p>')
    stamp = published(html(body=body), url="https://www.example.de/a")
    assert stamp is not None and stamp.at.date().isoformat() == "2021-10-18"


def test_json_ld_and_the_article_tag_disagreeing_on_the_day_the_day_the_page_shows_wins() -> None:
    jsonld = {"@type": "NewsArticle", "datePublished": "2022-01-04T07:29:00.000Z"}
    head = meta({"article:published_time": "2022-01-06T08:29:34"})
    shown = '<h1>Vanlife</h1><div class="info-item">06.01.2022</div><p>Text.</p>'
    stamp = published(html(head=head, jsonld=jsonld, body=shown), url="https://www.example.de/a")
    assert stamp is not None and stamp.at.date().isoformat() == "2022-01-06"
    unshown = published(html(head=head, jsonld=jsonld, body="<h1>Vanlife</h1><p>Text.</p>"), url="https://www.example.de/a")
    assert unshown is not None and unshown.at.date().isoformat() == "2022-01-04"  # nothing shown: JSON-LD first
    agreeing = meta({"article:published_time": "2022-01-04T08:29:00+01:00"})
    updated = published(html(head=agreeing, jsonld=jsonld, body=shown), url="https://www.example.de/a")
    assert updated is not None and updated.at.date().isoformat() == "2022-01-04"  # tags agree: the shown day is later


def test_a_zone_name_no_one_knows_is_read_as_no_zone_without_the_parser_s_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil warns now and says it will raise later
        found = parse("2020-01-10T00:58:25ZZ")  # a template's broken "Z"
    assert found is not None and found.offset is None and found.naive == datetime(2020, 1, 10, 0, 58, 25)


def test_a_shown_time_keeps_the_zone_written_after_it() -> None:
    """A day-only tag and the time shown with its zone ("Feb 14, 2016 10:47 AM EST"): the time, on that zone."""
    text = html(meta({"article:published_time": "2016-02-14"}),
                body='<div class="bk_timeline">Feb 14, 2016 10:47 AM EST</div><h1>Better Health</h1><p>Text</p>')
    stamp = published(text)
    assert stamp is not None and stamp.at == datetime(2016, 2, 14, 15, 47, tzinfo=UTC)


def test_a_time_in_the_headlines_header_counts_inside_a_column_named_sidebar() -> None:
    """A site naming its content column "sidebar": the time in the header holding the ``<h1>`` is the article's;
    the comments' times below stay theirs."""
    comments = ('<ol class="commentlist"><li class="comment"><time pubdate datetime="2020-04-09T20:50:40+02:00">'
                "20:50</time></li></ol>")
    body = ('<div id="sidebar"><article class="post hentry"><header class="entry-header"><h1>Expert*innen</h1>'
            '<span class="byline"><time class="entry-date" datetime="2020-04-09T07:59:57+02:00" pubdate>Do 9 Apr'
            f" 2020</time></span></header><p>Text</p>{comments}</article></div>")
    stamp = published(html(body=body))
    assert stamp is not None and stamp.at == datetime(2020, 4, 9, 5, 59, 57, tzinfo=UTC)
    teaser = body.replace("<h1>Expert*innen</h1>", "<h2>Expert*innen</h2>")
    assert published(html(body=teaser)) is None  # no headline there: a column of other articles' times


def test_a_time_in_a_layout_wrapper_naming_its_sidebar_is_the_articles() -> None:
    """"layoutTwoColumnsRightSidebar" wraps the whole page, the article and its sidebar: no column of others' times."""
    header = '<div id="artikelheader"><ul><li class="artikeldatum"><time datetime="2021-11-25 16:11">25. November 2021'
    body = f'<div class="layoutTwoColumnsRightSidebar site"><div id="content">{header} 16:11 Uhr</time></li></ul></div>'
    stamp = published(html(body=body + "<h1>Purzelbaum</h1><p>Text</p></div>"), "https://www.alacarte.at/a")
    assert stamp is not None and stamp.at == datetime(2021, 11, 25, 16, 11, tzinfo=ZoneInfo("Europe/Vienna"))
    sidebar = body.replace("layoutTwoColumnsRightSidebar", "right-sidebar")  # a sidebar beside the article
    assert published(html(body="<h1>Purzelbaum</h1><p>Text</p>" + sidebar + "</div>"), "https://www.alacarte.at/a") is None


def test_a_zone_name_written_where_the_t_goes_is_read() -> None:
    assert parse("2018-11-28CET11:59:00+0100") == parse("2018-11-28T11:59:00+01:00")
    assert parse("2018-11-28MEZ11:59") == parse("2018-11-28T11:59")


def test_the_day_of_a_tag_gets_its_time_from_the_sentence_stating_when_the_post_was_written() -> None:
    footer = '<div class="post-footer">Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter debian</div>'
    shown = '<div class="date">6. Mai 2014</div>'
    text = html(meta({"date": "2014-05-06"}), f"<article><h1>Podcasts</h1>{shown}<p>Text</p>{footer}</article>")
    stamp = published(text, "https://disfunctions.de/a")
    assert stamp is not None and stamp.precision == "minute"
    assert stamp.at == datetime(2014, 5, 6, 23, 30, tzinfo=ZoneInfo("Europe/Berlin"))


def test_a_morning_clock_twelve_hours_before_the_pages_other_stamps_is_a_12_hour_clock_without_its_pm() -> None:
    graph = {"@type": "NewsArticle", "headline": "Hochzeit", "datePublished": "2019-06-20T02:39:54+02:00"}
    tag = meta({"sailthru.date": "2019-06-20 14:39:54"})
    shown = '<time datetime="2019-06-20T14:39+02:00">20.06.2019, 14:39</time>'
    text = html(tag, f"<article><h1>Hochzeit</h1>{shown}<p>Text</p></article>", jsonld=graph)
    stamp = published(text, "https://www.wunderweib.de/a")
    assert stamp is not None and stamp.at == datetime(2019, 6, 20, 14, 39, 54, tzinfo=CEST)
    morning = html(meta({"sailthru.date": "2019-06-20 14:41:54"}), "<h1>Hochzeit</h1><p>Text</p>", jsonld=graph)
    assert published(morning, "https://www.wunderweib.de/a").at == datetime(2019, 6, 20, 2, 39, 54, tzinfo=CEST)


def test_json_ld_date_created_yields_to_the_date_published_the_markup_states() -> None:
    body = ('<article><h1>Sparkassen</h1><span itemprop="datePublished" content="2019-10-18T17:08:11+02:00">'
            "18.10.2019 - 17:08 Uhr</span></article>")
    created = {"@type": "NewsArticle", "headline": "Sparkassen", "dateCreated": "2019-10-18T18:11:44+02:00"}
    published, _ = page_stamps(page(html(body=body, jsonld=created)))
    assert published[0].at == datetime(2019, 10, 18, 17, 8, 11, tzinfo=timezone(timedelta(hours=2)))
    published, _ = page_stamps(page(html(body="<article><h1>Sparkassen</h1></article>", jsonld=created)))
    assert published[0].at == datetime(2019, 10, 18, 18, 11, 44, tzinfo=timezone(timedelta(hours=2)))  # alone


def test_a_day_tag_that_is_the_utc_date_of_a_zoned_time_takes_that_time() -> None:
    # 20:08 EDT on the 29th is 00:08 UTC on the 30th: the bare day tag is the same moment's UTC date
    text = html(meta({"sailthru.date": "2014-06-30"}),
                body='<article><h1>Facebook</h1><time datetime="2014-06-29 20:08:00-0400">June 29</time></article>')
    stamp = published(text, url="https://www.example.com/2014/6/29/story")
    assert stamp is not None and stamp.precision == "minute"
    assert stamp.at == datetime(2014, 6, 30, 0, 8, tzinfo=UTC)
    other_day = text.replace("2014-06-29 20:08:00-0400", "2014-06-28 20:08:00-0400")
    day_only = published(other_day, url="https://www.example.com/2014/6/29/story")
    assert day_only is not None and day_only.precision == "day" and day_only.at.date().isoformat() == "2014-06-30"


def test_a_local_clock_marked_utc_yields_to_two_stamps_that_give_its_offset() -> None:
    text = html(meta({"article:published_time": "2014-05-14T15:40:14+02:00", "datePublished": "2014-05-14T15:40:14+02:00"}),
                jsonld={"@type": "NewsArticle", "datePublished": "2014-05-14T15:40:14+00:00"})
    stamp = published(text, url="https://www.example.com/a")
    assert stamp is not None and stamp.at == datetime(2014, 5, 14, 13, 40, 14, tzinfo=UTC)
    alone = html(meta({"article:published_time": "2014-05-14T15:40:14+02:00"}),
                 jsonld={"@type": "NewsArticle", "datePublished": "2014-05-14T15:40:14+00:00"})
    first = published(alone, url="https://www.example.com/a")  # one against one: JSON-LD, the most trusted, stands
    assert first is not None and first.at == datetime(2014, 5, 14, 15, 40, 14, tzinfo=UTC)


def test_the_first_item_of_an_infinite_scroll_is_the_article_and_its_time_is_the_page_s() -> None:
    item = ('<div class="alm-single-post"><div class="single_top"><h1>Nicole Hacohen comenzará la temporada</h1>'
            '<span class="date"><time datetime="2022-04-19 21:12:57">19 abril 2022 9:12 pm</time></span></div>'
            '<p>Texto.</p></div>')
    following = ('<div class="alm-single-post"><h2>Otra noticia</h2><time datetime="2022-04-13 08:00:00">13 abril'
                 '</time></div>')
    scroll = f'<div class="ajax-load-more-wrap">{item}{following}</div>'
    stamp = published(html(body=scroll))
    assert stamp is not None and stamp.at.date().isoformat() == "2022-04-19"
    # the same list without the page's headline in its first item: every time in it is another article's
    stamp = published(html(body=f"<h1>Nicole Hacohen</h1><p>Texto.</p>{scroll.replace('<h1>', '<h2>')}"))
    assert stamp is None or stamp.at.date().isoformat() != "2022-04-19"


def test_a_time_element_without_datetime_under_the_headline_is_the_date_line() -> None:
    today = '<nav><time class="tint-text">Viernes, 22 de Abril de 2022</time></nav>'
    header = ('<h1>Asamblea exige a periodistas</h1><h3><time class="__content"><span>Jueves, 21 de Abril de 2022'
              '</span></time></h3><p>Texto.</p>')
    stamp = published(html(body=today + header), url="https://elfaro.example/a")
    assert stamp is not None and stamp.at.date().isoformat() == "2022-04-21"


def test_a_tag_writing_the_utc_clock_with_the_local_offset_yields_to_the_clock_the_page_shows() -> None:
    """"06:34:31+03:00" in article:published_time, "09:34" in the microdata and under the headline (read on the
    site's clock): the tag's clock is UTC's, the instant the page shows is 06:34 UTC."""
    head = meta({"article:published_time": "2020-10-19T06:34:31+03:00"})
    body = ('<h1>Новости</h1><span itemprop="datePublished" content="2020-10-19 09:34"></span>'
            '<div class="date">19.10.2020 09:34</div><p>Текст.</p>')
    stamp = published(html(head, body), url="https://www.example.ru/news/1")
    assert stamp is not None and stamp.at == datetime(2020, 10, 19, 6, 34, tzinfo=UTC)
    # the page's text alone, read twice (its date line and a line of its own), is one witness: the tag stands
    alone = published(html(head, '<h1>Новости</h1><div class="date">19.10.2020 09:34</div><p>19.10.2020 09:34</p>'),
                      url="https://www.example.ru/news/1")
    assert alone is not None and alone.at == datetime(2020, 10, 19, 3, 34, 31, tzinfo=UTC)


@pytest.mark.parametrize("bar", ['<div id="navwrap"><div class="navtop">{}</div></div>', '<div class="top-nav">{}</div>',
                                 '<nav>{}</nav>'])
def test_the_date_in_a_navigation_bar_is_the_sites_today_not_the_articles(bar: str) -> None:
    today = '<span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span>'
    column = ('<h1>nachtkritik</h1><div class="intro"><p class="text_titel">Im Schlepptau</p><p><span class="text_datum">'
              '31. Oktober 2023.</span> Dragqueens sind Kunstfiguren.</p></div>')
    stamp = published(html(body=bar.format(today) + column), url="https://nachtkritik.example/kolumne")
    assert stamp is not None and stamp.at.date().isoformat() == "2023-10-31"
    navigation = '<div class="navigation-links">{}</div>'  # a block of its own that merely names navigation
    stamp = published(html(body=navigation.format(today) + column), url="https://nachtkritik.example/kolumne")
    assert stamp is not None and stamp.at.date().isoformat() == "2023-11-01"


def test_a_time_element_showing_another_day_than_its_datetime_yields_to_the_day_it_shows() -> None:
    header = ('<header><h1>Quand on comprend que les grenades sont un enjeu</h1><div class="time">'
              '<time datetime="2019-07-03T10:18:46Z">Publié le {shown}</time></div></header><p>Texte.</p>')
    stamp = published(html(body=header.format(shown="29 juin 2019")), url="https://paris-luttes.example/q-12355")
    assert stamp is not None and stamp.at.date().isoformat() == "2019-06-29"
    # the same day, or the next one on the site's clock: the markup's time of day stands
    for shown in ("3 juillet 2019", "4 juillet 2019"):
        stamp = published(html(body=header.format(shown=shown)), url="https://paris-luttes.example/q-12355")
        assert stamp is not None and stamp.precision == "minute" and stamp.at == datetime(2019, 7, 3, 10, 18, 46, tzinfo=UTC)


def test_a_blogs_day_above_the_post_and_its_time_below_it_give_the_minute() -> None:
    post = ('<h2 class="date-header">17.7.11</h2><div class="post"><h3>Verstößt der Ausschluss von Pseudonymen gegen '
            'deutsches Recht?</h3><p>Text.</p><div class="meta">posted by Stadler at 12:53</div></div>')
    url = "https://blog.example/2011/07/pseudonymen.html"
    stamp = published(html(meta({"date": "2011-07-17"}), post), url=url)
    assert stamp is not None and stamp.precision == "minute" and stamp.at.strftime("%Y-%m-%d %H:%M") == "2011-07-17 12:53"
    comment = post.replace('<div class="meta">posted by Stadler at 12:53</div>',
                           '<div class="comments"><span class="comment-date">at 23:10</span></div>')
    stamp = published(html(meta({"date": "2011-07-17"}), comment), url=url)
    assert stamp is not None and stamp.precision == "day"  # a comment's time is not the post's
