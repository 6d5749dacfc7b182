"""Shared fixtures: one engine per test session, and a rule-coverage record across features."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from safeguarding_rules import Decision, Engine, load_rulebook

pytest_plugins = ["tests.steps.case_steps"]


def pytest_configure(config: pytest.Config) -> None:
    """Register every rule id as a marker, so a feature tag naming no rule fails under --strict-markers;
    and make the directory the run's Cucumber JSON (for the rulebook) is written to."""
    Path(config.rootpath, "build").mkdir(exist_ok=True)
    for bound in load_rulebook().rules:
        config.addinivalue_line("markers", f"{bound.rule.id}: scenario exercises rule {bound.rule.id}")


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


class RuleCoverage:
    """Which rules fired, and which were considered without firing, while the features ran."""

    def __init__(self) -> None:
        self.values: dict[str, set[str]] = defaultdict(set)
        self.statuses: dict[str, set[str]] = defaultdict(set)

    def record(self, decision: Decision) -> None:
        for trace in decision.trace or []:
            self.values[trace.rule].add(trace.value)
        for determination in decision.determinations:
            self.statuses[determination.id].add(determination.status)


@pytest.fixture(scope="session")
def rule_coverage() -> RuleCoverage:
    return RuleCoverage()
