"""How each rule of law stands on the scenarios named in rule_outcomes.yaml, read from the engine's trace.

These are checks of the engine's reasoning, kept out of the feature files, which show policy leads
the outcomes (statuses, due dates, who acts, the law cited) rather than which rule fired. Each case
and its assessment date are read from the named scenario's own steps (``scenario_case``), so a
feature's facts and these checks cannot drift apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from safeguarding_rules import Engine
from safeguarding_rules.features_index import DEFAULT_FEATURES_DIR, FeatureDoc, ScenarioDoc, read_features
from tests.steps.case_steps import scenario_case

CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "rule_outcomes.yaml").read_text())
TRACE_VALUE = {"applies": "true", "does not apply": "false", "turns on facts not yet known": "unknown"}
SCENARIOS: dict[tuple[str, str], list[tuple[FeatureDoc, ScenarioDoc]]] = {}
for _feature in read_features([DEFAULT_FEATURES_DIR]):
    for _scenario in _feature.scenarios:
        SCENARIOS.setdefault((f"features/{_feature.path}", _scenario.name), []).append((_feature, _scenario))


def case_of(entry: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The case the entry's scenario states, and the day it is assessed on."""
    found = SCENARIOS.get((entry["from"], entry["scenario"]), [])
    assert len(found) == 1, f"{entry['from']} has {len(found)} scenarios titled {entry['scenario']!r}"
    feature, scenario = found[0]
    return scenario_case([*feature.background, *scenario.steps], [*feature.background_tables, *scenario.tables])


@pytest.mark.parametrize(
    ("case", "rule", "outcome"),
    [(case, rule, outcome) for case in CASES for rule, outcome in case["rules"].items()],
    ids=[f"{rule}: {case['scenario'][:60]}" for case in CASES for rule in case["rules"]],
)
def test_rule_outcome(engine: Engine, case: dict[str, Any], rule: str, outcome: str) -> None:
    facts, day = case_of(case)
    decision = engine.assess({**facts, "assessment_date": day}, trace=True)
    trace = next((t for t in decision.trace or [] if t.rule == rule), None)
    assert trace is not None, f"rule {rule} was not considered"
    assert trace.value == TRACE_VALUE[outcome], f"{rule} is {trace.value}: {[(c.test, c.value) for c in trace.conditions]}"


def test_every_case_names_a_scenario_and_known_rules_and_outcomes(engine: Engine) -> None:
    """A typo in the data file, or a scenario renamed or removed in its feature, fails here rather
    than passing as a rule nobody checks."""
    rules = {bound.rule.id for bound in engine.book.rules}
    for case in CASES:
        assert set(case) == {"scenario", "from", "rules"}, f"{case['scenario']}: facts come from the feature, not this file"
        case_of(case)
        assert set(case["rules"]) <= rules, f"{case['scenario']}: unknown rule in {sorted(case['rules'])}"
        assert set(case["rules"].values()) <= set(TRACE_VALUE), case["scenario"]


def test_a_scenarios_case_is_read_from_its_steps_with_its_rules_background() -> None:
    """A Rule's own Background is part of each of its scenarios (the suicide scenarios of Northern
    Ireland's reviews state the adult and the death only there)."""
    facts, day = case_of({
        "from": "features/northern_ireland/case-reviews.feature",
        "scenario": "A suicide after domestic abuse that is not thought to have resulted from the abuse: outside "
                    "the published criteria, which do not name suicide",
    })
    assert day == "2026-11-21"
    assert facts["jurisdiction"] == "northern_ireland" and facts["subject"] == {"kind": "adult"}
    assert facts["incident"]["outcome"] == "died" and facts["death_resulted_from_abuse_or_neglect"] == "not_suspected"
