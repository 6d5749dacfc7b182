"""The triage journey as a designated lead walks it, in Chromium: a 2-year-old's potentially
life-threatening head injury, and a 70-year-old with care and support needs who died with neglect
suspected. Each question comes once ("Not known" is an answer, and is not asked again); the answer
panel says what is due, who acts and by when; no page shows an internal name; the printed decision
fits one A4 page for the child, two for the adult and for a multi-regime case; axe-core finds
nothing; a keyboard alone reaches an answer. Screenshots go to build/screenshots/ for the docs.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
SHOTS = Path("build/screenshots")

DOTTED = re.compile(r"\b[a-z_]+\.[a-z_]+\b")
"""A dotted fact name (``incident.became_aware_on``) as the issue's check reads one."""
ALLOWED_DOTS = [
    re.compile(r"\b(?:[a-z0-9-]+\.)+(?:uk|com|org|net|wales|scot)\b"),  # a web address a reader knows (gov.uk, legislation.gov.uk)
    re.compile(r"\b(?:e\.g|i\.e)\."),  # English abbreviations, in the law's own words
]


def leaks(text: str, allowed: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """Internal names in what a practitioner reads: dotted names, ``parameter.``, backticks, a
    shouted UNVERIFIED. ``allowed`` are exact strings a page must show (ruleset ids, for an audit)."""
    for exact in allowed:
        text = text.replace(exact, " ")
    for pattern in ALLOWED_DOTS:
        text = pattern.sub(" ", text)
    return DOTTED.findall(text) + re.findall(r"parameter\.|`|UNVERIFIED", text)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def axe_violations(page: Any) -> list[tuple[str, str | None]]:
    from axe_playwright_python.sync_playwright import Axe

    return [(v["id"], v["impact"]) for v in Axe().run(page).response["violations"]]


def start(page: Any, base_url: str, answers: dict[str, str], case_ref: str) -> None:
    """The first page: a radio by its question and label, a date or number typed."""
    page.goto(f"{base_url}/triage")
    if case_ref == "DSP-2026-0142":  # once: the first page, at every impact level
        assert axe_violations(page) == []
    page.get_by_label("Case reference (optional)").fill(case_ref)
    for question, answer in answers.items():
        group = page.get_by_role("group", name=question)
        if group.count():
            group.get_by_label(answer, exact=True).check()
        else:
            page.get_by_label(question, exact=True).fill(answer)
    page.get_by_role("button", name="Show what is due").click()


def walk(page: Any, script: dict[str, str], allowed: list[str]) -> list[str]:
    """Answer each next question from ``script`` (by fact, the answer's label; "Not known" if not
    scripted) until none is left. Returns the questions asked; each page is read for leaks."""
    asked: list[str] = []
    for _ in range(20):
        assert not leaks(page.inner_text("body"), allowed), leaks(page.inner_text("body"), allowed)
        form = page.locator("#next-question")
        if not form.count():
            return asked
        fact = form.locator("input[name=asked]").get_attribute("value")
        question = form.locator("legend, label[for=next]").first.inner_text().strip()
        assert question.endswith("?") and "." not in question.rstrip("?"), question  # a question, in words
        assert fact not in asked, f"{question} asked again"
        asked.append(fact)
        answer = script.get(fact, "Not known")
        if form.locator("input[type=radio]").count():
            form.get_by_label(answer, exact=True).check()
            form.get_by_role("button", name="Continue").click()
        elif answer == "Not known":
            form.get_by_role("button", name="Not known").click()
        else:
            form.locator("#next").fill(answer)
            form.get_by_role("button", name="Continue").click()
    raise AssertionError(f"still asking after 20 questions: {asked}")


def print_decision(page: Any, name: str) -> tuple[int, str]:
    """The printable decision as Chromium prints it to A4: its page count (pypdf is not a
    dependency: a PDF's page objects are counted), and its text."""
    with page.expect_navigation():
        page.get_by_role("button", name="Printable decision").click()
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page(?![\w])", pdf))
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    return pages, page.inner_text("body")


def rulesets(page: Any) -> list[str]:
    """The ruleset ids the printed decision names for an audit: identifiers, allowed their dots."""
    return [text.split(" version ")[0] for text in page.locator(".app-ruleset").all_inner_texts()]


CHILD = {
    "Which nation's law decides the case?": "England",
    "Is this about a child or an adult?": "A child (under 18)",
    "How old is the person, in whole years?": "2",
    "What happened to them?": "The person was seriously harmed",
    "If they were harmed, what kind of harm was it?": "A potentially life-threatening injury",
    "Is abuse or neglect known or suspected?": "Suspected",
    "When did it happen?": "2026-11-01",
    "When did the local authority become aware of it?": "2026-11-02",
}


def test_a_lead_triages_a_toddlers_head_injury_and_prints_one_page(browser: Any, live_server: str) -> None:
    page = browser.new_page(viewport={"width": 1024, "height": 900})
    start(page, live_server, CHILD, "DSP-2026-0142")  # where it happened is left for later
    form = page.locator("#next-question")
    assert form.locator("legend").inner_text().strip() == "Where did it happen?"
    hint = form.locator(".govuk-hint").inner_text()
    assert "Why we ask: the answer settles these, still open: Notify the Child Safeguarding Practice Review Panel; Rapid review" in hint
    assert form.bounding_box()["y"] < 900  # the next question is on the first screen, not 6,000 px down
    assert axe_violations(page) == []
    page.screenshot(path=str(SHOTS / "triage-question.png"))
    asked = walk(page, {"incident.location": "In this area"}, [])
    assert asked == ["incident.location"]

    due = page.locator("#due").inner_text()
    panel = page.locator(".app-due--panel_notification").inner_text()
    assert "Notify the Child Safeguarding Practice Review Panel" in panel and "Required" in panel
    assert "By 9 November 2026" in panel and "5 working days after the local authority became aware on 2 November 2026" in panel
    assert "Who acts: Local authority" in panel and "Tell: Child Safeguarding Practice Review Panel" in panel
    rapid = page.locator(".app-due--rapid_review").inner_text()
    assert "By 23 November 2026" in rapid and "15 working days after" in rapid
    assert "Local child safeguarding practice review" in due and "Consider" in due
    page.locator("#why-panel_notification summary").click()  # the law, behind a disclosure
    citation = page.locator("#why-panel_notification").inner_text()
    assert "Children Act 2004, section 16C(1)" in citation and "Not yet checked against the published text" in citation
    assert "chapter 4, notification to the Panel" in citation and "ch.4" not in citation
    assert page.evaluate("document.documentElement.scrollWidth") <= 1024
    assert axe_violations(page) == []
    page.locator("#answer").screenshot(path=str(SHOTS / "triage-answer-panel.png"))

    pages, text = print_decision(page, "printed-decision")
    assert pages == 1, pages
    assert re.search(r"The person's age:\s+2\b", text) and re.search(r"Where it happened:\s+In this area", text)
    for words in ("DSP-2026-0142", "Facts relied on",
                  "By 9 November 2026", "The law quoted", "1. Children Act 2004, section 16C(1)", "SHA-256"):
        assert words in text, words
    assert not leaks(text, rulesets(page)), leaks(text, rulesets(page))
    page.emulate_media(media="screen")
    assert axe_violations(page) == []
    page.close()


ADULT = {
    "Which nation's law decides the case?": "England",
    "Is this about a child or an adult?": "An adult (18 or over)",
    "How old is the person, in whole years?": "70",
    "What happened to them?": "The person died",
    "Is abuse or neglect known or suspected?": "Suspected",
    "Does the adult have needs for care and support?": "Yes",
    "When did it happen?": "2026-11-01",
    "When did the local authority become aware of it?": "2026-11-02",
}
ADULT_ANSWERS = {
    "death_resulted_from_abuse_or_neglect": "Suspected", "subject.in_area": "Yes",
    "concerns.agencies_working_together": "Yes", "subject.learning_disability": "No", "subject.autistic": "No",
}
"""Everything else the rules ask is answered "Not known"."""


def test_a_lead_triages_an_adults_death_with_javascript_off_answering_not_known(browser: Any, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1024, "height": 900})
    page = context.new_page()
    start(page, live_server, ADULT, "SAB-2026-0007")
    asked = walk(page, ADULT_ANSWERS, [])
    not_known = [fact for fact in asked if fact not in ADULT_ANSWERS]
    assert not_known and "incident.responsible_relationship" in not_known, asked  # each asked once, then the answer
    sar = page.locator(".app-due--sar").inner_text()
    assert "Safeguarding Adults Review" in sar and "Required" in sar and "Who acts: Safeguarding Adults Board" in sar
    still_open = page.locator("#open").inner_text()
    assert "Domestic Homicide Review" in still_open and "(you answered not known)" in still_open
    assert "Who decides: Community Safety Partnership" in still_open
    answers = page.locator(".app-answers").inner_text()
    assert re.search(r"Who was the violence, abuse or neglect by\?\s+Not known", answers)
    pages, text = print_decision(page, "printed-decision-adult")
    assert pages <= 2, pages
    assert "Not known:" in text and "Open questions" in text
    assert not leaks(text, rulesets(page)), leaks(text, rulesets(page))
    context.close()


