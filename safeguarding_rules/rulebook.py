"""The rulebook: a static HTML site of the rules for people who do not code.

Per regime, each rule in plain English with its conditions, the quoted provision with its link and
verification status, and the scenarios that exercise it with their latest results; plus a
traceability matrix (rule, scenarios, sources) and the sources registry. Rendered to a directory by
``safeguarding-rules rulebook --out DIR`` and served by the API at ``/rulebook``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from safeguarding_rules.book import RuleBook
from safeguarding_rules.catalogue import describe_condition
from safeguarding_rules.explain import citations_of
from safeguarding_rules.facts import CASE_FACTS
from safeguarding_rules.features_index import FeatureDoc, ScenarioDoc
from safeguarding_rules.plain import fact_name, glossary, plain

_ENV = Environment(loader=PackageLoader("safeguarding_rules", "rulebook_templates"), autoescape=select_autoescape())
_ENV.filters["nation_name"] = lambda nation: glossary()["jurisdiction"]["values"].get(nation, nation)


def page_name(ruleset_id: str) -> str:
    return f"ruleset-{ruleset_id}.html"


def render_rulebook(book: RuleBook, features: list[FeatureDoc]) -> dict[str, str]:
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
            "when": plain(book, b.rule.when),
            "when_code": describe_condition(b.rule.when),
            "concludes": b.rule.then.describe(),
            "reason": b.rule.then.reason,
            "requirements": b.rule.then.requirements or [],
            "due": f"{b.rule.then.due.describe()} after {b.rule.then.due.label}" if b.rule.then.due else None,
            "effective_from": b.effective.from_,
            "effective_to": b.effective.to,
            "date_fact": b.effective.date_fact,
            "citations": citations_of(book, [b]),
            "scenarios": scenarios_by_rule.get(b.rule.id, []),
        }
        for b in book.rules
    ]
    nations = [(value, str(words)) for value, words in glossary()["jurisdiction"]["values"].items()]
    common = {"rulesets": [r.spec for r in book.rulesets], "page_name": page_name, "nations": nations}
    pages = {
        "index.html": _ENV.get_template("index.html").render(**common, book=book),
        "scenarios.html": _ENV.get_template("scenarios.html").render(
            **common, features=features, rule_pages=rule_pages,
            has_results=any(s.result != "not run" for f in features for s in f.scenarios),
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
    for loaded in book.rulesets:
        spec = loaded.spec
        pages[page_name(spec.id)] = _ENV.get_template("ruleset.html").render(
            **common,
            spec=spec,
            sha256=loaded.sha256,
            rules=[r for r in rules if r["ruleset"] == spec.id],
            describe=lambda condition: plain(book, condition),
            name=lambda fact: fact_name(book, fact or ""),
        )
    pages["changes.html"] = _ENV.get_template("changes.html").render(**common)
    pages["glossary.html"] = _ENV.get_template("glossary.html").render(
        **common, entries=[(name, _glossary_words(entry), CASE_FACTS[name].description) for name, entry in glossary().items() if name in CASE_FACTS]
    )
    return pages


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
