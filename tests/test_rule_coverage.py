"""Every rule is shown deciding in a feature, and shown not firing in one, measured by trace.

The measure is what the engine's trace recorded while the features ran: in this session when every
scenario ran before this module (``pytest tests/``: files run in name order), otherwise from a run of
the features in a subprocess (about 7 s), so these tests never skip and never judge a partial run.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from safeguarding_rules import load_rulebook
from safeguarding_rules.features_index import read_features
from safeguarding_rules.resources import FEATURES_DIR
from tests.conftest import COVERAGE_FILE, RuleCoverage


@pytest.fixture(scope="module")
def coverage(request: pytest.FixtureRequest, rule_coverage: RuleCoverage, tmp_path_factory: pytest.TempPathFactory) -> RuleCoverage:
    """The coverage of a run of every scenario of the features."""
    items = request.session.items
    features = [i for i, item in enumerate(items) if item.path.name == "test_features.py"]
    here = next(i for i, item in enumerate(items) if item.path == request.path)
    scenarios = sum(len(feature.scenarios) for feature in read_features([FEATURES_DIR]))
    if len(features) == scenarios and features[-1] < here:
        return rule_coverage
    out = tmp_path_factory.mktemp("coverage") / "coverage.json"
    root = request.config.rootpath
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=--strict-markers",
         str(root / "tests" / "test_features.py")],
        cwd=root, env={**os.environ, COVERAGE_FILE: str(out)}, capture_output=True, text=True, timeout=600, check=False,
    )
    assert run.returncode == 0, f"the features failed, so their coverage is not measured:\n{run.stdout[-3000:]}"
    return RuleCoverage.load(out)


def test_every_rule_fires_and_does_not_fire_in_some_scenario(coverage: RuleCoverage) -> None:
    missing = []
    for bound in load_rulebook().rules:
        seen = coverage.values.get(bound.rule.id, set())
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


def test_every_determination_is_exercised(coverage: RuleCoverage) -> None:
    """Each determination of the contract, and every other one loaded, is decided in some scenario."""
    declared = set(load_rulebook().determinations)
    assert set(CONTRACT_IDS) <= declared
    missing = [f"{det_id}: no scenario lists it" for det_id in sorted(declared) if det_id not in coverage.statuses]
    assert not missing, "\n".join(missing)


def test_every_rule_is_traced_to_a_scenario_by_its_tag() -> None:
    """A policy lead goes from a rule in the rulebook to the scenarios tagged with its id."""
    tagged = {tag for feature in read_features([FEATURES_DIR]) for scenario in feature.scenarios for tag in scenario.tags}
    untraced = sorted(bound.rule.id for bound in load_rulebook().rules if bound.rule.id not in tagged)
    assert not untraced, f"rules no scenario is tagged with: {untraced}"
