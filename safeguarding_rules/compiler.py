"""Compile a ``RuleBook`` into one durable_rules ruleset.

Each distinct test of one fact (an *atom*, e.g. ``abuse_or_neglect is one of known, suspected``)
becomes one durable_rules rule. A case is asserted as one durable_rules fact whose fields are its
known facts and settings (``t: case``); each round of derived facts is asserted as one more fact
(``t: derived``). Facts are asserted, not posted, so every atom that matches fires: no rule
consumes a fact another needs. An atom that did not fire is false if its facts are known and
unknown if not, which is how unknown stays distinct from false. Every test also requires its
fields to exist, so a missing field never satisfies "is not" (``unless_known_to_be`` is the one
test that holds on a missing field, by design). Dates are compared as proleptic ordinals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from safeguarding_rules.book import BoundRule, RuleBook
from safeguarding_rules.logic import all_of, any_of, atom_truth
from safeguarding_rules.models.case import DATE_BOUNDS
from safeguarding_rules.operators import OPERATORS
from safeguarding_rules.schema import Condition, Effective, FactRef


@dataclass(frozen=True)
class Atom:
    """One test of one fact; the unit durable_rules evaluates."""

    fact: str
    op: str
    value: Any

    @staticmethod
    def of(condition: Condition) -> Atom:
        value = condition.value
        return Atom(condition.fact or "", condition.op or "is", tuple(value) if isinstance(value, list) else value)


def effective_conditions(bound: BoundRule) -> list[Condition]:
    """A rule's effective dates as conditions on its date fact, so they are traced like any other."""
    return period_conditions(bound.effective)


def period_conditions(eff: Effective) -> list[Condition]:
    """A declared period (from, to, while) as the conditions a case inside it meets."""
    fact = eff.date_fact or ""
    conditions = []
    if eff.from_ is not None:
        conditions.append(Condition(fact=fact, op="on_or_after", value=eff.from_))
    if eff.to is not None:
        conditions.append(Condition(fact=fact, op="on_or_before", value=eff.to))
    if eff.while_ is not None:
        conditions.append(eff.while_)
    return conditions


def engine_value(value: Any) -> Any:
    """A fact or test value as durable_rules compares it (dates become ordinals)."""
    if isinstance(value, dt.date):
        return value.toordinal()
    return value


def field_name(fact: str) -> str:
    """The durable_rules field that carries a fact (dots and hyphens are not safe in field names)."""
    return fact.replace(".", "__").replace("-", "_")


def _operand(value: Any) -> Any:
    return {"$m": field_name(value.fact)} if isinstance(value, FactRef) else engine_value(value)


def _test(atom: Atom) -> dict[str, Any]:
    """The durable_rules test of one atom, as its operator's ``durable`` form says (``operators.py``)."""
    field = field_name(atom.fact)
    form = OPERATORS[atom.op].durable
    if form == "eq":
        return {field: _operand(atom.value)}
    if form == "neq":
        return {"$neq": {field: _operand(atom.value)}}
    if form in ("any_of", "none_of"):
        tests = [{field: engine_value(v)} if form == "any_of" else {"$neq": {field: engine_value(v)}} for v in atom.value]
        if len(tests) == 1:
            return tests[0]
        return {"$or": tests} if form == "any_of" else {"$and": tests}
    if form == "unless_eq":
        return {"$or": [{"$nex": {field: 1}}, {"$neq": {field: engine_value(atom.value)}}]}
    if form == "unless_before":
        return {"$or": [{"$nex": {field: 1}}, {"$gte": {field: engine_value(atom.value)}}]}
    return {form: {field: _operand(atom.value)}}


def _durable_rule(atom: Atom, derived: bool) -> dict[str, Any]:
    tests: list[dict[str, Any]] = [{"t": "derived" if derived else "case"}]
    if not OPERATORS[atom.op].holds_when_unknown:
        tests.append({"$ex": {field_name(atom.fact): 1}})
    if isinstance(atom.value, FactRef):
        tests.append({"$ex": {field_name(atom.value.fact): 1}})
    tests.append(_test(atom))
    return {"all": [{"m": {"$and": tests}}]}


@dataclass(frozen=True)
class CompiledBook:
    """The atoms of a book and the durable_rules definition (without actions)."""

    atoms: tuple[Atom, ...]
    definition: dict[str, dict[str, Any]]
    conditions: dict[str, Condition | None]
    """Each rule's whole condition (effective dates and ``when``), by rule id."""
    by_node: dict[int, int]
    """Atom index by ``id()`` of each fact-test node, so evaluation never rebuilds an atom."""
    kleene: dict[int, Kleene]
    """A three-valued evaluator for every condition node, by ``id()`` of the node."""
    deriving: dict[str, list[Kleene]]
    """For each derived fact, the evaluators of the rules that conclude it."""
    period_parts: dict[str, int]
    """How many of each rule's conditions (the first ones) are its period in force, by rule id."""

    def atom_index(self, condition: Condition) -> int:
        return self.by_node[id(condition)]

    @staticmethod
    def rule_name(index: int) -> str:
        return f"a{index}"


