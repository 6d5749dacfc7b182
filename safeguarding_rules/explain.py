"""Explain: word what ``decide`` decided as a ``Decision``: reasons, quotes, questions and the trace.

Nothing here decides: each ``Outcome`` already holds its status, deciding and pending rules, the facts
it depends on and its deadline (``decide`` is the one place a status is decided); here each gets its
reason in the glossary's words and its citations, the open facts become questions, and the per-rule
trace, when asked for, reports each condition's value.

Wording is remembered (``memo``): a determination's words, reasons and citations depend only on what
``decide`` settled for it, and few of those patterns recur across cases, so each is worded once and
only its dates (``due``, ``due_basis``) are put in per case.
"""

from __future__ import annotations

from typing import Any

from safeguarding_rules.book import BoundRule
from safeguarding_rules.citations import citation, legal_force
from safeguarding_rules.compiler import fact_nodes
from safeguarding_rules.decide import NOT_ENCODED, Joint, NotListed, Outcome, Outcomes, status_of
from safeguarding_rules.evaluate import Evaluation
from safeguarding_rules.facts import CASE_FACTS
from safeguarding_rules.memo import remembered
from safeguarding_rules.models.case import Case
from safeguarding_rules.models.decision import (
    Decision,
    Determination,
    DeterminationKind,
    JointReview,
    JointReviewKind,
    NotApplicable,
    Period,
    Question,
    RulesetRef,
    Status,
)
from safeguarding_rules.plain import day_words, fact_name, open_fact, plain
from safeguarding_rules.schema import Condition
from safeguarding_rules.scope import Scope
from safeguarding_rules.version import __version__

_IN_WORDS = {"consider": "for consideration", "not_required": "not required"}
"""A status as a reason says it: "It could be required or for consideration, depending on ..."."""


def build_decision(
    case: Case, scope: Scope, evaluation: Evaluation, outcomes: Outcomes, *, engine: str, trace: bool = False
) -> Decision:
    """The decision for one case, in words; the per-rule trace (most of a decision's size) only when asked.
    ``engine`` names the matcher that found the facts' tests (``durable`` or ``python``)."""
    determinations = [_dated(remembered(scope, o.key, determination, o), o) for o in outcomes.listed]
    return Decision(
        engine=engine,
        package_version=__version__,
        not_applicable=list(remembered(scope, outcomes.not_listed_key, _not_applicable, outcomes.not_listed)),
        joint_reviews=[joint_review(scope, j, determinations) for j in outcomes.joint],
        case_ref=case.case_ref,
        assessment_date=case.assessment_date,
        partnership=case.partnership,
        rulesets=remembered(scope, ("rulesets",), ruleset_refs, None),
        determinations=determinations,
        questions=list(remembered(scope, _open(outcomes), _questions, determinations)),
        trace=trace_of(scope, evaluation, relevant(scope, list(outcomes.within))) if trace else None,  # type: ignore[arg-type]
    )


def _dated(worded: Determination, outcome: Outcome) -> Determination:
    """A remembered determination with this case's deadline."""
    if worded.due == outcome.due and worded.due_basis == outcome.due_basis:
        return worded
    return worded.model_copy(update={"due": outcome.due, "due_basis": outcome.due_basis})


def ruleset_refs(scope: Scope, _: None) -> tuple[RulesetRef, ...]:
    """The scope's rulesets, the same for each of its cases (a tuple: the decision makes its own list)."""
    return tuple(RulesetRef(id=r.spec.id, version=r.spec.version, sha256=r.sha256) for r in scope.rulesets)


def determination(scope: Scope, outcome: Outcome) -> Determination:
    """One outcome as the decision states it: its status with the reason in words and the law quoted
    (remembered per ``Outcome.key``: read nothing here that the key leaves out)."""
    citations = scope.cited(outcome.cited)
    return Determination(
        id=outcome.id,
        title=outcome.spec.title,
        kind=DeterminationKind(outcome.spec.kind),
        ruleset=outcome.ruleset,
        actor=outcome.actor,
        recipients=list(outcome.recipients),
        status=Status(outcome.status),
        rules=[b.rule.id for b in outcome.recorded],
        reason=_scope_words(scope, outcome) + _reason(scope, outcome),
        citations=citations,
        legal_force=legal_force(scope.book, citations),
        depends_on=list(outcome.depends_on),
        at_least=outcome.at_least,
        due=outcome.due,
        due_basis=outcome.due_basis,
        requirements=list(outcome.requirements),
        follows=outcome.follows,
        **({"encoded": encoded_periods(scope, outcome.considered)} if outcome.status == NOT_ENCODED else {}),
    )


