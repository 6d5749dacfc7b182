"""Conflict check: can a rule that rules a determination out fire together with one that requires,
asks to consider, or permits it?

For each determination, every pair of a ``not_required`` rule and a rule with a positive status is
searched over every combination of the facts they read: true, false and unknown for tri-state facts,
every value and unknown for enums, and for dates and ages the values either side of every boundary a
rule or effective date draws. Precedence between positive statuses (``required`` over
``discretionary``) is intended and not a conflict; with an ``otherwise`` status on every
determination, no combination is left without one. Strong Kleene logic is monotone, so a partial
combination under which either rule is already false is pruned. Conditions are evaluated by the
engine's own generated evaluation (``evaluate.Program``), with the facts not yet chosen open. A
conflict found is reproduced through the engine (durable_rules) before it is reported, with the case
as a counter-example.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Any

from safeguarding_rules.book import BoundRule, RuleBook
from safeguarding_rules.compiler import Atom, CompiledBook, fact_nodes, period_conditions
from safeguarding_rules.engine import Engine
from safeguarding_rules.evaluate import OPEN, Evaluation, Program
from safeguarding_rules.facts import nest_facts
from safeguarding_rules.matcher import atom_holds
from safeguarding_rules.models.case import contradictions
from safeguarding_rules.operators import OPERATORS
from safeguarding_rules.schema import Condition, Effective, FactRef

_UNASSIGNED = object()
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Conflict:
    """Two rules of one determination that fire together with opposite outcomes."""

    determination: str
    rules: tuple[str, str]
    statuses: tuple[str, str]
    case: dict[str, Any]
    reproduced: bool


@dataclass(frozen=True)
class EraLeak:
    """A rule that could conclude a positive status outside its ruleset's declared period."""

    determination: str
    rule: str
    status: str
    ruleset: str
    case: dict[str, Any]


@dataclass(frozen=True)
class CoverageGap:
    """Days inside a ruleset's declared period on which no rule of one of its determinations that
    could give a duty is in force: a case dated there would get ``not_encoded``, so the ruleset
    declares more than it encodes."""

    determination: str
    ruleset: str
    date_fact: str
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class CheckReport:
    pairs_checked: int
    conflicts: list[Conflict]
    rules_checked_for_era: int = 0
    era_leaks: list[EraLeak] = field(default_factory=list)
    determinations_checked_for_coverage: int = 0
    coverage_gaps: list[CoverageGap] = field(default_factory=list)


