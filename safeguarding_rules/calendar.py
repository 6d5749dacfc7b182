"""Working days by nation: weekends and the nation's bank holidays skipped, the start date being day 0.

Each nation of the UK has its own bank holidays: England and Wales share theirs; Scotland has
2 January, St Andrew's Day and the first Monday of August but not Easter Monday; Northern Ireland
has St Patrick's Day and 12 July. A case's deadlines
are counted in its own nation's calendar, which a partnership's overlay inherits (an overlay is
always of its case's nation). The holidays come from the ``holidays`` package's UK subdivisions,
pinned in ``pyproject.toml`` so that a due date only changes with a visible version change; no
holiday is typed into this code. For the years a case can name and its deadlines reach, they are read
from a table recorded from that package (``bank_holidays.json``, written by
``scripts/record_bank_holidays.py`` and held equal to the package by a test): importing ``holidays``
imports all 250 of its countries, about 0.15 s of every worker's start. Outside those years the
package is asked itself.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

SUBDIVISIONS: dict[str, str] = {
    "england": "ENG",
    "wales": "WLS",
    "scotland": "SCT",
    "northern_ireland": "NIR",
}
"""Each jurisdiction's subdivision of ``holidays.country_holidays("GB")``."""

RECORDED_FILE = Path(__file__).with_name("bank_holidays.json")
"""Each nation's bank holidays as the pinned ``holidays`` package gives them, for ``RECORDED_YEARS``."""

RECORDED_YEARS = (1989, 2105)
"""From the earliest date a case may give (``models.case.EARLIEST_DATE``) to a few years past its latest
(2100), which the longest deadline counted from it cannot outrun."""


@lru_cache(maxsize=1)
def _recorded() -> dict[str, frozenset[dt.date]]:
    table = json.loads(RECORDED_FILE.read_text(encoding="utf-8"))
    return {nation: frozenset(map(dt.date.fromisoformat, days)) for nation, days in table["bank_holidays"].items()}


@lru_cache(maxsize=len(SUBDIVISIONS))
def package_calendar(jurisdiction: str) -> holidays.HolidayBase:
    """The ``holidays`` package's own calendar of the jurisdiction (imported only when asked)."""
    import holidays

    return holidays.country_holidays("GB", subdiv=SUBDIVISIONS[jurisdiction])


@dataclass(frozen=True)
class WorkingDays:
    """One nation's working days: neither a Saturday, a Sunday nor one of its bank holidays."""

    jurisdiction: str
    bank_holidays: frozenset[dt.date] = field(repr=False, compare=False)
    """Its bank holidays in ``RECORDED_YEARS``; the package answers for any other year."""

    def is_bank_holiday(self, day: dt.date) -> bool:
        if RECORDED_YEARS[0] <= day.year <= RECORDED_YEARS[1]:
            return day in self.bank_holidays
        return day in package_calendar(self.jurisdiction)

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and not self.is_bank_holiday(day)

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
    if jurisdiction not in SUBDIVISIONS:
        raise ValueError(f"no bank-holiday calendar for jurisdiction {jurisdiction!r}; known: {', '.join(SUBDIVISIONS)}")
    return WorkingDays(jurisdiction, _recorded()[jurisdiction])


def is_working_day(day: dt.date, jurisdiction: str = "england") -> bool:
    """Neither a Saturday, a Sunday nor a bank holiday in the jurisdiction."""
    return working_days(jurisdiction).is_working_day(day)


def add_working_days(start: dt.date, days: int, jurisdiction: str = "england") -> dt.date:
    """The ``days``-th working day after ``start`` in the jurisdiction (``start`` itself is day 0)."""
    return working_days(jurisdiction).add(start, days)
