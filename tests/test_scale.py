"""Hundreds of partnerships: over 1,000 rules load, and each case is matched with its own scope only."""

from __future__ import annotations

from pathlib import Path

from benchmarks.many_partnerships import _overlays
from safeguarding_rules import Engine


def test_two_hundred_partnerships_and_over_a_thousand_rules_load_and_assess(tmp_path: Path) -> None:
    _overlays(tmp_path, 200, 5)
    engine = Engine(extra_dirs=[tmp_path])
    assert len(engine.book.rules) > 1000 and len(engine.partnerships) == 204
    case = {
        "assessment_date": "2026-11-21", "partnership": "p0150", "subject": {"kind": "child"},
        "incident": {"outcome": "died", "location": "in_area", "became_aware_on": "2026-11-02"},
        "abuse_or_neglect": "suspected", "learning": {"lessons_to_learn": True},
    }
    decision = engine.assess(case)
    local = [d.id for d in decision.determinations if "." in d.id]
    assert local == ["p0150.learning_review"]
    assert {r.id for r in decision.rulesets} >= {"p0150/pathways"} and not any(
        r.id.startswith("p0149") for r in decision.rulesets
    )
    national = engine.assess({**case, "partnership": None})
    assert not [d.id for d in national.determinations if "." in d.id]
    # One compiled scope per partnership used, never one matcher holding every overlay.
    assert set(engine._scopes) == {("england", None), ("england", "p0150")}
    assert len(engine._scopes[("england", "p0150")][0].compiled.conditions) < 100
    engine.close()