MULTI = {
    "Which nation's law decides the case?": "England",
    "Is this about a child or an adult?": "A child (under 18)",
    "How old is the person, in whole years?": "16",
    "What happened to them?": "The person died",
    "Is abuse or neglect known or suspected?": "Known",
    "Where did it happen?": "In this area",
    "When did it happen?": "2026-11-01",
    "When did the local authority become aware of it?": "2026-11-02",
}


def test_a_multi_regime_case_prints_on_two_pages_at_most_and_reads_at_320_px(browser: Any, live_server: str) -> None:
    """A 16-year-old killed by a relative: the child's reviews and a domestic homicide review."""
    page = browser.new_page(viewport={"width": 320, "height": 700})
    start(page, live_server, MULTI, "DSP-2026-0150")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(path=str(SHOTS / "triage-question-320px.png"))
    walk(page, {"death_resulted_from_abuse_or_neglect": "Known", "incident.responsible_relationship": "A relative",
                "incident.normally_resident_in_area": "Yes"}, [])
    due = page.locator("#due").inner_text()
    assert "Notify the Child Safeguarding Practice Review Panel" in due and "Domestic Homicide Review" in due
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    pages, text = print_decision(page, "printed-decision-multi-regime")
    assert pages <= 2, pages
    assert "A child review and the Domestic Homicide Review" in text
    page.close()


