"""Compile a ``RuleBook`` into one durable_rules ruleset.

Each distinct test of one case fact (an *atom*, e.g. ``abuse_or_neglect is one of known, suspected``)
becomes one durable_rules rule. A case is asserted as one durable_rules fact whose fields are its
known facts, settings and parameters (``t: case``), once: tests of derived facts are not compiled
here but made in Python by the scope's generated evaluation (``evaluate.py``), which settles the
derived facts from the case atoms in one pass. The fact is asserted, not posted, so every atom that
matches fires: no rule consumes a fact another needs. An atom that did not fire is false if its facts are known and
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


def _durable_rule(atom: Atom) -> dict[str, Any]:
    tests: list[dict[str, Any]] = [{"t": "case"}]
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
    roots: tuple[Condition, ...]
    """Every condition tree compiled: each rule's, each determination's ``applies_when``, each
    ruleset's era, each joint review's ``when`` (what a scope's evaluation computes)."""
    period_parts: dict[str, int]
    """How many of each rule's conditions (the first ones) are its period in force, by rule id."""

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


def between_bounds(node: Condition) -> Callable[[Mapping[str, Any]], str] | None:
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
    conditions = {b.rule.id: whole_condition(b) for b in rules}
    roots = list(conditions.values())
    roots += [spec.applies_when for spec, ruleset_id in book.determinations.values() if scope is None or ruleset_id in scope]
    roots += [r.spec.effective.while_ for r in book.rulesets if scope is None or r.spec.id in scope]
    roots += [j.when for r in book.rulesets if scope is None or r.spec.id in scope for j in r.spec.joint_reviews.values()]
    for root in roots:
        for node in fact_nodes(root):
            atoms.setdefault(Atom.of(node), len(atoms))
    definition = {  # a test of a derived fact is made in Python, by the scope's evaluation (evaluate.py)
        CompiledBook.rule_name(i): _durable_rule(atom) for atom, i in atoms.items() if atom.fact not in book.derived_facts
    }
    periods = {b.rule.id: len(effective_conditions(b)) for b in rules}
    return CompiledBook(tuple(atoms), definition, conditions, tuple(r for r in roots if r is not None), periods)
