"""The clock of times written without an offset: declared regions, and English pages on generic domains."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from pipeline.extract.dates import Stamp, best, page_stamps
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


def test_a_british_page_on_a_generic_domain_keeps_utc() -> None:
    stamp = published(with_lang("en-GB", ENGLISH))
    assert stamp.zone == "utc" and stamp.at == datetime(2014, 6, 26, 9, tzinfo=UTC)


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
