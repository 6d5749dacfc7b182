"""Read the Gherkin feature files, and the results of running them, for the rulebook.

Each scenario is read as Gherkin compiles it (a "pickle"): a scenario outline becomes one scenario
per row of its examples, with the row's values put in its title, steps and tables. Scenarios are
indexed by the rule ids they are tagged with, so a reader goes from a rule to the scenarios that
show it deciding.

Results come from a run of the features (pytest-bdd's Cucumber JSON). ``record_results`` turns one
run into the record shipped in the package (``rulebook_results.json``): each scenario's outcome with
the ruleset versions and hashes, the feature files' hashes, the date and the package version it was
produced for (``scripts/record_rulebook_results.py`` writes it before a release).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler
from gherkin.stream.id_generator import IdGenerator
from gherkin.token_scanner import TokenScanner

from safeguarding_rules.book import RuleBook
from safeguarding_rules.resources import FEATURES_DIR

DEFAULT_FEATURES_DIR = FEATURES_DIR

RESULTS_SCHEMA = "safeguarding-rules/rulebook-results/v1"
RESULTS_FILE = "rulebook_results.json"
"""The recorded results, package data of ``safeguarding_rules``."""


@dataclass
class ScenarioDoc:
    """One scenario (or one row of a scenario outline's examples) as a policy lead reads it."""

    anchor: str
    feature: str
    rule_heading: str
    name: str
    tags: list[str]
    steps: list[str]
    tables: list[list[list[str]]]
    uri: str = ""
    """The feature file's path under its features directory, as the Cucumber JSON names it."""
    page: str = ""
    """The rulebook page that shows it (one per feature)."""
    result: str = "not run"
    stale: str = ""
    """Why the result shown is not of the loaded rulesets (empty when it is)."""

    @property
    def key(self) -> str:
        return f"{self.uri}::{self.name}"


@dataclass
class FeatureDoc:
    path: str
    name: str
    description: str
    scenarios: list[ScenarioDoc] = field(default_factory=list)
    background: list[str] = field(default_factory=list)
    """The Background's steps, which every scenario of the feature starts from."""
    background_tables: list[list[list[str]]] = field(default_factory=list)
    sha256: str = ""

    @property
    def page(self) -> str:
        return f"scenarios-{_slug(self.path.removesuffix('.feature'))}.html"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


def _rows(table: dict[str, Any] | None) -> list[list[str]]:
    if not table:
        return []
    header = [table["tableHeader"]] if table.get("tableHeader") else []
    return [[cell["value"] for cell in row["cells"]] for row in header + table.get("tableBody", table.get("rows", []))]


def _nodes(tree: dict[str, Any]) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """Each step's keyword and each scenario's Rule heading by AST node id; the feature Background's
    step ids (shown once, above its scenarios; a Rule's own Background is kept in each of its
    scenarios' steps, as a reader needs it there and it would otherwise be shown nowhere)."""
    keywords: dict[str, str] = {}
    headings: dict[str, str] = {}
    background: set[str] = set()

    def visit(children: list[dict[str, Any]], heading: str, in_rule: bool = False) -> None:
        for child in children:
            if "rule" in child:
                visit(child["rule"]["children"], child["rule"]["name"], in_rule=True)
                continue
            block = child.get("background") or child.get("scenario")
            if block is None:
                continue
            for step in block["steps"]:
                keywords[step["id"]] = step["keyword"].strip()
                if "background" in child and not in_rule:
                    background.add(step["id"])
            if "scenario" in child:
                headings[block["id"]] = heading

    visit(tree["feature"]["children"], "")
    return keywords, headings, background


def read_features(directories: list[Path]) -> list[FeatureDoc]:
    """Every feature under the directories, with its scenarios (outlines filled in) in file order."""
    docs = []
    anchors: set[str] = set()
    for directory in directories:
        for path in sorted(Path(directory).rglob("*.feature")):
            text = path.read_text(encoding="utf-8")
            uri = path.relative_to(directory).as_posix()
            tree: dict[str, Any] = Parser().parse(TokenScanner(text))  # type: ignore[assignment]
            tree["uri"] = uri
            feature = tree["feature"]
            doc = FeatureDoc(uri, feature["name"], feature.get("description", "").strip(),
                             sha256=hashlib.sha256(path.read_bytes()).hexdigest())
            for child in feature["children"]:
                if "background" in child:
                    doc.background = [f"{s['keyword'].strip()} {s['text']}" for s in child["background"]["steps"]]
                    doc.background_tables = [_rows(s.get("dataTable")) for s in child["background"]["steps"]]
            keywords, headings, background = _nodes(tree)
            for pickle in Compiler(IdGenerator()).compile(tree):
                anchor = base = f"{_slug(path.stem)}--{_slug(pickle['name'])}"
                while anchor in anchors:
                    anchor = f"{base}-{len(anchors)}"
                anchors.add(anchor)
                steps = [s for s in pickle["steps"] if s["astNodeIds"][0] not in background]
                doc.scenarios.append(
                    ScenarioDoc(
                        anchor=anchor,
                        feature=doc.name,
                        rule_heading=headings.get(pickle["astNodeIds"][0], ""),
                        name=pickle["name"],
                        tags=[t["name"].lstrip("@") for t in pickle["tags"]],
                        steps=[f"{keywords[s['astNodeIds'][0]]} {s['text']}" for s in steps],
                        tables=[_rows(s.get("argument", {}).get("dataTable")) for s in steps],
                        uri=uri,
                        page=doc.page,
                    )
                )
            docs.append(doc)
    return docs


def cucumber_outcomes(cucumber_json: Path) -> dict[str, str]:
    """Each scenario's outcome in a pytest-bdd ``--cucumberjson`` report, by feature path and title
    (an outline's row by its filled-in title; a title run twice is failed if either run failed)."""
    outcomes: dict[str, str] = {}
    for feature in json.loads(cucumber_json.read_text(encoding="utf-8")):
        for element in feature.get("elements", []):
            statuses = {step.get("result", {}).get("status", "skipped") for step in element.get("steps", [])}
            outcome = "failed" if "failed" in statuses else "passed" if statuses <= {"passed"} else "skipped"
            key = f"{feature.get('uri', '')}::{element.get('name', '')}"
            if outcomes.get(key) != "failed":
                outcomes[key] = outcome
    return outcomes


def apply_results(features: list[FeatureDoc], cucumber_json: Path) -> None:
    """Mark each scenario passed, failed or skipped from a pytest-bdd ``--cucumberjson`` report."""
    outcomes = cucumber_outcomes(cucumber_json)
    for doc in features:
        for scenario in doc.scenarios:
            if scenario.key in outcomes:
                scenario.result, scenario.stale = outcomes[scenario.key], ""


def rulesets_of(book: RuleBook) -> dict[str, dict[str, str]]:
    """Each loaded ruleset's version and hash, as a record of results names them."""
    return {r.spec.id: {"version": r.spec.version, "sha256": r.sha256} for r in book.rulesets}


def record_results(book: RuleBook, features: list[FeatureDoc], cucumber_json: Path, version: str,
                   produced_at: dt.datetime | None = None) -> dict[str, Any]:
    """The record of one feature run, to ship: every scenario's outcome ("no result" where the run
    did not report it), and what it was produced for."""
    outcomes = cucumber_outcomes(cucumber_json)
    return {
        "schema": RESULTS_SCHEMA,
        "produced_at": (produced_at or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat(),
        "package_version": version,
        "rulesets": rulesets_of(book),
        "features": {doc.path: doc.sha256 for doc in features},
        "scenarios": {s.key: outcomes.get(s.key, "no result") for doc in features for s in doc.scenarios},
    }


def shipped_results() -> dict[str, Any] | None:
    """The results recorded for the shipped rulesets and features, if the package carries them."""
    resource = files("safeguarding_rules").joinpath(RESULTS_FILE)
    if not resource.is_file():
        return None
    data: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return data if data.get("schema") == RESULTS_SCHEMA else None


def ruleset_currency(book: RuleBook, recorded: dict[str, Any] | None) -> dict[str, str]:
    """For each loaded ruleset, whether the recorded results are of it: ``current`` (same version
    and hash), ``changed`` (recorded for another version or file), or ``not recorded``."""
    previous = (recorded or {}).get("rulesets", {})
    currency = {}
    for loaded in book.rulesets:
        was = previous.get(loaded.spec.id)
        currency[loaded.spec.id] = (
            "not recorded" if was is None
            else "current" if was == {"version": loaded.spec.version, "sha256": loaded.sha256}
            else "changed"
        )
    return currency


def apply_recorded(features: list[FeatureDoc], recorded: dict[str, Any], book: RuleBook) -> None:
    """Show each scenario's recorded outcome, saying so where it is not of what is loaded: its
    feature file changed, or a ruleset of the rules it exercises is not the one recorded."""
    currency = ruleset_currency(book, recorded)
    rule_ruleset = {b.rule.id: b.ruleset for b in book.rules}
    titles = {r.spec.id: r.spec.title for r in book.rulesets}
    feature_hashes = recorded.get("features", {})
    outcomes = recorded.get("scenarios", {})
    for doc in features:
        for scenario in doc.scenarios:
            if scenario.key not in outcomes:
                continue
            scenario.result = outcomes[scenario.key]
            changed = sorted({titles[rule_ruleset[t]] for t in scenario.tags
                              if t in rule_ruleset and currency[rule_ruleset[t]] != "current"})
            if feature_hashes.get(doc.path) != doc.sha256:
                scenario.stale = "this feature file has changed since; not run again"
            elif changed:
                scenario.stale = f"recorded with another version of {' and '.join(changed)}; not run with the loaded one"
