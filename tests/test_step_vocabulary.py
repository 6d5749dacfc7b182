"""The feature files' plain words resolve to exactly one fact or determination; a typo fails the step."""

from __future__ import annotations

import pytest

from safeguarding_rules import Engine
from safeguarding_rules.resources import FEATURES_DIR
from tests.steps.case_steps import determination_id, fact_name, plain_fact, rule_id, status_of


def test_determinations_are_named_by_title_or_id(engine: Engine) -> None:
    assert determination_id(engine, "Notify the Child Safeguarding Practice Review Panel") == "panel_notification"
    assert determination_id(engine, "rapid review") == "rapid_review"
    assert determination_id(engine, "sar") == "sar"
    with pytest.raises(AssertionError, match="unknown determination"):
        determination_id(engine, "Notify the Panle")


def test_facts_are_named_in_the_glossarys_words_or_by_dotted_name() -> None:
    assert fact_name("where it happened") == "incident.location"
    assert fact_name("incident.location") == "incident.location"
    with pytest.raises(AssertionError, match="unknown fact"):
        fact_name("where it happend")


def test_plain_rows_become_facts_and_values() -> None:
    assert plain_fact("what happened", "the person was seriously harmed") == ("incident.outcome", "seriously_harmed")
    assert plain_fact("the child normally lives in this area", "yes") == ("incident.normally_resident_in_area", True)
    assert plain_fact("abuse or neglect", "not known") == ("abuse_or_neglect", None)


def test_statuses_read_in_plain_words() -> None:
    assert status_of("not required") == "not_required"
    assert status_of("to be considered") == "consider"
    assert status_of("required") == "required"


def test_rules_are_named_by_title_or_id(engine: Engine) -> None:
    assert rule_id(engine, "The SAB must arrange a SAR") == "SAR-S44-MANDATORY"
    assert rule_id(engine, "SAR-S44-MANDATORY") == "SAR-S44-MANDATORY"
    with pytest.raises(AssertionError, match="unknown rule"):
        rule_id(engine, "The SAB must arange a SAR")


def test_no_feature_step_names_a_rule_by_its_id(engine: Engine) -> None:
    ids = {b.rule.id for b in engine.book.rules}
    for feature in FEATURES_DIR.rglob("*.feature"):
        for line in feature.read_text(encoding="utf-8").splitlines():
            step = line.strip()
            if step.startswith(("Then ", "And ", "But ", "Given ", "When ")):
                assert not any(f'"{rule}"' in step for rule in ids), f"{feature.name}: {step}"



def test_no_feature_step_checks_whether_a_rule_fired() -> None:
    """Which rule fired is the engine's business (tests/rule_outcomes.yaml); features assert outcomes."""
    for feature in FEATURES_DIR.rglob("*.feature"):
        for line in feature.read_text(encoding="utf-8").splitlines():
            step = line.strip()
            assert not (step.split(" ")[0] in ("Then", "And", "But") and step.split(" ", 1)[1].startswith(("the rule ", "rule "))), (
                f"{feature.name}: {step}"
            )