class _Analysis:
    """The book's conditions on a hypothetical combination of facts, some still to be chosen: what
    each can still become (``can_hold``), and, through the engine's own evaluation, what it is."""

    def __init__(self, book: RuleBook, compiled: CompiledBook, settings: dict[str, Any]) -> None:
        self.book = book
        self.compiled = compiled
        self.conditions = compiled.conditions
        self.settings = settings
        self.concluding: dict[str, list[BoundRule]] = {}
        for bound in book.rules:
            if bound.rule.then.fact:
                self.concluding.setdefault(bound.rule.then.fact, []).append(bound)

    def value(self, name: str, facts: dict[str, Any]) -> Any:
        if name in self.settings:
            return self.settings[name]
        return facts.get(name, _UNASSIGNED)

    def program(self, roots: list[Condition | None], derived: list[str]) -> Program:
        """The engine's generated evaluation of these conditions and the derived facts they read."""
        concluding = {fact: tuple(self.conditions[b.rule.id] for b in self.concluding[fact]) for fact in derived}
        return Program(self.compiled, roots, concluding, self.book.derived_facts.keys())

    def evaluate(self, program: Program, names: list[str], facts: dict[str, Any]) -> Evaluation:
        """The conditions' truths as the engine finds them, a fact not chosen yet being open (any test
        of it unknown) and one chosen unknown (None) being absent, as in a case."""
        known: dict[str, Any] = {name: OPEN for name in names if name not in facts}
        known.update((name, value) for name, value in facts.items() if value is not None)
        known.update((name, value) for name, value in self.settings.items() if value is not None)
        return program.evaluation(program.testing(known), known)

    def can_hold(self, c: Condition | None, facts: dict[str, Any], memo: dict[str, tuple[bool, bool]]) -> bool:
        """Whether the condition can still come out true once every unassigned fact is chosen."""
        return self._reach(c, facts, memo)[0]

    def _reach(self, c: Condition | None, facts: dict[str, Any], memo: dict[str, tuple[bool, bool]]) -> tuple[bool, bool]:
        """(can become true, can become false). A fact chosen unknown stays unknown, so a test of it
        can become neither (but ``unless_known_to_be`` holds on it, and ``known_to_be`` fails on it);
        a derived fact can become true if a rule concluding it can, and false only if all can."""
        if c is None:
            return True, False
        if c.fact is None:
            parts = [self._reach(child, facts, memo) for child in c.all or c.any or []]
            if c.all is not None:
                return all(t for t, _ in parts), any(f for _, f in parts)
            return any(t for t, _ in parts), all(f for _, f in parts)
        fact = c.fact
        if fact in self.book.derived_facts:
            if fact not in memo:
                memo[fact] = (False, True)  # stratified: no derived fact depends on itself
                rules = [self._reach(self.conditions[b.rule.id], facts, memo) for b in self.concluding.get(fact, [])]
                memo[fact] = (any(t for t, _ in rules), all(f for _, f in rules))
            can_true, can_false = memo[fact]
            return (can_true, can_false) if bool(c.value) else (can_false, can_true)
        value = self.value(fact, facts)
        other = self.value(c.value.fact, facts) if isinstance(c.value, FactRef) else c.value
        if value is _UNASSIGNED or other is _UNASSIGNED:
            return True, True
        if c.op == "unless_known_to_be":
            return (True, False) if value is None else ((value != c.value), (value == c.value))
        if c.op == "known_to_be":
            return (False, True) if value is None else ((value == c.value), (value != c.value))
        if c.op == "unless_known_before":
            return (True, False) if value is None else ((value >= c.value), (value < c.value))
        if value is None or other is None:
            return False, False
        holds = atom_holds(Atom.of(c), {fact: value, **({c.ref: other} if c.ref else {})})
        return holds, not holds


def _reads(
    book: RuleBook, conditions: list[Condition | None], all_conditions: dict[str, Condition | None]
) -> tuple[set[str], list[str]]:
    """Case facts the conditions read, following derived facts to the rules that conclude them; and
    those derived facts."""
    facts: set[str] = set()
    stack = list(conditions)
    seen_derived: set[str] = set()
    while stack:
        for node in fact_nodes(stack.pop()):
            for name in filter(None, (node.fact, node.ref)):
                if name in book.derived_facts and name not in seen_derived:
                    seen_derived.add(name)
                    stack.extend(all_conditions[b.rule.id] for b in book.rules if b.rule.then.fact == name)
                elif name not in book.derived_facts and name not in book.settings and name not in book.parameters:
                    facts.add(name)
    return facts, sorted(seen_derived)


def _domain(book: RuleBook, name: str, nodes: list[Condition], settings: dict[str, Any]) -> list[Any]:
    """The values worth trying for a fact: its whole domain, or the points either side of each boundary."""
    spec = book.fact_spec(name)
    assert spec is not None
    if spec.type in ("bool", "enum"):
        return [*spec.values, None]
    points: set[Any] = set()
    for node in nodes:
        if node.fact != name:
            continue
        values: list[Any]
        if isinstance(node.value, FactRef):
            values = [settings.get(node.value.fact)]
        else:
            values = node.value if isinstance(node.value, list) else [node.value]
        for value in values:
            if isinstance(value, dt.date):
                points.update({value - _DAY, value, value + _DAY})
            elif isinstance(value, int) and not isinstance(value, bool):
                points.update({value - 1, value, value + 1})
    return [*sorted(points), None]


