"""The evaluation's own arithmetic: name F1 and the day/hour rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from tests.extract.metadata_scores import Scored, _day_and_hour, names_f1, render, score, summary
from tests.extract.pages import BODY, html, meta


def test_names_f1_ignores_case_and_spacing() -> None:
    assert names_f1(["Anna  Schmidt"], ["anna schmidt"]) == 1.0
    assert names_f1([], []) == 1.0 and names_f1(["A B"], []) == 0.0
    assert names_f1(["Anna Schmidt", "Jan Meyer"], ["Anna Schmidt"]) == 2 / 3


def test_day_and_hour() -> None:
    want = {"published_at": "2026-03-05T23:30:00+01:00", "published_precision": "minute"}
    assert _day_and_hour(datetime(2026, 3, 5, 22, 45, tzinfo=UTC), want) == (1.0, 1.0)
    assert _day_and_hour(datetime(2026, 3, 5, 21, 0, tzinfo=UTC), want) == (1.0, 0.0)
    assert _day_and_hour(datetime(2026, 3, 6, 1, 0, tzinfo=timezone(timedelta(hours=3))), want) == (1.0, 1.0)
    assert _day_and_hour(None, want) == (0.0, 0.0)
    day_only = {"published_at": "2026-03-05", "published_precision": "day"}
    assert _day_and_hour(datetime(2026, 3, 5, tzinfo=ZoneInfo("Europe/Berlin")), day_only) == (1.0, None)
    assert _day_and_hour(None, {"published_at": None}) == (1.0, None)


def test_summary_skips_what_does_not_apply() -> None:
    rows = [Scored("de-01", "de", {"headline": 1.0, "day": 1.0, "hour": None, "authors_f1": 1.0, "orgs_f1": 1.0}, {}),
            Scored("de-02", "de", {"headline": 0.0, "day": 1.0, "hour": 1.0, "authors_f1": 0.5, "orgs_f1": 1.0}, {})]
    table = summary(rows)
    assert table["all"] == table["de"] == {"pages": 2, "headline": 0.5, "day": 1.0, "hour": 1.0, "authors_f1": 0.75,
                                           "orgs_f1": 1.0}
    assert "de" in render(table)


def test_a_headline_left_out_of_the_label_is_not_scored() -> None:
    page = html(meta({"og:title": "Rates held again by the central bank"}), BODY)
    labelled = score("x", "en", page.encode(), {"headline": "Something else entirely"}, datetime(2026, 3, 5, tzinfo=UTC))
    left_out = score("x", "en", page.encode(), {"authors": []}, datetime(2026, 3, 5, tzinfo=UTC))
    assert labelled.scores["headline"] == 0.0
    assert left_out.scores["headline"] is None and left_out.scores["authors_f1"] is not None
