"""Decide remembers what it made of each pattern of truths (``plan.py``), and explain what it worded
(``memo.py``): a decision put together from remembered parts must be the one deciding the case
afresh gives, for every case. A key that left out something an outcome is made of would hand one
case another's outcome; these cases cross every nation, partnership, regime and unknown fact."""

from __future__ import annotations

import datetime as dt
import gc
import random
from typing import Any

import pytest

from safeguarding_rules import Engine, plan
from tests.case_corpus import varied_cases


def _cases() -> list[dict[str, Any]]:
    rng = random.Random(23)
    cases = varied_cases(900)
    for seed, nation in ((7, "wales"), (8, "scotland"), (9, "northern_ireland")):
        for case in varied_cases(300, seed=seed):
            case = dict(case)
            case.pop("partnership", None)
            case["jurisdiction"] = nation
            cases.append(case)
    for case in varied_cases(300, seed=11):  # assessed on many days: deadlines and dated parameters vary
        occurred = case.get("incident", {}).get("occurred_on")
        start = dt.date.fromisoformat(occurred) if occurred else dt.date(2005, 1, 1)
        cases.append({**case, "assessment_date": (start + dt.timedelta(days=rng.randint(0, 400))).isoformat()})
    return cases


def _decisions(engine: Engine, cases: list[dict[str, Any]]) -> list[str]:
    out = []
    for case in cases:
        try:
            out.append(engine.assess(case).model_dump_json())
        except Exception as exc:  # noqa: BLE001 - a refused case is refused the same way either way
            out.append(type(exc).__name__)
    return out


@pytest.mark.parametrize("matcher", ["python", "durable"])
def test_remembered_decisions_are_those_decided_afresh(monkeypatch: pytest.MonkeyPatch, matcher: str) -> None:
    cases = _cases()
    remembering = Engine(matcher=matcher)
    first = _decisions(remembering, cases)  # each pattern met is remembered here, as it is first met
    again = _decisions(remembering, cases)  # every one now remembered
    assert sum(len(s.plan.decided) for s, _ in remembering._scopes.values()) > 0
    monkeypatch.setattr(plan, "BUDGET", 0)  # nothing remembered: each case decided afresh
    afresh = _decisions(Engine(matcher=matcher), cases)
    assert first == afresh
    assert again == afresh


def test_memos_stay_within_their_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Engine(matcher="python")
    monkeypatch.setattr(plan, "BUDGET", plan._held + 300)  # what other engines of this process hold, and 300
    _decisions(engine, varied_cases(600))
    held = sum(len(s.plan.scanned) + len(s.plan.settled) + len(s.plan.decided) for s, _ in engine._scopes.values())
    assert held == 300
    del engine, held
    gc.collect()
    assert plan._held == plan.BUDGET - 300  # its plans freed, their patterns given back


REF_OVERLAY = """\
schema: safeguarding-rules/ruleset/v1
title: Test partnership - a late awareness compared with the incident's date
version: "2026.1"
jurisdiction: england
partnership: memo_refs
changelog:
  - {version: "2026.1", date: 2026-12-07, reason: First published.}
effective:
  from: 2022-05-26
  date_fact: assessment_date
precedence: [required, consider, discretionary, not_required]
determinations:
  memo_refs.late_notice:
    title: Tell the partnership of an incident it learnt of later
    kind: notification
    actor: the body that became aware
    applies_when: {subject.kind: child}
    otherwise: {status: not_required, reason: Not a child.}
rules:
  - id: MEMO-REFS-LATE
    title: An incident learnt of after the day it happened is told to the partnership
    when:
      all:
        - incident.became_aware_on: {after: {fact: incident.occurred_on}}
    then:
      determination: memo_refs.late_notice
      status: required
      reason: The partnership is told of an incident learnt of after the day it happened.
    citations:
      - source: memo-refs-page
        provision: paragraph 1
        paraphrase: The partnership is told of an incident learnt of after the day it happened.
        status: verified
      - source: children-act-2004
        provision: s16C(1)
        quote: Where a local authority in England knows or suspects that a child has been abused or neglected
        status: verified
  - id: MEMO-REFS-SAME-DAY
    title: An incident learnt of on the day it happened is not told
    when:
      all:
        - incident.became_aware_on: {on_or_before: {fact: incident.occurred_on}}
    then:
      determination: memo_refs.late_notice
      status: not_required
      reason: Learnt of on the day it happened.
    citations:
      - source: memo-refs-page
        provision: paragraph 2
        paraphrase: An incident learnt of on the day it happened is not told.
        status: verified
      - source: children-act-2004
        provision: s16C(1)
        quote: Where a local authority in England knows or suspects that a child has been abused or neglected
        status: verified
"""

REF_SOURCES = """\
schema: safeguarding-rules/sources/v1
sources:
  memo-refs-page:
    title: Test partnership page
    kind: local_guidance
    url: https://example.org/memo-refs
"""


@pytest.mark.parametrize("matcher", ["python", "durable"])
def test_a_comparison_of_two_facts_is_remembered_by_which_of_them_is_known(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, matcher: str
) -> None:
    """A rule comparing one fact with another: the same truths can come from either fact being
    unknown, and what decide says of the open question depends on which; the memo key must hold it."""
    (tmp_path / "memo_refs.yaml").write_text(REF_OVERLAY)
    (tmp_path / "sources.yaml").write_text(REF_SOURCES)
    base = {"jurisdiction": "england", "partnership": "memo_refs", "assessment_date": "2026-11-21",
            "subject": {"kind": "child"}, "incident": {"outcome": "died"}}
    dates = [None, "2026-10-01", "2026-10-05"]
    cases = [
        {**base, "incident": {**base["incident"], **({"occurred_on": o} if o else {}), **({"became_aware_on": a} if a else {})}}
        for o in dates for a in dates
    ]
    cases = cases + cases[::-1]  # each pattern met again after the others
    remembering = Engine([tmp_path], matcher=matcher)
    first = _decisions(remembering, cases)
    monkeypatch.setattr(plan, "BUDGET", 0)
    afresh = _decisions(Engine([tmp_path], matcher=matcher), cases)
    assert first == afresh
    assert any("incident.occurred_on" in d for d in afresh) and any("incident.became_aware_on" in d for d in afresh)
