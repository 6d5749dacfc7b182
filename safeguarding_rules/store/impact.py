"""What a ruleset change would change: the open cases' latest decisions, re-assessed under the
rulesets now loaded, compared determination by determination. Nothing is written unless asked."""

from __future__ import annotations

from pydantic import ValidationError

from safeguarding_rules.engine import Engine
from safeguarding_rules.errors import CaseRefusedError
from safeguarding_rules.models.decision import Decision, Determination
from safeguarding_rules.store.records import Change, ImpactReport, Outcome
from safeguarding_rules.store.repository import DecisionStore


def _outcome(decision: Decision, determination: Determination | None) -> Outcome:
    if determination is None:
        return Outcome(status=None)
    versions = {r.id: r.version for r in decision.rulesets}
    return Outcome(
        status=determination.status, due=determination.due, rules=determination.rules,
        ruleset_version=versions.get(determination.ruleset),
    )


def compare(case_ref: str, decision_id: str, old: Decision, new: Decision) -> list[Change]:
    """Each determination whose status, deadline or deciding rules differ (or that is in one decision only)."""
    ids = list(dict.fromkeys([d.id for d in old.determinations] + [d.id for d in new.determinations]))
    changes = []
    for determination_id in ids:
        before, after = old.determination(determination_id), new.determination(determination_id)
        a, b = _outcome(old, before), _outcome(new, after)
        changed = [field for field in ("status", "due", "rules") if getattr(a, field) != getattr(b, field)]
        if changed:
            ruleset = (after or before).ruleset if (after or before) else None
            changes.append(Change(case_ref=case_ref, decision_id=decision_id, determination=determination_id,
                                  ruleset=ruleset, changed=changed, old=a, new=b))
    return changes


def impact(store: DecisionStore, engine: Engine, *, write: bool = False) -> ImpactReport:
    """Re-assess the latest record of every open case under ``engine``'s rulesets and list what changes.
    With ``write``, each re-assessment that changes something is recorded (origin ``impact``)."""
    report = ImpactReport(cases=0, changes=[])
    for stored in store.latest_of_open_cases():
        report.cases += 1
        try:
            case = stored.as_case()
            new = engine.assess(case)
        except (CaseRefusedError, ValidationError) as exc:
            # Said by type and field only: an exception's text may carry case facts.
            report.refused[stored.case_ref] = (
                str(exc) if isinstance(exc, CaseRefusedError) else "the recorded case is no longer a valid case"
            )
            continue
        changes = compare(stored.case_ref, stored.decision_id, stored.decision, new)
        report.changes.extend(changes)
        if write and changes:
            report.recorded.append(store.record(case, new, origin="impact").decision_id)
    return report
