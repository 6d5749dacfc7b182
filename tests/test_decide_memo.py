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
