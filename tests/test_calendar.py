"""Working days skip weekends and England's bank holidays, with the start date as day 0."""

from __future__ import annotations

import datetime as dt

import pytest

from safeguarding_rules.calendar import add_working_days, is_working_day


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        ("2026-11-02", 5, "2026-11-09"),  # Monday to Monday
        ("2026-11-06", 1, "2026-11-09"),  # Friday: the weekend is skipped
        ("2020-05-04", 5, "2020-05-12"),  # VE Day moved to Friday 8 May 2020
        ("2022-06-01", 1, "2022-06-06"),  # Platinum Jubilee: 2 and 3 June 2022
        ("2022-09-16", 1, "2022-09-20"),  # State Funeral: Monday 19 September 2022
        ("2022-12-23", 1, "2022-12-28"),  # Christmas on a Sunday: substitute day on the 27th
        ("2024-03-28", 1, "2024-04-02"),  # Good Friday and Easter Monday
        ("2026-11-02", 0, "2026-11-02"),  # day 0 is the start date
    ],
)
def test_add_working_days(start: str, days: int, due: str) -> None:
    assert add_working_days(dt.date.fromisoformat(start), days) == dt.date.fromisoformat(due)


def test_bank_holidays_are_not_working_days() -> None:
    assert not is_working_day(dt.date(2026, 12, 25))
    assert is_working_day(dt.date(2026, 12, 24))
