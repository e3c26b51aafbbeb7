"""Solar Hijri dates (Iran's civil calendar) as Gregorian dates."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.calendars import from_solar_hijri, solar_hijri_month


@pytest.mark.parametrize("shown, gregorian", [
    ((1399, 1, 1), date(2020, 3, 20)),  # Nowruz after a leap year
    ((1399, 4, 2), date(2020, 6, 22)),
    ((1357, 11, 22), date(1979, 2, 11)),
    ((1403, 6, 31), date(2024, 9, 21)),  # the last 31-day month
    ((1403, 7, 1), date(2024, 9, 22)),
    ((1403, 12, 30), date(2025, 3, 20)),  # the leap day of a leap year
    ((1300, 1, 1), date(1921, 3, 21)),
])
def test_a_solar_hijri_date_is_its_gregorian_day(shown: tuple[int, int, int], gregorian: date) -> None:
    assert from_solar_hijri(*shown) == gregorian


@pytest.mark.parametrize("shown", [(1402, 12, 30), (1403, 7, 31), (1403, 13, 1), (1250, 1, 1), (2020, 6, 22)])
def test_a_day_the_calendar_does_not_have_is_refused(shown: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError):
        from_solar_hijri(*shown)


def test_the_months_are_read_in_persian_and_in_arabic_letters() -> None:
    assert solar_hijri_month("تیر") == solar_hijri_month("تير") == 4  # Persian ی, Arabic ي
    assert solar_hijri_month("اسفند") == 12
    assert solar_hijri_month("April") is None
