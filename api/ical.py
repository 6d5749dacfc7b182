"""A decision's deadlines as iCalendar (RFC 5545) events, for "Add to calendar" on the triage page
and ``POST /v1/assess`` with ``Accept: text/calendar``.

Presentation only: each event says what the decision says (the due date, who acts, the rule and the
law it cites) and decides nothing. A determination without a due date gets no event. Nothing of the
case goes in beyond its pseudonymous ``case_ref`` and the date a deadline runs from, which the
deadline needs to be checked. UIDs are derived from the case reference and the duty, so downloading
the same case's deadlines again updates the events a calendar already holds rather than adding
copies (and, without a case reference, from the duty and its dates, so two cases never collide).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING

from fastapi.responses import Response

from safeguarding_rules_api.triage_words import UNCHECKED, citation_words, due_words

from safeguarding_rules import Decision
from safeguarding_rules.book import RuleBook
from safeguarding_rules.calendar import WorkingDays, working_days
from safeguarding_rules.models.decision import Determination
from safeguarding_rules.plain import STATUS_WORDS, day_words

if TYPE_CHECKING:
    from icalendar import Calendar

MEDIA_TYPE = "text/calendar; charset=utf-8"
PRODID = "-//safeguarding-rules//deadlines//EN"
UID_DOMAIN = "safeguarding-rules"

ADVICE = (
    "This is decision support, not legal advice: check the duty against the law cited and your "
    "partnership's procedures."
)

DUE_WORDS = {"required": "due", "consider": "to consider, due", "discretionary": "may be done, due"}
"""What the summary adds after a duty's title, by status (a dated duty is settled, so one of these)."""


def event_uid(decision: Decision, determination: Determination) -> str:
    """The same for the same case and duty on every download (a calendar then updates the event);
    a hash, so the UID itself carries nothing a reader could take for a case detail."""
    if decision.case_ref:
        return _uid("case", decision.case_ref, decision.partnership or "", determination.id)
    # No reference: the duty and the dates it runs on, so that different cases never share a UID.
    return _uid("dates", decision.partnership or "", determination.id, str(determination.due),
                determination.due_basis or "")


def _calendar_uid(decision: Decision) -> str:
    """Stable for a case with a reference, like its events' UIDs; otherwise from the decision's dates."""
    dates = [] if decision.case_ref else [f"{d.id}:{d.due}" for d in decision.determinations if d.due]
    return _uid("calendar", decision.case_ref or "", decision.partnership or "", *dates)


def _uid(*parts: str) -> str:
    return f"{hashlib.sha256(chr(0).join(parts).encode()).hexdigest()[:32]}@{UID_DOMAIN}"


def reminder_before(due: dt.date, calendar: WorkingDays) -> dt.timedelta:
    """From the start of the due day back to 09:00 on the working day before it (the bank holidays
    of the decision's nation skipped, as its deadlines count them): the alarm's trigger."""
    return -((due - calendar.before(due)) - dt.timedelta(hours=9))


def nation_calendar(book: RuleBook, decision: Decision) -> WorkingDays:
    """The working days of the nation the decision was made in: the one jurisdiction that every
    ruleset it was assessed against decides for (its national rulesets and its partnership's
    overlay, which is always of its nation). England's, as a case's default, if they name no one."""
    specs = {loaded.spec.id: loaded.spec for loaded in book.rulesets}
    nations = [set(specs[r.id].jurisdictions) for r in decision.rulesets if r.id in specs]
    common = set.intersection(*nations) if nations else set()
    return working_days(common.pop() if len(common) == 1 else "england")


def _description(book: RuleBook, decision: Decision, determination: Determination) -> str:
    assert determination.due is not None
    lines = []
    if decision.case_ref:
        lines.append(f"Case reference: {decision.case_ref}")
    lines.append(f"Due: {day_words(determination.due)}")
    basis = due_words(book, determination)
    if basis:
        weekdays = "; weekends and bank holidays are not counted" if "working days" in basis else ""
        lines.append(f"Counted as: {basis}{weekdays}")
    if determination.actor:
        lines.append(f"Who acts: {determination.actor}")
    if determination.recipients:
        lines.append(f"Who is told: {'; '.join(determination.recipients)}")
    lines.append(f"Status: {STATUS_WORDS.get(str(determination.status), str(determination.status))}, "
                 f"as assessed on {day_words(decision.assessment_date)}")
    versions = {r.id: r.version for r in decision.rulesets}
    if determination.rules:
        version = versions.get(determination.ruleset)
        lines.append(f"Rule: {determination.rules[0]}, in the ruleset {determination.ruleset}"
                     + (f" version {version}" if version else ""))
    for citation in determination.citations:
        words = citation_words(book, citation)
        lines.append(f"The law: {words.reference}" + (f" ({UNCHECKED[words.unchecked].lower()})" if words.unchecked else ""))
    lines += ["", ADVICE]
    return "\n".join(lines)


def decision_calendar(
    book: RuleBook, decision: Decision, *, only: str | None = None, now: dt.datetime | None = None
) -> Calendar:
    """One all-day event per determination with a due date (or only the one ``only`` names), each
    with a reminder at 09:00 on the working day before; a decision without dates gives a valid
    calendar with no events."""
    from icalendar import Alarm, Calendar, Event  # here: a worker's start need not import it (about 30 ms)

    stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(microsecond=0)
    name = f"Safeguarding deadlines: {decision.case_ref}" if decision.case_ref else "Safeguarding deadlines"
    calendar = Calendar.new(prodid=PRODID, method="PUBLISH", name=name, uid=_calendar_uid(decision))
    days = nation_calendar(book, decision)
    for determination in decision.determinations:
        if determination.due is None or only not in (None, determination.id):
            continue
        due = determination.due
        summary = f"{determination.title} ({DUE_WORDS.get(str(determination.status), 'due')})"
        urls = [c.url for c in determination.citations if c.url]
        event = Event.new(
            uid=event_uid(decision, determination), stamp=stamp, start=due, end=due + dt.timedelta(days=1),
            summary=summary, description=_description(book, decision, determination),
            transparency="TRANSPARENT", url=urls[0] if urls else None,
        )
        alarm = Alarm.new(description=f"Due {day_words(due)}: {summary}")
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", reminder_before(due, days))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar


def filename(decision: Decision, only: str | None = None) -> str:
    """``<case_ref>-deadlines.ics`` (or ``<case_ref>-<duty>.ics`` for one duty), or without a
    reference ``deadlines.ics``. Characters a reference may hold that a file name should not
    (``/``) become ``-``; a partnership's duty id's ``.`` too."""
    ref = re.sub(r"[^A-Za-z0-9_-]", "-", decision.case_ref or "")
    what = re.sub(r"[^A-Za-z0-9_-]", "-", only) if only else "deadlines"
    return f"{ref}-{what}.ics" if ref else f"{what}.ics"


def calendar_response(book: RuleBook, decision: Decision, only: str | None = None) -> Response:
    """The .ics download, as an attachment named for the case: all the decision's deadlines, or
    only the duty ``only`` names."""
    return Response(
        decision_calendar(book, decision, only=only).to_ical(), media_type=MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{filename(decision, only)}"'},
    )
