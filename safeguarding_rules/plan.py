"""What ``decide`` reads of a scope, indexed once when the scope is built.

Everything here depends only on the scope's rules, never on a case: each condition's slot in the
scope's generated evaluation (so a case's truth of it is one index into its values), each rule's rank
in its determination's precedence and whether another rule subsumes it, the parts of each condition
that ``decide`` reports (its ``all`` flattened), and, per condition node, what the unknown facts it
turns on are made of. Per case ``decide`` then only looks truths up; nothing here decides a status.
The plan also holds ``decide``'s memos (what it made of each pattern of truths met), within ``BUDGET``.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from safeguarding_rules.book import BoundRule, LoadedRuleset
from safeguarding_rules.compiler import fact_nodes
from safeguarding_rules.evaluate import Program
from safeguarding_rules.schema import Condition, DeterminationSpec, JointReviewSpec

ALWAYS = -1
"""The slot of a missing condition: it always holds (``decide`` reads it as true)."""

Parts = tuple[tuple[int, Condition], ...]
"""A condition's parts, ``all`` flattened (nested ``all`` too), each with its slot: the parts that
give an ``all`` its value when it is false or unknown (see ``decide.failed``)."""

CASE, DERIVED, GROUP = 0, 1, 2
"""The kinds of node ``decide.unknown_facts`` follows: a test of a case fact, of a derived fact, or ``all``/``any``."""


@dataclass(frozen=True)
class Tree:
    """One condition as ``decide`` reads it: its slot, whether it is an ``all``, and its parts."""

    condition: Condition | None
    slot: int
    is_all: bool
    parts: Parts


@dataclass(frozen=True)
class RulePlan:
    """One rule of a determination, as ``settle`` and the record read it."""

    bound: BoundRule
    tree: Tree
    status: str
    rank: int
    """Its status's strength in its determination's precedence."""
    subsumed: bool
    """Another rule of the determination with at least its status tests a strict subset of its tests,
    so it never decides more than that rule and its own facts are never asked (``decide.settle``)."""
    periods: tuple[int, ...]
    """The slots of the parts of its condition that are its period in force."""


@dataclass(frozen=True)
class DeterminationPlan:
    id: str
    spec: DeterminationSpec
    ruleset: str
    applies: Tree
    era: Tree
    rules: tuple[RulePlan, ...]
    otherwise: str
    otherwise_rank: int
    rule_truths: Callable[[tuple[int, ...]], tuple[int, ...]]
    """A case's truths of its rules' conditions and periods in force, and of its scope (one C call):
    all that ``settle`` reads."""


@dataclass(frozen=True)
class JointPlan:
    id: str
    spec: JointReviewSpec
    ruleset: LoadedRuleset
    when: int


@dataclass(frozen=True)
class Plan:
    """A scope's determinations, rules and condition nodes as ``decide`` reads them (slots, not trees)."""

    determinations: tuple[DeterminationPlan, ...]
    joint: tuple[JointPlan, ...]
    nodes: tuple[tuple[int, Any], ...]
    """By slot: (CASE, the fact and any fact it is compared with), (DERIVED, the slots of the
    conditions of the rules concluding that fact, with those rules), or (GROUP, the parts' slots)."""
    support: Mapping[str, tuple[tuple[int, tuple[tuple[int, BoundRule], ...]], ...]]
    """By rule id: each test of a derived fact in its condition, depth first, with its slot and the
    rules concluding that fact (each with its condition's slot): the derived-fact rules behind it."""
    scope_truths: Callable[[tuple[int, ...]], tuple[int, ...]]
    """A case's truths of every determination's ``applies_when`` and era and of their parts (one C
    call): all that decides which determinations a case is within, and why not the others."""
    scanned: dict[bytes, Any] = field(default_factory=dict, repr=False, compare=False)
    """A memo, not state: what ``decide`` made of each ``scope_truths`` met (while there is ``room``)."""
    settled: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    """A memo, not state: what ``decide`` settled for each determination and pattern of ``rule_truths``."""
    decided: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    """A memo, not state: the outcome ``decide`` made of each pattern of the truths it is made of."""

    @staticmethod
    def build(
        program: Program,
        determinations: tuple[tuple[str, DeterminationSpec, str], ...],
        rulesets: tuple[LoadedRuleset, ...],
        rules: tuple[BoundRule, ...],
        by_determination: Mapping[str, tuple[BoundRule, ...]],
        by_fact: Mapping[str, tuple[BoundRule, ...]],
        ranks: Mapping[str, Mapping[str, int]],
        conjuncts: Mapping[str, frozenset[str]],
        eras: Mapping[str, Condition | None],
        derived: Mapping[str, Any],
    ) -> Plan:
        slots = program.slots
        conditions = program.compiled.conditions

        def slot(condition: Condition | None) -> int:
            return ALWAYS if condition is None else slots[id(condition)]

        def tree(condition: Condition | None) -> Tree:
            parts: list[tuple[int, Condition]] = []

            def flatten(node: Condition) -> None:
                for child in node.all or []:
                    if child.all is not None:
                        flatten(child)
                    else:
                        parts.append((slot(child), child))

            if condition is not None and condition.all is not None:
                flatten(condition)
            return Tree(condition, slot(condition), condition is not None and condition.all is not None, tuple(parts))

        concluding = {fact: tuple((slot(conditions[b.rule.id]), b) for b in bounds) for fact, bounds in by_fact.items()}
        planned = []
        for det_id, spec, ruleset_id in determinations:
            rank = ranks[ruleset_id]
            bounds = by_determination.get(det_id, ())
            status = {b.rule.id: b.rule.then.status or "not_required" for b in bounds}
            settles = {slot(c) for c in (spec.applies_when, eras[ruleset_id])}
            for b in bounds:
                settles.add(slot(conditions[b.rule.id]))
                settles.update(program.periods.get(b.rule.id, ()))
            planned.append(DeterminationPlan(
                rule_truths=getter(sorted(settles - {ALWAYS})),
                id=det_id, spec=spec, ruleset=ruleset_id, applies=tree(spec.applies_when), era=tree(eras[ruleset_id]),
                rules=tuple(
                    RulePlan(
                        bound=b, tree=tree(conditions[b.rule.id]), status=status[b.rule.id],
                        rank=rank[status[b.rule.id]],
                        subsumed=any(
                            other is not b and rank[status[other.rule.id]] >= rank[status[b.rule.id]]
                            and conjuncts[other.rule.id] < conjuncts[b.rule.id]
                            for other in bounds
                        ),
                        periods=program.periods.get(b.rule.id, ()),
                    )
                    for b in bounds
                ),
                otherwise=spec.otherwise.status, otherwise_rank=rank[spec.otherwise.status],
            ))
        nodes: list[tuple[int, Any]] = []
        for node in program.nodes:
            if node.fact is None:
                nodes.append((GROUP, tuple(slot(child) for child in node.all or node.any or [])))
            elif node.fact in derived:
                nodes.append((DERIVED, concluding.get(node.fact, ())))
            else:
                nodes.append((CASE, tuple(f for f in (node.fact, node.ref) if f)))
        support = {
            b.rule.id: tuple(
                (slot(node), concluding.get(node.fact or "", ()))
                for node in fact_nodes(conditions[b.rule.id]) if node.fact in derived
            )
            for b in rules
        }
        joint = tuple(
            JointPlan(joint_id, spec, loaded, slot(spec.when))
            for loaded in rulesets for joint_id, spec in loaded.spec.joint_reviews.items()
        )
        scope_slots = sorted({
            s for det in planned for t in (det.applies, det.era)
            for s in (t.slot, *(part for part, _ in t.parts)) if s != ALWAYS
        })
        plan = Plan(tuple(planned), joint, tuple(nodes), support, getter(scope_slots))
        weakref.finalize(plan, _release, plan.scanned, plan.settled, plan.decided)
        return plan

    def below(self, slots: Iterable[int], into: set[int], refs: dict[str, None]) -> None:
        """Every slot ``decide.unknown_facts`` may read from these (each node's parts, and the conditions of
        the rules concluding a derived fact it tests, with theirs), into ``into``; into ``refs``, the
        facts of each test comparing two facts (unknown when either is, so which is unknown is read too)."""
        stack = [s for s in slots if s != ALWAYS]
        while stack:
            slot = stack.pop()
            if slot in into:
                continue
            into.add(slot)
            kind, parts = self.nodes[slot]
            if kind == GROUP:
                stack.extend(parts)
            elif kind == DERIVED:
                stack.extend(s for s, _ in parts if s != ALWAYS)
            elif len(parts) > 1:
                refs.update(dict.fromkeys(parts))

    def behind(self, rules: Iterable[BoundRule], into: set[int]) -> None:
        """Every slot ``decide.with_support`` may read from these rules, into ``into``."""
        stack, seen = list(rules), set()
        while stack:
            bound = stack.pop()
            if bound.rule.id in seen:
                continue
            seen.add(bound.rule.id)
            for node_slot, concluding in self.support[bound.rule.id]:
                into.add(node_slot)
                for rule_slot, rule in concluding:
                    if rule_slot != ALWAYS:
                        into.add(rule_slot)
                    stack.append(rule)