def test_a_keyboard_alone_reaches_an_answer(browser: Any, live_server: str) -> None:
    """Tab to each control, Space to choose, Enter to send: no mouse, no typing, no arrow keys (so
    each choice is a group's first answer: England, a child, died, abuse known, then "Yes"; a date
    is "Not known", its button reached by Tab)."""
    page = browser.new_page(viewport={"width": 1024, "height": 900})
    page.goto(f"{live_server}/triage")

    def tab_to(selector: str) -> None:
        for _ in range(80):
            page.keyboard.press("Tab")
            if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"Tab never reached {selector}")

    for first_radio in ("#f-1", "#f-2", "#f-4", "#f-6"):  # nation, child or adult, what happened, abuse or neglect
        tab_to(first_radio)
        page.keyboard.press("Space")
    tab_to("button.govuk-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    for _ in range(15):
        if not page.locator("#next-question").count():
            break
        tab_to("#next-question input:not([type=hidden])")
        if page.evaluate("document.activeElement.type") == "radio":
            page.keyboard.press("Space")
            tab_to("#next-question button")
        else:
            tab_to("#next-question button[value]")  # "Not known" for a date or a number
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert not page.locator("#next-question").count()  # the answer: nothing more to ask
    assert re.search(r"Is the child looked after by a local authority\?\s+Yes", page.locator(".app-answers").inner_text())
    assert re.search(r"When did it happen\?\s+Not known", page.locator(".app-answers").inner_text())
    # With no dates (typing one is not Tab, Space or Enter) the law in force is open, and says so.
    panel = page.locator("#open-panel_notification").inner_text()
    assert "Notify the Child Safeguarding Practice Review Panel" in panel and "the date the local authority became aware (you answered not known)" in panel
    page.close()
