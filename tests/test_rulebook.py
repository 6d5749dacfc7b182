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

from safeguarding_rules import Engine, __version__, load_rulebook
from safeguarding_rules.book import RuleBook
from safeguarding_rules.cli import app as cli
from safeguarding_rules.features_index import (
    DEFAULT_FEATURES_DIR,
    RESULTS_FILE,
    apply_results,
    read_features,
    rulesets_of,
    shipped_results,
)
from safeguarding_rules.rulebook import page_name, render_rulebook, write_rulebook

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
        page = pages[page_name(bound.ruleset)]
        section = page.split(f'id="rule-{bound.rule.id}"', 1)[1].split("</section>", 1)[0]
        assert "sources.html#source-" in section
        assert re.search(r"href=\"scenarios-[a-z0-9-]+\.html#", section), f"{bound.rule.id} links to no scenario"
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
    html = render_rulebook(load_rulebook(), features)[features[0].page]
    assert '<span class="result failed">(failed)</span>' in html


def test_the_cli_writes_the_site_and_the_api_serves_it(tmp_path: Path, engine: Engine) -> None:
    result = CliRunner().invoke(cli, ["rulebook", "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "index.html").is_file() and (tmp_path / "site" / "matrix.html").is_file()
    assert "These results were recorded on" in (tmp_path / "site" / "scenarios.html").read_text(encoding="utf-8")
    client = TestClient(create_app(engine=engine))
    assert client.get("/rulebook/matrix.html").status_code == 200
    assert client.get("/rulebook/nope.html").status_code == 404


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed: apt-get install chromium (as .ci/run does)")
def test_the_served_rulebook_renders_in_chromium_links_resolve_and_axe_finds_nothing(engine: Engine) -> None:
    """Every kind of page (the regime and feature pages share a template each: the largest are checked), served
    by the app, in Debian's Chromium: it renders, its links resolve, and axe-core reports no
    violation of any impact level. A screenshot of a regime page is kept for the README."""
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    from tests.conftest import serve_in_thread

    server = serve_in_thread(create_app(engine=engine))
    base = next(server)
    names = ["index.html", "ruleset-england.care-act-2014-s44.html", "ruleset-england.children-act-2004-cspr.html",
             "scenarios.html", "scenarios-england-children-act-2004-cspr.html", "matrix.html", "sources.html",
             "glossary.html", "changes.html"]
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
            page.goto(f"{base}/rulebook/ruleset-england.children-act-2004-cspr.html#rule-PANEL-NOTIFICATION")
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "rulebook.png"))
            browser.close()
    finally:
        server.close()
    assert {name: found for name, found in violations.items() if found} == {}
    assert _broken_links({**engine_pages(engine), **rendered}) == []
    rule_page = _parse(rendered["ruleset-england.care-act-2014-s44.html"])
    assert any(h.startswith("sources.html#source-care-act-2014") for h in rule_page.hrefs)
    assert any(h.startswith("scenarios-") and "#" in h for h in rule_page.hrefs)


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
    pages = render_rulebook(load_rulebook(), features)
    assert "Every scenario below starts from:" in pages[cspr.page] and 'id="filter"' in pages[cspr.page]
    assert "No test results are attached to this rulebook" in pages["scenarios.html"]


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


# The served rulebook: in words, with the results recorded for the shipped rulesets.

RECORD = "re-record them: .venv/bin/python scripts/record_rulebook_results.py (README, 'Rulebook')"


def _visible_text(html: str) -> str:
    """What a reader sees (and a screen reader reads): the text, without scripts and styles."""

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.hidden += tag in ("script", "style")

        def handle_endtag(self, tag: str) -> None:
            self.hidden -= tag in ("script", "style")

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


