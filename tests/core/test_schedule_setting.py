"""``ingest.schedule`` (``NEWSLINE_INGEST_SCHEDULE``) is a validated setting: cron or preset, errors say why."""

from __future__ import annotations

import pytest

from pipeline.exceptions import ConfigError
from pipeline.schedule import validate_cron
from pipeline.settings import load_settings


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("*/15 * * * *", "*/15 * * * *"),
        ("0  6,18 * * MON-FRI", "0 6,18 * * MON-FRI"),
        ("5 0 1 jan,jul 0", "5 0 1 jan,jul 0"),
        ("@Hourly", "@hourly"),
        ("0-30/10 0-23/2 1-31 1-12 0-7", "0-30/10 0-23/2 1-31 1-12 0-7"),
    ],
)
def test_valid_schedules_are_kept(given: str, kept: str) -> None:
    assert validate_cron(given) == kept


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("*/15 * * *", "has 4 field(s), want 5"),
        ("60 * * * *", "minute field '60': 60 is outside 0-59"),
        ("0 24 * * *", "hour field"),
        ("0 0 0 * *", "day of month field '0': 0 is outside 1-31"),
        ("0 0 * 13 *", "month field"),
        ("0 0 * * FUN", "'FUN' is not a number or one of SUN"),
        ("*/0 * * * *", "step 0"),
        ("30-10 * * * *", "runs backwards"),
        ("@fortnightly", "unknown preset"),
        ("every 15 minutes", "want 5"),
    ],
)
def test_invalid_schedules_say_why(given: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        validate_cron(given)


def test_environment_sets_the_schedule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_INGEST_SCHEDULE", "@daily")
    monkeypatch.setenv("NEWSLINE_INGEST_FETCH_POOL_SIZE", "7")
    settings = load_settings()
    assert (settings.ingest.schedule, settings.ingest.fetch_pool_size) == ("@daily", 7)


def test_a_bad_schedule_names_the_setting_and_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_INGEST_SCHEDULE", "61 * * * *")
    with pytest.raises(ConfigError, match=r"ingest\.schedule \(env NEWSLINE_INGEST_SCHEDULE\).*outside 0-59"):
        load_settings()
