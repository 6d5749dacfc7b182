"""Decide: everything about each determination of a case, as a frozen ``Outcome``. Nothing here
words a reason or cites a law; ``explain`` words what is decided here, and decides nothing.

This is the one place a status is decided. ``decide`` lists the determinations the case is within
(or names the stated facts that take one out of scope), decides each by ``settle`` (each rule's
three-valued value and the precedence its ruleset declares, strongest first: the rules that decide
and the rules still pending; a rule still unknown matters only if it could lift the status above
what is settled), turns a duty into ``undetermined`` while it is unknown whether the case is within
the law's scope, lists a follow-on duty once a duty it follows is required, works out each deadline,
and picks the joint reviews the case's duties open.

Everything here reads a case through its evaluation's truths, by slot (``plan.py`` indexes the scope
once), and an outcome is made of nothing else but the deadline's date: so each is remembered per
pattern of the truths it reads, and a case whose pattern was met before costs a few lookups.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from dateutil.relativedelta import relativedelta

from safeguarding_rules.book import BoundRule, LoadedRuleset
from safeguarding_rules.calendar import WorkingDays
from safeguarding_rules.evaluate import Evaluation, Values
from safeguarding_rules.plan import ALWAYS, CASE, DERIVED, DeterminationPlan, RulePlan, Tree, getter, remember, room
from safeguarding_rules.schema import ConcludedStatus, Condition, Deadline, DeterminationSpec, JointReviewSpec
from safeguarding_rules.scope import Scope


@dataclass(frozen=True, slots=True)
class Settled:
    """What a determination's rules settle: the status, the rules that decide it, those pending, and
    for a "no" that no rule concluded, the rules in force whose conditions the case fails (the claim
    that the duty is not required rests on them)."""

    status: str
    deciding: list[RulePlan]
    pending: list[RulePlan]
    unmet: list[RulePlan] = field(default_factory=list)


def status_of(bound: BoundRule) -> ConcludedStatus:
    return bound.rule.then.status or "not_required"


NOT_ENCODED = "not_encoded"
"""The status of a duty no rule in force speaks for on the case's dates: the rulesets do not encode
its law then, which is never the same as "not required"."""


def settle(rules: tuple[RulePlan, ...], values: Values, otherwise: str, otherwise_rank: int) -> Settled:
    """The status of one determination: the strongest status among its rules that hold (by rank in
    its ruleset's precedence); ``undetermined`` while an unknown rule could give a stronger one, unless
    another rule with at least its status tests a subset of its tests (``RulePlan.subsumed``: a reg 11
    criterion adds nothing while the case may not be a serious case at all, so its extra facts are not
    asked). When no rule holds or is pending, the ``otherwise`` status stands only on the rules that
    could have given a duty and are in force on the case's dates, each of which the case fails
    (``unmet``); if no such rule is in force, the law for those dates is not encoded (``not_encoded``),
    never a silent "no". ``values``: the case's truth of each condition node, by slot (0, 1, 2)."""
    held = [r for r in rules if (values[r.tree.slot] if r.tree.slot != ALWAYS else 2) == 2]
    best = max((r.rank for r in held), default=-1)
    deciding = [r for r in held if r.rank == best]
    floor = best if deciding else otherwise_rank
    pending = [
        r for r in rules
        if r.rank > floor and not r.subsumed and (values[r.tree.slot] if r.tree.slot != ALWAYS else 2) == 1
    ]
    if pending:
        return Settled("undetermined", deciding, pending)
    if deciding:
        return Settled(deciding[0].status, deciding, [])
    covering = [r for r in rules if r.status != "not_required" and min((values[s] for s in r.periods), default=2) != 0]
    if not covering:
        return Settled(NOT_ENCODED, [], [])
    return Settled(otherwise, [], [], unmet=covering)


UNVERIFIED_COUNT = "UNVERIFIED: its source was not found; check the number before relying on the date"
"""Said in a deadline's basis when its number is a parameter not verified against its source."""


def due(
    deadline: Deadline | None, known: Mapping[str, Any], settings: Mapping[str, Any], calendar: WorkingDays,
    unverified: Collection[str] = (),
) -> tuple[dt.date | None, str | None]:
    """The deadline's date and its basis in words, working days counted in the case's nation's
    ``calendar``; no date while the date it runs from, or a dated parameter it uses, is not known. A
    number taken from a parameter in ``unverified`` is said to be so: a date the case's partnership
    may put in its diary must not look more certain than its law."""
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
    flag = f"; {UNVERIFIED_COUNT}" if isinstance(unit, str) and unit in unverified else ""
    return date, f"{count} {words} after {start.isoformat()} ({deadline.label}: {after}{source}){flag}"


@dataclass(frozen=True, slots=True)
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
    key: tuple[Any, ...] = field(default=(), compare=False)
    """Everything above but the deadline's date and basis (``pattern``): two outcomes of a scope with
    the same key are worded the same (``explain``'s memo)."""


@dataclass(frozen=True, slots=True)
class NotListed:
    """A determination of the case's scope that the decision does not list, and why: the parts of its
    scope the stated facts fail, or, for a follow-on duty, each duty it follows with that duty's status."""

    id: str
    outside: tuple[Condition, ...] = ()
    follows: tuple[tuple[str, str | None], ...] = ()
    parts: tuple[int, ...] = ()
    """The slots of the ``outside`` parts in the scope's evaluation: with ``id``, what tells them apart."""


@dataclass(frozen=True, slots=True)
class Joint:
    """A joint review the case's duties open: the ruleset's declaration and the duties it joins."""

    id: str
    spec: JointReviewSpec
    ruleset: LoadedRuleset
    determinations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Outcomes:
    """The whole of what is decided for a case."""

    listed: tuple[Outcome, ...]
    not_listed: tuple[NotListed, ...]
    joint: tuple[Joint, ...]
    within: tuple[str, ...]
    """The determinations whose scope the case is within: those listed, and follow-ons still waiting."""
    not_listed_key: tuple[Any, ...] = ()
    """A key holding all that ``not_listed`` is made of, to remember its wording by (``explain``)."""


def decide(scope: Scope, evaluation: Evaluation) -> Outcomes:
    """Every determination of the scope, decided for one case's evaluation."""
    return _Deciding(scope, evaluation).outcomes()


class _Deciding:
    """One case's evaluation read against one scope's plan: each truth one lookup by slot."""

    def __init__(self, scope: Scope, evaluation: Evaluation) -> None:
        self.scope = scope
        self.ev = evaluation
        self.values = evaluation.values
        self.plan = scope.plan

    def truth(self, slot: int) -> int:
        return self.values[slot] if slot != ALWAYS else 2

    def scan(self) -> tuple[tuple[DeterminationPlan, ...], tuple[NotListed, ...]]:
        """The determinations whose scope (``applies_when`` and era) the case is not known to fail, and
        the others with the parts of their scope it fails."""
        values = self.values
        listed: list[DeterminationPlan] = []
        outside: list[NotListed] = []
        for det in self.plan.determinations:
            applies, era = det.applies.slot, det.era.slot
            if (applies != ALWAYS and values[applies] == 0) or (era != ALWAYS and values[era] == 0):
                parts = failed(values, det.applies, 0) + failed(values, det.era, 0)
                outside.append(NotListed(det.id, tuple(c for _, c in parts), parts=tuple(s for s, _ in parts)))
            else:
                listed.append(det)
        return tuple(listed), tuple(outside)

    def outcomes(self) -> Outcomes:
        plan = self.plan
        truths = bytes(plan.scope_truths(self.values))  # all that the scan reads (as bytes: compact, hashed once)
        scanned = plan.scanned.get(truths)
        if scanned is None:
            scanned = self.scan()
            remember(plan.scanned, truths, scanned)
        listed, outside = scanned
        not_listed = list(outside)
        decided: dict[str, Outcome] = {}
        for det in listed:
            if det.spec.follows is None:
                decided[det.id] = self.determine(det)
        for det in listed:
            follows = det.spec.follows
            if follows is None:
                continue
            followed = next((f for f in follows if f in decided and decided[f].status == "required"), None)
            if followed is not None:
                decided[det.id] = self.determine(det, followed)
            else:
                statuses = tuple((f, decided[f].status) for f in follows if f in decided)
                not_listed.append(NotListed(det.id, follows=statuses or tuple((f, None) for f in follows)))
        outcomes = tuple(decided[det.id] for det in listed if det.id in decided)
        key = (truths, tuple((n.id, n.follows) for n in not_listed[len(outside):]))
        return Outcomes(outcomes, tuple(not_listed), self.joint(outcomes), tuple(det.id for det in listed), key)

    def determine(self, det: DeterminationPlan, follows: str | None = None) -> Outcome:
        """One listed determination, decided once per pattern of the truths it reads: first those
        ``settle`` reads (its rules', their periods' and its scope's), then those the outcome is made of
        once settled (the parts of the conditions it reports, and below them; see ``reads``). Only the
        deadline's date is the case's own."""
        values, plan = self.values, self.plan
        first = (det.id, follows, bytes(det.rule_truths(values)))
        entry = plan.settled.get(first)
        if entry is None:
            settled = settle(det.rules, values, det.otherwise, det.otherwise_rank)
            if not room():  # nothing more is remembered: decided afresh, as a memo would have
                return self.dated(*self.outcome(det, follows, settled))
            entry = (settled, *self.reads(det, follows, settled))
            remember(plan.settled, first, entry)
        settled, truths, refs = entry
        known = self.ev.known
        second = (first, bytes(truths(values)), tuple(f in known for f in refs))
        remembered = plan.decided.get(second)
        if remembered is None:
            remembered = self.outcome(det, follows, settled)
            remember(plan.decided, second, remembered)
        return self.dated(*remembered)

    def dated(self, outcome: Outcome, deadline: Deadline | None) -> Outcome:
        """The outcome with its deadline's date on this case's dates."""
        if deadline is None:
            return outcome
        date, basis = due(deadline, self.ev.known, self.scope.book.settings, self.scope.calendar, self.scope.unverified)
        if outcome.would_be is not None:  # a duty while the case's scope is open has no date yet
            date = None
        return replace(outcome, due=date, due_basis=basis) if (date, basis) != (None, None) else outcome

    def reads(
        self, det: DeterminationPlan, follows: str | None, settled: Settled
    ) -> tuple[Callable[[Values], tuple[int, ...]], tuple[str, ...]]:
        """What ``outcome`` reads once ``settled``: the truths (as one getter) and the facts whose being
        known it reads beyond what the truths say (``Plan.below``)."""
        plan, slots, refs = self.plan, set[int](), dict[str, None]()
        deciding = [r.bound for r in settled.deciding]
        if settled.pending:
            plan.below((r.tree.slot for r in settled.pending), slots, refs)
            plan.behind([r.bound for r in settled.pending] + deciding, slots)
        elif deciding:
            plan.behind(deciding, slots)
            if follows is None:
                for tree in (det.applies, det.era):
                    slots.update(s for s in (tree.slot, *(p for p, _ in tree.parts)) if s != ALWAYS)
                    plan.below((p for p, _ in tree.parts) if tree.is_all else [tree.slot], slots, refs)
        else:
            for r in settled.unmet:
                slots.update(s for s in (r.tree.slot, *(p for p, _ in r.tree.parts)) if s != ALWAYS)
        return getter(sorted(slots)), tuple(refs)

    def outcome(self, det: DeterminationPlan, follows: str | None, settled: Settled) -> tuple[Outcome, Deadline | None]:
        """The outcome ``settled`` gives, and the deadline whose date the case's own dates give. A duty
        found while it is not yet known whether the case is within the law's scope (its ``applies_when``
        or era turns on unknown facts) is only a duty if it is: undetermined, naming those facts (a "no"
        stays a "no": out of scope is no duty either). A follow-on duty (``follows``: the duty it
        follows, required) is decided on its own rules."""
        spec = det.spec
        common: dict[str, Any] = {
            "id": det.id, "spec": spec, "ruleset": det.ruleset, "considered": tuple(r.bound for r in det.rules),
            "follows": follows,
        }
        deciding, pending = tuple(r.bound for r in settled.deciding), tuple(r.bound for r in settled.pending)
        if pending:
            depends_on = _unique(f for r in settled.pending for f in self.unknown_facts(r.tree.slot))
            return _outcome(
                **common, status=settled.status, deciding=deciding, pending=pending, depends_on=tuple(depends_on),
                at_least=settled.deciding[0].status if deciding else None,
                recorded=tuple(self.with_support(pending, 1) + self.with_support(deciding, 2)),
                cited=pending + deciding, actor=spec.actor, recipients=tuple(spec.recipients or ()),
            ), None
        if deciding:
            deadline = next((b.rule.then.due for b in deciding if b.rule.then.due), None)
            then = deciding[0].rule.then
            status, would_be, scope_open, depends = settled.status, None, (), ()
            if follows is None and status not in ("not_required", "undetermined", NOT_ENCODED):
                open_ = failed(self.values, det.applies, 1) + failed(self.values, det.era, 1)
                if open_:
                    status, would_be, scope_open = "undetermined", settled.status, tuple(open_)
                    depends = tuple(_unique(f for slot, _ in open_ for f in self.unknown_facts(slot)))
            return _outcome(
                **common, status=status, deciding=deciding, recorded=tuple(self.with_support(deciding, 2)),
                cited=deciding, actor=then.actor or spec.actor,
                recipients=tuple(then.recipients or spec.recipients or ()),
                requirements=tuple(_unique(r for b in deciding for r in b.rule.then.requirements or [])),
                would_be=would_be, scope_open=tuple(c for _, c in scope_open), depends_on=depends,
            ), deadline
        unmet = tuple((r.bound, tuple(c for _, c in failed(self.values, r.tree, 0))) for r in settled.unmet)
        recorded = tuple(r.bound for r in settled.unmet)
        return _outcome(**common, status=settled.status, unmet=unmet, recorded=recorded, cited=recorded,
                       actor=spec.actor, recipients=tuple(spec.recipients or ())), None

    def joint(self, outcomes: tuple[Outcome, ...]) -> tuple[Joint, ...]:
        """Where the case meets several reviews: the joint reviews whose duties are all in play
        (whatever their status short of not required) and whose ``when`` is not false."""
        in_play = {o.id for o in outcomes if o.status not in ("not_required", NOT_ENCODED)}
        joint = []
        for plan in self.plan.joint:
            spec = plan.spec
            met = tuple(det_id for det_id in spec.each_of + spec.any_of if det_id in in_play)
            complete = set(spec.each_of) <= in_play and (not spec.any_of or set(spec.any_of) & in_play)
            if complete and self.truth(plan.when) != 0:
                joint.append(Joint(plan.id, spec, plan.ruleset, met))
        return tuple(joint)

    def unknown_facts(self, slot: int) -> list[str]:
        """The unknown case facts that an unknown condition turns on. Only unknown parts are followed
        (a part already true or false decides nothing more), and a derived fact is followed to the
        unknown facts of the rules that could still conclude it."""
        if slot == ALWAYS or self.values[slot] != 1:
            return []
        kind, parts = self.plan.nodes[slot]
        if kind == CASE:
            known = self.ev.known
            return [f for f in parts if f not in known]
        if kind == DERIVED:
            return _unique(f for rule_slot, _ in parts for f in self.unknown_facts(rule_slot))
        return _unique(f for child in parts for f in self.unknown_facts(child))

    def with_support(self, rules: tuple[BoundRule, ...], value: int) -> list[BoundRule]:
        """The rules plus the derived-fact rules behind them that have the same value (for the record)."""
        result: dict[str, BoundRule] = {b.rule.id: b for b in rules}
        stack = list(rules)
        support, values = self.plan.support, self.values
        while stack:
            for node_slot, concluding in support[stack.pop().rule.id]:
                if values[node_slot] == value:
                    for rule_slot, b in concluding:
                        if (values[rule_slot] if rule_slot != ALWAYS else 2) == value and b.rule.id not in result:
                            result[b.rule.id] = b
                            stack.append(b)
        return list(result.values())


def _outcome(**fields: Any) -> Outcome:
    """An outcome with its ``key``."""
    return Outcome(**fields, key=pattern(Outcome(**fields)))


def pattern(outcome: Outcome) -> tuple[Any, ...]:
    """An outcome's fields but its dates: the rules by id, the parts of conditions by identity (they
    belong to the scope, which outlives any memo entry keyed by them)."""
    return (
        outcome.id, outcome.status, _rule_ids(outcome.deciding), _rule_ids(outcome.pending),
        tuple((b.rule.id, _ids(parts)) for b, parts in outcome.unmet), _rule_ids(outcome.recorded),
        _rule_ids(outcome.cited), outcome.depends_on, outcome.at_least, outcome.actor, outcome.recipients,
        outcome.requirements, outcome.follows, outcome.would_be, _ids(outcome.scope_open),
    )


def _rule_ids(rules: tuple[BoundRule, ...]) -> tuple[str, ...]:
    return tuple(b.rule.id for b in rules)


def _ids(parts: tuple[Any, ...]) -> tuple[int, ...]:
    return tuple(id(part) for part in parts)


def failed(values: Values, tree: Tree, value: int) -> list[tuple[int, Condition]]:
    """The parts that give a condition its value (0 false, or 1 unknown), each with its slot: each
    such part of an ``all`` (followed into nested ``all``), or the condition itself; nothing if it has
    another value. (A part of an ``all`` with the value gives each ``all`` around it that value, as
    ``all`` is the least of its parts and the condition has it: so the flattened parts are enough.)"""
    if tree.slot == ALWAYS or values[tree.slot] != value:
        return []
    if not tree.is_all:
        return [(tree.slot, tree.condition)]  # type: ignore[list-item]
    return [part for part in tree.parts if values[part[0]] == value]


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