BUDGET = 8192
"""At most this many patterns remembered across every live scope (scans, settlements and outcomes
together). The patterns that recur are few (3,000 varied cases meet about 7,500, 6,000 about 11,300,
most of the variety being which facts are unknown; the cases of ``benchmarks/vs_zen.py`` far fewer),
but a client can send cases without end; each holds about 1.3 KB, so the memos stay near 11 MB
however varied the cases. A pattern not remembered is decided afresh, identically."""

_held = 0
"""Patterns remembered by the live scopes' plans (a plan's count is given back when it is freed)."""
_lock = threading.Lock()


def room() -> bool:
    """Whether a pattern may still be remembered."""
    return _held < BUDGET


def remember(memo: dict[Any, Any], key: Any, value: Any) -> None:
    """Remember ``value`` under ``key`` in one of a plan's memos, while the budget allows."""
    global _held
    with _lock:
        if _held < BUDGET and key not in memo:
            memo[key] = value
            _held += 1


def _release(*memos: dict[Any, Any]) -> None:
    global _held
    with _lock:
        _held -= sum(len(memo) for memo in memos)


def getter(slots: list[int]) -> Callable[[tuple[int, ...]], tuple[int, ...]]:
    """The values at these slots, always as a tuple (``itemgetter`` of one slot gives the value itself)."""
    if len(slots) >= 2:
        return itemgetter(*slots)  # type: ignore[return-value]
    if slots:
        only = slots[0]
        return lambda values: (values[only],)
    return lambda values: ()
