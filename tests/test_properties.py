"""Property tests of the engine over generated cases (hypothesis)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from safeguarding_rules import Engine, default_engine
from safeguarding_rules.facts import CASE_FACTS, nest_facts
from tests.case_corpus import possible

STATUSES = {"required", "consider", "discretionary", "not_required", "undetermined", "not_encoded"}
DEFINITE = {"required", "consider", "discretionary", "not_required"}
PARTNERSHIPS = [None, "derbyshire", "darlington", "bath_and_north_east_somerset", "northamptonshire"]


def _value(name: str) -> st.SearchStrategy[Any]:
    spec = CASE_FACTS[name]
    if name == "partnership":
        return st.sampled_from(PARTNERSHIPS)
    if name == "subject.kind":
        return st.sampled_from(["adult", "child"])
    if spec.type in ("bool", "enum"):
        return st.sampled_from([*spec.values, None])
    if spec.type == "int":
        return st.one_of(st.none(), st.integers(min_value=0, max_value=30))
    if spec.type == "date":
        dates = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2027, 12, 31))
        if name == "assessment_date":
            return dates
        return st.one_of(st.none(), dates)
    return st.none()


flat_cases = st.fixed_dictionaries({name: _value(name) for name in CASE_FACTS}).map(possible)
# Derandomised: the same examples every run, so CI is repeatable; raise max_examples locally to explore.
common = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _engine() -> Engine:
    return default_engine()


@common
@given(flat_cases)
def test_the_same_case_always_gets_the_same_decision(flat: dict[str, Any]) -> None:
    case = nest_facts(flat)
    assert _engine().assess(case) == _engine().assess(case)


@common
@given(flat_cases)
def test_statuses_are_allowed_and_positive_ones_quote_the_law(flat: dict[str, Any]) -> None:
    decision = _engine().assess(nest_facts(flat))
    for det in decision.determinations:
        assert det.status in STATUSES
        if det.status not in ("not_required", "not_encoded"):
            assert any(c.quote for c in det.citations), det.id
        if det.status == "undetermined":
            assert det.depends_on, det.id
            for fact in det.depends_on:
                assert flat.get(fact) is None, f"{det.id} depends on {fact}, which is known"
        else:
            assert det.depends_on == []


def test_learning_a_fact_never_turns_required_into_undetermined() -> None:
    checked: list[str] = []  # the required determinations put to the test, across every example

    @common
    @given(flat_cases, st.data())
    def learning(flat: dict[str, Any], data: st.DataObject) -> None:
        before = _engine().assess(nest_facts(flat))
        unknown = [name for name, value in flat.items() if value is None]
        assume(unknown)
        name = data.draw(st.sampled_from(unknown))
        value = data.draw(_value(name).filter(lambda v: v is not None))
        learned = {**flat, name: value}
        # An answer that contradicts the case (a date out of order, an age that does not fit) is
        # refused, not decided: not an example of learning.
        assume(possible(learned) == learned)
        after = _engine().assess(nest_facts(learned))
        for det in before.determinations:
            if det.status == "required":
                checked.append(det.id)
                later = after.determination(det.id)
                assert later is None or later.status != "undetermined", f"learning {name}={value!r} unsettled {det.id}"

    learning()
    # Most generated cases have nothing required: the property is shown only if enough of them do.
    assert len(checked) >= 10, f"only {len(checked)} required determinations were put to the test"


@common
@given(flat_cases)
def test_every_no_names_the_rule_of_law_that_makes_it_and_nothing_is_silently_absent(flat: dict[str, Any]) -> None:
    """A `not_required` names the rules that rule the duty out (or every rule in force that the case
    fails) and quotes them; `not_encoded` says which periods are encoded; every determination of the
    case's nation and partnership is listed or named as not applicable, with a reason."""
    engine = _engine()
    case = nest_facts(flat)
    decision = engine.assess(case)
    for det in decision.determinations:
        if det.status == "not_required":
            assert det.rules, f"{det.id}: a no with no rule"
            assert any(c.quote for c in det.citations), f"{det.id}: a no that quotes no law"
        if det.status == "not_encoded":
            assert det.encoded and not det.rules, det.id
    from safeguarding_rules.models.case import Case

    in_scope = {d for r in engine.rulesets_for(Case.model_validate(case)) for d in r.spec.determinations}
    listed = [d.id for d in decision.determinations] + [n.id for n in decision.not_applicable]
    assert sorted(listed) == sorted(in_scope)
    assert all(n.reason for n in decision.not_applicable)


