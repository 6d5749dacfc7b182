"""Working days by nation: weekends and the nation's bank holidays skipped, the start date being day 0.

Each nation of the UK has its own bank holidays: England and Wales share theirs; Scotland has
2 January, St Andrew's Day and the first Monday of August but not Easter Monday; Northern Ireland
has St Patrick's Day and 12 July. A case's deadlines
are counted in its own nation's calendar, which a partnership's overlay inherits (an overlay is
always of its case's nation). The holidays come from the ``holidays`` package's UK subdivisions,
pinned in ``pyproject.toml`` so that a due date only changes with a visible version change; no
holiday is typed into this code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

import holidays

SUBDIVISIONS: dict[str, str] = {
    "england": "ENG",
    "wales": "WLS",
    "scotland": "SCT",
    "northern_ireland": "NIR",
}
"""Each jurisdiction's subdivision of ``holidays.country_holidays("GB")``."""


@dataclass(frozen=True)
class WorkingDays:
    """One nation's working days: neither a Saturday, a Sunday nor one of its bank holidays."""

    jurisdiction: str
    bank_holidays: holidays.HolidayBase = field(repr=False, compare=False)

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.bank_holidays

    def add(self, start: dt.date, days: int) -> dt.date:
        """The ``days``-th working day after ``start`` (``start`` itself is day 0)."""
        current, counted = start, 0
        while counted < days:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                counted += 1
        return current

    def before(self, day: dt.date) -> dt.date:
        """The last working day before ``day``."""
        previous = day - dt.timedelta(days=1)
        while not self.is_working_day(previous):
            previous -= dt.timedelta(days=1)
        return previous


@lru_cache(maxsize=len(SUBDIVISIONS))
def working_days(jurisdiction: str) -> WorkingDays:
    """The working-day calendar of a jurisdiction; an unknown one is an error, never England's by default."""
    try:
        subdivision = SUBDIVISIONS[jurisdiction]
    except KeyError:
        raise ValueError(f"no bank-holiday calendar for jurisdiction {jurisdiction!r}; known: {', '.join(SUBDIVISIONS)}") from None
    return WorkingDays(jurisdiction, holidays.country_holidays("GB", subdiv=subdivision))


def is_working_day(day: dt.date, jurisdiction: str = "england") -> bool:
    """Neither a Saturday, a Sunday nor a bank holiday in the jurisdiction."""
    return working_days(jurisdiction).is_working_day(day)


def add_working_days(start: dt.date, days: int, jurisdiction: str = "england") -> dt.date:
    """The ``days``-th working day after ``start`` in the jurisdiction (``start`` itself is day 0)."""
    return working_days(jurisdiction).add(start, days)
