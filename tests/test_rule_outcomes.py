"""How each rule of law stands on the cases in rule_outcomes.yaml, read from the engine's trace.

These are checks of the engine's reasoning, kept out of the feature files, which show policy leads
the outcomes (statuses, due dates, who acts, the law cited) rather than which rule fired.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from safeguarding_rules import Engine
from safeguarding_rules.facts import nest_facts

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "rule_outcomes.yaml").read_text())
TRACE_VALUE = {"applies": "true", "does not apply": "false", "turns on facts not yet known": "unknown"}


@pytest.mark.parametrize(
    ("case", "rule", "outcome"),
    [(case, rule, outcome) for case in CASES for rule, outcome in case["rules"].items()],
    ids=[f"{rule}: {case['scenario'][:60]}" for case in CASES for rule in case["rules"]],
)
def test_rule_outcome(engine: Engine, case: dict[str, Any], rule: str, outcome: str) -> None:
    decision = engine.assess({**nest_facts(case["facts"], keep_unknown=True), "assessment_date": case["assessed"]}, trace=True)
    trace = next((t for t in decision.trace or [] if t.rule == rule), None)
    assert trace is not None, f"rule {rule} was not considered"
    assert trace.value == TRACE_VALUE[outcome], f"{rule} is {trace.value}: {[(c.test, c.value) for c in trace.conditions]}"


def test_every_case_names_known_rules_and_outcomes(engine: Engine) -> None:
    """A typo in the data file fails here rather than passing as a rule nobody checks."""
    rules = {bound.rule.id for bound in engine.book.rules}
    for case in CASES:
        assert set(case["rules"]) <= rules, f"{case['scenario']}: unknown rule in {sorted(case['rules'])}"
        assert set(case["rules"].values()) <= set(TRACE_VALUE), case["scenario"]