def check_conflicts(engine: Engine) -> CheckReport:
    """Search every determination for a ``not_required`` rule firing together with a positive one."""
    book = engine.book
    conditions = engine.compiled.conditions
    all_nodes = [n for c in conditions.values() for n in fact_nodes(c)]
    conflicts: list[Conflict] = []
    pairs = 0
    for det_id, (spec, ruleset_id) in book.determinations.items():
        partnership = book.ruleset(ruleset_id).spec.partnership  # type: ignore[union-attr]
        settings = _fixed_values(book, partnership)
        analysis = _Analysis(book, engine.compiled, settings)
        rules = [b for b in book.rules if b.rule.then.determination == det_id]
        negative = [b for b in rules if b.rule.then.status == "not_required"]
        positive = [b for b in rules if b.rule.then.status != "not_required"]
        for neg, pos in itertools.product(negative, positive):
            pairs += 1
            roots = [conditions[neg.rule.id], conditions[pos.rule.id], spec.applies_when]
            names, derived = _reads(book, roots, conditions)
            # Facts both rules read first: that is where two rules exclude each other, so most
            # combinations are pruned after a few choices.
            shared = _reads(book, roots[:1], conditions)[0] & _reads(book, roots[1:2], conditions)[0]
            order = sorted(names, key=lambda n: (n not in shared, n))
            domains = {name: _domain(book, name, all_nodes, settings) for name in order}
            found = _search(analysis, roots, order, derived, domains)
            if found is not None:
                case = _case(found, partnership)
                decision = engine.assess(case, trace=True)
                fired = {t.rule for t in decision.trace or [] if t.fired}
                conflicts.append(
                    Conflict(det_id, (neg.rule.id, pos.rule.id), ("not_required", pos.rule.then.status or ""), case,
                             {neg.rule.id, pos.rule.id} <= fired)
                )
    checked, leaks = _era_leaks(engine)
    gaps = coverage_gaps(book)
    return CheckReport(pairs, conflicts, checked, leaks, len(book.determinations), gaps)


def coverage_gaps(book: RuleBook) -> list[CoverageGap]:
    """For each determination, the days of its ruleset's declared period (``effective`` from and to,
    on its date fact) that none of its rules with a positive status covers. A rule read on another
    date fact is not comparable and is left aside; a determination with no such rule at all is one
    gap over the whole period."""
    gaps: list[CoverageGap] = []
    for det_id, (spec, ruleset_id) in book.determinations.items():
        declared = book.ruleset(ruleset_id).spec.effective  # type: ignore[union-attr]
        fact = declared.date_fact or ""
        spans = sorted(
            (b.effective.from_ or dt.date.min, b.effective.to or dt.date.max)
            for b in book.rules
            if b.rule.then.determination == det_id and b.rule.then.status != "not_required"
            and (b.effective.date_fact or fact) == fact
        )
        start, end = _listed_between(book, spec.applies_when, fact, declared.from_ or dt.date.min, declared.to or dt.date.max)
        cursor: dt.date | None = start
        for first, last in spans:
            if last < cursor:
                continue
            if first > cursor:
                gaps.append(CoverageGap(det_id, ruleset_id, fact, _day(cursor), _day(min(first - _DAY, end))))
            if last >= end:
                cursor = None
                break
            cursor = max(cursor, last + _DAY)
        if cursor is not None and cursor <= end:
            gaps.append(CoverageGap(det_id, ruleset_id, fact, _day(cursor), _day(end)))
    return gaps