def _reason(scope: Scope, outcome: Outcome) -> str:
    book = scope.book
    if outcome.pending:
        statuses = list(dict.fromkeys(_IN_WORDS.get(status_of(b), status_of(b)) for b in outcome.pending))
        reason = (
            f"It could be {' or '.join(statuses)}, "
            f"depending on {'; '.join(open_fact(book, f) for f in outcome.depends_on)}."
        )
        if outcome.deciding:
            least = status_of(outcome.deciding[0])
            reason += f" On the facts given it is at least {_IN_WORDS.get(least, least)}: {(outcome.deciding[0].rule.then.reason or '').strip()}"
        return reason
    if outcome.deciding:
        return " ".join((b.rule.then.reason or "").strip() for b in outcome.recorded if b.rule.then.reason)
    if outcome.status == NOT_ENCODED:
        periods = encoded_periods(scope, outcome.considered)
        return (
            "The rulesets do not encode this duty's law for the case's dates: they encode it "
            f"{'; and '.join(period_words(p) for p in periods) or 'for no period'}. Whether it is due "
            "must be decided on the law in force then; this is not a decision that it is not required."
        )
    unmet = "; ".join(f"“{b.rule.title}” needs {' and '.join(plain(book, part) for part in parts)}" for b, parts in outcome.unmet)
    return f"{outcome.spec.otherwise.reason.strip()} No rule that could make it due applies: {unmet}."


def _scope_words(scope: Scope, outcome: Outcome) -> str:
    """For a duty found while the case's scope is open: what it would be, and the facts that decide it."""
    if not outcome.scope_open or outcome.would_be is None:
        return ""
    words = _IN_WORDS.get(outcome.would_be, outcome.would_be)
    return (  # a duty found is decided on the facts given, so the facts it depends on are the scope's
        f"It would be {words} if {'; and '.join(plain(scope.book, c) for c in outcome.scope_open)}: that depends on "
        f"{'; '.join(open_fact(scope.book, f) for f in outcome.depends_on)}. "
    )


def _not_applicable(scope: Scope, not_listed: tuple[NotListed, ...]) -> tuple[NotApplicable, ...]:
    """The determinations not listed, in words (remembered per ``Outcomes.not_listed_key``: one lookup a
    case; each one's words remembered too, as the same one recurs in many such sets)."""
    return tuple(remembered(scope, (n.id, n.parts, n.follows), not_applicable, n) for n in not_listed)


def not_applicable(scope: Scope, not_listed: NotListed) -> NotApplicable:
    """Why the decision does not list a determination, in words."""
    if not_listed.outside:
        needs = "; and ".join(plain(scope.book, part) for part in not_listed.outside)
        return NotApplicable(id=not_listed.id, reason=f"Only where {needs}.")
    states = " or ".join(f"{f} ({status})" if status else f for f, status in not_listed.follows)
    return NotApplicable(id=not_listed.id, reason=f"Follows {states} once required.")


def joint_review(scope: Scope, joint: Joint, determinations: list[Determination]) -> JointReview:
    actors = {d.id: d.actor or "" for d in determinations}
    holders = tuple(actors[det_id] for det_id in joint.determinations)
    key = (joint.ruleset.spec.id, joint.id, joint.determinations, holders)
    return remembered(scope, key, _joint_review, (joint, actors))


def _joint_review(scope: Scope, asked: tuple[Joint, dict[str, str]]) -> JointReview:
    joint, actors = asked
    return JointReview(
        id=joint.id, title=joint.spec.title, kind=JointReviewKind(joint.spec.kind), determinations=list(joint.determinations),
        duty_holders={det_id: actors[det_id] for det_id in joint.determinations},
        says=joint.spec.says.strip(), citations=[citation(scope.book, ref) for ref in joint.spec.citations],
        ruleset=joint.ruleset.spec.id,
    )


def _open(outcomes: Outcomes) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each listed determination's open facts: all that ``questions`` reads."""
    return tuple((o.id, o.depends_on) for o in outcomes.listed if o.depends_on)


