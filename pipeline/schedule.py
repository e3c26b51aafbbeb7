"""Validation of cron schedules (``ingest.schedule``) without Airflow or croniter.

Accepted: the presets Airflow knows (``@hourly``, ``@daily``...) or five cron fields
(minute hour day-of-month month day-of-week), each a comma list of ``*``, ``N`` or ``N-M``, optionally
``/step``; months and weekdays may be named (``JAN``, ``MON``).
"""

from __future__ import annotations

import re

PRESETS = frozenset({"@hourly", "@daily", "@weekly", "@monthly", "@quarterly", "@yearly", "@annually", "@midnight"})

# (name, lowest, highest, names)
FIELDS = (
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    ("month", 1, 12, ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
    ("day of week", 0, 7, ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")),
)

_ITEM = re.compile(r"^(?P<range>\*|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:/(?P<step>[0-9]+))?$")


def _value(text: str, low: int, names: tuple[str, ...]) -> int:
    if text.isdigit():
        return int(text)
    upper = text.upper()
    if upper in names:
        return names.index(upper) + low
    raise ValueError(f"{text!r} is not a number" + (f" or one of {', '.join(names)}" if names else ""))


def _check_field(text: str, name: str, low: int, high: int, names: tuple[str, ...]) -> None:
    for item in text.split(","):
        match = _ITEM.match(item)
        if not match:
            raise ValueError(f"{name} field {text!r}: {item!r} is not *, N, N-M or a /step of them")
        if match["step"] is not None and int(match["step"]) == 0:
            raise ValueError(f"{name} field {text!r}: step 0")
        if match["range"] == "*":
            continue
        bounds = [_value(part, low, names) for part in match["range"].split("-")]
        for number in bounds:
            if not low <= number <= high:
                raise ValueError(f"{name} field {text!r}: {number} is outside {low}-{high}")
        if len(bounds) == 2 and bounds[0] > bounds[1]:
            raise ValueError(f"{name} field {text!r}: range {item!r} runs backwards")


def validate_cron(expression: str) -> str:
    """``expression`` stripped, if it is a preset or a valid five-field cron; else ValueError saying why."""
    text = " ".join(expression.split())
    if text.startswith("@"):
        if text.lower() in PRESETS:
            return text.lower()
        raise ValueError(f"unknown preset {text!r}; use one of {', '.join(sorted(PRESETS))} or a cron expression")
    parts = text.split(" ")
    if len(parts) != len(FIELDS):
        raise ValueError(f"cron {text!r} has {len(parts)} field(s), want 5: minute hour day-of-month month day-of-week")
    for part, (name, low, high, names) in zip(parts, FIELDS, strict=True):
        _check_field(part, name, low, high, names)
    return text
