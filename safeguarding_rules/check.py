"""Conflict check: can a rule that rules a determination out fire together with one that requires,
asks to consider, or permits it?

For each determination, every pair of a ``not_required`` rule and a rule with a positive status is
searched over every combination of the facts they read: true, false and unknown for tri-state facts,
every value and unknown for enums, and for dates and ages the values either side of every boundary a
rule or effective date draws. Precedence between positive statuses (``required`` over
``discretionary``) is intended and not a conflict; with an ``otherwise`` status on every
determination, no combination is left without one. Strong Kleene logic is monotone, so a partial
combination under which either rule is already false is pruned. A conflict found is reproduced
through the engine (durable_rules) before it is reported, with the case as a counter-example.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from safeguarding_rules.compiler import fact_nodes
from safeguarding_rules.engine import Engine
from safeguarding_rules.evaluate import Truth
from safeguarding_rules.facts import nest_facts
from safeguarding_rules.loader import BoundRule, RuleBook
from safeguarding_rules.schema import Condition, FactRef

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
class CheckReport:
    pairs_checked: int
    conflicts: list[Conflict]


class _Analysis:
    """Three-valued evaluation of the book's conditions on a hypothetical combination of facts."""

    def __init__(self, book: RuleBook, conditions: dict[str, Condition | None], settings: dict[str, Any]) -> None:
        self.book = book
        self.conditions = conditions
        self.settings = settings
        self.concluding: dict[str, list[BoundRule]] = {}
        for bound in book.rules:
            if bound.rule.then.fact:
                self.concluding.setdefault(bound.rule.then.fact, []).append(bound)

    def value(self, name: str, facts: dict[str, Any]) -> Any:
        if name in self.settings:
            return self.settings[name]
        return facts.get(name, _UNASSIGNED)

    def atom(self, c: Condition, facts: dict[str, Any], derived: dict[str, Truth], reach: bool = False) -> Truth:
        """An atom's value; with ``reach``, a fact chosen to be unknown counts as false, since a test
        of an unknown fact can never become true (only ``unless_known_to_be`` holds on it)."""
        fact = c.fact or ""
        if fact in self.book.derived_facts:
            truth = derived.get(fact, "unknown")
            if truth == "unknown":
                return "unknown"
            return "true" if (truth == "true") == bool(c.value) else "false"
        value = self.value(fact, facts)
        if value is _UNASSIGNED:
            return "unknown"  # not yet chosen: may still go either way
        if c.op == "unless_known_to_be":
            return "true" if value is None or value != c.value else "false"
        if c.op == "known_to_be":
            return "true" if value == c.value else "false"
        other = self.value(c.value.fact, facts) if isinstance(c.value, FactRef) else c.value
        if value is None or other is None:
            return "false" if reach else "unknown"
        if other is _UNASSIGNED:
            return "unknown"
        return "true" if _test(c.op or "is", value, other) else "false"

    def condition(self, c: Condition | None, facts: dict[str, Any], derived: dict[str, Truth], reach: bool = False) -> Truth:
        if c is None:
            return "true"
        if c.fact is not None:
            return self.atom(c, facts, derived, reach)
        values = [self.condition(child, facts, derived, reach) for child in c.all or c.any or []]
        decisive, other = ("false", "true") if c.all is not None else ("true", "false")
        if decisive in values:
            return decisive  # type: ignore[return-value]
        return "unknown" if "unknown" in values else other  # type: ignore[return-value]

    def derived(self, facts: dict[str, Any], wanted: list[str]) -> dict[str, Truth]:
        """The values of the derived facts ``wanted`` (in dependency order) on these facts."""
        values: dict[str, Truth] = {}
        for _ in range(len(wanted) + 1):  # stratified: settles within as many rounds as facts
            new = {
                fact: _any(self.condition(self.conditions[b.rule.id], facts, values) for b in self.concluding[fact])
                for fact in wanted
            }
            if new == values:
                break
            values = new
        return values


def _any(truths: Iterator[Truth]) -> Truth:
    seen = set(truths)
    return "true" if "true" in seen else ("unknown" if "unknown" in seen else "false")


def _test(op: str, value: Any, other: Any) -> bool:
    if op == "is":
        return bool(value == other)
    if op == "is_not":
        return bool(value != other)
    if op == "in":
        return value in other
    if op == "not_in":
        return value not in other
    if op in ("at_least", "on_or_after"):
        return bool(value >= other)
    if op in ("at_most", "on_or_before"):
        return bool(value <= other)
    if op == "before":
        return bool(value < other)
    return bool(value > other)


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
                elif name not in book.derived_facts and name not in book.settings:
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
        settings = book.setting_values(partnership)
        analysis = _Analysis(book, conditions, settings)
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
                decision = engine.assess(case)
                fired = {t.rule for t in decision.trace if t.fired}
                conflicts.append(
                    Conflict(det_id, (neg.rule.id, pos.rule.id), ("not_required", pos.rule.then.status or ""), case,
                             {neg.rule.id, pos.rule.id} <= fired)
                )
    return CheckReport(pairs, conflicts)


def _search(
    analysis: _Analysis,
    roots: list[Condition | None],
    names: list[str],
    wanted: list[str],
    domains: dict[str, list[Any]],
) -> dict[str, Any] | None:
    neg, pos, applies = roots

    def viable(facts: dict[str, Any]) -> bool:
        derived = analysis.derived(facts, wanted)
        values = [analysis.condition(c, facts, derived, reach=True) for c in (neg, pos)]
        return "false" not in values and analysis.condition(applies, facts, derived) != "false"

    def dfs(index: int, facts: dict[str, Any]) -> dict[str, Any] | None:
        if not viable(facts):
            return None
        if index == len(names):
            derived = analysis.derived(facts, wanted)
            if all(analysis.condition(c, facts, derived) == "true" for c in (neg, pos)):
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
