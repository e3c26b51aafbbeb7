"""Pure parts of the dead-letter commands: positions, --since, reason kinds, stage selection, argument parsing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.cli.main import build_parser
from pipeline.dlq import DlqError, Entry, parse_position, parse_since, reason_kind
from pipeline.dlq.reader import stage_matches
from pipeline.models import DeadLetter

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_positions_are_partition_at_offset() -> None:
    assert parse_position("1@42") == (1, 42)
    for bad in ("42", "a@1", "1@-3", ""):
        with pytest.raises(DlqError, match="partition@offset"):
            parse_position(bad)


def test_since_accepts_ages_and_iso_dates() -> None:
    assert parse_since("6h", NOW) == NOW - timedelta(hours=6)
    assert parse_since("7d", NOW) == NOW - timedelta(days=7)
    assert parse_since("2024-04-30", NOW) == datetime(2024, 4, 30, tzinfo=UTC)
    assert parse_since("2024-04-30T10:00:00+02:00", NOW).utcoffset() == timedelta(hours=2)
    with pytest.raises(DlqError, match="neither an ISO date"):
        parse_since("yesterday", NOW)


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("message value is not JSON: Expecting value: line 1 column 1 (char 0)", "message value is not JSON"),
        ("not a valid Article: title: Field required", "not a valid Article"),
        ("article: schema_version 2 is newer than this build reads (1)",
         "article: schema_version 2 is newer than this build reads (1)"),
        ("file is empty", "file is empty"),
        ("x" * 200, "x" * 80),
    ],
)
def test_reason_kinds_drop_the_specifics(reason: str, kind: str) -> None:
    assert reason_kind(reason) == kind


def entry(stage: str) -> Entry:
    return Entry(0, 1, 0, DeadLetter.for_payload(b"x", stage=stage, reason="r", error_type="E"))


def test_stage_selects_the_stage_and_its_sub_stages() -> None:
    assert stage_matches(entry("index:rejected"), "index")
    assert stage_matches(entry("index:rejected"), "index:rejected")
    assert not stage_matches(entry("indexer"), "index")
    assert not stage_matches(Entry(0, 1, 0, None, "unreadable"), "decode")
    assert stage_matches(Entry(0, 1, 0, None, "unreadable"), None)


def test_dlq_commands_parse_with_json_before_or_after_the_subcommand() -> None:
    parser = build_parser()
    listed = parser.parse_args(["dlq", "list", "--stage", "decode", "--since", "1h", "--json"])
    assert (listed.stage, listed.since, listed.json, listed.limit) == ("decode", "1h", True, 100)
    assert parser.parse_args(["dlq", "--json", "show", "0@3"]).json is True
    assert parser.parse_args(["dlq", "show", "0@3"]).json is False
    redrive = parser.parse_args(["dlq", "redrive", "--dry-run"])
    assert redrive.dry_run and redrive.stage is None and redrive.handler.__name__ == "cmd_redrive"
    with pytest.raises(SystemExit):
        parser.parse_args(["dlq"])
