"""Every rule is shown deciding in a feature, and shown not firing in one, measured by trace.

This module runs after test_features.py (pytest collects files in name order) and reads what the
engine's trace recorded while the scenarios ran; it skips when the features were not run.
"""

from __future__ import annotations

import pytest

from safeguarding_rules import load_rulebook
from safeguarding_rules.features_index import read_features
from safeguarding_rules.resources import FEATURES_DIR
from tests.conftest import RuleCoverage


def test_every_rule_fires_and_does_not_fire_in_some_scenario(rule_coverage: RuleCoverage) -> None:
    if not rule_coverage.values:
        pytest.skip("run with the features (pytest tests/) to measure rule coverage")
    missing = []
    for bound in load_rulebook().rules:
        seen = rule_coverage.values.get(bound.rule.id, set())
        if "true" not in seen:
            missing.append(f"{bound.rule.id}: no scenario where it fires")
        if not seen & {"false", "unknown"}:
            missing.append(f"{bound.rule.id}: no scenario where it is considered without firing")
    assert not missing, "\n".join(missing)


CONTRACT_IDS = (
    "scr", "notifiable_incident", "panel_notification", "rapid_review", "local_cspr", "national_review",
    "looked_after_death_notification", "care_leaver_death_notification", "child_death_review", "sar",
    "s42_enquiry",
)


def test_every_determination_is_exercised(rule_coverage: RuleCoverage) -> None:
    """Each determination of the contract, and every other one loaded, is decided in some scenario."""
    if not rule_coverage.values:
        pytest.skip("run with the features (pytest tests/) to measure coverage")
    declared = set(load_rulebook().determinations)
    assert set(CONTRACT_IDS) <= declared
    missing = [f"{det_id}: no scenario lists it" for det_id in sorted(declared) if det_id not in rule_coverage.statuses]
    assert not missing, "\n".join(missing)


def test_every_rule_is_traced_to_a_scenario_by_its_tag() -> None:
    """A policy lead goes from a rule in the rulebook to the scenarios tagged with its id."""
    tagged = {tag for feature in read_features([FEATURES_DIR]) for scenario in feature.scenarios for tag in scenario.tags}
    untraced = sorted(bound.rule.id for bound in load_rulebook().rules if bound.rule.id not in tagged)
    assert not untraced, f"rules no scenario is tagged with: {untraced}"
