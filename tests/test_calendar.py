"""Working days skip weekends and the bank holidays of the case's nation, with the start date as day 0.

England and Wales share their bank holidays; Scotland and Northern Ireland have their own. No
national rule of Scotland or Northern Ireland has a working-day deadline yet, so the engine's use of
the nation's calendar is tested through partnership overlays of those nations, as a local pathway
with a deadline of its own would be written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar
from safeguarding_rules_api.main import create_app

from safeguarding_rules import Engine
from safeguarding_rules.calendar import add_working_days, is_working_day, working_days


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


@pytest.mark.parametrize(
    ("start", "england", "scotland", "northern_ireland"),
    [
        # St Andrew's Day, Monday 30 November 2026: Scotland's alone
        ("2026-11-27", "2026-11-30", "2026-12-01", "2026-11-30"),
        # 2 January 2026, a Friday: a bank holiday in Scotland alone
        ("2025-12-31", "2026-01-02", "2026-01-05", "2026-01-02"),
        # Easter Monday, 6 April 2026: not a bank holiday in Scotland
        ("2026-04-02", "2026-04-07", "2026-04-06", "2026-04-07"),
        # The first Monday of August is Scotland's summer bank holiday, the last England's
        ("2026-07-31", "2026-08-03", "2026-08-04", "2026-08-03"),
        ("2026-08-28", "2026-09-01", "2026-08-31", "2026-09-01"),
        # St Patrick's Day, Tuesday 17 March 2026: Northern Ireland's alone
        ("2026-03-16", "2026-03-17", "2026-03-17", "2026-03-18"),
        # The Battle of the Boyne, Friday 12 July 2024: Northern Ireland's alone
        ("2024-07-11", "2024-07-12", "2024-07-12", "2024-07-15"),
        # VE Day moved to Friday 8 May 2020 in every nation
        ("2020-05-07", "2020-05-11", "2020-05-11", "2020-05-11"),
    ],
)
def test_each_nation_counts_its_own_bank_holidays(start: str, england: str, scotland: str, northern_ireland: str) -> None:
    day = dt.date.fromisoformat(start)
    for nation, due in (("england", england), ("wales", england), ("scotland", scotland), ("northern_ireland", northern_ireland)):
        assert working_days(nation).add(day, 1) == dt.date.fromisoformat(due), nation


def test_wales_has_englands_bank_holidays_on_every_case_date() -> None:
    """England and Wales share their bank holidays, over every date a case may carry (1989 to 2100)."""
    england, wales = working_days("england"), working_days("wales")
    day = dt.date(1989, 1, 1)
    while day <= dt.date(2100, 12, 31):
        assert england.is_working_day(day) == wales.is_working_day(day), day
        day += dt.timedelta(days=1)


def test_a_nation_without_a_calendar_is_an_error_not_englands() -> None:
    with pytest.raises(ValueError, match="no bank-holiday calendar for jurisdiction 'isle_of_man'"):
        working_days("isle_of_man")


OVERLAYS: dict[str, dict[str, str]] = {
    "scotland": {
        "partnership": "test_lothian",
        "kind": "adult",
        "source": "care-inspectorate-learning-reviews",
        "provision": "notifications",
        "quote": "the decision about whether they are proceeding with a learning review and if not, the reasons",
    },
    "northern_ireland": {
        "partnership": "test_belfast",
        "kind": "child",
        "source": "nisr-2012-324",
        "provision": "reg 17(2)",
        "quote": '"Where— (a) a child has died or been significantly harmed;"',
    },
}
"""A partnership overlay in each nation with national rules but no working-day deadline, each with
a local deadline of one working day after the body became aware of a death (a test's pathway, not
any partnership's)."""

OVERLAY = """\
schema: safeguarding-rules/ruleset/v1
title: Test partnership - a death told within one working day
version: "2026.1"
jurisdiction: {nation}
partnership: {partnership}
changelog:
  - {{version: "2026.1", date: 2026-12-07, reason: First published.}}
effective:
  from: 2022-05-26
  date_fact: incident.became_aware_on
precedence: [required, consider, discretionary, not_required]
determinations:
  {partnership}.death_notice:
    title: Tell the partnership of a death
    kind: notification
    actor: the body that became aware
    applies_when: {{subject.kind: {kind}}}
    otherwise: {{status: not_required, reason: No death.}}
rules:
  - id: {rule}
    title: A death is told to the partnership within one working day
    when: {{incident.outcome: died}}
    then:
      determination: {partnership}.death_notice
      status: required
      reason: The partnership is told of a death within one working day.
      due: {{working_days: 1, after: incident.became_aware_on, label: became aware}}
    citations:
      - source: {partnership}-page
        provision: paragraph 1
        paraphrase: The partnership is told of a death within one working day.
        status: verified
      - source: {source}
        provision: {provision}
        quote: {quote}
        status: verified
"""

SOURCES = """\
schema: safeguarding-rules/sources/v1
sources:
  {partnership}-page:
    title: Test partnership page
    kind: local_guidance
    url: https://example.org/{partnership}
"""


@pytest.fixture(scope="module")
def nations_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    dirs = []
    for nation, overlay in OVERLAYS.items():
        directory = tmp_path_factory.mktemp(overlay["partnership"])
        words = {**overlay, "nation": nation, "rule": overlay["partnership"].upper().replace("_", "-")}
        (directory / f"{overlay['partnership']}.yaml").write_text(OVERLAY.format(**words))
        (directory / "sources.yaml").write_text(SOURCES.format(**words))
        dirs.append(directory)
    return Engine(dirs)


def _death(nation: str, became_aware_on: str) -> dict[str, Any]:
    overlay = OVERLAYS[nation]
    return {
        "case_ref": f"TEST-{nation}",
        "jurisdiction": nation,
        "partnership": overlay["partnership"],
        "assessment_date": "2026-12-07",
        "subject": {"kind": overlay["kind"], "age": 40 if overlay["kind"] == "adult" else 10},
        "incident": {"outcome": "died", "became_aware_on": became_aware_on},
    }


@pytest.mark.parametrize(
    ("nation", "became_aware_on", "due"),
    [
        ("scotland", "2026-11-27", "2026-12-01"),  # Friday; Monday 30 November is St Andrew's Day
        ("northern_ireland", "2026-03-16", "2026-03-18"),  # Monday; Tuesday 17 March is St Patrick's Day
    ],
)
def test_a_partnerships_deadline_is_counted_in_its_nations_calendar(
    nations_engine: Engine, nation: str, became_aware_on: str, due: str
) -> None:
    decision = nations_engine.assess(_death(nation, became_aware_on))
    determination = decision.determination(f"{OVERLAYS[nation]['partnership']}.death_notice")
    assert determination is not None and determination.status == "required"
    assert determination.due == dt.date.fromisoformat(due)
    # England's calendar would have counted the holiday as a working day
    assert working_days("england").add(dt.date.fromisoformat(became_aware_on), 1) < determination.due


@pytest.mark.parametrize(
    ("nation", "became_aware_on", "reminder"),
    [
        # due Tuesday 1 December 2026: the working day before is Friday 27 November, not St Andrew's Day
        ("scotland", "2026-11-27", dt.datetime(2026, 11, 27, 9, 0)),
        # due Wednesday 18 March 2026: the working day before is Monday 16 March, not St Patrick's Day
        ("northern_ireland", "2026-03-16", dt.datetime(2026, 3, 16, 9, 0)),
    ],
)
def test_the_calendar_reminder_skips_the_nations_bank_holidays(
    nations_engine: Engine, nation: str, became_aware_on: str, reminder: dt.datetime
) -> None:
    client = TestClient(create_app(engine=nations_engine))
    answer = client.post("/v1/assess", json=_death(nation, became_aware_on), headers={"Accept": "text/calendar"})
    assert answer.status_code == 200, answer.text
    (event,) = Calendar.from_ical(answer.content).walk("VEVENT")
    (alarm,) = event.walk("VALARM")
    assert dt.datetime.combine(event.start, dt.time()) + alarm["TRIGGER"].dt == reminder


def test_the_recorded_bank_holidays_are_the_pinned_packages_in_every_recorded_year() -> None:
    """The table the library reads (``bank_holidays.json``) agrees with the installed ``holidays``
    package day by day for every nation, and names the package's version: move the pin in
    pyproject.toml and this fails until ``python scripts/record_bank_holidays.py`` is run again."""
    import holidays

    from safeguarding_rules.calendar import RECORDED_FILE, RECORDED_YEARS, SUBDIVISIONS, package_calendar

    import json

    table = json.loads(RECORDED_FILE.read_text(encoding="utf-8"))
    assert table["holidays_version"] == holidays.__version__
    assert tuple(table["years"]) == RECORDED_YEARS
    first, last = dt.date(RECORDED_YEARS[0], 1, 1), dt.date(RECORDED_YEARS[1], 12, 31)
    for nation in SUBDIVISIONS:
        recorded, package = working_days(nation), package_calendar(nation)
        day, differing = first, []
        while day <= last:
            if recorded.is_bank_holiday(day) != (day in package):
                differing.append(day)
            day += dt.timedelta(days=1)
        assert differing == [], nation


def test_the_recorded_years_cover_every_date_a_case_can_give() -> None:
    from safeguarding_rules.calendar import RECORDED_YEARS
    from safeguarding_rules.models.case import EARLIEST_DATE, LATEST_DATE

    assert RECORDED_YEARS[0] <= EARLIEST_DATE.year and LATEST_DATE.year < RECORDED_YEARS[1]


def test_outside_the_recorded_years_the_package_answers() -> None:
    """Boxing Day 1988 (a Monday) is a bank holiday the table does not record; the package answers for it."""
    england = working_days("england")
    assert not england.is_working_day(dt.date(1988, 12, 26))
    assert england.is_working_day(dt.date(1988, 12, 28))
