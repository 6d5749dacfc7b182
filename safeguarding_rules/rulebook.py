"""The rulebook: a static HTML site of the rules for people who do not code.

Per regime, each rule in plain English with its conditions, the quoted provision with its link and
verification status, and the scenarios that exercise it with their latest results; plus a
traceability matrix (rule, scenarios, sources) and the sources registry. Rendered to a directory by
``safeguarding-rules rulebook --out DIR`` and served by the API at ``/rulebook``.

Everything a reader sees is in words: conditions and conclusions through ``plain``, deadlines as
numbers with the provision that sets them, scenario outlines one scenario per example. The scenario
results are those recorded for the package (``rulebook_results.json``), said to be of the loaded
rulesets only where their versions and hashes are the recorded ones.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from safeguarding_rules.book import RuleBook
from safeguarding_rules.citations import citation, citations_of
from safeguarding_rules.facts import CASE_FACTS
from safeguarding_rules.features_index import (
    FeatureDoc,
    ScenarioDoc,
    apply_recorded,
    apply_results,
    ruleset_currency,
    rulesets_of,
    shipped_results,
)
from safeguarding_rules.plain import (
    STATUS_WORDS,
    conclusion_words,
    day_words,
    deadline_parameter,
    deadline_words,
    fact_name,
    glossary,
    in_words,
    number_words,
    plain,
)

_ENV = Environment(loader=PackageLoader("safeguarding_rules", "rulebook_templates"), autoescape=select_autoescape())
_ENV.filters["day"] = lambda day: day_words(day) if day else "-"
_ENV.filters["nation_name"] = lambda nation: glossary()["jurisdiction"]["values"].get(nation, nation)


def page_name(ruleset_id: str) -> str:
    """A ruleset's page, in the site's one folder: its id's ``/`` become ``.`` (no file or folder name
    in an id has a dot, so two ids never share a page)."""
    return f"ruleset-{ruleset_id.replace('/', '.')}.html"


@dataclass(frozen=True)
class ResultsNote:
    """Where the scenario results shown come from, and whether they are of the loaded rulesets."""

    produced: str
    """When the results were recorded, in words."""
    package_version: str | None
    recorded: dict[str, dict[str, str]]
    """Each ruleset's version and hash the results were recorded for."""
    currency: dict[str, str]
    """Each loaded ruleset: ``current``, ``changed`` or ``not recorded``."""
    report: str | None = None
    """A feature run's report read over the recorded results (its file name), if one was given."""


def attach_results(book: RuleBook, features: list[FeatureDoc], report: Path | None = None) -> ResultsNote | None:
    """Mark the scenarios with the results recorded for the package and, if given, a feature run's
    Cucumber JSON over them (a partnership's own run); what the pages should say about them."""
    recorded = shipped_results()
    if recorded is not None:
        apply_recorded(features, recorded, book)
    if report is not None:
        apply_results(features, report)
    if recorded is None and report is None:
        return None
    produced = dt.datetime.fromisoformat(recorded["produced_at"]) if recorded else None
    return ResultsNote(
        produced=f"{day_words(produced.date())} at {produced:%H:%M} UTC" if produced else "",
        package_version=recorded.get("package_version") if recorded else None,
        recorded=recorded.get("rulesets", {}) if recorded else {},
        currency=ruleset_currency(book, recorded),
        report=report.name if report is not None else None,
    )


