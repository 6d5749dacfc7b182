"""Engine behaviour the features do not show: inputs, tri-state plumbing and the trace."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from safeguarding_rules import Case, Decision, Engine, UnknownPartnershipError, assess

DEATH = {
    "assessment_date": "2026-11-21",
    "subject": {"kind": "adult", "care_and_support_needs": True, "in_area": True},
    "incident": {"outcome": "died", "occurred_on": "2026-10-01"},
    "death_resulted_from_abuse_or_neglect": "suspected",
    "concerns": {"agencies_working_together": True},
}


def test_assess_takes_a_case_or_a_plain_dict() -> None:
    from_dict = assess(DEATH)
    from_model = assess(Case.model_validate(DEATH))
    assert isinstance(from_dict, Decision)
    assert from_dict == from_model
    assert from_dict.determination("sar").status == "required"  # type: ignore[union-attr]


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        Case.model_validate({**DEATH, "subject": {**DEATH["subject"], "name": "A Person"}})
    assert caught.value.errors()[0]["loc"] == ("subject", "name")


def test_case_ref_must_be_pseudonymous_characters() -> None:
    with pytest.raises(ValidationError):
        Case.model_validate({**DEATH, "case_ref": "Jane Smith, 1 High St"})


def test_decision_records_rulesets_with_version_and_hash() -> None:
    decision = assess(DEATH)
    assert {"england/care-act-2014-s44", "england/care-act-2014-s42"} <= {r.id for r in decision.rulesets}
    assert all(len(r.sha256) == 64 and r.version for r in decision.rulesets)


def test_every_determination_that_is_not_not_required_quotes_the_law() -> None:
    for facts in (DEATH, {**DEATH, "concerns": {}}):
        for det in assess(facts).determinations:
            if det.status != "not_required":
                assert any(c.quote for c in det.citations)
                assert all((c.quote or c.paraphrase) and c.provision and c.source for c in det.citations)


def test_trace_gives_each_condition_true_false_or_unknown() -> None:
    decision = assess(
        {
            **DEATH,
            "concerns": {"agencies_working_together": None},
            "subject": {**DEATH["subject"], "in_area": False},
            "incident": {**DEATH["incident"], "location": "elsewhere_in_england"},
        },
        trace=True,
    )
    mandatory = next(t for t in decision.trace or [] if t.rule == "SAR-S44-MANDATORY")
    values = {c.fact: c.value for c in mandatory.conditions if c.fact}
    assert values["subject.care_and_support_needs"] == "true"
    assert values["adult.in_area"] == "false"
    assert values["concerns.agencies_working_together"] == "unknown"
    assert mandatory.value == "false" and not mandatory.fired
    group = next(c for c in mandatory.conditions if c.any is not None)
    assert [c.fact for c in group.any or []] == ["sar.condition_1", "sar.condition_2"]
    assert mandatory.citations and mandatory.citations[0].quote


def test_unknown_is_never_false_and_learning_a_fact_settles_it() -> None:
    unknown = assess({**DEATH, "concerns": {}})
    sar = unknown.determination("sar")
    assert sar is not None and sar.status == "undetermined" and sar.at_least == "discretionary"
    assert sar.depends_on == ["concerns.agencies_working_together"]
    assert [q.fact for q in unknown.questions if "sar" in q.decides] == ["concerns.agencies_working_together"]
    for answer, status in ((True, "required"), (False, "discretionary")):
        settled = assess({**DEATH, "concerns": {"agencies_working_together": answer}}).determination("sar")
        assert settled is not None and settled.status == status and settled.depends_on == []


def test_a_derived_fact_is_read_by_other_rules() -> None:
    decision = assess(DEATH, trace=True)
    sar = decision.determination("sar")
    assert sar is not None
    assert sar.rules == ["SAR-S44-MANDATORY", "ADULT-IN-AREA-STATED", "SAR-S44-CONDITION-1"]
    condition_1 = next(t for t in decision.trace or [] if t.rule == "SAR-S44-CONDITION-1")
    assert condition_1.fired and condition_1.concludes == "sar.condition_1 is true"


def test_unknown_partnership_names_the_known_ones() -> None:
    with pytest.raises(UnknownPartnershipError) as caught:
        assess({**DEATH, "partnership": "atlantis"})
    assert "derbyshire" in caught.value.known
    assert "atlantis" in str(caught.value)


def test_assessment_date_defaults_to_today_in_london() -> None:
    """Today in London, not the machine's date (they differ an hour each summer night on a UTC server,
    and for hours each day on a server far from London); read either side of the default, in case midnight passes."""
    london = ZoneInfo("Europe/London")
    before = dt.datetime.now(london).date()
    case = Case.model_validate({"subject": {"kind": "adult"}})
    assert case.assessment_date in {before, dt.datetime.now(london).date()}


def test_engines_are_independent_and_can_be_closed() -> None:
    first, second = Engine(), Engine()
    assert first.assess(DEATH) == second.assess(DEATH)
    first.close()
    assert second.assess(DEATH).determination("sar").status == "required"  # type: ignore[union-attr]


def test_today_is_the_date_in_london_whatever_the_servers_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from safeguarding_rules.models import case as case_module

    class LateEvening(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> LateEvening:  # 23:30 UTC on 30 June = 00:30 in London (BST)
            moment = dt.datetime(2026, 6, 30, 23, 30, tzinfo=dt.UTC)
            return moment.astimezone(tz) if tz else moment  # type: ignore[return-value]

    monkeypatch.setattr(case_module.dt, "datetime", LateEvening)
    assert Case.model_validate({"subject": {"kind": "adult"}}).assessment_date == dt.date(2026, 7, 1)


def test_an_undetermined_reason_names_open_facts_in_words_not_dotted_names(engine: Engine) -> None:
    decision = engine.assess({
        "assessment_date": "2026-11-21", "subject": {"kind": "adult", "care_and_support_needs": True},
        "incident": {"outcome": "died", "location": "in_area"}, "abuse_or_neglect": "suspected",
    })
    sar = decision.determination("sar")
    assert sar is not None and sar.status == "undetermined"
    assert "whether the death resulted from abuse or neglect" in sar.reason, sar.reason
    assert "concerns.agencies_working_together" not in sar.reason and "concerns.agencies_working_together" in sar.depends_on
