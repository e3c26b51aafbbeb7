"""A date on a line of its own and the time of day on the next."""

from __future__ import annotations

from pipeline.extract.dates import best, page_stamps
from pipeline.extract.split_stamps import split_stamp
from tests.extract.pages import html, page

BOX = "<section><p><span>PERIODISTA: </span></p><p><span>{day}</span></p><p><span>HORA: </span>{time}</p></section>"


def story(box: str, after: str = "") -> str:
    return html(body=f"<h1>La asignatura pendiente</h1><p>{'Texto de la nota. ' * 20}</p>{box}{after}")


def test_a_day_line_and_a_time_line_give_the_minute() -> None:
    assert split_stamp(page(story(BOX.format(day="Lunes 18 Abril, 2022", time="03:45 PM")))) == "2022-04-18 15:45"
    assert split_stamp(page(story("<div><span>November 9, 2023</span><span>5:01 AM ET</span></div>"))) \
        == "2023-11-09 05:01 ET"
    assert split_stamp(page(story("<p>24. Januar 2022</p><p>15:40 Uhr</p>"))) == "2022-01-24 15:40"


def test_the_pair_outranks_the_extractor_s_guess() -> None:
    found = page_stamps(page(story(BOX.format(day="Lunes 18 Abril, 2022", time="03:45 PM"))),
                        extra=(("2022-04-22", "trafilatura", 4),))[0]
    stamp = best(found)
    assert stamp is not None and stamp.source == "split-line" and (stamp.at.day, stamp.at.hour) == (18, 15)


def test_no_pair_where_either_line_says_more() -> None:
    assert split_stamp(page(story("<p>18 Abril, 2022</p><p>Sesión a las 15:45 con la comisión</p>"))) is None
    assert split_stamp(page(story("<p>Publicado el lunes por la mañana: 18 Abril, 2022</p><p>15:45</p>"))) is None
    assert split_stamp(page(story("<p>18 Abril, 2022</p>"))) is None  # a day alone: the date line's job
    assert split_stamp(page(story("<p>18 Abril, 2022</p><p>ayer</p><p>15:45</p>"))) is None  # not the next line


def test_no_pair_in_comments() -> None:
    comments = "<div class='comments'><ul><li><p>3 Mayo, 2022</p><p>10:12</p></li></ul></div>"
    assert split_stamp(page(story("", comments))) is None
