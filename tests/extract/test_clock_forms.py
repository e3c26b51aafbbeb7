"""Times of day a date line writes in the British and American news forms: "Tue 6 May 2014 10.30 BST" (a full stop
between hour and minutes, read where a zone or half of the day follows) and "10:30 AM EDT, Tue May 6, 2014" (the
time before the date)."""

from __future__ import annotations

import pytest

from pipeline.extract.visible_dates import stamp_in


@pytest.mark.parametrize("text, found", [
    ("Tue 6 May 2014 10.30 BST", "2014-05-06 10:30 BST"),
    ("Mon 12 Mar 2018 06.00 GMT", "2018-03-12 06:00 UTC"),
    ("Tue 6 May 2014 10.30 pm", "2014-05-06 22:30"),
    ("6.5.2014 10.30", "2014-05-06"),  # a number after the date, no clock: the day alone
])
def test_a_time_written_with_a_full_stop_is_read_where_a_zone_or_half_day_follows(text: str, found: str) -> None:
    assert stamp_in(text) == found


@pytest.mark.parametrize("text, found", [
    ("Published 10:30 AM EDT, Tue May 6, 2014", "2014-05-06 10:30 EDT"),
    ("Posted 3:15 p.m. Tuesday, May 6, 2014", "2014-05-06 15:15"),
    ("Page 10:30 May 6, 2014", "2014-05-06"),  # no half of the day: not a clock
    ("Updated 10:30 AM EDT, Tue May 6, 2014", None),  # when it changed
    ("Updated 10:30 AM EDT, Tue May 6, 2014 / Published 9:00 AM EDT, Tue May 6, 2014", "2014-05-06 09:00 EDT"),
])
def test_a_time_written_before_its_date_is_the_date_s(text: str, found: str | None) -> None:
    assert stamp_in(text) == found
