""""Add to calendar": a decision's deadlines as iCalendar events, read back as a calendar reads them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar, Event
from safeguarding_rules_api.main import create_app

from safeguarding_rules import Engine

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

CHRISTMAS_CASE: dict[str, Any] = {
    "case_ref": "CSPR-2026/0042",
    "assessment_date": "2026-12-21",
    "subject": {"kind": "child", "age": 11},
    "incident": {"outcome": "died", "location": "in_area", "occurred_on": "2026-12-16", "became_aware_on": "2026-12-18"},
    "abuse_or_neglect": "suspected",
}
"""A child's death the local authority learnt of on Friday 18 December 2026: five working days on, over
Christmas Day and the Monday in lieu of Boxing Day, the Panel is to be told by Tuesday 29 December."""

ICS = {"Accept": "text/calendar"}


@pytest.fixture(scope="module")
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(engine=engine))


def _events(body: bytes) -> list[Event]:
    calendar = Calendar.from_ical(body)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return list(calendar.walk("VEVENT"))


def _text(body: bytes) -> str:
    """The file as a reader reads it: long lines unfolded, escapes undone."""
    unfolded = body.decode("utf-8").replace("\r\n ", "")
    return unfolded.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def test_each_dated_duty_is_an_all_day_event_counted_over_the_bank_holidays(client: TestClient) -> None:
    decision = client.post("/v1/assess", json=CHRISTMAS_CASE).json()
    dated = {d["title"]: d for d in decision["determinations"] if d["due"]}
    answer = client.post("/v1/assess", json=CHRISTMAS_CASE, headers=ICS)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/calendar; charset=utf-8"
    assert answer.headers["content-disposition"] == 'attachment; filename="CSPR-2026-0042-deadlines.ics"'
    events = {str(e["SUMMARY"]).removesuffix(" (due)"): e for e in _events(answer.content)}
    assert set(events) == set(dated) == {"Notify the Child Safeguarding Practice Review Panel", "Rapid review"}
    for title, event in events.items():
        assert event.start == dt.date.fromisoformat(dated[title]["due"])  # all day, the decision's date
        assert event.end == event.start + dt.timedelta(days=1)

    panel = events["Notify the Child Safeguarding Practice Review Panel"]
    assert panel.start == dt.date(2026, 12, 29)  # 25 December and 28 December (Boxing Day's) skipped
    words = str(panel["DESCRIPTION"])
    for line in (
        "Case reference: CSPR-2026/0042",
        "Due: 29 December 2026",
        "Counted as: 5 working days after the local authority became aware on 18 December 2026; weekends and bank holidays are not counted",
        "Who acts: local authority",
        "Status: required, as assessed on 21 December 2026",
        "Rule: PANEL-NOTIFICATION, in the ruleset england/children-act-2004-cspr",
        "The law: Children Act 2004, section 16C(1)",
        "decision support, not legal advice",
    ):
        assert line in words, (line, words)
    # The reminder: 09:00 on the working day before, Thursday 24 December (the trigger counts from
    # the start of the due day).
    (alarm,) = panel.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    reminder = dt.datetime.combine(panel.start, dt.time()) + alarm["TRIGGER"].dt
    assert reminder == dt.datetime(2026, 12, 24, 9, 0)


def test_a_download_names_nothing_of_the_case_but_its_reference_and_no_internal_name(client: TestClient) -> None:
    body = client.post("/v1/assess", json=CHRISTMAS_CASE, headers=ICS).content
    text = _text(body)
    for fact in ("2026-12-16", "20261216", "16 December 2026",  # when it happened
                 "in_area", "in this area", "suspect", "aged 11", "11 years", "died"):
        assert fact.lower() not in text.lower(), fact
    for internal in ("incident.", "parameter.", "subject.", "`", "UNVERIFIED"):
        assert internal not in text, internal


def test_the_same_case_downloaded_twice_updates_its_events_rather_than_copying_them(client: TestClient) -> None:
    def uids(case: dict[str, Any]) -> dict[str, str]:
        body = client.post("/v1/assess", json=case, headers=ICS).content
        return {str(e["SUMMARY"]): str(e["UID"]) for e in _events(body)}

    first, again = uids(CHRISTMAS_CASE), uids(CHRISTMAS_CASE)
    assert first == again and len(set(first.values())) == 2
    later = uids({**CHRISTMAS_CASE, "assessment_date": "2026-12-22"})
    assert later == first  # the same case assessed again: the same events
    other = uids({**CHRISTMAS_CASE, "case_ref": "CSPR-2026-0043"})
    assert not set(other.values()) & set(first.values())  # another case's events are its own
    unnamed = {k: v for k, v in CHRISTMAS_CASE.items() if k != "case_ref"}
    moved = {**unnamed, "incident": {**unnamed["incident"], "became_aware_on": "2026-12-17"}}
    assert not set(uids(unnamed).values()) & set(uids(moved).values())  # without a reference, dates tell cases apart
    for uid in first.values():
        assert "CSPR" not in uid and uid.endswith("@safeguarding-rules")


def test_a_decision_without_dates_gives_a_valid_calendar_with_no_events(client: TestClient) -> None:
    case = {"assessment_date": "2026-11-21", "subject": {"kind": "child"}, "incident": {"outcome": "died"}}
    decision = client.post("/v1/assess", json=case).json()
    assert not [d for d in decision["determinations"] if d["due"]]
    answer = client.post("/v1/assess", json=case, headers=ICS)
    assert answer.status_code == 200 and answer.headers["content-disposition"] == 'attachment; filename="deadlines.ics"'
    assert _events(answer.content) == []
    assert client.post("/v1/assess", json=case, headers={"Accept": "application/json, text/calendar"}).json()


def test_the_api_documents_the_calendar_answer(client: TestClient) -> None:
    content = client.get("/openapi.json").json()["paths"]["/v1/assess"]["post"]["responses"]["200"]["content"]
    assert "application/json" in content and "BEGIN:VCALENDAR" in content["text/calendar"]["example"]


# --- From the triage page -----------------------------------------------------------------------------

ANSWERS = {
    "assessment_date": "2026-12-21", "subject.kind": "child", "incident.outcome": "died", "abuse_or_neglect": "suspected",
    "incident.location": "in_area", "incident.occurred_on": "2026-12-16", "incident.became_aware_on": "2026-12-18",
}


def test_the_triage_page_offers_each_dated_duty_and_all_of_them_as_downloads(client: TestClient) -> None:
    page = client.post("/triage", data=ANSWERS).text
    assert "Add the deadlines to your calendar" in page and "Download all deadlines" in page
    assert page.count('<input type="hidden" name="duty"') == 2
    assert 'value="panel_notification"' in page and 'value="rapid_review"' in page
    assert 'Add to calendar<span class="govuk-visually-hidden"> (Rapid review)</span>' in page

    everything = client.post("/triage/calendar", data=ANSWERS)
    assert everything.status_code == 200 and everything.headers["content-type"] == "text/calendar; charset=utf-8"
    assert everything.headers["content-disposition"] == 'attachment; filename="deadlines.ics"'
    uids = {str(e["SUMMARY"]): str(e["UID"]) for e in _events(everything.content)}
    assert len(uids) == 2

    one = client.post("/triage/calendar", data={**ANSWERS, "duty": "panel_notification"})
    assert one.headers["content-disposition"] == 'attachment; filename="panel_notification.ics"'
    (event,) = _events(one.content)
    assert event.start == dt.date(2026, 12, 29) and str(event["UID"]) == uids[str(event["SUMMARY"])]


def test_the_triage_download_refuses_what_the_page_refuses(client: TestClient, engine: Engine) -> None:
    for duty in ("local_cspr", "no_such_duty", ""):  # no date to add, no such duty, an empty field
        refused = client.post("/triage/calendar", data={**ANSWERS, "duty": duty})
        assert refused.status_code == 404 and "There is no deadline to add for that" in refused.text
    twice = client.post("/triage/calendar", content="duty=rapid_review&duty=panel_notification&subject.kind=child",
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert twice.status_code == 404
    wrong = client.post("/triage/calendar", data={**ANSWERS, "subject.age": "²"})
    assert wrong.status_code == 422 and "There is a problem" in wrong.text

    from safeguarding_rules_api.settings import Settings

    keyed = TestClient(create_app(Settings(api_keys=["a-partnership-key-of-forty-characters-xx"]), engine=engine))
    assert keyed.post("/triage/calendar", data=ANSWERS).status_code == 401
    keyed.post("/triage/sign-in", data={"key": "a-partnership-key-of-forty-characters-xx"})
    assert keyed.post("/triage/calendar", data=ANSWERS).status_code == 200
    forged = keyed.post("/triage/calendar", data=ANSWERS, headers={"Sec-Fetch-Site": "cross-site"})
    assert forged.status_code == 403 and "BEGIN:VCALENDAR" not in forged.text


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
def test_add_to_calendar_downloads_the_duty_in_chromium(live_server: str, tmp_path: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"])
        page = browser.new_page()
        page.goto(f"{live_server}/triage")
        for question, answer in {"Is this about a child or an adult?": "A child (under 18)", "What happened to them?": "The person died",
                                 "Is abuse or neglect known or suspected?": "Suspected", "Where did it happen?": "In this area"}.items():
            page.get_by_role("group", name=question).get_by_label(answer, exact=True).check()
        page.get_by_label("When did it happen?", exact=True).fill("2025-12-18")
        page.get_by_label("When did the local authority become aware of it?", exact=True).fill("2025-12-19")
        page.get_by_role("button", name="Show what is due").click()
        violations = [(v["id"], v["impact"]) for v in Axe().run(page, context="#calendar").response["violations"]]
        assert not violations, violations  # of any impact
        with page.expect_download() as download:
            page.get_by_role("button", name="Add to calendar (Notify the Child Safeguarding Practice Review Panel)").click()
        assert download.value.suggested_filename == "panel_notification.ics"
        saved = tmp_path / "panel.ics"
        download.value.save_as(saved)
        (event,) = _events(saved.read_bytes())
        assert event.start == dt.date(2025, 12, 30)  # Friday 19th, then 22, 23, 24, 29, 30: Christmas skipped
        with page.expect_download() as everything:
            page.get_by_role("button", name="Download all deadlines").click()
        everything.value.save_as(tmp_path / "all.ics")
        assert len(_events((tmp_path / "all.ics").read_bytes())) == 2
        assert "Add the deadlines to your calendar" in page.content()  # a download: the page stays where it was
        browser.close()
