"""Read the Gherkin feature files (and optionally a run's Cucumber JSON) for the rulebook.

The scenarios are indexed by the rule ids they are tagged with, so a reader can go from a rule to
the scenarios that show it deciding, and see whether they passed in the latest run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

from safeguarding_rules.resources import FEATURES_DIR

DEFAULT_FEATURES_DIR = FEATURES_DIR


@dataclass
class ScenarioDoc:
    """One scenario as a policy lead reads it."""

    anchor: str
    feature: str
    rule_heading: str
    name: str
    tags: list[str]
    steps: list[str]
    tables: list[list[list[str]]]
    examples: list[list[list[str]]]
    result: str = "not run"


@dataclass
class FeatureDoc:
    path: str
    name: str
    description: str
    scenarios: list[ScenarioDoc] = field(default_factory=list)
    background: list[str] = field(default_factory=list)
    """The Background's steps, which every scenario of the feature starts from."""
    background_tables: list[list[list[str]]] = field(default_factory=list)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


def _rows(table: dict[str, Any] | None) -> list[list[str]]:
    if not table:
        return []
    header = [table["tableHeader"]] if table.get("tableHeader") else []
    return [[cell["value"] for cell in row["cells"]] for row in header + table.get("tableBody", table.get("rows", []))]


def read_features(directories: list[Path]) -> list[FeatureDoc]:
    """Every feature under the directories, with its scenarios in file order."""
    docs = []
    anchors: set[str] = set()
    for directory in directories:
        for path in sorted(Path(directory).rglob("*.feature")):
            tree: dict[str, Any] = Parser().parse(TokenScanner(path.read_text(encoding="utf-8")))["feature"]  # type: ignore[assignment]
            doc = FeatureDoc(str(path.relative_to(directory)), tree["name"], tree.get("description", "").strip())
            for child in tree["children"]:
                if "background" in child:
                    doc.background = [f"{s['keyword'].strip()} {s['text']}" for s in child["background"]["steps"]]
                    doc.background_tables = [_rows(s.get("dataTable")) for s in child["background"]["steps"]]
                    continue
                blocks: list[tuple[str, Any]] = (
                    [(child["rule"]["name"], c) for c in child["rule"]["children"]] if "rule" in child else [("", child)]
                )
                for heading, block in blocks:
                    scenario = block.get("scenario")
                    if scenario is None:
                        continue
                    anchor = base = f"{_slug(path.stem)}--{_slug(scenario['name'])}"
                    while anchor in anchors:
                        anchor = f"{base}-{len(anchors)}"
                    anchors.add(anchor)
                    doc.scenarios.append(
                        ScenarioDoc(
                            anchor=anchor,
                            feature=doc.name,
                            rule_heading=heading,
                            name=scenario["name"],
                            tags=[t["name"].lstrip("@") for t in scenario["tags"]],
                            steps=[f"{s['keyword'].strip()} {s['text']}" for s in scenario["steps"]],
                            tables=[_rows(s.get("dataTable")) for s in scenario["steps"]],
                            examples=[_rows({"tableHeader": e.get("tableHeader"), "tableBody": e.get("tableBody", [])}) for e in scenario.get("examples", [])],
                        )
                    )
            docs.append(doc)
    return docs


def apply_results(features: list[FeatureDoc], cucumber_json: Path) -> None:
    """Mark each scenario passed or failed from a pytest-bdd ``--cucumberjson`` report."""
    outcomes: dict[str, set[str]] = {}
    for feature in json.loads(cucumber_json.read_text(encoding="utf-8")):
        for element in feature.get("elements", []):
            statuses = {step.get("result", {}).get("status", "skipped") for step in element.get("steps", [])}
            name = re.sub(r"\s*<.*$", "", element.get("name", "")).strip()
            outcomes.setdefault(name, set()).add("failed" if "failed" in statuses else "passed" if statuses <= {"passed"} else "skipped")
    for doc in features:
        for scenario in doc.scenarios:
            prefix = scenario.name.split("<")[0].strip()
            found = outcomes.get(scenario.name) or next((v for k, v in outcomes.items() if prefix and k.startswith(prefix)), None)
            if found:
                scenario.result = "failed" if "failed" in found else ("passed" if found == {"passed"} else "skipped")
