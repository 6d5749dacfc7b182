"""Scotland's adult age (16, Adult Support and Protection (Scotland) Act 2007 s53(1)) is a dated
parameter of Scotland's ruleset, `adult_age`: the adult guidance's scope and the engine's refusal of
an impossible case both read it, so a change in the law is a change of the ruleset, not the code."""

from __future__ import annotations

import shutil
from typing import Any

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app

from safeguarding_rules import Engine, ImpossibleCaseError
from safeguarding_rules.resources import RULESETS_DIR

ADULT_REVIEW = "scotland.adult_learning_review"


def scottish(kind: str, age: int, day: str) -> dict[str, Any]:
    return {
        "jurisdiction": "scotland",
        "assessment_date": day,
        "subject": {"kind": kind, "age": age},
        "incident": {"outcome": "seriously_harmed"},
        "serious_abuse_or_neglect": "suspected",
    }


@pytest.fixture(scope="module")
def amended(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The national rulesets with Scotland's adult age raised to 17 from 1 January 2027: an
    amendment made up for the test, written only in the ruleset's dated values."""
    root = tmp_path_factory.mktemp("amended-rulesets")
    shutil.copytree(RULESETS_DIR, root, dirs_exist_ok=True)
    path = root / "scotland" / "learning-reviews.yaml"
    text = path.read_text()
    dated = "      - {from: 2008-10-29, value: 16}\n"
    assert dated in text
    path.write_text(text.replace(dated, dated + "      - {from: 2027-01-01, value: 17}\n"))
    return Engine([root], include_national=False)


def test_a_scottish_adult_under_16_is_refused_naming_the_age(engine: Engine) -> None:
    with pytest.raises(ImpossibleCaseError, match="an adult is 16 or over") as refused:
        engine.assess(scottish("adult", 15, "2026-11-21"))
    assert refused.value.field == "subject.age" and refused.value.type == "impossible_case"
    assert engine.assess(scottish("adult", 16, "2026-11-21")).determination(ADULT_REVIEW) is not None


def test_the_adult_age_is_read_from_the_ruleset_on_the_cases_date(amended: Engine) -> None:
    # A 16-year-old adult: an adult until the (made-up) amendment, refused from it
    before = amended.assess(scottish("adult", 16, "2026-12-31")).determination(ADULT_REVIEW)
    assert before is not None
    with pytest.raises(ImpossibleCaseError, match="an adult is 17 or over"):
        amended.assess(scottish("adult", 16, "2027-01-01"))
    # The adult guidance's scope reads the same parameter: a 16-year-old child is within it until then
    assert amended.assess(scottish("child", 16, "2026-12-31")).determination(ADULT_REVIEW) is not None
    assert amended.assess(scottish("child", 16, "2027-01-01")).determination(ADULT_REVIEW) is None
    assert amended.assess(scottish("child", 17, "2027-01-01")).determination(ADULT_REVIEW) is not None


def test_before_the_act_no_scottish_adult_age_is_in_force_to_refuse_a_case_by(engine: Engine) -> None:
    """Part 1 of the 2007 Act is in force from 29 October 2008: before it the parameter has no value,
    and nothing Scottish is encoded for those dates, so the case is decided (as not encoded), not refused."""
    decision = engine.assess(scottish("adult", 15, "2008-10-28"))
    # the adult guidance's ruleset is in force from 26 May 2022: before it, not encoded (not "not applicable")
    assert decision.determination(ADULT_REVIEW).status == "not_encoded"
    with pytest.raises(ImpossibleCaseError):
        engine.assess(scottish("adult", 15, "2008-10-29"))


def test_the_service_refuses_it_as_a_problem_naming_the_field(engine: Engine) -> None:
    client = TestClient(create_app(engine=engine))
    response = client.post("/v1/assess", json=scottish("adult", 15, "2026-11-21"))
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["type"].endswith("/problems/request-validation-failed")  # as the model's impossible cases
    assert problem["errors"] == [{
        "loc": ["body", "subject.age"],
        "msg": "subject.age: an adult is 16 or over, but subject.kind is adult and subject.age is under 16",
        "type": "impossible_case",
    }]
    batch = client.post("/v1/assess/batch", json={"cases": [scottish("adult", 15, "2026-11-21"), scottish("adult", 16, "2026-11-21")]})
    assert batch.status_code == 200, batch.text
    refused, decided = batch.json()["results"]
    assert refused["errors"][0]["loc"] == ["subject.age"] and decided["decision"] is not None
