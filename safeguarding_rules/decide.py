"""Decide: everything about each determination of a case, as a frozen ``Outcome``. Nothing here
words a reason or cites a law; ``explain`` words what is decided here, and decides nothing.

This is the one place a status is decided. ``decide`` lists the determinations the case is within
(or names the stated facts that take one out of scope), decides each by ``settle`` (each rule's
three-valued value and the precedence its ruleset declares, strongest first: the rules that decide
and the rules still pending; a rule still unknown matters only if it could lift the status above
what is settled), turns a duty into ``undetermined`` while it is unknown whether the case is within
the law's scope, lists a follow-on duty once a duty it follows is required, works out each deadline,
and picks the joint reviews the case's duties open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from dateutil.relativedelta import relativedelta

from safeguarding_rules.book import BoundRule, LoadedRuleset
from safeguarding_rules.calendar import WorkingDays
from safeguarding_rules.compiler import fact_nodes
from safeguarding_rules.evaluate import Evaluation
from safeguarding_rules.logic import Truth
from safeguarding_rules.schema import ConcludedStatus, Condition, Deadline, DeterminationSpec, JointReviewSpec
from safeguarding_rules.scope import Rank, Scope


@dataclass(frozen=True)
class Settled:
    """What a determination's rules settle: the status, the rules that decide it, those pending, and
    for a "no" that no rule concluded, the rules in force whose conditions the case fails (the claim
    that the duty is not required rests on them)."""

    status: str
    deciding: list[BoundRule]
    pending: list[BoundRule]
    unmet: list[BoundRule] = field(default_factory=list)


def status_of(bound: BoundRule) -> ConcludedStatus:
    return bound.rule.then.status or "not_required"


NOT_ENCODED = "not_encoded"
"""The status of a duty no rule in force speaks for on the case's dates: the rulesets do not encode
its law then, which is never the same as "not required"."""


def settle(
    rules: list[BoundRule],
    value: Callable[[BoundRule], Truth],
    in_force: Callable[[BoundRule], Truth],
    otherwise: str,
    rank: Rank,
    conjuncts_of: Callable[[BoundRule], frozenset[str]],
) -> Settled:
    """The status of one determination: the strongest status among its rules that hold (by ``rank``);
    ``undetermined`` while an unknown rule could give a stronger one. When no rule holds or is
    pending, the ``otherwise`` status stands only on the rules that could have given a duty and are
    in force on the case's dates, each of which the case fails (``unmet``); if no such rule is in
    force, the law for those dates is not encoded (``not_encoded``), never a silent "no"."""
    held = [b for b in rules if value(b) == "true"]
    best = max((rank[status_of(b)] for b in held), default=-1)
    deciding = [b for b in held if rank[status_of(b)] == best]
    floor = best if deciding else rank[otherwise]
    pending = unsubsumed([b for b in rules if value(b) == "unknown" and rank[status_of(b)] > floor], rules, conjuncts_of, rank)
    if pending:
        return Settled("undetermined", deciding, pending)
    if deciding:
        return Settled(status_of(deciding[0]), deciding, [])
    covering = [b for b in rules if status_of(b) != "not_required" and in_force(b) != "false"]
    if not covering:
        return Settled(NOT_ENCODED, [], [])
    return Settled(otherwise, [], [], unmet=covering)


def unsubsumed(
    pending: list[BoundRule], rules: list[BoundRule], conjuncts_of: Callable[[BoundRule], frozenset[str]], rank: Rank
) -> list[BoundRule]:
    """Pending rules less those another rule of the determination subsumes: a rule whose tests
    include every test of a rule with at least its status can never decide more than that rule, so
    the extra facts it reads are not asked (a reg 11 criterion adds nothing while the case may not
    be a serious case at all)."""
    conjuncts = {b.rule.id: conjuncts_of(b) for b in rules}
    return [
        b
        for b in pending
        if not any(
            other is not b
            and rank[status_of(other)] >= rank[status_of(b)]
            and conjuncts[other.rule.id] < conjuncts[b.rule.id]
            for other in rules
        )
    ]


def due(
    deadline: Deadline | None, known: Mapping[str, Any], settings: Mapping[str, Any], calendar: WorkingDays
) -> tuple[dt.date | None, str | None]:
    """The deadline's date and its basis in words, working days counted in the case's nation's
    ``calendar``; no date while the date it runs from, or a dated parameter it uses, is not known."""
    if deadline is None:
        return None, None
    after = deadline.after
    if after in settings:  # a setting that names the date fact the clock starts from
        after = str(known[after])
    start = known.get(after)
    if not isinstance(start, dt.date):
        return None, f"{deadline.describe()} after {deadline.label} ({after} is not known)"
    unit = deadline.working_days if deadline.working_days is not None else deadline.months
    count = known.get(unit) if isinstance(unit, str) else unit  # a dated parameter, or a number
    words = "working days" if deadline.working_days is not None else "month(s)"
    if not isinstance(count, int):
        return None, f"{deadline.describe()} after {deadline.label} ({unit} is not known on the case's dates)"
    date = calendar.add(start, count) if deadline.working_days is not None else start + relativedelta(months=count)
    source = f", {unit}" if isinstance(unit, str) else ""
    return date, f"{count} {words} after {start.isoformat()} ({deadline.label}: {after}{source})"


@dataclass(frozen=True)
class Outcome:
    """Everything decided about one listed determination; ``explain`` only words it."""

    id: str
    spec: DeterminationSpec
    ruleset: str
    status: str
    considered: tuple[BoundRule, ...]
    """Every rule that concludes the determination (what the rulesets encode for it)."""
    deciding: tuple[BoundRule, ...] = ()
    pending: tuple[BoundRule, ...] = ()
    unmet: tuple[tuple[BoundRule, tuple[Condition, ...]], ...] = ()
    """For a "no": each rule in force that could make it due, with the parts of it the case fails."""
    recorded: tuple[BoundRule, ...] = ()
    """The rules the decision names: those deciding or pending, with the derived-fact rules behind them; or the unmet."""
    cited: tuple[BoundRule, ...] = ()
    """The rules whose citations the decision quotes."""
    depends_on: tuple[str, ...] = ()
    at_least: str | None = None
    due: dt.date | None = None
    due_basis: str | None = None
    actor: str | None = None
    recipients: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    follows: str | None = None
    would_be: str | None = None
    """The status the rules give where it is not yet known whether the case is within the law's scope."""
    scope_open: tuple[Condition, ...] = ()
    """Those unknown parts of the determination's scope (``applies_when`` and its ruleset's era)."""


