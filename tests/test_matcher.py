"""durable_rules and the plain-Python matcher find the same atoms, so the same decisions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from safeguarding_rules import Engine
from safeguarding_rules.engine import DURABLE_MISSING
from safeguarding_rules.facts import case_facts, nest_facts
from safeguarding_rules.models.case import Case
from tests.test_properties import flat_cases

pytestmark = pytest.mark.skipif(DURABLE_MISSING is not None, reason=f"durable_rules cannot be imported here ({DURABLE_MISSING})")


@pytest.fixture(scope="module")
def engines() -> Iterator[tuple[Engine, Engine]]:
    durable, python = Engine(matcher="durable"), Engine(matcher="python")
    yield durable, python
    durable.close()


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(flat_cases)
def test_both_matchers_fire_the_same_atoms_and_decide_the_same(engines: tuple[Engine, Engine], flat: dict[str, Any]) -> None:
    durable, python = engines
    case = Case.model_validate(nest_facts(flat))
    facts = {**case_facts(case), **durable.settings_for(case)}

    scope, durable_matcher = durable._scope(case.jurisdiction, case.partnership)
    _, python_matcher = python._scope(case.jurisdiction, case.partnership)

    fired = durable_matcher.match(facts)
    assert fired == python_matcher.match(facts)  # durable_rules against each atom tested on its own
    # The scope's evaluation reading durable_rules' atoms, and testing them itself (the Python matcher's way).
    given, testing = dict(facts), dict(facts)
    assert scope.program.given(fired, given) == scope.program.testing(testing)
    assert given == testing
    by_durable, by_python = durable.assess(case, trace=True), python.assess(case, trace=True)
    assert (by_durable.engine, by_python.engine) == ("durable", "python")
    assert by_durable.model_dump(exclude={"engine"}) == by_python.model_dump(exclude={"engine"})


def test_an_unknown_matcher_is_refused() -> None:
    with pytest.raises(ValueError, match="durable"):
        Engine(matcher="drools")


def test_each_operator_is_declared_once_in_the_operators_table() -> None:
    """The schema, compiler, matchers, check, validation and plain words read `operators.OPERATORS`;
    no other module spells an operator list (the names of the less common ones are a fair probe)."""
    from pathlib import Path
    from typing import get_args

    import safeguarding_rules
    from safeguarding_rules.operators import OPERATORS
    from safeguarding_rules.schema import Operator

    assert set(get_args(Operator)) == set(OPERATORS)
    package = Path(safeguarding_rules.__file__).parent
    names = "|".join(OPERATORS)
    listing = re.compile(rf"""[(\[{{]\s*["']({names})["']\s*,\s*["']({names})["']""")  # a tuple, list or set of operators
    spelled = [p.name for p in package.rglob("*.py") if p.name != "operators.py" and listing.search(p.read_text())]
    assert spelled == [], f"operators listed outside operators.py: {spelled}"
    for spec in OPERATORS.values():
        assert spec.negation is None or OPERATORS[spec.negation].types == spec.types, spec.name


def test_durable_rules_is_asserted_once_and_drained_once_per_case(engines: tuple[Engine, Engine], monkeypatch: pytest.MonkeyPatch) -> None:
    """Derived facts are settled in Python (the scope's generated evaluation), so a case whose decision
    turns on several layers of derived facts is still one durable_rules fact and one drain."""
    import durable_rules_engine

    durable, python = engines
    case = {"assessment_date": "2024-05-01", "subject": {"kind": "child", "in_area": True},
            "incident": {"outcome": "died", "occurred_on": "2024-04-20", "became_aware_on": "2024-04-22", "location": "in_area"},
            "abuse_or_neglect": "suspected"}
    calls: list[str] = []
    for name in ("assert_fact", "start_action_for_state"):
        original = getattr(durable_rules_engine, name)
        monkeypatch.setattr(durable_rules_engine, name, lambda *a, _o=original, _n=name: calls.append(_n) or _o(*a))
    decision = durable.assess(case)
    assert calls == ["assert_fact", "start_action_for_state"]
    assert decision.determination("panel_notification").status == "required"  # type: ignore[union-attr]  # needs cspr.notify_panel, from two derived facts
    assert decision.model_dump(exclude={"engine"}) == python.assess(case).model_dump(exclude={"engine"})
