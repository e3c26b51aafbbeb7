import argparse
from datetime import timedelta

import pytest

from pipeline.cli import build_parser, main
from pipeline.cli.trending import duration, table


def test_window_durations_parse_and_bad_ones_are_refused() -> None:
    assert duration("6h") == timedelta(hours=6) and duration("30m") == timedelta(minutes=30)
    assert duration("1d") == timedelta(days=1)
    for bad in ("0h", "6", "h", "1w", "-1h"):
        with pytest.raises(argparse.ArgumentTypeError):
            duration(bad)
    args = build_parser().parse_args(["trending", "--window", "6h", "--json", "--limit", "5", "--by", "event"])
    assert args.window == timedelta(hours=6) and args.json and args.limit == 5 and args.by == "event"


def test_unreachable_elasticsearch_is_a_clear_error_and_not_success(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_REQUEST_TIMEOUT", "2")
    assert main(["trending", "--json"]) == 3
    err = capsys.readouterr().err
    assert "Elasticsearch" in err and "is it running" in err


def test_the_table_says_when_there_is_nothing_and_flags_bursts() -> None:
    empty = {"by": "story", "window": "1h", "now": "2026-03-01T12:00:00+00:00", "baseline_windows": 12,
             "activity_ratio": 1.0, "note": None, "stories": []}
    assert table(empty).endswith("no stories with articles in the last 1h")
    story = {"key": "s1", "score": 11.46, "bursting": True, "articles": 5, "sources": 5,
             "first_seen": "2026-03-01T11:20:00.000Z", "title": "Dam breaks", "source_names": ["a", "b"]}
    text = table({**empty, "stories": [story]})
    assert "11.5 yes" in text and "2026-03-01 11:20" in text and "sources: a, b" in text
