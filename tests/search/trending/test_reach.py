"""The reach analysis (tests/search/trending/reach.py) on a hand-made stream: what it counts as within reach and
as as strong as a missed burst."""

from __future__ import annotations

from pipeline.search.trending.score import TrendParams
from tests.search.trending.reach import background, missed, sources_in_time
from tests.search.trending.stream import Planted, Stream, evaluate

PARAMS = TrendParams()


def hand_made() -> Stream:
    events = [(20.1, "small-three", "a"), (20.2, "small-three", "b"), (20.3, "small-three", "c"),  # 3 sources
              (21.5, "small-one", "a"),
              (22.1, "burst-three", "d"), (22.2, "burst-three", "e"), (22.4, "burst-three", "f"),  # as small-three
              (30.1, "burst-five", "a"), (30.2, "burst-five", "b"), (30.3, "burst-five", "c"),
              (30.4, "burst-five", "d"), (30.5, "burst-five", "e")]
    planted = [Planted("burst-three", 22.0, "new"), Planted("burst-five", 30.0, "new")]
    return Stream(hours=36.0, events=sorted(events), planted=planted)


def test_a_burst_under_the_source_floor_is_out_of_reach_and_as_strong_as_a_small_story() -> None:
    stream = hand_made()
    delays = evaluate(stream, PARAMS)["delays"]
    assert delays == [None, 0]  # the five-source burst is flagged in the window it starts in
    assert sources_in_time(stream, PARAMS) == [3, 5]  # the three-source one is out of reach of 4 sources
    rows = background([stream], PARAMS)
    assert len(rows) == 2  # small-three in window 20, small-one in window 21
    [burst] = missed(stream, delays, PARAMS, rows)
    assert burst.story == "burst-three" and burst.offset == 0 and burst.articles == burst.sources == 3
    assert burst.as_strong is not None and len(burst.as_strong) == 1  # small-three: the same counts; not small-one
    assert (rows[sorted(burst.as_strong)[0]][:3] == (0, 0, 3)).all()  # its articles of the last three windows


def test_a_burst_with_no_article_in_time_cannot_be_flagged_at_any_cost() -> None:
    stream = hand_made()
    late = Stream(stream.hours, stream.events, [Planted("burst-five", 26.0, "new")])  # starts 4 windows early
    [burst] = missed(late, [None], PARAMS, background([late], PARAMS))
    assert burst.offset is None and burst.as_strong is None
