"""The clock of times written without an offset: declared regions, and English pages on generic domains."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pipeline.extract.dates import Stamp, best, page_stamps
from pipeline.extract.site_zones import paired_offset
from tests.extract.pages import html, meta, page

ENGLISH = ("<p>The mayor said on Thursday that the bridge was closed for repairs and that it would reopen in "
           "the spring, according to a statement from the city.</p>")
GERMAN = ("<p>Der Bürgermeister sagte am Donnerstag, die Brücke sei wegen Reparaturen gesperrt und werde im "
          "Frühjahr wieder geöffnet, teilte die Stadt mit.</p>")
FRENCH = "<p>Le maire a annoncé jeudi que le pont restera fermé pour des réparations jusqu'au printemps.</p>"
NAIVE = meta({"article:published_time": "2014-06-26T09:00:00"})


def published(text: str, url: str = "https://www.example.com/2014/06/26/story") -> Stamp:
    stamp = best(page_stamps(page(text, url))[0])
    assert stamp is not None
    return stamp


def with_lang(lang: str, body: str, head: str = NAIVE) -> str:
    return html(head, body).replace("<html>", f'<html lang="{lang}">')


def test_an_english_page_on_a_generic_domain_is_read_on_us_eastern_time() -> None:
    stamp = published(with_lang("en", ENGLISH))
    assert stamp.zone == "site" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo("America/New_York"))


def test_an_english_page_that_writes_another_time_in_utc_keeps_utc() -> None:
    head = NAIVE + meta({"article:modified_time": "2014-06-26T11:00:00Z"})
    stamp = published(with_lang("en", ENGLISH, head))
    assert stamp.zone == "utc" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=UTC)


@pytest.mark.parametrize("lang", ["en", "en-US"])
def test_a_declared_english_over_text_in_another_language_says_nothing_of_the_zone(lang: str) -> None:
    stamp = published(with_lang(lang, GERMAN))
    assert stamp.zone == "utc" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=UTC)


@pytest.mark.parametrize("lang, zone, text", [("en-US", "America/New_York", ENGLISH),
                                              ("en_CA", "America/Toronto", ENGLISH), ("fr-CA", "America/Toronto", FRENCH)])
def test_a_declared_american_region_gives_its_eastern_zone(lang: str, zone: str, text: str) -> None:
    stamp = published(with_lang(lang, text))
    assert stamp.zone == "site" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo(zone))


SPANISH = ("<p>El alcalde anunció el jueves que el puente permanecerá cerrado por reparaciones hasta la "
           "primavera, según un comunicado del ayuntamiento.</p>")


@pytest.mark.parametrize("lang, zone, text", [("es-CR", "America/Costa_Rica", SPANISH),
                                              ("es-CO", "America/Bogota", SPANISH)])
def test_a_declared_region_gives_its_country_s_zone(lang: str, zone: str, text: str) -> None:
    stamp = published(with_lang(lang, text))
    assert stamp.zone == "site" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo(zone))


@pytest.mark.parametrize("lang", ["en-GB", "en-AU"])
def test_a_british_or_australian_page_on_a_generic_domain_keeps_utc(lang: str) -> None:
    stamp = published(with_lang(lang, ENGLISH))  # such sites write UTC times as often as their own clock's
    assert stamp.zone == "utc" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=UTC)


def test_the_language_s_own_country_as_its_region_says_nothing_of_the_zone() -> None:
    stamp = published(with_lang("es-ES", SPANISH))  # many templates' default, on sites in the Americas too
    assert stamp.zone == "utc" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=UTC)


CHROME = ('<nav><a href="/" title="Noticias de Costa Rica">Inicio</a></nav>{article}'
          "<footer><p>San José, Costa Rica. Todos los derechos reservados.</p></footer>")


def test_the_country_the_chrome_names_gives_the_zone() -> None:
    stamp = published(with_lang("es", CHROME.format(article="<article>" + SPANISH + "</article>")))
    assert stamp.zone == "site" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo("America/Costa_Rica"))
    jamaica = "<header><p>Jamaica Gleaner</p></header><article>" + ENGLISH + "</article><footer>Kingston, Jamaica</footer>"
    stamp = published(with_lang("en", jamaica))  # before the US Eastern guess for English
    assert stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo("America/Jamaica"))


@pytest.mark.parametrize("host, zone", [
    ("www.jamaicaobserver.com", "America/Jamaica"), ("kenya-today.com", "Africa/Nairobi"),
    ("costaricanews.com", "America/Costa_Rica"), ("www.jamaicaplain.com", "America/New_York"),  # no paper's word
    ("indianexpress.com", "America/New_York"),
])
def test_a_host_naming_a_country_s_paper_gives_its_zone_over_a_declared_en_us(host: str, zone: str) -> None:
    stamp = published(with_lang("en-US", ENGLISH), f"https://{host}/latest-news/story/")
    assert stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo(zone))


def test_links_to_the_home_page_name_the_site_s_country_wherever_they_stand() -> None:
    menu = '<div class="menu"><a href="/index.php" title="Lo mejor del fútbol de Costa Rica">Inicio</a></div>'
    stamp = published(with_lang("es", menu + "<article>" + SPANISH + "</article>" + menu))
    assert stamp.zone == "site" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo("America/Costa_Rica"))
    elsewhere = menu.replace("/index.php", "/futbol/costa-rica")  # a section's link is not the site's name
    assert published(with_lang("es", elsewhere + "<article>" + SPANISH + "</article>" + elsewhere)).zone == "utc"
    own = menu.replace("/index.php", "https://example.com")  # the page's own host, written out
    assert published(with_lang("es", own + "<article>" + SPANISH + "</article>" + own)).zone == "site"
    other = menu.replace("/index.php", "https://www.facebook.com/")  # another site's home page
    assert published(with_lang("es", other + "<article>" + SPANISH + "</article>" + other)).zone == "utc"


@pytest.mark.parametrize("article, footer", [
    ("<article><p>Costa Rica y Panamá firmaron el acuerdo en Costa Rica.</p>" + SPANISH + "</article>",
     "<footer><p>Todos los derechos reservados.</p></footer>"),  # the story's countries, not the site's
    ("<article>" + SPANISH + "</article>", "<footer><p>Costa Rica, Panamá, Panamá y Costa Rica</p></footer>"),
])
def test_a_country_only_the_story_names_or_one_named_as_often_as_another_gives_no_zone(article: str,
                                                                                         footer: str) -> None:
    stamp = published(with_lang("es", article + footer))
    assert stamp.zone == "utc"


def test_og_locale_declares_the_region_where_the_page_declares_no_language() -> None:
    stamp = published(html(NAIVE + meta({"og:locale": "en_CA"}), ENGLISH))
    assert stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo("America/Toronto"))


def test_a_country_domain_outranks_the_declared_region() -> None:
    stamp = published(with_lang("en-US", ENGLISH), url="https://www.example.de/story")
    assert stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo("Europe/Berlin"))


GERMAN_BLOG = ("<p>Die Ohrringe sind ein Geschenk von meiner Mutter und ich trage sie fast jeden Tag, auch auf "
               "Reisen, weil sie mit allem gut aussehen.</p>")


def test_a_page_declaring_no_language_is_read_on_the_clock_of_the_language_its_text_is_in() -> None:
    stamp = published(html(NAIVE, GERMAN_BLOG))
    assert stamp.zone == "site" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    declared = published(with_lang("fr", GERMAN_BLOG))  # a declared language is taken at its word
    assert declared.zone == "utc"


def test_utc_tags_and_the_clock_the_page_shows_for_them_give_the_site_s_offset() -> None:
    # Minneapolis in November (-06:00), where an English page's guess is US Eastern (-05:00)
    head = meta({"article:published_time": "2023-11-09T05:30:59+00:00",
                 "article:modified_time": "2023-11-09T06:21:49+00:00"})
    body = ENGLISH + ('<p class="time">PUBLISHED: <time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.'
                      '</time> | UPDATED: <time datetime="2023-11-09 00:21:49">12:21 a.m.</time></p>')
    stamp = published(with_lang("en", body, head), "https://www.example.com/2023/11/08/story")
    assert stamp.at == datetime(2023, 11, 9, 5, 30, 59, tzinfo=UTC)
    assert stamp.at.utcoffset() == timedelta(hours=-6) and stamp.at.date().isoformat() == "2023-11-08"


@pytest.mark.parametrize("utc, shown, offset", [
    (["2023-11-09T05:30:59"], ["2023-11-08T23:30:59"], -6),  # alike to the second: one pair is enough
    (["2020-04-24T16:11:00", "2020-04-24T17:02:00"], ["2020-04-24T09:11:00", "2020-04-24T10:02:00"], -7),
    (["2021-03-01T04:15:10"], ["2021-03-01T09:45:10"], 5.5),  # a half-hour zone
    (["2021-03-01T04:15:00"], ["2021-03-01T09:15:00"], None),  # one pair to the minute: a coincidence as likely
    (["2021-03-01T04:15:10"], ["2021-03-01T04:15:10"], None),  # the same clock: UTC itself, nothing to learn
    (["2021-03-01T04:15:10"], ["2021-03-01T06:16:10"], None),  # no whole quarter hour apart
    (["2021-03-01T04:15:10"], ["2021-03-02T04:15:10"], None),  # a day apart: no clock is
    (["2021-03-01T11:00:00", "2021-03-01T12:00:00"], ["2021-03-01T12:00:00", "2021-03-01T13:00:00"], None),  # round
    (["2021-03-01T04:15:10", "2021-03-01T05:20:30"], ["2021-03-01T06:15:10", "2021-03-01T08:20:30"], None),  # two
])
def test_the_offset_utc_times_and_shown_clocks_agree_on(utc: list[str], shown: list[str],
                                                        offset: float | None) -> None:
    found = paired_offset(map(datetime.fromisoformat, utc), map(datetime.fromisoformat, shown))
    assert (found.utcoffset(None) if found else None) == (timedelta(hours=offset) if offset is not None else None)