def _learnable(name: str) -> list[Any]:
    """Every value an unknown fact can take (a few days for a date, the ages either side of the law's
    limits for an age)."""
    spec = CASE_FACTS[name]
    if spec.type in ("bool", "enum"):
        return list(spec.values)
    if spec.type == "int":
        return [0, 15, 16, 17, 18, 24, 25]
    if spec.type == "date":
        return [dt.date(2008, 6, 1), dt.date(2015, 11, 1), dt.date(2018, 7, 1), dt.date(2022, 6, 1), dt.date(2026, 11, 1)]
    return []


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(flat_cases)
def test_a_definite_status_holds_when_an_unknown_fact_becomes_known(flat: dict[str, Any]) -> None:
    """Knowledge monotonicity: a status given on partial facts (required, consider, discretionary,
    not_required) stands whatever an unknown fact turns out to be, except a fact recording an action
    already taken (the fact vocabulary marks them) or a fact a ruleset declares it presumes until
    stated otherwise (``presumptions:``, each with its basis). A "no" may become "not applicable"
    (a stated fact takes the case out of scope): both say no duty. Each unknown fact is filled in
    turn with each of its values."""
    engine = _engine()
    exempt = set(engine.book.presumptions) | {name for name, spec in CASE_FACTS.items() if spec.records_action}
    before = engine.assess(nest_facts(flat))
    definite = [d for d in before.determinations if d.status in DEFINITE]
    if not definite:
        return
    for name in [n for n, value in flat.items() if value is None and n not in exempt]:
        for value in _learnable(name):
            learned = {**flat, name: value}
            if possible(learned) != learned:
                continue  # the answer contradicts the case: refused, not decided
            after = engine.assess(nest_facts(learned))
            out = {n.id for n in after.not_applicable}
            for det in definite:
                later = after.determination(det.id)
                if later is None:
                    assert det.status == "not_required" and det.id in out, f"learning {name}={value!r} took {det.id} ({det.status}) out"
                else:
                    assert later.status == det.status, f"learning {name}={value!r} turned {det.id} from {det.status} to {later.status}"


def test_a_presumed_fact_is_declared_with_its_basis_and_may_turn_a_status() -> None:
    """The exemption above is not a loophole: an incident in the area presumes the adult is in it
    (Care Act s42(1)/s44(1) "an adult in its area") until the case says otherwise, and the ruleset
    declares that presumption with its basis; learning the fact is what turns the status."""
    engine = _engine()
    case = {
        "assessment_date": "2026-11-21", "subject": {"kind": "adult", "care_and_support_needs": True},
        "incident": {"outcome": "died", "location": "in_area", "occurred_on": "2026-10-01"},
        "death_resulted_from_abuse_or_neglect": "known", "concerns": {"agencies_working_together": True},
    }
    assert engine.assess(case).determination("sar").status == "required"  # type: ignore[union-attr]
    case["subject"] = {**case["subject"], "in_area": False}  # type: ignore[dict-item]
    assert engine.assess(case).determination("sar").status == "not_required"  # type: ignore[union-attr]
    (basis, ruleset), *_ = engine.book.presumptions["subject.in_area"]
    assert "unless the case states" in basis and ruleset == "england/care-act-2014-common"