def render_rulebook(book: RuleBook, features: list[FeatureDoc], results: ResultsNote | None = None) -> dict[str, str]:
    """Every page of the site by file name."""
    scenarios_by_rule: dict[str, list[ScenarioDoc]] = defaultdict(list)
    for feature in features:
        for scenario in feature.scenarios:
            for tag in scenario.tags:
                scenarios_by_rule[tag].append(scenario)
    rule_pages = {b.rule.id: page_name(b.ruleset) for b in book.rules}
    rules: list[dict[str, Any]] = [
        {
            "id": b.rule.id,
            "title": b.rule.title,
            "ruleset": b.ruleset,
            "page": rule_pages[b.rule.id],
            "ruleset_title": book.ruleset(b.ruleset).spec.title,  # type: ignore[union-attr]
            "when": plain(book, b.rule.when),
            "condition": b.rule.when,
            "fact": b.rule.then.fact,
            "concludes": conclusion_words(book, b.rule.then),
            "reason": b.rule.then.reason,
            "requirements": b.rule.then.requirements or [],
            "due": deadline_words(book, b.rule.then.due) if b.rule.then.due else None,
            "due_source": _number_source(book, b.rule.then.due),
            "effective_from": b.effective.from_,
            "effective_to": b.effective.to,
            "date_fact": b.effective.date_fact,
            "citations": citations_of(book, [b]),
            "scenarios": scenarios_by_rule.get(b.rule.id, []),
        }
        for b in book.rules
    ]
    nations = [(value, str(words)) for value, words in glossary()["jurisdiction"]["values"].items()]
    established_by: dict[str, list[dict[str, Any]]] = defaultdict(list)  # a derived fact -> the rules concluding it
    for rule in rules:
        bound_fact = rule["fact"]
        if bound_fact:
            established_by[bound_fact].append(rule)
    common = {
        "rulesets": [r.spec for r in book.rulesets], "page_name": page_name, "nations": nations,
        "results": results, "status_words": STATUS_WORDS,
        "titles": {r.spec.id: r.spec.title for r in book.rulesets},
        "loaded": rulesets_of(book),
        "established_by": established_by,
        "describe": lambda condition: plain(book, condition),
        "name": lambda fact: fact_name(book, fact or ""),
        "words": lambda text: in_words(book, text or ""),
        "det_title": lambda det_id: book.determinations[det_id][0].title if det_id in book.determinations else det_id,
    }
    pages = {
        "index.html": _ENV.get_template("index.html").render(**common, book=book),
        "scenarios.html": _ENV.get_template("scenarios.html").render(
            **common, features=[(f, _counts([f])) for f in features],
            has_results=any(s.result != "not run" for f in features for s in f.scenarios),
            counts=_counts(features),
        ),
        "matrix.html": _ENV.get_template("matrix.html").render(**common, rules=rules),
        "sources.html": _ENV.get_template("sources.html").render(
            **common,
            sources=book.sources,
            cited_by={
                source_id: [r for r in rules if any(c.source_id == source_id for c in r["citations"])]
                for source_id in book.sources
            },
        ),
    }
    for feature in features:
        pages[feature.page] = _ENV.get_template("feature.html").render(**common, feature=feature, rule_pages=rule_pages)
    for loaded in book.rulesets:
        spec = loaded.spec
        pages[page_name(spec.id)] = _ENV.get_template("ruleset.html").render(
            **common,
            spec=spec,
            sha256=loaded.sha256,
            path=_ruleset_path(loaded.path),
            rules=[r for r in rules if r["ruleset"] == spec.id],
        )
    pages["changes.html"] = _ENV.get_template("changes.html").render(**common)
    pages["glossary.html"] = _ENV.get_template("glossary.html").render(
        **common, entries=[(name, _glossary_words(entry), CASE_FACTS[name].description) for name, entry in glossary().items() if name in CASE_FACTS]
    )
    return pages


def _number_source(book: RuleBook, due: Any) -> dict[str, Any] | None:
    """The dated parameter a deadline's number comes from, its values with their dates and its
    citation (None for a number written in the rule)."""
    parameter = deadline_parameter(book, due) if due is not None else None
    if parameter is None:
        return None
    number, unit = (due.working_days, "working days") if due.working_days is not None else (due.months, "months")
    return {"values": number_words(book, number, unit, dated=True), "citation": citation(book, parameter.citation)}


def _ruleset_path(path: Path) -> str:
    """The ruleset file's path from its ``rulesets`` folder, as a policy lead finds it in the repository."""
    parts = path.parts
    return "/".join(parts[len(parts) - 1 - parts[::-1].index("rulesets"):]) if "rulesets" in parts else path.name


def _counts(features: list[FeatureDoc]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for feature in features:
        for scenario in feature.scenarios:
            counts[scenario.result] += 1
    return dict(counts)


def _glossary_words(entry: dict[Any, Any]) -> str:
    """A glossary entry as one line: its name and values, or what yes and no mean."""
    if "name" in entry:
        values = entry.get("values") or {}
        return str(entry["name"]) + (": " + "; ".join(str(v) for v in values.values()) if values else "")
    return f"yes: {entry.get(True)} / no: {entry.get(False)}"


def write_rulebook(pages: dict[str, str], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, html in pages.items():
        path = out / name
        path.write_text(html, encoding="utf-8")
        written.append(path)
    return written