@dataclass(frozen=True)
class NotListed:
    """A determination of the case's scope that the decision does not list, and why: the parts of its
    scope the stated facts fail, or, for a follow-on duty, each duty it follows with that duty's status."""

    id: str
    outside: tuple[Condition, ...] = ()
    follows: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class Joint:
    """A joint review the case's duties open: the ruleset's declaration and the duties it joins."""

    id: str
    spec: JointReviewSpec
    ruleset: LoadedRuleset
    determinations: tuple[str, ...]


@dataclass(frozen=True)
class Outcomes:
    """The whole of what is decided for a case."""

    listed: tuple[Outcome, ...]
    not_listed: tuple[NotListed, ...]
    joint: tuple[Joint, ...]
    within: tuple[str, ...]
    """The determinations whose scope the case is within: those listed, and follow-ons still waiting."""


def decide(scope: Scope, evaluation: Evaluation) -> Outcomes:
    """Every determination of the scope, decided for one case's evaluation."""
    return _Deciding(scope, evaluation).outcomes()


class _Deciding:
    """One case's evaluation read against one scope (each rule's value evaluated once, when first asked)."""

    def __init__(self, scope: Scope, evaluation: Evaluation) -> None:
        self.scope = scope
        self.ev = evaluation
        self.values: dict[str, Truth] = {}

    def value(self, bound: BoundRule) -> Truth:
        value = self.values.get(bound.rule.id)
        if value is None:
            value = self.values[bound.rule.id] = self.ev.rule(bound)
        return value

    def outcomes(self) -> Outcomes:
        listed: list[tuple[str, DeterminationSpec, str]] = []
        not_listed: list[NotListed] = []
        for det_id, spec, ruleset_id in self.scope.determinations:
            outside = failed(self.ev, spec.applies_when) + failed(self.ev, self.scope.eras[ruleset_id])
            if outside:
                not_listed.append(NotListed(det_id, outside=tuple(outside)))
            else:
                listed.append((det_id, spec, ruleset_id))
        decided: dict[str, Outcome] = {}
        for det_id, spec, ruleset_id in listed:
            if spec.follows is None:
                decided[det_id] = self.in_scope(self.determine(det_id, spec, ruleset_id))
        for det_id, spec, ruleset_id in listed:
            followed = next((f for f in spec.follows or [] if f in decided and decided[f].status == "required"), None)
            if followed is not None:
                decided[det_id] = replace(self.determine(det_id, spec, ruleset_id), follows=followed)
            elif spec.follows is not None:
                statuses = tuple((f, decided[f].status) for f in spec.follows if f in decided)
                not_listed.append(NotListed(det_id, follows=statuses or tuple((f, None) for f in spec.follows)))
        outcomes = tuple(decided[det_id] for det_id, _, _ in listed if det_id in decided)
        return Outcomes(outcomes, tuple(not_listed), self.joint(outcomes), tuple(det_id for det_id, _, _ in listed))

    def determine(self, det_id: str, spec: DeterminationSpec, ruleset_id: str) -> Outcome:
        rules = list(self.scope.rules_of(det_id))
        settled = settle(rules, self.value, self.ev.in_force, spec.otherwise.status, self.scope.ranks[ruleset_id],
                         lambda b: self.scope.conjuncts[b.rule.id])
        common = {"id": det_id, "spec": spec, "ruleset": ruleset_id, "status": settled.status, "considered": tuple(rules)}
        deciding, pending = tuple(settled.deciding), tuple(settled.pending)
        if pending:  # one Outcome built per determination (dataclasses.replace costs as much again)
            depends_on = _unique(f for b in pending for f in self.unknown_facts(self.ev.compiled.conditions[b.rule.id]))
            return Outcome(
                **common, deciding=deciding, pending=pending, depends_on=tuple(depends_on),
                at_least=status_of(deciding[0]) if deciding else None,
                recorded=tuple(self.with_support(list(pending), "unknown") + self.with_support(list(deciding), "true")),
                cited=pending + deciding, actor=spec.actor, recipients=tuple(spec.recipients or ()),
            )
        if deciding:
            deadline = next((b.rule.then.due for b in deciding if b.rule.then.due), None)
            due_date, due_basis = due(deadline, self.ev.known, self.scope.book.settings, self.scope.calendar)
            then = deciding[0].rule.then
            return Outcome(
                **common, deciding=deciding, recorded=tuple(self.with_support(list(deciding), "true")), cited=deciding,
                due=due_date, due_basis=due_basis, actor=then.actor or spec.actor,
                recipients=tuple(then.recipients or spec.recipients or ()),
                requirements=tuple(_unique(r for b in deciding for r in b.rule.then.requirements or [])),
            )
        unmet = tuple((b, tuple(failed(self.ev, self.ev.compiled.conditions[b.rule.id]))) for b in settled.unmet)
        return Outcome(**common, unmet=unmet, recorded=tuple(settled.unmet), cited=tuple(settled.unmet),
                       actor=spec.actor, recipients=tuple(spec.recipients or ()))

    def in_scope(self, outcome: Outcome) -> Outcome:
        """A duty found while it is not yet known whether the case is within the law's scope (its
        ``applies_when`` or era turns on unknown facts) is only a duty if it is: undetermined, naming
        those facts. A "no" stays a "no" (out of scope is no duty either)."""
        if outcome.status in ("not_required", "undetermined", NOT_ENCODED):
            return outcome
        open_ = (failed(self.ev, outcome.spec.applies_when, "unknown")
                 + failed(self.ev, self.scope.eras[outcome.ruleset], "unknown"))
        if not open_:
            return outcome
        facts = _unique(f for c in open_ for f in self.unknown_facts(c))
        return replace(outcome, status="undetermined", would_be=outcome.status, scope_open=tuple(open_),
                       depends_on=tuple(_unique([*outcome.depends_on, *facts])), at_least=None, due=None)

    def joint(self, outcomes: tuple[Outcome, ...]) -> tuple[Joint, ...]:
        """Where the case meets several reviews: the joint reviews whose duties are all in play
        (whatever their status short of not required) and whose ``when`` is not false."""
        in_play = {o.id for o in outcomes if o.status not in ("not_required", NOT_ENCODED)}
        joint = []
        for loaded in self.scope.rulesets:
            for joint_id, spec in loaded.spec.joint_reviews.items():
                met = tuple(det_id for det_id in spec.each_of + spec.any_of if det_id in in_play)
                complete = set(spec.each_of) <= in_play and (not spec.any_of or set(spec.any_of) & in_play)
                if complete and not (spec.when is not None and self.ev.condition(spec.when) == "false"):
                    joint.append(Joint(joint_id, spec, loaded, met))
        return tuple(joint)

    def unknown_facts(self, condition: Condition | None) -> list[str]:
        """The unknown case facts that an unknown condition turns on. Only unknown parts are followed
        (a part already true or false decides nothing more), and a derived fact is followed to the
        unknown facts of the rules that could still conclude it."""
        if condition is None or self.ev.condition(condition) != "unknown":
            return []
        if condition.fact is not None:
            if condition.fact in self.scope.book.derived_facts:
                return _unique(
                    f for b in self.scope.by_fact.get(condition.fact, ()) if self.value(b) == "unknown"
                    for f in self.unknown_facts(self.ev.compiled.conditions[b.rule.id])
                )
            return [f for f in (condition.fact, condition.ref) if f and f not in self.ev.known]
        return _unique(f for child in condition.all or condition.any or [] for f in self.unknown_facts(child))

    def with_support(self, rules: list[BoundRule], value: Truth) -> list[BoundRule]:
        """The rules plus the derived-fact rules behind them that have the same value (for the record)."""
        result: dict[str, BoundRule] = {b.rule.id: b for b in rules}
        stack = list(rules)
        while stack:
            condition = self.ev.compiled.conditions[stack.pop().rule.id]
            for node in fact_nodes(condition):
                if node.fact in self.scope.book.derived_facts and self.ev.condition(node) == value:
                    for b in self.scope.by_fact.get(node.fact or "", ()):
                        if self.value(b) == value and b.rule.id not in result:
                            result[b.rule.id] = b
                            stack.append(b)
        return list(result.values())


def failed(evaluation: Evaluation, condition: Condition | None, value: Truth = "false") -> list[Condition]:
    """The parts that give a condition its value (false, or unknown): each such part of an ``all``
    (followed into nested ``all``), or the condition itself; nothing if it has another value."""
    if condition is None or evaluation.condition(condition) != value:
        return []
    if condition.all is not None:
        return [part for child in condition.all for part in failed(evaluation, child, value)]
    return [condition]


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
