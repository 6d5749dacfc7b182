"""Regenerate the README's screenshots from the real pages, in Debian's Chromium driven by Playwright.

    python scripts/screenshots.py            (needs the [test] extra and `apt-get install chromium`)

Serves the app in this process, then takes: the triage page's first question, the answer panel for a
2-year-old's potentially life-threatening head injury, that case's printed decision as Chromium prints
it (A4, print styles), the rulebook's page for the Panel notification rule, and the business manager's
page of duties due across two recorded cases. Written to docs/screenshots/; run it after changing a page
and commit the images with the change.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from safeguarding_rules_api.main import create_app  # noqa: E402
from safeguarding_rules_api.settings import Settings  # noqa: E402

from safeguarding_rules import Engine  # noqa: E402
from safeguarding_rules.store import DecisionStore  # noqa: E402
from tests.conftest import serve_in_thread  # noqa: E402
from tests.test_duties_page import CHILD as CHILD_CASE  # noqa: E402  (the duties page test's two recorded cases)
from tests.test_duties_page import LATE as LATE_CASE  # noqa: E402
from tests.test_triage_journey import ARGS, CHILD, start  # noqa: E402  (the browser test's journey, as it walks it)

OUT = ROOT / "docs" / "screenshots"


def shoot(target: Any, path: Path, **options: Any) -> None:
    """A screenshot, tried again if Chromium is briefly unable to capture (seen on a loaded machine)."""
    for attempt in range(3):
        try:
            target.screenshot(path=str(path), **options)
            return
        except Exception:  # noqa: BLE001 - Playwright's "Unable to capture screenshot"; the third raises
            if attempt == 2:
                raise


def main() -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("headless Chromium is needed: apt-get install chromium")
    OUT.mkdir(parents=True, exist_ok=True)
    engine = Engine()
    server = serve_in_thread(create_app(engine=engine))
    base = next(server)
    with tempfile.TemporaryDirectory() as folder:  # a decision record of two cases, for the duties page
        url = f"sqlite:///{folder}/decisions.db"
        DecisionStore(url).upgrade()
        with_store = serve_in_thread(create_app(Settings(store_url=url), engine=engine))
        recorded = next(with_store)
        for case in (CHILD_CASE, LATE_CASE):
            httpx.post(f"{recorded}/v1/assess", json=case, timeout=30).raise_for_status()
        _shoot_all(base, recorded, chromium)
        with_store.close()
    server.close()
    for shot in sorted(OUT.glob("*.png")):
        print(f"{shot.relative_to(ROOT)}: {shot.stat().st_size // 1024} KiB")


def _shoot_all(base: str, recorded: str, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 960, "height": 900})
        start(page, base, CHILD, "DSP-2026-0143")  # where it happened is left to the next question
        shoot(page, OUT / "triage-question.png")
        form = page.locator("#next-question")
        form.get_by_label("In this area", exact=True).check()
        form.get_by_role("button", name="Continue").click()
        shoot(page.locator("#answer"), OUT / "triage-answer.png")
        with page.expect_navigation():
            page.get_by_role("button", name="Printable decision").click()
        page.emulate_media(media="print")
        page.set_viewport_size({"width": 794, "height": 1123})  # A4 at 96 dpi
        shoot(page, OUT / "printed-decision.png", full_page=True)
        page.emulate_media(media="screen")
        page.set_viewport_size({"width": 1100, "height": 900})
        page.goto(f"{base}/rulebook/ruleset-england.children-act-2004-cspr.html#rule-PANEL-NOTIFICATION")
        shoot(page, OUT / "rulebook.png")
        page.goto(f"{recorded}/triage/duties?as_of=2026-12-07")
        shoot(page, OUT / "duties.png", full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
