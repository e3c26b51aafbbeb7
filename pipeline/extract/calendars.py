"""Dates written in the Solar Hijri calendar, Iran's and Afghanistan's civil calendar ("2 تير 1399" is 22 June 2020),
as Gregorian dates.

The conversion counts leap years by the calendar's 33-year cycle. Over the years it reads (1300-1499, 1921-2121 in
the Gregorian calendar) its leap years are those of the astronomical calendar Iran keeps.
"""

from __future__ import annotations

from datetime import date, timedelta

# the month names as Iran writes them, each also with the Arabic letters Persian text often carries (ي for ی,
# ك for ک); Afghanistan's Dari names (حمل, ثور, ...) are not read
SOLAR_HIJRI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                      "اسفند")
ARABIC_LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی"})
SOLAR_HIJRI_MONTH_OF = {name: number for number, name in enumerate(SOLAR_HIJRI_MONTHS, start=1)} | {"امرداد": 5}
# a month name in a regular expression, with either letter where Persian and Arabic script differ
SOLAR_HIJRI_NAME = "|".join(sorted((name.replace("ی", "[یيى]").replace("ک", "[کك]") for name in SOLAR_HIJRI_MONTH_OF),
                                   key=len, reverse=True))
FIRST_YEAR, LAST_YEAR = 1300, 1499  # the years a page written in this calendar today dates its articles in
EPOCH = date(622, 3, 21) - timedelta(days=1)  # the day before 1 Farvardin of year 1 (proleptic Gregorian)


def solar_hijri_month(name: str) -> int | None:
    """The month number (1-12) of a Solar Hijri month's name, in either script; None for any other word."""
    return SOLAR_HIJRI_MONTH_OF.get(name.translate(ARABIC_LETTERS))


def from_solar_hijri(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Solar Hijri date; ValueError for a day its month does not have or a year outside
    ``FIRST_YEAR``..``LAST_YEAR``."""
    if not FIRST_YEAR <= year <= LAST_YEAR or not 1 <= month <= 12:
        raise ValueError(f"not a Solar Hijri date this calendar reads: {year}-{month}-{day}")
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if _leap(year) else 29
    if not 1 <= day <= length:
        raise ValueError(f"Solar Hijri month {month} of {year} has {length} days, not {day}")
    return date.fromordinal(EPOCH.toordinal() + _days_before(year) + _days_before_month(month) + day)


def _leap(year: int) -> bool:
    """The 33-year cycle's leap years: those whose remainder is 1, 5, 9, 13, 17, 22, 26 or 30."""
    return (25 * year + 11) % 33 < 8


def _days_before(year: int) -> int:
    """Days from 1 Farvardin of year 1 to 1 Farvardin of ``year``."""
    previous = year - 1
    return 365 * previous + (8 * previous + 29) // 33  # the leap years before it


def _days_before_month(month: int) -> int:
    return 31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)
