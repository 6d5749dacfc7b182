"""The business manager's page: what is due across open cases, read from the decision record."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from safeguarding_rules_api.settings import Settings

from safeguarding_rules import Engine
from safeguarding_rules.store import DecisionStore
from tests.conftest import serve_in_thread
from tests.test_store import CHILD  # a 2-year-old seriously harmed, the Panel told by 8 December 2026

KEY = "k" * 40
LATE = {**CHILD, "case_ref": "CSPR-2026-0050", "incident": {**CHILD["incident"], "became_aware_on": "2026-11-27"}}
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'decisions.db'}"
    store = DecisionStore(url)
    store.upgrade()
    store.dispose()
    return url


def _recorded(store_url: str, engine: Engine, **settings: object) -> TestClient:
    client = TestClient(create_app(Settings(store_url=store_url, **settings), engine=engine))  # type: ignore[arg-type]
    headers = {"X-API-Key": KEY} if settings.get("api_keys") else {}
    for case in (CHILD, LATE):
        assert client.post("/v1/assess", json=case, headers=headers).status_code == 200
    return client


def test_the_page_lists_each_open_cases_duties_by_deadline_with_working_days_left(store_url: str, engine: Engine) -> None:
    page = _recorded(store_url, engine).get("/triage/duties", params={"as_of": "2026-12-07"})
    assert page.status_code == 200
    text = page.text
    order = [text.index(s) for s in ("4 December 2026", "8 December 2026", "18 December 2026", "22 December 2026")]
    assert order == sorted(order), "soonest deadline first"
    assert "Overdue by 1 working day" in text and "CSPR-2026-0050" in text and "CSPR-2026-0042" in text
    assert "Notify the Child Safeguarding Practice Review Panel" in text and "Rapid review" in text
    assert "4 duties" in text


def test_a_duty_leaves_the_page_once_the_facts_record_it_done_and_the_filter_narrows_it(store_url: str, engine: Engine) -> None:
    client = _recorded(store_url, engine)
    notified = {**CHILD, "incident": {**CHILD["incident"], "panel_notified_on": "2026-12-07"}}
    client.post("/v1/assess", json=notified)
    page = client.get("/triage/duties", params={"as_of": "2026-12-07"}).text
    assert ">8 December 2026<" not in page and "3 duties" in page
    narrowed = client.get("/triage/duties", params={"as_of": "2026-12-07", "due_before": "2026-12-10"}).text
    assert "1 duty due before 10 December 2026" in narrowed
    wrong = client.get("/triage/duties", params={"due_before": "2026-02-30"})
    assert wrong.status_code == 422 and "Enter a real date" in wrong.text


def test_the_page_is_behind_the_sign_in_and_says_when_the_record_is_off(store_url: str, engine: Engine) -> None:
    keyed = _recorded(store_url, engine, api_keys=[KEY])
    prompt = keyed.get("/triage/duties")
    assert prompt.status_code == 401 and "CSPR-2026" not in prompt.text
    assert "CSPR-2026-0042" in keyed.get("/triage/duties", headers={"X-API-Key": KEY}).text
    off = TestClient(create_app(engine=engine)).get("/triage/duties")
    assert off.status_code == 200 and "The decision record is off" in off.text


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
def test_the_business_manager_reads_the_page_in_chromium_and_axe_finds_nothing(store_url: str, engine: Engine) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    from tests.test_triage_journey import ARGS

    _recorded(store_url, engine)
    server: Iterator[str] = serve_in_thread(create_app(Settings(store_url=store_url), engine=engine))
    base = next(server)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1024, "height": 800})
            page.goto(f"{base}/triage/duties?as_of=2026-12-07")
            page.get_by_label("Only duties due before (optional)").fill("2026-12-10")
            page.get_by_role("button", name="Show duties").click()
            assert "2 duties due before 10 December 2026" in page.inner_text("main")
            assert "as_of=2026-12-07" in page.url  # the day counted from is kept
            page.goto(f"{base}/triage/duties?as_of=2026-12-07")
            violations = [(v["id"], v["impact"]) for v in Axe().run(page).response["violations"]]
            assert violations == [], violations
            Path("build/screenshots").mkdir(parents=True, exist_ok=True)
            page.screenshot(path="build/screenshots/duties.png", full_page=True)
            browser.close()
    finally:
        server.close()
