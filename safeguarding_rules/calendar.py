"""Working days in England: weekends and bank holidays skipped, the start date being day 0.

Bank holidays come from the ``holidays`` package, pinned in ``pyproject.toml`` so that a due date
only changes with a visible version change; no holiday is typed into this code.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=8)
def _bank_holidays(subdivision: str) -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv=subdivision)


def is_working_day(day: dt.date, subdivision: str = "ENG") -> bool:
    """Neither a Saturday, a Sunday nor a bank holiday in the subdivision."""
    return day.weekday() < 5 and day not in _bank_holidays(subdivision)


def add_working_days(start: dt.date, days: int, subdivision: str = "ENG") -> dt.date:
    """The ``days``-th working day after ``start`` (``start`` itself is day 0)."""
    current, counted = start, 0
    while counted < days:
        current += dt.timedelta(days=1)
        if is_working_day(current, subdivision):
            counted += 1
    return current