def whole_condition(bound: BoundRule) -> Condition | None:
    """A rule's effective dates and its ``when`` as one ``all`` (None: the rule always holds)."""
    parts = effective_conditions(bound)
    when = bound.rule.when
    if when is not None:
        parts.extend(when.all if when.all is not None else [when])
    return Condition(all=parts) if parts else None


def fact_nodes(condition: Condition | None) -> Iterator[Condition]:
    """Every fact test in a condition tree, depth first."""
    if condition is None:
        return
    if condition.fact is not None:
        yield condition
    for child in condition.all or condition.any or []:
        yield from fact_nodes(child)


Kleene = Callable[[AbstractSet[int], Mapping[str, Any]], str]
"""Given the atoms that fired and the facts known: "true", "false" or "unknown"."""


def _kleene(node: Condition, by_node: dict[int, int], out: dict[int, Kleene]) -> Kleene:
    """Strong Kleene logic over the atoms durable_rules fired, short-circuiting as soon as it can."""
    if node.fact is not None:
        index, fact, ref, op = by_node[id(node)], node.fact, node.ref, node.op
        bounded = _between_bounds(node)

        def atom(fired: AbstractSet[int], known: Mapping[str, Any]) -> str:
            truth = atom_truth(index in fired, fact in known and (ref is None or ref in known), op)
            return bounded(known) if truth == "unknown" and bounded is not None else truth

        out[id(node)] = atom
        return atom
    children = [_kleene(child, by_node, out) for child in node.all or node.any or []]
    combine = all_of if node.all is not None else any_of

    def group(fired: AbstractSet[int], known: Mapping[str, Any]) -> str:
        return combine(child(fired, known) for child in children)  # type: ignore[misc]

    out[id(node)] = group
    return group


def _between_bounds(node: Condition) -> Callable[[Mapping[str, Any]], str] | None:
    """For a date test of a fact the case leaves unknown but bounds (``DATE_BOUNDS``): decide it if
    it holds, or fails, for every day between the known bounds; else unknown."""
    if node.op is None or not OPERATORS[node.op].compares_dates or node.fact not in DATE_BOUNDS:
        return None
    lower_facts, upper_facts = DATE_BOUNDS[node.fact]
    op, ref, fixed = node.op, node.ref, node.value

    def bounded(known: Mapping[str, Any]) -> str:
        value = known.get(ref) if ref is not None else fixed
        lows = [known[f] for f in lower_facts if isinstance(known.get(f), dt.date)]
        highs = [known[f] for f in upper_facts if isinstance(known.get(f), dt.date)]
        low, high = (max(lows) if lows else None), (min(highs) if highs else None)
        if not isinstance(value, dt.date):
            return "unknown"
        if op == "on_or_after":
            holds, fails = low is not None and low >= value, high is not None and high < value
        elif op == "after":
            holds, fails = low is not None and low > value, high is not None and high <= value
        elif op == "on_or_before":
            holds, fails = high is not None and high <= value, low is not None and low > value
        else:  # before
            holds, fails = high is not None and high < value, low is not None and low >= value
        return "true" if holds else "false" if fails else "unknown"

    return bounded


def compile_book(book: RuleBook, scope: AbstractSet[str] | None = None) -> CompiledBook:
    """Compile the book's rules, or only those of the rulesets in ``scope`` (the national rulesets
    and one partnership's overlay: a case never touches another partnership's rules)."""
    rules = [b for b in book.rules if scope is None or b.ruleset in scope]
    atoms: dict[Atom, int] = {}
    by_node: dict[int, int] = {}
    conditions = {b.rule.id: whole_condition(b) for b in rules}
    roots = list(conditions.values())
    roots += [spec.applies_when for spec, ruleset_id in book.determinations.values() if scope is None or ruleset_id in scope]
    roots += [r.spec.effective.while_ for r in book.rulesets if scope is None or r.spec.id in scope]
    roots += [j.when for r in book.rulesets if scope is None or r.spec.id in scope for j in r.spec.joint_reviews.values()]
    for root in roots:
        for node in fact_nodes(root):
            by_node[id(node)] = atoms.setdefault(Atom.of(node), len(atoms))
    definition = {
        CompiledBook.rule_name(i): _durable_rule(atom, atom.fact in book.derived_facts) for atom, i in atoms.items()
    }
    kleene: dict[int, Kleene] = {}
    for root in roots:
        if root is not None:
            _kleene(root, by_node, kleene)
    deriving: dict[str, list[Kleene]] = {}
    for bound in rules:
        if bound.rule.then.fact is not None:
            condition = conditions[bound.rule.id]
            deriving.setdefault(bound.rule.then.fact, []).append(kleene[id(condition)] if condition else _always)
    periods = {b.rule.id: len(effective_conditions(b)) for b in rules}
    return CompiledBook(tuple(atoms), definition, conditions, by_node, kleene, deriving, periods)


def _always(_fired: AbstractSet[int], _known: Mapping[str, Any]) -> str:
    return "true"
