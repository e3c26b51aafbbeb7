"""The date line a page shows as text: written forms in several languages, the first marked line only."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from pipeline.extract.page import Page, parse_html
from pipeline.extract.visible_dates import (
    date_in,
    dated_lines,
    dateline,
    headline_stamp,
    labelled_date,
    stamp_in,
    stamp_lines,
    visible_date,
    written_on,
)


@pytest.mark.parametrize("text, day", [
    ("Von Deutscher Tennis Bund 4. 2. 2022.", "2022-02-04"),
    ("Accueil | Par Loïc Le Clerc | 30 septembre 2018", "2018-09-30"),
    ("13 Oct 2020 18:29 1479", "2020-10-13"),
    ("2020年07月12日", "2020-07-12"),
    ("Published March 5th, 2026", "2026-03-05"),
    ("13 de octubre de 2020", "2020-10-13"),
    ("Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 15:30:46", "2023-11-07"),
    ("Updated: 2023-11-08 / first published 2023-11-06", "2023-11-06"),
    ("Published: 11/18/2011 2:27 AM", "2011-11-18"),
    ("Publié le 18/11/2011", "2011-11-18"),
    ("duminică, 20 septembrie 2020", "2020-09-20"),  # Romanian
    ("13 января 2020 г.", "2020-01-13"),  # Russian, the month in the genitive
    ("30 Ekim 2020 Cuma", "2020-10-30"),  # Turkish
    ("12. toukokuuta 2020", "2020-05-12"),  # Finnish
    ("2020. május 12.", "2020-05-12"),  # Hungarian, the year first
    ("2020년 5월 12일", "2020-05-12"),  # Korean
    ("5 ΜΑΐΟΥ 2020", "2020-05-05"),  # Greek, in capitals
    ("5 MAYIS 2020", "2020-05-05"),  # Turkish in capitals: the dotless i matched as I
    ("12 de maig de 2020", "2020-05-12"),  # Catalan
])
def test_written_dates(text: str, day: str) -> None:
    assert date_in(text) == day


def test_no_whole_date_gives_none() -> None:
    assert date_in("prije 26 minuta") is None and date_in("31.02.2020") is None and date_in("Jul 10") is None
    assert date_in("05/03/2011") is None  # May 3 in America, 5 March elsewhere: not read
    assert date_in("5 MAİS 2020") is None  # matched case-blind, a spelling no month has: no date, no error
    assert date_in("2/30/2011") is None and date_in("11/18/11") is None


def page_tree(body: str) -> HtmlElement | None:
    return parse_html(f"<html><body>{body}</body></html>")


def test_the_first_marked_date_line_outside_related_lists() -> None:
    body = ('<ul class="related"><li><span class="date">01.01.2019</span></li></ul>'
            '<article><h1>Title</h1><div class="post-meta">Von A. Autor, 4. 2. 2022</div>'
            '<span class="date">05.05.2021</span></article>')
    assert visible_date(page_tree(body)) == "2022-02-04"


def test_a_date_line_under_a_label_of_the_last_change_is_passed_over() -> None:
    changed = ('<div class="display-inline-block"><h4 class="timestamp__title">Zuletzt geändert am:</h4>'
               '<ul class="timestamp-list"><li class="timestamp-list__item">15.10.2021</li></ul></div>')
    shown = '<div class="event"><span>Erschienen am:</span><h2 class="event-date">13.10.2021</h2></div>'
    assert visible_date(page_tree(f"<article><h1>Präsidentin</h1>{changed}{shown}</article>")) == "2021-10-13"
    published = changed.replace("Zuletzt geändert am:", "Veröffentlicht am:")
    assert visible_date(page_tree(f"<article><h1>Präsidentin</h1>{published}{shown}</article>")) == "2021-10-15"


def test_a_relative_date_line_stops_the_search() -> None:
    body = ('<article><span class="article_published_at">vor 26 Minuten</span></article>'
            '<div class="article-date-time">09.08.2020 u 10:52</div>')
    assert visible_date(page_tree(body)) is None


@pytest.mark.parametrize("text, stamp", [
    ("2023-11-17 15:13", "2023-11-17 15:13"),
    ("Thu, 14 May 2020 17:55 UTC", "2020-05-14 17:55 UTC"),
    ("Submitted on Mon, 2019-01-21 13:49", "2019-01-21 13:49"),
    ("December 27, 2014 at 12:06 PM", "2014-12-27 12:06"),
    ("December 27, 2014 at 9:06 pm", "2014-12-27 21:06"),
    ("4. 2. 2022, Seite 3", "2022-02-04"),
    ("19.2.2020 klo 14.00", "2020-02-19 14:00"),  # after a word for "at", a full stop parts hour and minute
    ("19.2.2020 kl. 9.30", "2020-02-19 09:30"),
    ("19.2.2020 14.00", "2020-02-19"),  # without one, "14.00" may be anything
    ("Feb 14, 2016 10:47 AM EST", "2016-02-14 10:47 EST"),  # the zone written after the time kept with it
    ("9 novembre 2023 à 10:47 et mis à jour", "2023-11-09 10:47"),  # "et" (and) is no zone
    ("Gunter Frank / 22.04.2020 / 06:15 / Foto", "2020-04-22 06:15"),  # parted by slashes, dashes or bullets
    ("20.10.2021 – 10:24", "2021-10-20 10:24"),
    ("3 mai 2020 • 14h05", "2020-05-03 14:05"),
    ("22.04.2020 – 10.05.2020", "2020-04-22"),  # a range's second date is no time
    ("2023.11.02. 오후 8:06", "2023-11-02 20:06"),  # the year first; the half of the day before the time
    ("2023.11.02. 오전 11:30", "2023-11-02 11:30"),
    ("2020-03-01 下午 2:05", "2020-03-01 14:05"),
    ("2019/06/24 11:30", "2019-06-24 11:30"),
    ("2020.05.12.", "2020-05-12"),
    ("Version 2019.06.24.1", None),  # a version number, no date
    ("2020.13.01", None),
])
def test_a_time_written_after_the_date_is_kept(text: str, stamp: str | None) -> None:
    assert stamp_in(text) == stamp


def test_a_submitted_line_gives_the_date_and_time() -> None:
    body = '<h1>Title</h1><span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span>'
    assert visible_date(page_tree(body)) == "2019-01-21 13:49"


def test_a_date_after_a_calendar_icon_in_bloggers_column_of_posts_is_the_date_line() -> None:
    post = ("<div class='widget Blog' id='Blog1'><div class='post-outer'><h3>Strong &amp; Beautiful</h3><p>Text.</p>"
            "<div class='blog_links'><i class='fa fa-calendar'></i> <a href='#' rel='bookmark'> Mai 03, 2017 </a>"
            "</div>{comments}</div></div>")
    comments = "<div class='comments'><i class='fa fa-calendar'></i> <span>Mai 10, 2017 4:14 PM</span></div>"
    assert visible_date(page_tree(post.format(comments=comments))) == "2017-05-03"
    assert visible_date(page_tree(post.format(comments="").replace("fa-calendar", "fa-user"))) is None  # no mark
    assert visible_date(page_tree(post.format(comments="").replace("widget Blog", "widget Popular"))) is None
    assert visible_date(page_tree(f"<h3>Post</h3><p>Text.</p>{comments}")) is None  # a comment's date


def test_a_long_marked_line_that_a_date_and_time_open_gives_them() -> None:
    cats = ", ".join(f'<a href="/category/c{i}/">Kategorie {i}</a>' for i in range(8))
    line = (f'<p class="postmetadata">Von R. R. am <a href="/2013/08/07/">07.08.2013</a> um 09:07 Uhr gespeichert unter '
            f"{cats}</p>")
    assert visible_date(page_tree(f"<h2>Kinos</h2><p>Text.</p>{line}")) == "2013-08-07 09:07"
    later = line.replace("Von R. R. am", "Von R. R., Redaktion Kultur und Gesellschaft, zuletzt bearbeitet am")
    assert visible_date(page_tree(f"<h2>Kinos</h2><p>Text.</p>{later}")) is None  # the date further in: a sentence
    day_only = line.replace(" um 09:07 Uhr", "")
    assert visible_date(page_tree(f"<h2>Kinos</h2><p>Text.</p>{day_only}")) is None


def test_a_day_without_time_above_the_headline_is_the_site_header_s_today() -> None:
    header = ('<div id="top"><div class="bar"><div class="cell"><div class="cell-in"><div id="date-box">'
              'Mon, 25 Dec 2023</div></div></div></div></div>')
    article = '<div id="main"><div class="story"><div class="head"><h1>Title</h1>{}</div></div></div>'
    assert visible_date(page_tree(header + article.format('<div class="post-date">Thu, 14 May 2020</div>'))) \
        == "2020-05-14"
    # beside the headline (a kicker date above it) it is the article's; a header line with a time is still read
    kicker = '<div id="main"><div class="story"><div class="head"><span class="date">Thu, 14 May 2020</span><h1>T</h1>'
    assert visible_date(page_tree(kicker)) == "2020-05-14"
    clock = header.replace("Mon, 25 Dec 2023", "Mon, 25 Dec 2023 09:15")
    assert visible_date(page_tree(clock + article.format(""))) == "2023-12-25 09:15"


def test_lines_holding_only_a_date_and_a_time() -> None:
    body = ('<div class="m-bar">Mei Chen<br/>The Ledger<br/>Thu, 14 May 2020 17:55 UTC</div>'
            '<div class="x">2023-11-17 15:13</div><p>Published on 2021-01-02 10:00 by the desk of the paper</p>'
            '<div class="x">2023-11-18</div><aside class="related"><span>2019-01-01 08:00</span></aside>')
    assert stamp_lines(Page.of(page_tree(body))) == ["2020-05-14 17:55 UTC", "2023-11-17 15:13"]


def test_an_aside_that_holds_the_headline_is_the_article_not_a_sidebar() -> None:
    tree = parse_html('<html><body><main><aside class="content"><section><h1>Witzel erhält den Buchpreis</h1>'
                      '<div class="ar-date">12.10.2015, 19:16 Uhr</div></section></aside>'
                      '<aside class="sidebar-box"><div class="teaser-date">13.10.2015, 08:00 Uhr</div></aside>'
                      '</main></body></html>')
    assert visible_date(tree) == "2015-10-12 19:16"
    sidebar_only = parse_html('<html><body><main><h1>Titel</h1></main><aside><div class="date">13.10.2015, 08:00 Uhr'
                              '</div></aside></body></html>')
    assert visible_date(sidebar_only) is None


@pytest.mark.parametrize("line, stamp", [
    ("Erhverv - 02. januar 2020 kl. 10:21", "2020-01-02 10:21"),  # Danish "kl."
    ("opublikowano 29 kwietnia 2021 o godz. 17:13", "2021-04-29 17:13"),  # Polish month and "o godz."
    ("Publikováno 3. května 2022 v 8:05", "2022-05-03 08:05"),  # Czech
])
def test_a_time_after_a_nordic_polish_or_czech_date(line: str, stamp: str) -> None:
    assert stamp_in(line) == stamp


def test_a_french_ordinal_day_and_a_time_written_with_h() -> None:
    assert stamp_in("publié le 1er novembre 2023 à 16h28") == "2023-11-01 16:28"
    assert stamp_in("le 3 mars 2021 à 8h05") == "2021-03-03 08:05"


def test_an_arabic_date_line_with_both_month_names_and_the_evening_word() -> None:
    assert stamp_in("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً") == "2020-04-24 21:22"
    assert stamp_in("الخميس 5 مارس 2020 10:15 صباحاً") == "2020-03-05 10:15"


@pytest.mark.parametrize("body, day", [
    ('<h1>Elder: Aus dem Ghetto nach Augusta</h1><div><p><br/> 1. Februar 2022 , Daniel Dillenburg</p></div>'
     "<p>Text</p>", "2022-02-01"),
    ("<div><h1>Bundesregierung drosselt Bioenergie</h1></div><p>Die Bundesregierung hat beschlossen.</p>"
     "<p>29.11.2022 – Mehrfach und vehement hatte die Branche die Nachteile des Gesetzes beklagt.</p>", "2022-11-29"),
])
def test_a_date_opening_a_line_under_the_headline(body: str, day: str) -> None:
    assert dateline(page_tree(body)) == day


def test_a_long_paragraph_opening_with_a_date_and_a_comma_is_no_date_line() -> None:
    body = "<h1>Rückblick</h1><p>1. Februar 2022, so begann ein Jahr, das niemand in der Stadt vergessen wird.</p>"
    assert dateline(page_tree(body)) is None


def test_a_date_after_a_label_of_its_own() -> None:
    body = '<div class="col-md-4"><h5 class="title-inline">Datum:  </h5>03.02.2022 <br/><h5>Autor:</h5>se</div>'
    assert labelled_date(page_tree(body)) == "2022-02-03"
    assert labelled_date(page_tree('<div><h5>Datum:</h5></div><p>03.02.2022</p>')) is None


def test_a_label_set_apart_by_its_element_needs_no_colon() -> None:
    body = '<ul class="smallList"><li><strong>Date</strong> 10.06.2013 </li><li><strong>Author</strong> J. T.</li></ul>'
    assert labelled_date(page_tree(body)) == "2013-06-10"
    assert labelled_date(page_tree("<dl><dt>Datum</dt><dd>03.02.2022</dd></dl>")) == "2022-02-03"
    assert labelled_date(page_tree("<p>The <strong>date</strong> was set: 10.06.2013</p>")) is None
    assert labelled_date(page_tree("<p><strong>Date</strong> of the vote, set on 10.06.2013</p>")) is None


def test_a_definition_list_s_term_labels_a_date_in_words() -> None:
    summary = '<dl class="summary"><dt>Announced</dt><dd>April 2, 2024</dd><dt>Impact</dt><dd>moderate</dd></dl>'
    assert labelled_date(page_tree(summary)) == "2024-04-02"
    assert labelled_date(page_tree("<table><tr><th>Publication date</th><td>2 avril 2024</td></tr></table>")) \
        == "2024-04-02"
    assert labelled_date(page_tree("<dl><dt>Impact</dt><dd>April 2, 2024</dd></dl>")) is None  # no date label
    # in a layout that has a sidebar ("mzp-has-sidebar mzp-l-sidebar-left"), not in the sidebar
    layout = f'<div class="mzp-l-content mzp-has-sidebar mzp-l-sidebar-left"><article>{summary}</article></div>'
    assert labelled_date(page_tree(layout)) == "2024-04-02"
    assert labelled_date(page_tree(f'<div class="mzp-l-sidebar-left">{summary}</div>')) is None


def test_a_label_and_its_colon_opening_a_line_of_text_date_it() -> None:
    footer = ('<p class="footerFrstLn">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>'
              "Lesungen: 61</p>")
    assert labelled_date(page_tree(f"<h1>Vom Boden aus gedacht</h1><p>Text.</p>{footer}")) == "2023-11-01"
    assert labelled_date(page_tree("<p>Datum: 03.02.2022</p>")) == "2022-02-03"
    mid_line = "<p>Das Buch ist erschienen am: 01.11.2023, sagt der Verlag.</p>"  # no label opening its line
    assert labelled_date(page_tree(mid_line)) is None
    assert labelled_date(page_tree("<p>Text.<br>Erschienen am 01.11.2023 im Verlag.</p>")) is None  # a sentence
    alone = "<p>Veröffentlicht am 16.08.2019<br/> Dauer: 1 Stunde 4 Minuten <br/>Lizenz: CC-BY</p>"
    assert labelled_date(page_tree(alone)) == "2019-08-16"  # no colon, but the date is all its line holds
    assert labelled_date(page_tree("<footer><p>Datum: 03.02.2022</p></footer>")) is None  # the page's footer


def test_a_sentence_stating_when_the_post_was_written_gives_its_time() -> None:
    footer = ('<div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/author/h/">'
              "Heiner</a> geschrieben</div>")
    assert written_on(page_tree(f"<article><h1>Roomba</h1><p>Text</p>{footer}</article>")) == "2015-12-14 14:48"
    meta = '<div class="postmetadata">Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter <a>debian</a></div>'
    assert written_on(page_tree(f"<h1>Podcasts</h1>{meta}")) == "2014-05-06 23:30"
    assert written_on(page_tree("<p>Posted on May 6, 2014 at 11:30 pm by anna</p>")) == "2014-05-06 23:30"
    assert written_on(page_tree("<p>Erstellt am 6. Mai 2014 und abgelegt unter debian</p>")) is None  # no time
    replies = '<ol class="commentlist"><li>Geschrieben am 7. Mai 2014 um 08:15</li></ol>'
    assert written_on(page_tree(f"<h1>Podcasts</h1><p>Text</p>{replies}")) is None  # a reader's comment's


def test_the_name_after_the_date_in_a_line_under_the_headline() -> None:
    body = '<h1>Die Freiheit der Planung</h1><div>Essay</div><div><span>25.10.2022 - Reiner Nagel</span></div>'
    assert dated_lines(page_tree(body)) == ["Reiner Nagel"]


def test_a_date_line_ending_in_its_writer_is_a_stamp_line() -> None:
    line = '<h2>Stars (1 / 1) <span style="font-size:12px">06.11.2023 13:30 von Olga </span></h2>'
    page = Page.of(parse_html(f"<html><body><article><h1>Ehezoff</h1>{line}</article></body></html>"))
    assert stamp_lines(page) == ["2023-11-06 13:30"]
    said = "<p>06.11.2023 13:30 sagte der Sprecher von Olga Schmidt am Telefon</p>"  # a sentence stays out
    page = Page.of(parse_html(f"<html><body><article><h1>Ehezoff</h1>{said}</article></body></html>"))
    assert stamp_lines(page) == []


def test_a_month_first_date_with_slashes_and_its_time() -> None:
    assert stamp_in("Published: 11/18/2011\u00a0\u00a02:27 AM") == "2011-11-18 02:27"


@pytest.mark.parametrize("line, stamp", [
    ("<small>11.05.2012, 10:22 von jovelstefan</small>", "2012-05-11 10:22"),
    ("<small>Donnerstag, 15.2.2018, 19:51 <!-- --> &gt; da]v[ax <!-- --></small>", "2018-02-15 19:51"),
    ("<small>11.05.2012 von jovelstefan</small>", None),  # a day alone: the other rules read it
])
def test_a_short_line_under_the_headline_gives_its_date_and_time(line: str, stamp: str | None) -> None:
    tree = page_tree(f'<div class="post"><h1><a href="/p">Parken in Paris</a></h1>\n{line}<p>Text.</p></div>')
    assert headline_stamp(tree) == stamp
    above = page_tree(f'<div class="post">{line}<!-- --><h1>Parken in Paris</h1><p>Text.</p></div>')  # or above it
    assert headline_stamp(above) == stamp
    far = page_tree(f"<h1>Parken in Paris</h1><p>{'Ein langer erster Absatz des Artikels. ' * 3}</p>{line}")
    assert headline_stamp(far) is None


def test_a_longer_line_under_the_headline_that_a_date_and_time_open_gives_them() -> None:
    line = "<p>22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras</p>"
    tree = page_tree(f"<article><h1>Goiás supera Palmeiras</h1>{line}<p>Texto.</p></article>")
    assert headline_stamp(tree) == "2020-11-22 04:30"
    said = "<p>A polícia informou que em 22/11/2020 - 04:30 houve um acidente na estrada perto da cidade</p>"
    tree = page_tree(f"<article><h1>Goiás supera Palmeiras</h1>{said}<p>Texto.</p></article>")
    assert headline_stamp(tree) is None  # a date further into a long line is a sentence's


def test_the_line_under_the_article_s_headline_not_under_the_site_s_name() -> None:
    line = "<p>22/11/2020 - 04:30 - Fonte: Agência Brasil</p>"
    tree = page_tree(f"<header><h1>Notícia Exata</h1></header><p>22/11/2020 - 18:20</p><article><h4>ESPORTE</h4>"
                     f"<h1>Goiás supera Palmeiras</h1>{line}<p>Texto.</p></article>")
    assert headline_stamp(tree) == "2020-11-22 04:30"


@pytest.mark.parametrize("text, stamp", [
    ("2 تير 1399 - 12:09:08 ب.ظ", "2020-06-22 12:09"),  # Solar Hijri, after noon
    ("دوشنبه ۲ تير ۱۳۹۹", "2020-06-22"),  # in Persian digits
    ("۱۴۰۲/۰۹/۱۵ - ۰۸:۳۰", "2023-12-06 08:30"),
    ("10 دی 1402 ساعت 10:30 ق.ظ", "2023-12-31 10:30"),  # "at" 10:30 before noon
    ("٢٤ أبريل ٢٠٢٠ الساعة 10:30 مساءً", "2020-04-24 22:30"),  # Gregorian in Arabic digits
    ("1402/12/30", None),  # 1402 is no leap year
    ("Dec 4, 2020 3:15:20 PM", "2020-12-04 15:15"),  # seconds before the half of the day
])
def test_persian_and_arabic_dates_and_times(text: str, stamp: str | None) -> None:
    assert stamp_in(text) == stamp
