"""The rulebook site: every rule with its law and scenarios, internal links that resolve, and pages
that render in a real browser (headless Chromium from Debian's `chromium` package)."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from typer.testing import CliRunner

from safeguarding_rules import Engine, load_rulebook
from safeguarding_rules.cli import app as cli
from safeguarding_rules.features_index import DEFAULT_FEATURES_DIR, apply_results, read_features
from safeguarding_rules.rulebook import render_rulebook, write_rulebook

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "build" / "screenshots"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def _broken_links(pages: dict[str, str]) -> list[str]:
    parsed = {name: _parse(html) for name, html in pages.items()}
    broken = []
    for name, links in parsed.items():
        for href in links.hrefs:
            if href.startswith(("http://", "https://")):
                continue
            page, _, anchor = href.partition("#")
            target = parsed.get(page or name)
            if target is None or (anchor and anchor not in target.ids):
                broken.append(f"{name} -> {href}")
    return broken


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_rulebook(load_rulebook(), read_features([DEFAULT_FEATURES_DIR]))


def test_every_rule_is_on_its_regime_page_with_its_law_and_scenarios(pages: dict[str, str]) -> None:
    book = load_rulebook()
    for bound in book.rules:
        page = pages[f"ruleset-{bound.ruleset}.html"]
        section = page.split(f'id="rule-{bound.rule.id}"', 1)[1].split("</section>", 1)[0]
        assert "sources.html#source-" in section
        assert "scenarios.html#" in section, f"{bound.rule.id} links to no scenario"
    s44 = pages["ruleset-england.care-act-2014-s44.html"]
    assert "An SAB must arrange for there to be a review" in s44
    assert 'href="https://www.legislation.gov.uk/ukpga/2014/23/section/44"' in s44


def test_internal_links_resolve(pages: dict[str, str]) -> None:
    assert _broken_links(pages) == []


def test_results_of_a_feature_run_are_shown(tmp_path: Path) -> None:
    features = read_features([DEFAULT_FEATURES_DIR])
    first = features[0].scenarios[0]
    report = tmp_path / "cucumber.json"
    report.write_text(json.dumps([{"uri": first.uri, "elements": [{"name": first.name, "steps": [{"result": {"status": "failed"}}]}]}]))
    apply_results(features, report)
    assert features[0].scenarios[0].result == "failed"
    html = render_rulebook(load_rulebook(), features)["scenarios.html"]
    assert '<span class="result failed">(failed)</span>' in html


def test_the_cli_writes_the_site_and_the_api_serves_it(tmp_path: Path, engine: Engine) -> None:
    result = CliRunner().invoke(cli, ["rulebook", "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "index.html").is_file() and (tmp_path / "site" / "matrix.html").is_file()
    client = TestClient(create_app(engine=engine))
    assert client.get("/rulebook/matrix.html").status_code == 200
    assert client.get("/rulebook/nope.html").status_code == 404


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
def test_the_served_rulebook_renders_in_chromium_links_resolve_and_axe_finds_nothing(engine: Engine) -> None:
    """Every kind of page (the regime pages share one template: the largest two are checked), served
    by the app, in Debian's Chromium: it renders, its links resolve, and axe-core reports no
    violation of any impact level. A screenshot of a regime page is kept for the README."""
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    from tests.conftest import serve_in_thread

    server = serve_in_thread(create_app(engine=engine))
    base = next(server)
    names = ["index.html", "ruleset-england.care-act-2014-s44.html", "ruleset-england.children-act-2004-cspr.html",
             "scenarios.html", "matrix.html", "sources.html", "glossary.html", "changes.html"]
    rendered, violations = {}, {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run",
            ])
            page = browser.new_page(viewport={"width": 1000, "height": 1300})
            for name in names:
                page.goto(f"{base}/rulebook/{name}", timeout=60_000)
                assert page.locator("h1").count() == 1, f"{name} did not render"
                rendered[name] = page.content()
                violations[name] = [(v["id"], v["impact"], v["nodes"][0]["html"][:120]) for v in Axe().run(page).response["violations"]]
            page.goto(f"{base}/rulebook/ruleset-england.care-act-2014-s44.html#rule-SAR-S44-MANDATORY")
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "rulebook.png"))
            browser.close()
    finally:
        server.close()
    assert {name: found for name, found in violations.items() if found} == {}
    assert _broken_links({**engine_pages(engine), **rendered}) == []
    rule_page = _parse(rendered["ruleset-england.care-act-2014-s44.html"])
    assert any(h.startswith("sources.html#source-care-act-2014") for h in rule_page.hrefs)
    assert any(h.startswith("scenarios.html#") for h in rule_page.hrefs)


def engine_pages(engine: Engine) -> dict[str, str]:
    return dict(create_app(engine=engine).state.rulebook)


def test_every_fact_of_a_case_has_plain_words_and_the_rulebook_reads_conditions_with_them() -> None:
    from safeguarding_rules.facts import CASE_FACTS
    from safeguarding_rules.plain import glossary

    missing = [name for name, spec in CASE_FACTS.items() if name not in glossary()]
    assert missing == []
    for name, spec in CASE_FACTS.items():
        entry = glossary()[name]
        assert ("name" in entry) or (True in entry and False in entry), name
        if spec.type == "enum" and "values" in entry:
            assert set(entry["values"]) == set(spec.values), name
    pages = render_rulebook(load_rulebook(), [])
    s44 = pages["ruleset-england.care-act-2014-s44.html"]
    assert "the adult has needs for care and support" in s44
    assert "<b>When:</b> all of these: subject.care_and_support_needs" not in s44
    assert "incident.normally_resident_in_area" in pages["glossary.html"] and "the child normally lives in this area" in pages["glossary.html"]


def test_scenarios_show_their_background_and_say_plainly_when_no_results_are_attached() -> None:
    from safeguarding_rules.resources import FEATURES_DIR

    features = read_features([FEATURES_DIR])
    cspr = next(f for f in features if f.path.endswith("children-act-2004-cspr.feature"))
    assert cspr.background and any("where it happened" in str(t) for t in cspr.background_tables)
    html = render_rulebook(load_rulebook(), features)["scenarios.html"]
    assert "Every scenario below starts from:" in html
    assert "No test results are attached to this rulebook" in html
    assert 'id="filter"' in html


def test_every_ruleset_records_its_changes_and_the_rulebook_shows_them() -> None:
    book = load_rulebook()
    for loaded in book.rulesets:
        assert loaded.spec.changelog and loaded.spec.changelog[0].version == loaded.spec.version, loaded.spec.id
    changes = render_rulebook(book, [])["changes.html"]
    assert "2026.2" in changes and "normally lives" in changes


def test_the_index_lists_each_nations_regimes_and_shared_law_under_each(pages: dict[str, str]) -> None:
    index = pages["index.html"]
    sections = {nation: index.split(f'id="nation-{nation}"', 1)[1].split("<h3", 1)[0] for nation in ("england", "wales", "scotland", "northern_ireland")}
    assert "Child and Adult Practice Reviews" in sections["wales"] and "Child and Adult Practice Reviews" not in sections["england"]
    assert all("Domestic Homicide Reviews (Domestic Violence" in sections[n] for n in ("england", "wales"))
    assert "Learning Reviews" in sections["scotland"] and "Case Management Reviews" in sections["northern_ireland"]
    dhr_page = next(html for name, html in pages.items() if "dvcva-2004-s9" in name)
    assert "Decides cases in England and Wales" in dhr_page and "Reviews that may run together" in dhr_page
