"""The triage page and the printable decision: through the app, and in a real browser."""

from __future__ import annotations

import re
import shutil

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app

from safeguarding_rules import Engine

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

CHILD_DEATH = {
    "subject.kind": "child", "incident.outcome": "died", "abuse_or_neglect": "suspected",
    "incident.location": "in_area", "incident.occurred_on": "2026-11-01", "incident.became_aware_on": "2026-11-02",
}


@pytest.fixture(scope="module")
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(engine=engine))


def test_the_page_works_without_javascript_and_asks_what_settles_most(client: TestClient) -> None:
    start = client.get("/triage")
    assert start.status_code == 200 and "<form" in start.text and "Not known" in start.text
    page = client.post("/triage", data=CHILD_DEATH)
    assert page.status_code == 200
    assert "Notify the Child Safeguarding Practice Review Panel" in page.text
    assert "9 November 2026" in page.text  # 5 working days after becoming aware
    assert "s16C(1)" in page.text  # the law quoted beside it
    assert re.search(r"Next question: ", page.text)
    for name, value in CHILD_DEATH.items():  # answers travel in the form, nothing is stored
        assert f'name="{name}" value="{value}"' in page.text


def test_an_impossible_case_gets_an_error_summary_linking_to_the_field(client: TestClient) -> None:
    page = client.post("/triage", data={"subject.kind": "child", "subject.age": "19"})
    assert "There is a problem" in page.text and 'role="alert"' in page.text
    assert "under the age of 18" in page.text


def test_the_printable_decision_from_the_page_and_from_the_api(client: TestClient) -> None:
    printable = client.post("/triage/print", data={**CHILD_DEATH, "case_ref": "X"})
    assert "Case review and notification decision" in printable.text and "Rulesets" in printable.text
    case = {"assessment_date": "2026-11-21", "subject": {"kind": "child"}, "incident": {"outcome": "died"}}
    html = client.post("/v1/assess", json=case, headers={"Accept": "text/html"})
    assert html.headers["content-type"].startswith("text/html") and "Still open" in html.text
    assert client.post("/v1/assess", json=case).headers["content-type"] == "application/json"


def test_the_page_uses_gov_uk_frontend_served_from_the_package_without_the_gov_uk_font(client: TestClient) -> None:
    page = client.get("/triage")
    assert 'href="/triage/govuk-frontend.css"' in page.text and 'class="govuk-select"' in page.text
    css = client.get("/triage/govuk-frontend.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert '--govuk-frontend-version:"6.6.0"' in css.text
    assert "GDS Transport" not in css.text and "@font-face" not in css.text  # the font is for GOV.UK only


@pytest.fixture(scope="module")
def base_url(live_server: str) -> str:
    return live_server


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
def test_a_practitioner_triages_a_childs_death_in_chromium(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        page = browser.new_page()
        page.goto(f"{base_url}/triage")
        # GOV.UK Frontend's styles load (the content security policy allows the package's own stylesheet)
        green = page.evaluate("getComputedStyle(document.querySelector('.govuk-button')).backgroundColor")
        assert green == "rgb(15, 122, 82)", green  # GOV.UK Frontend 6 button green, #0f7a52
        page.get_by_label("Is this about a child or an adult?").select_option("child")
        page.get_by_label("What happened to them?").select_option("died")
        page.get_by_label("Is abuse or neglect known or suspected?").select_option("suspected")
        page.get_by_label("Where did it happen?").select_option("in_area")
        page.get_by_label("When did it happen?").fill("2026-11-01")
        page.get_by_label("When did the local authority become aware?").fill("2026-11-02")
        page.get_by_role("button", name="Show the pathway").click()
        panel = page.locator("#det-panel_notification")
        assert "required" in panel.inner_text().lower() and "9 November 2026" in panel.inner_text()
        before = page.locator("table").inner_text()
        question = page.locator("form.next select")
        if question.count():
            question.select_option(index=1)
            page.get_by_role("button", name="Continue").click()
            assert page.locator("table").inner_text() != before or "Nothing is left open" in page.content()
        page.get_by_role("button", name="Printable decision").click()
        assert "Case review and notification decision" in page.content()
        browser.close()


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
def test_the_triage_page_and_the_rulebook_have_no_serious_accessibility_violations(base_url: str) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        checked = {}
        for path in ("/triage", "/rulebook/index.html", "/rulebook/ruleset-england.care-act-2014-s44.html"):
            page.goto(base_url + path)
            checked[path] = Axe().run(page).response["violations"]
        page.goto(f"{base_url}/triage")
        page.get_by_label("Is this about a child or an adult?").select_option("child")
        page.get_by_label("What happened to them?").select_option("died")
        page.get_by_role("button", name="Show the pathway").click()
        checked["/triage (pathway)"] = Axe().run(page).response["violations"]
        browser.close()
    serious = {path: [(v["id"], v["impact"]) for v in found if v["impact"] in ("serious", "critical")] for path, found in checked.items()}
    assert all(not v for v in serious.values()), serious


def test_each_problem_is_shown_beside_its_field_and_linked_from_the_summary(client: TestClient) -> None:
    """GOV.UK's error pattern: the summary links to the field, which shows the message too, in words."""
    page = client.post("/triage", data={"subject.kind": "child", "subject.age": "19"})
    assert '<a href="#f-3">' in page.text and 'id="f-3" name="subject.age"' in page.text
    assert "govuk-error-message" in page.text and "govuk-form-group--error" in page.text
    dates = client.post("/triage", data={"subject.kind": "child", "incident.occurred_on": "2026-11-05", "incident.became_aware_on": "2026-11-01"})
    assert "the date the local authority became aware is before the date of the incident" in dates.text
    assert "incident.became_aware_on" not in dates.text.split("<form")[0]  # words, not dotted names


def test_the_page_asks_which_nation_and_shows_reviews_that_run_together(client: TestClient) -> None:
    start = client.get("/triage")
    assert "law decides the case?" in start.text and ">Northern ireland<" not in start.text
    assert ">Northern Ireland<" in start.text
    welsh = client.post("/triage", data={
        "jurisdiction": "wales", "subject.kind": "child", "incident.outcome": "died", "incident.location": "in_area",
        "abuse_or_neglect": "suspected", "subject.recently_registered_or_looked_after": "false",
    })
    assert "Concise child practice review (Wales)" in welsh.text and "Notify the Child Safeguarding Practice Review Panel" not in welsh.text
    assert "Reviews that may run together" in welsh.text and "single review process incorporating all reviews in Wales" in welsh.text
    scottish = client.post("/triage", data={"jurisdiction": "scotland", "subject.kind": "child", "incident.outcome": "died"})
    assert "Rests on guidance, not statute" in scottish.text


def test_open_questions_are_put_in_the_glossarys_words_with_the_law_beside_them(client: TestClient) -> None:
    from safeguarding_rules_api.routers.triage import open_words

    assert open_words("incident.normally_resident_in_area") == "whether the child normally lives in this area"
    assert open_words("incident.location") == "where it happened"
    printable = client.post("/triage/print", data={"subject.kind": "child", "incident.outcome": "died"})
    assert "whether the child normally lives in this area" in printable.text
