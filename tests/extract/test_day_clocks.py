"""The time of day a line of the post's details gives the day the page's stamps agree on."""

from __future__ import annotations

from pipeline.extract.dates import best, page_stamps
from pipeline.extract.day_clocks import day_clock
from pipeline.extract.page import parse_html
from tests.extract.pages import html, page

DETAILS = '<p class="postmetadata">Von R. R. am <a href="/2013/08/07/">07.08.2013</a> um 09:07 Uhr gespeichert unter ' \
          '<a href="/category/kommunizieren/">Kommunizieren</a></p>'


TEASERS = "<li><p>Anderer Beitrag, 01.08.2013 um 10:00 Uhr</p></li><li><p>Noch einer, 02.08.2013</p></li>"
WIDGETS = f"<ul><li class='widget'>{{post}}</li>{TEASERS}</ul>"


def post(details: str, around: str = "{post}") -> str:
    body = f"<div class='post'><h2>Kinos</h2><p>{'Im Kino laufen auch 3-D-Filme. ' * 12}</p>{details}</div>"
    return html(body=around.format(post=body))


def test_the_details_line_gives_the_minute_of_the_day_the_stamps_give() -> None:
    assert day_clock(parse_html(post(DETAILS)), "2013-08-07") == "09:07"
    assert day_clock(parse_html(post("<p>Posted on August 7, 2013 at 9:07 pm in News</p>")), "2013-08-07") == "21:07"
    # the theme puts the post in a list of widgets, where the page's date line is not looked for
    found = page_stamps(page(post(DETAILS, WIDGETS), url="https://www.time4talks.example/2013/08/07/kinos/"),
                        extra=(("2013-08-07", "trafilatura", 4),))[0]
    stamp = best(found)
    assert stamp is not None and stamp.precision == "minute" and (stamp.at.day, stamp.at.hour, stamp.at.minute) \
        == (7, 9, 7)


def test_another_days_time_a_comment_s_and_an_update_s_give_none() -> None:
    assert day_clock(parse_html(post(DETAILS)), "2013-08-08") is None
    comment = "<div class='comments'><ol><li><p>Max am 07.08.2013 um 18:30 Uhr</p></li></ol></div>"
    assert day_clock(parse_html(post("<p>07.08.2013</p>", "{post}" + comment)), "2013-08-07") is None
    assert day_clock(parse_html(post("<p>Aktualisiert am 07.08.2013 um 18:30 Uhr</p>")), "2013-08-07") is None
    # a version control system's keyword after "Updated": the file's change, not the post's time
    assert day_clock(parse_html(post("<p>Updated: $Date: 2013/08/07 18:30:41 $</p>")), "2013-08-07") is None


def test_the_post_s_own_line_counts_even_where_a_theme_puts_the_post_in_a_list() -> None:
    assert day_clock(parse_html(post(DETAILS, WIDGETS)), "2013-08-07") == "09:07"
    listed = f"<ul><li class='widget'><p>{DETAILS}</p></li>{TEASERS}</ul>"  # a teaser's line in the list
    assert day_clock(parse_html(html(body=listed)), "2013-08-07") is None