def _listed_between(book: RuleBook, applies_when: Condition | None, fact: str, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The declared period narrowed by the dates a determination's ``applies_when`` requires of the
    same date fact (a duty that begins with its regime is out of scope before it, not a gap)."""
    parts = [] if applies_when is None else applies_when.all if applies_when.all is not None else [applies_when]
    for part in parts:
        if part.fact != fact:
            continue
        value = part.value
        if isinstance(value, FactRef) and value.fact in book.parameters:
            value = book.parameters[value.fact][0].latest
        if not isinstance(value, dt.date):
            continue
        if part.op == "on_or_after":
            start = max(start, value)
        elif part.op == "after":
            start = max(start, value + _DAY)
        elif part.op == "on_or_before":
            end = min(end, value)
        elif part.op == "before":
            end = min(end, value - _DAY)
    return start, end


def _day(day: dt.date) -> dt.date | None:
    """A day, or None for an open end."""
    return None if day in (dt.date.min, dt.date.max) else day


def _era_leaks(engine: Engine) -> tuple[int, list[EraLeak]]:
    """Search every rule with a positive status for a case where it holds while its ruleset's declared
    period (``effective`` from, to and ``while``) does not: a local pathway described by an LSCB's
    page must not be required after the LSCB ended, nor a rule outlive its regime."""
    book = engine.book
    conditions = engine.compiled.conditions
    all_nodes = [n for c in conditions.values() for n in fact_nodes(c)]
    leaks: list[EraLeak] = []
    checked = 0
    for bound in book.rules:
        det_id, status = bound.rule.then.determination, bound.rule.then.status
        if det_id is None or status in (None, "not_required"):
            continue
        loaded = book.ruleset(bound.ruleset)
        assert loaded is not None
        outside = outside_period(loaded.spec.effective)
        if outside is None:
            continue
        checked += 1
        partnership = loaded.spec.partnership
        settings = _fixed_values(book, partnership)
        roots = [outside, conditions[bound.rule.id], _listed_when(book, det_id)]
        names, derived = _reads(book, roots, conditions)
        # The facts the period reads first: most combinations fall inside it and are pruned at once.
        first = _reads(book, roots[:1], conditions)[0]
        order = sorted(names, key=lambda n: (n not in first, n))
        domains = {name: _domain(book, name, [*all_nodes, *fact_nodes(outside)], settings) for name in order}
        found = _search(_Analysis(book, engine.compiled, settings), roots, order, derived, domains)
        if found is not None:
            leaks.append(EraLeak(det_id, bound.rule.id, status, loaded.spec.id, _case(found, partnership)))
    return checked, leaks


def _fixed_values(book: RuleBook, partnership: str | None) -> dict[str, Any]:
    """The values the search holds fixed: the partnership's settings, and each parameter's latest value."""
    return {**book.setting_values(partnership), **{name: p.latest for name, (p, _) in book.parameters.items()}}


def _listed_when(book: RuleBook, det_id: str) -> Condition | None:
    """When a determination is listed: its ``applies_when`` within its own ruleset's era."""
    spec, ruleset_id = book.determinations[det_id]
    era = book.ruleset(ruleset_id).spec.effective.while_  # type: ignore[union-attr]
    parts = [c for c in (spec.applies_when, era) if c is not None]
    return Condition(all=parts) if parts else None


def outside_period(effective: Effective) -> Condition | None:
    """A condition that holds exactly when a case falls outside a declared period (None: no period)."""
    inside = period_conditions(effective)
    return negate(Condition(all=inside)) if inside else None


def negate(condition: Condition) -> Condition:
    """The condition's negation in strong Kleene logic (De Morgan; unknown stays unknown)."""
    if condition.all is not None:
        return Condition(any=[negate(c) for c in condition.all])
    if condition.any is not None:
        return Condition(all=[negate(c) for c in condition.any])
    value = condition.value
    if condition.op == "is" and isinstance(value, bool):
        return Condition(fact=condition.fact, op="is", value=not value)
    if condition.op == "at_least" and isinstance(value, int):
        return Condition(fact=condition.fact, op="at_most", value=value - 1)
    if condition.op == "at_most" and isinstance(value, int):
        return Condition(fact=condition.fact, op="at_least", value=value + 1)
    negation = OPERATORS[condition.op or "is"].negation
    if negation is None:
        raise ValueError(f"an era cannot be written with `{condition.op}` ({condition.fact})")
    return Condition(fact=condition.fact, op=negation, value=value)


def _search(
    analysis: _Analysis,
    roots: list[Condition | None],
    names: list[str],
    wanted: list[str],
    domains: dict[str, list[Any]],
) -> dict[str, Any] | None:
    neg, pos, applies = roots
    program = analysis.program(roots, wanted)

    def viable(facts: dict[str, Any]) -> bool:
        if contradictions(facts):
            return False  # a case the model refuses (aware before it happened, a child of 25) is no counter-example
        memo: dict[str, tuple[bool, bool]] = {}
        if not (analysis.can_hold(neg, facts, memo) and analysis.can_hold(pos, facts, memo)):
            return False
        return analysis.evaluate(program, names, facts).condition(applies) != "false"

    def dfs(index: int, facts: dict[str, Any]) -> dict[str, Any] | None:
        if not viable(facts):
            return None
        if index == len(names):
            evaluation = analysis.evaluate(program, names, facts)
            if all(evaluation.condition(c) == "true" for c in (neg, pos)):
                return dict(facts)
            return None
        for value in domains[names[index]]:
            facts[names[index]] = value
            result = dfs(index + 1, facts)
            if result is not None:
                return result
        del facts[names[index]]
        return None

    return dfs(0, {})


def _case(facts: dict[str, Any], partnership: str | None) -> dict[str, Any]:
    base: dict[str, Any] = {"assessment_date": "2026-11-21", "subject": {"kind": "adult"}}
    if partnership:
        base["partnership"] = partnership
    return nest_facts(facts, into=base)
