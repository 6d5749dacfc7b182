"""What is due: every duty the latest decision of each open case holds `required`, by deadline.

A duty is done when the case's facts record it (a fact the vocabulary marks ``records_action``),
never by a flag of the store's own that could disagree with the facts: once a later assessment of
the case gives the date the Panel was notified, the notification is no longer listed.
"""

from __future__ import annotations

import datetime as dt

from safeguarding_rules.calendar import working_days
from safeguarding_rules.book import RuleBook
from safeguarding_rules.facts import case_facts
from safeguarding_rules.models.case import LONDON
from safeguarding_rules.models.decision import Status
from safeguarding_rules.store.records import Duty, StoredDecision
from safeguarding_rules.store.repository import DecisionStore

def done_when(book: RuleBook) -> dict[str, str]:
    """The determinations a case fact records as done (each ruleset's ``done_when``), and that fact. A
    required duty without one stays listed until a later assessment no longer holds it required, or the
    case is closed."""
    return {det_id: spec.done_when for det_id, (spec, _) in book.determinations.items() if spec.done_when}


def working_days_between(start: dt.date, end: dt.date, jurisdiction: str = "england") -> int:
    """Working days after ``start`` up to and including ``end`` in the nation's calendar (its bank
    holidays: ``calendar.working_days``); negative when ``end`` is before ``start``."""
    calendar = working_days(jurisdiction)
    sign, low, high = (1, start, end) if end >= start else (-1, end, start)
    days = sum(1 for n in range(1, (high - low).days + 1) if calendar.is_working_day(low + dt.timedelta(days=n)))
    return sign * days


def _duties(stored: StoredDecision, as_of: dt.date, recorded_by: dict[str, str]) -> list[Duty]:
    case = stored.as_case()
    known = case_facts(case)
    versions = {r.id: r.version for r in stored.decision.rulesets}
    duties = []
    for d in stored.decision.determinations:
        done = recorded_by.get(d.id)
        if d.status != Status.REQUIRED or (done is not None and done in known):
            continue
        duties.append(Duty(
            case_ref=stored.case_ref, decision_id=stored.decision_id, determination=d.id, title=d.title,
            actor=d.actor, due=d.due, due_basis=d.due_basis,
            working_days_remaining=None if d.due is None else working_days_between(as_of, d.due, case.jurisdiction),
            ruleset=d.ruleset, ruleset_version=versions.get(d.ruleset), done_when=done,
        ))
    return duties


def duties_due(
    store: DecisionStore, book: RuleBook, due_before: dt.date | None = None, *, as_of: dt.date | None = None
) -> list[Duty]:
    """The open cases' required duties not yet recorded done, soonest deadline first. With ``due_before``,
    only those due before that date (a duty without a deadline has none to compare, so it is left out);
    without, every one, those without a deadline last. ``as_of`` (default: today in London) is the day
    working days are counted from."""
    as_of = as_of or dt.datetime.now(LONDON).date()
    recorded_by = done_when(book)
    duties = [duty for stored in store.latest_of_open_cases() for duty in _duties(stored, as_of, recorded_by)]
    if due_before is not None:
        duties = [duty for duty in duties if duty.due is not None and duty.due < due_before]
    return sorted(duties, key=lambda d: (d.due is None, d.due or dt.date.max, d.case_ref, d.determination))