def _questions(_: Scope, determinations: list[Determination]) -> tuple[Question, ...]:
    """The questions, remembered per ``_open``."""
    return tuple(questions(determinations))


def questions(determinations: list[Determination]) -> list[Question]:
    """The open facts as questions, the one that could settle the most open determinations first
    (ties in the order met)."""
    decides: dict[str, list[str]] = {}
    for det in determinations:
        for fact in det.depends_on:
            decides.setdefault(fact, []).append(det.id)
    ordered = sorted(decides.items(), key=lambda item: -len(item[1]))
    return [
        Question(fact=fact, decides=ids, description=CASE_FACTS[fact].description if fact in CASE_FACTS else None)
        for fact, ids in ordered
    ]


def relevant(scope: Scope, listed: list[str]) -> tuple[BoundRule, ...]:
    """The rules behind the listed determinations, and the derived-fact rules they read (the same for
    every case listing the same determinations, so remembered in the scope's memo)."""
    key = tuple(listed)
    remembered = scope.relevance_memo.get(key)
    if remembered is None:
        remembered = scope.relevance_memo[key] = _relevant(scope, set(listed))
    return remembered


def _relevant(scope: Scope, listed: set[str]) -> tuple[BoundRule, ...]:
    conditions = scope.compiled.conditions
    keep = {b.rule.id for b in scope.rules if b.rule.then.determination in listed}
    facts = {node.fact for det_id in listed for node in fact_nodes(scope.book.determinations[det_id][0].applies_when)}
    stack = [b for b in scope.rules if b.rule.id in keep]
    while stack or facts:
        if stack:
            facts.update(node.fact or "" for node in fact_nodes(conditions[stack.pop().rule.id]))
        for fact in [f for f in facts if f in scope.book.derived_facts]:
            for b in scope.rules:
                if b.rule.then.fact == fact and b.rule.id not in keep:
                    keep.add(b.rule.id)
                    stack.append(b)
        facts = set()
    return tuple(b for b in scope.rules if b.rule.id in keep)


def trace_of(scope: Scope, evaluation: Evaluation, rules: tuple[BoundRule, ...]) -> list[dict[str, Any]]:
    """The trace as plain data: the decision validates it in one pass (much faster than one model per condition)."""
    conditions = scope.compiled.conditions
    return [
        {
            "rule": b.rule.id,
            "title": b.rule.title,
            "ruleset": b.ruleset,
            "fired": evaluation.rule(b) == "true",
            "value": evaluation.rule(b),
            "concludes": b.rule.then.describe(),
            "conditions": [_node(evaluation, child) for child in (conditions[b.rule.id].all or [])] if conditions[b.rule.id] else [],
            "citations": scope.cited([b]),
        }
        for b in rules
    ]


def _node(evaluation: Evaluation, condition: Condition) -> dict[str, Any]:
    value = evaluation.condition(condition)
    if condition.fact is not None:
        return {"fact": condition.fact, "test": condition.describe(), "value": value, "actual": evaluation.known.get(condition.fact)}
    group = "all" if condition.all is not None else "any"
    return {"test": condition.describe(), "value": value, group: [_node(evaluation, c) for c in condition.all or condition.any or []]}


def encoded_periods(scope: Scope, rules: tuple[BoundRule, ...]) -> list[Period]:
    """The periods in force of the rules that could give a duty: what the rulesets encode for it."""
    seen: dict[tuple[Any, ...], Period] = {}
    for b in rules:
        if status_of(b) == "not_required":
            continue
        eff = b.effective
        key = (eff.date_fact, eff.from_, eff.to, eff.while_.words if eff.while_ else None)
        if key not in seen:
            seen[key] = Period(
                date_fact=eff.date_fact or "", date=fact_name(scope.book, eff.date_fact or ""), from_date=eff.from_,
                to_date=eff.to, era=plain(scope.book, eff.while_) if eff.while_ is not None else None,
            )
    return list(seen.values())


def period_words(period: Period) -> str:
    """A period in words: "for the date of the assessment from 6 April 2016"."""
    span = (
        f"from {day_words(period.from_date)} to {day_words(period.to_date)}" if period.from_date and period.to_date
        else f"from {day_words(period.from_date)}" if period.from_date
        else f"up to {day_words(period.to_date)}" if period.to_date else "at any date"
    )
    era = f", while {period.era}" if period.era else ""
    return f"for {period.date} {span}{era}"
