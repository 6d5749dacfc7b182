"""`safeguarding-rules check`: no rule that rules a determination out fires with one that requires it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from safeguarding_rules import Engine
from safeguarding_rules.check import check_conflicts
from safeguarding_rules.cli import app

OVERLAP = """\
schema: safeguarding-rules/ruleset/v1
title: Deliberately overlapping test rule
version: "0"
jurisdiction: england
effective: {from: 2015-04-01, date_fact: incident.occurred_on}
rules:
  - id: TEST-OVERLAP-NO-SAR-AFTER-DEATH
    title: A wrong rule - no SAR when the adult died
    when:
      incident.outcome: died
    then: {determination: sar, status: not_required, reason: wrong on purpose}
    citations:
      - source: care-act-2014
        provision: s44(2)
        quote: Condition 1 is met if— (a) the adult has died
        status: verified
"""


def test_the_shipped_rulesets_have_no_conflicts(engine: Engine) -> None:
    report = check_conflicts(engine)
    assert report.pairs_checked >= 20
    assert report.conflicts == []


def test_an_overlapping_rule_is_found_with_a_counter_example_the_engine_reproduces(tmp_path: Path) -> None:
    (tmp_path / "overlap.yaml").write_text(OVERLAP)
    engine = Engine(extra_dirs=[tmp_path])
    conflicts = {c.rules: c for c in check_conflicts(engine).conflicts}
    conflict = conflicts[("TEST-OVERLAP-NO-SAR-AFTER-DEATH", "SAR-S44-DISCRETIONARY")]
    assert conflict.reproduced
    assert conflict.case["incident"]["outcome"] == "died"
    decision = engine.assess(conflict.case, trace=True)
    fired = {t.rule for t in decision.trace or [] if t.fired}
    assert {"TEST-OVERLAP-NO-SAR-AFTER-DEATH", "SAR-S44-DISCRETIONARY"} <= fired
    engine.close()


def test_the_cli_fails_and_prints_the_counter_example(tmp_path: Path) -> None:
    (tmp_path / "overlap.yaml").write_text(OVERLAP)
    result = CliRunner().invoke(app, ["check", "--rulesets", str(tmp_path)])
    assert result.exit_code == 1
    assert "CONFLICT in 'sar': TEST-OVERLAP-NO-SAR-AFTER-DEATH (not_required)" in result.output
    case_text = result.output.split("both fire on this case\n", 1)[1]
    case = json.loads(case_text[: case_text.index("\n}") + 2])
    assert case["subject"]["kind"] == "adult"
    ok = CliRunner().invoke(app, ["check"])
    assert ok.exit_code == 0 and "0 conflict(s)" in ok.output


LEAKY_OVERLAY = """\
schema: safeguarding-rules/ruleset/v1
title: An LSCB-era page whose rule outlives the LSCB
version: "0"
jurisdiction: england
partnership: leaky
effective:
  from: 2006-04-01
  to: 2019-09-28
  date_fact: incident.became_aware_on
precedence: [required, consider, discretionary, not_required]
determinations:
  leaky.briefing:
    title: A local briefing
    kind: action
    actor: the LSCB
    applies_when: {subject.kind: child}
    otherwise: {status: not_required, reason: No briefing.}
rules:
  - id: LEAKY-BRIEFING
    title: A briefing after every death, whatever the era (its own dates drop the ruleset's end)
    effective:
      from: 2006-04-01
    when:
      incident.outcome: died
    then: {determination: leaky.briefing, status: required, reason: A briefing is produced.}
    citations:
      - source: lscb-regulations-2006
        provision: reg 5(1)(e)
        quote: undertaking reviews of serious cases
        status: secondary
"""


def test_the_shipped_rulesets_keep_to_their_eras(engine: Engine) -> None:
    report = check_conflicts(engine)
    assert report.rules_checked_for_era >= 30
    assert report.era_leaks == []


def test_a_rule_that_outlives_its_rulesets_era_is_reported_with_a_case(tmp_path: Path) -> None:
    (tmp_path / "leaky.yaml").write_text(LEAKY_OVERLAY)
    engine = Engine(extra_dirs=[tmp_path])
    leaks = check_conflicts(engine).era_leaks
    assert [(leak.rule, leak.status) for leak in leaks] == [("LEAKY-BRIEFING", "required")]
    decision = engine.assess(leaks[0].case)
    assert decision.determination("leaky.briefing").status == "required"  # type: ignore[union-attr]
    assert decision.determination("rapid_review") is not None  # the counter-example is in the CSPR era
    result = CliRunner().invoke(app, ["check", "--rulesets", str(tmp_path)])
    assert result.exit_code == 1
    assert "ERA LEAK in 'leaky.briefing': LEAKY-BRIEFING concludes required" in result.output
    engine.close()


def test_the_shipped_rulesets_leave_no_gap_in_their_declared_periods(engine: Engine) -> None:
    report = check_conflicts(engine)
    assert report.determinations_checked_for_coverage == len(engine.book.determinations)
    assert report.coverage_gaps == []


def test_a_period_declared_but_not_encoded_is_a_gap_and_a_case_there_is_not_encoded(tmp_path: Path) -> None:
    """The ruleset declares 2006 on, its only rule starts in 2010: 2006-2009 is a gap, and a case
    there is `not_encoded` with the period that is, never `not_required`."""
    gappy = LEAKY_OVERLAY.replace(
        "partnership: leaky", "partnership: gappy").replace("leaky.briefing", "gappy.briefing").replace(
        "LEAKY-BRIEFING", "GAPPY-BRIEFING").replace(
        "    effective:\n      from: 2006-04-01\n", "    effective:\n      from: 2010-01-01\n      to: 2019-09-28\n")
    (tmp_path / "gappy.yaml").write_text(gappy)
    engine = Engine(extra_dirs=[tmp_path])
    gaps = check_conflicts(engine).coverage_gaps
    assert [(g.determination, g.first, g.last) for g in gaps] == [("gappy.briefing", dt.date(2006, 4, 1), dt.date(2009, 12, 31))]
    case = {"partnership": "gappy", "assessment_date": "2026-11-21", "subject": {"kind": "child"},
            "incident": {"outcome": "harmed", "became_aware_on": "2008-05-01"}}
    det = engine.assess(case).determination("gappy.briefing")
    assert det is not None and det.status == "not_encoded" and det.rules == []
    assert [(p.from_date, p.to_date) for p in det.encoded] == [(dt.date(2010, 1, 1), dt.date(2019, 9, 28))]
    later = engine.assess({**case, "incident": {"outcome": "harmed", "became_aware_on": "2012-05-01"}})
    no = later.determination("gappy.briefing")
    assert no is not None and no.status == "not_required" and no.rules == ["GAPPY-BRIEFING"]
    assert "needs what happened is the person died" in no.reason and no.citations
    result = CliRunner().invoke(app, ["check", "--rulesets", str(tmp_path)])
    assert result.exit_code == 1 and "COVERAGE GAP in 'gappy.briefing'" in result.output
    engine.close()