def _internal_names(book: RuleBook) -> re.Pattern[str]:
    """Every fact, derived fact, parameter and setting name that is an identifier, parameter and
    setting prefixes, a derived condition's number, and an outline's unfilled placeholder."""
    from safeguarding_rules.facts import CASE_FACTS

    names = {n for n in [*CASE_FACTS, *book.derived_facts, *book.parameters, *book.settings] if "." in n or "_" in n}
    names |= {d for d in book.determinations if "." in d or "_" in d}
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w])|\bparameter\.[a-z]|\bsetting\.[a-z]|condition_\d|<[a-z_ ]+>|`")


@pytest.fixture(scope="module")
def served(engine: Engine) -> dict[str, str]:
    """Every page of the rulebook as the app serves it (GET /rulebook/...), reached from its index."""
    client = TestClient(create_app(engine=engine))
    names = set(client.app.state.rulebook)  # type: ignore[attr-defined]
    pages = {name: client.get(f"/rulebook/{name}") for name in names}
    assert all(r.status_code == 200 for r in pages.values())
    return {name: r.text for name, r in pages.items()}


def test_every_served_page_is_in_words_with_no_internal_name_or_unfilled_placeholder(served: dict[str, str], engine: Engine) -> None:
    pattern = _internal_names(engine.book)
    found = {name: sorted(set(pattern.findall(_visible_text(html)))) for name, html in served.items()}
    assert {name: hits for name, hits in found.items() if hits} == {}
    assert len(served) > 40  # index, 21 regimes, 19 feature pages, ...
    reached = {h.partition("#")[0] for html in served.values() for h in _parse(html).hrefs}
    assert set(served) - reached == set()  # every page is linked from another


def test_the_served_rulebook_shows_the_recorded_results_of_the_shipped_rulesets(served: dict[str, str]) -> None:
    texts = {name: _visible_text(html) for name, html in served.items()}
    assert not [name for name, text in texts.items() if "(not run)" in text or "(no result" in text or "no results recorded for it" in text or "No scenario results were recorded" in text]
    index = texts["scenarios.html"]
    recorded = shipped_results()
    assert recorded is not None
    assert f"package version {__version__}" in index
    assert re.search(r"These results were recorded on \d{1,2} [A-Z][a-z]+ 20\d\d at \d\d:\d\d UTC", index)
    assert "Every loaded ruleset is the version, and the file (by its SHA-256 hash), these results were recorded for." in index
    sar = " ".join(texts["ruleset-england.care-act-2014-s44.html"].split())
    version = recorded["rulesets"]["england/care-act-2014-s44"]
    assert f"with this ruleset as loaded (version {version['version']}, SHA-256 {version['sha256'][:12]})" in sar
    scenarios = sum(len(f.scenarios) for f in read_features([DEFAULT_FEATURES_DIR]))
    assert sum(text.count("(passed)") for name, text in texts.items() if name.startswith("scenarios-")) == scenarios


def test_deadlines_are_numbers_with_the_provision_that_sets_them(served: dict[str, str]) -> None:
    cspr = served["ruleset-england.children-act-2004-cspr.html"]
    panel = _visible_text(cspr.split('id="rule-PANEL-NOTIFICATION"', 1)[1].split("</section>", 1)[0])
    assert "Then: Notify the Child Safeguarding Practice Review Panel: required, within 5 working days, counted from the date the local authority became aware." in panel
    assert ("Where the number comes from: 5 working days from 29 June 2018, set by Report a serious child safeguarding "
            "incident (gov.uk guidance), how to report verified: You must do this within 5 working days") in panel
    scr = _visible_text(served["ruleset-england.lscb-regulations-2006-reg5.html"])
    assert "within 6 months, counted from the date the Serious Case Review began" in " ".join(scr.split())
    sar = _visible_text(served["ruleset-england.care-act-2014-s44.html"])
    assert "Then: it is established that condition 1 of s44(2): the adult has died" in " ".join(sar.split())


def test_a_scenario_outline_is_one_scenario_per_example_row_with_its_values_filled_in() -> None:
    from gherkin.parser import Parser
    from gherkin.token_scanner import TokenScanner

    path = DEFAULT_FEATURES_DIR / "england" / "children-act-2004-cspr.feature"
    tree = Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))
    outline = next(c["scenario"] for r in tree["feature"]["children"] if "rule" in r for c in r["rule"]["children"]
                   if "scenario" in c and c["scenario"]["name"].startswith("Became aware on <aware>: the rapid review"))
    rows = [row for examples in outline["examples"] for row in examples["tableBody"]]
    feature = next(f for f in read_features([DEFAULT_FEATURES_DIR]) if f.path == "england/children-act-2004-cspr.feature")
    filled = [s for s in feature.scenarios if s.name.startswith("Became aware on ") and "rapid review is due" in s.name]
    assert len(filled) == len(rows) == 3
    ordinary = next(s for s in filled if "an ordinary three weeks" in s.name)
    assert ordinary.name == "Became aware on 2026-11-02: the rapid review is due by 2026-11-23 (an ordinary three weeks)"
    assert any("2026-11-23" in step for step in ordinary.steps)
    assert not [s for s in feature.scenarios for text in [s.name, *s.steps, str(s.tables)] if re.search(r"<[a-z]+>", text)]
    assert "RAPID-REVIEW" in ordinary.tags and ordinary.rule_heading.startswith("Deadlines in working days")


def test_the_shipped_results_are_those_of_the_shipped_rulesets_and_features() -> None:
    """CI fails here when a ruleset, a feature or the package version changes without the results
    being recorded again, so the served rulebook never shows stale results as current."""
    recorded = shipped_results()
    assert recorded is not None, f"the package carries no {RESULTS_FILE}: " + RECORD
    book = load_rulebook()
    features = read_features([DEFAULT_FEATURES_DIR])
    changed = {i: v for i, v in rulesets_of(book).items() if recorded["rulesets"].get(i) != v}
    assert changed == {} and set(recorded["rulesets"]) == set(rulesets_of(book)), f"rulesets changed {sorted(changed)}: " + RECORD
    assert recorded["features"] == {f.path: f.sha256 for f in features}, "feature files changed: " + RECORD
    assert set(recorded["scenarios"]) == {s.key for f in features for s in f.scenarios}, RECORD
    assert set(recorded["scenarios"].values()) == {"passed"}, "a scenario failed when the results were recorded"
    assert recorded["package_version"] == __version__, RECORD


def test_a_changed_ruleset_and_an_added_overlay_are_said_not_to_be_the_recorded_ones(tmp_path: Path) -> None:
    """A deployment whose SAR ruleset file differs from the shipped one (an edit) and with a
    partnership overlay added: the results are shown as of the recorded versions, and said to be."""
    from safeguarding_rules.resources import RULESETS_DIR, TEMPLATES_DIR

    rulesets = tmp_path / "rulesets"
    shutil.copytree(RULESETS_DIR, rulesets)
    sar = rulesets / "england" / "care-act-2014-s44.yaml"
    sar.write_text(sar.read_text(encoding="utf-8").replace("First published.", "First published here."), encoding="utf-8")
    shutil.copytree(TEMPLATES_DIR / "partnership-overlay", tmp_path / "overlay")
    engine = Engine(extra_dirs=[rulesets, tmp_path / "overlay"], include_national=False)
    pages = TestClient(create_app(engine=engine)).app.state.rulebook  # type: ignore[attr-defined]
    sar_page = " ".join(_visible_text(pages["ruleset-england.care-act-2014-s44.html"]).split())
    assert "This ruleset is not the one the scenario results were recorded for." in sar_page
    assert "(passed: recorded with another version of Safeguarding Adults Reviews (Care Act 2014 s44); not run with the loaded one)" in sar_page
    cspr = _visible_text(pages["ruleset-england.children-act-2004-cspr.html"])
    assert "with this ruleset as loaded" in " ".join(cspr.split())  # unchanged rulesets stay current
    overlay_id = next(r.spec.id for r in engine.book.rulesets if r.path.is_relative_to(tmp_path / "overlay"))
    assert "No scenario results were recorded for this ruleset" in _visible_text(pages[f"ruleset-{overlay_id}.html"])
    index = " ".join(_visible_text(pages["scenarios.html"]).split())
    assert "Some loaded rulesets are not the ones these results were recorded for" in index
    assert "changed since: version" in index and "no results recorded for it: version" in index


def test_a_changed_feature_file_is_said_not_to_be_the_one_run(tmp_path: Path) -> None:
    from safeguarding_rules.rulebook import attach_results

    features_dir = tmp_path / "features"
    shutil.copytree(DEFAULT_FEATURES_DIR, features_dir)
    sar = features_dir / "england" / "care-act-2014-s44-sar.feature"
    sar.write_text(sar.read_text(encoding="utf-8") + "\n# a comment changes the file\n", encoding="utf-8")
    features = read_features([features_dir])
    attach_results(load_rulebook(), features)
    stale = {f.path: {s.stale for s in f.scenarios} for f in features}
    assert stale["england/care-act-2014-s44-sar.feature"] == {"this feature file has changed since; not run again"}
    assert stale["england/children-act-2004-cspr.feature"] == {""}
