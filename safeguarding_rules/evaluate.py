"""Three-valued evaluation of rule conditions: one generated Python function per scope.

Pure functions, no I/O. An atom is true if it holds, false if its facts are known and it does not
hold, unknown if its facts are unknown; ``all``/``any`` combine by Kleene's strong logic
(``logic.py``), so an unknown fact leaves a rule unknown only where it could still change the outcome.

At scope build the scope's conditions are written out as the source of one straight-line function
and ``compile()``d once. Truths are ints (0 false, 1 unknown, 2 true), so ``all`` is the least of
its parts and ``any`` the greatest: no generators, closures or calls in the hot path. The function
first reads the case atoms, then settles the derived facts once each, in dependency order (Kleene
logic is monotone, so one pass gives what repeated rounds would: a derived fact is true if a rule
concluding it holds, false once every such rule fails, and otherwise stays out of ``known``), then
every other condition node. Atoms on derived facts are always tested here, in Python, with the
operators' own meaning (``operators.py``); atoms on case facts are either read from the atoms a
matcher found (durable_rules) or tested here too (the plain-Python matcher, and the check).
"""

from __future__ import annotations

import graphlib
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from safeguarding_rules.book import BoundRule
from safeguarding_rules.compiler import Atom, CompiledBook, between_bounds, fact_nodes
from safeguarding_rules.logic import WORDS, Truth
from safeguarding_rules.operators import OPERATORS
from safeguarding_rules.schema import Condition

OPEN = object()
"""A fact's value while it is still to be chosen (the check's search): any test of it is unknown."""

_MISSING = object()
_INFIX = {operator.eq: "==", operator.ne: "!=", operator.ge: ">=", operator.le: "<=", operator.gt: ">", operator.lt: "<"}
"""Python's own syntax for an operator whose meaning is one of Python's comparisons (inlined, not called)."""
_TRUTH: dict[Truth, int] = {word: value for value, word in enumerate(WORDS)}

Values = tuple[int, ...]


def dependency_order(reads: Mapping[str, AbstractSet[str]]) -> tuple[str, ...]:
    """Derived facts ordered so that each comes after every derived fact it reads (``reads``: the
    derived facts each one's concluding rules read). Raises ``graphlib.CycleError`` on a cycle."""
    return tuple(graphlib.TopologicalSorter({fact: set(read) & reads.keys() for fact, read in reads.items()}).static_order())


def derived_reads(concluding: Mapping[str, Sequence[Condition | None]], derived: AbstractSet[str]) -> dict[str, set[str]]:
    """For each concluded derived fact, the derived facts its concluding rules read."""
    return {
        fact: {node.fact for c in conditions for node in fact_nodes(c) if node.fact in derived}  # type: ignore[misc]
        for fact, conditions in concluding.items()
    }


@dataclass(frozen=True)
class Evaluation:
    """One case's truths: every condition node of its scope, and every fact known (derived ones included)."""

    compiled: CompiledBook
    known: Mapping[str, Any]
    values: Values
    slots: Mapping[int, int] = field(repr=False, compare=False)
    periods: Mapping[str, tuple[int, ...]] = field(repr=False, compare=False)

    def condition(self, condition: Condition | None) -> Truth:
        if condition is None:
            return "true"
        return WORDS[self.values[self.slots[id(condition)]]]

    def rule(self, bound: BoundRule) -> Truth:
        return self.condition(self.compiled.conditions[bound.rule.id])

    def in_force(self, bound: BoundRule) -> Truth:
        """Whether the case falls in the rule's period in force (its dates and era), whatever its ``when``."""
        lowest = 2
        for slot in self.periods.get(bound.rule.id, ()):
            value = self.values[slot]
            if value < lowest:  # noqa: PLR1730 - no call on this path (read for every rule of a case)
                lowest = value
        return WORDS[lowest]


class Program:
    """The generated evaluation of some condition trees (``roots``) and the derived facts they need.

    ``given(fired, known)`` reads the case atoms from ``fired`` (the atom numbers of ``compiled`` that a
    matcher found to hold); ``testing(known)`` tests them itself. Both settle the derived facts into
    ``known`` (which they update) and return every node's truth; each is generated and compiled once,
when first asked for (the engine asks for its matcher's as it builds the scope).
    """

    def __init__(
        self,
        compiled: CompiledBook,
        roots: Iterable[Condition | None],
        concluding: Mapping[str, Sequence[Condition | None]],
        derived: AbstractSet[str],
    ) -> None:
        """``concluding``: the derived facts to settle, each with the conditions of the rules that conclude
        it; ``derived``: every derived fact's name (a test of one is always made here, never by a matcher)."""
        self.compiled = compiled
        self.derived = derived
        self.order = dependency_order(derived_reads(concluding, derived))
        self.concluding = concluding
        self.roots = [r for r in roots if r is not None]
        self.slots: dict[int, int] = {}
        self._nodes: list[Condition] = []
        for fact in self.order:
            for condition in concluding[fact]:
                self._number(condition)
        for root in self.roots:
            self._number(root)
        self.periods: dict[str, tuple[int, ...]] = {
            rule_id: tuple(self.slots[id(part)] for part in (compiled.conditions[rule_id].all or [])[:parts])  # type: ignore[union-attr]
            for rule_id, parts in compiled.period_parts.items()
            if parts and id(compiled.conditions[rule_id]) in self.slots
        }

    def _number(self, node: Condition | None) -> None:
        """Give every node a slot, parts before the whole (the order they are computed in)."""
        if node is None or id(node) in self.slots:
            return
        for child in node.all or node.any or []:
            self._number(child)
        self.slots[id(node)] = len(self._nodes)
        self._nodes.append(node)

    @property
    def nodes(self) -> tuple[Condition, ...]:
        """Every condition node evaluated, by slot."""
        return tuple(self._nodes)

    def evaluation(self, values: Values, known: Mapping[str, Any]) -> Evaluation:
        return Evaluation(self.compiled, known, values, self.slots, self.periods)

    @cached_property
    def given(self) -> Callable[[AbstractSet[int], dict[str, Any]], Values]:
        """The function reading case atoms from the atoms a matcher fired."""
        return self._generate(tests_case_atoms=False)  # type: ignore[return-value]

    @cached_property
    def testing(self) -> Callable[[dict[str, Any]], Values]:
        """The function testing every atom itself."""
        return self._generate(tests_case_atoms=True)  # type: ignore[return-value]

    def source(self, tests_case_atoms: bool) -> tuple[str, dict[str, Any]]:
        """The generated function's source, and the constants it reads."""
        consts: dict[str, Any] = {"M": _MISSING, "OPEN": OPEN, "T": _TRUTH}
        atom_slots: dict[Atom, str] = {}
        index = {atom: i for i, atom in enumerate(self.compiled.atoms)}
        lines: list[str] = []
        done: set[int] = set()

        def atom(node: Condition, out: str) -> None:
            key = Atom.of(node)
            if key in atom_slots:
                lines.append(f"    {out} = {atom_slots[key]}")
                return
            atom_slots[key] = out
            spec = OPERATORS[key.op]
            fact, ref = node.fact or "", node.ref
            bounded = between_bounds(node)
            if bounded is not None:
                consts[f"b{out}"] = bounded
            absent = "0" if spec.name == "known_to_be" else f"T[b{out}(known)]" if bounded is not None else "1"
            if not tests_case_atoms and fact not in self.derived:
                known = f"{fact!r} in known" + (f" and {ref!r} in known" if ref else "")
                lines.append(f"    if {index[key]} in fired: {out} = 2")
                lines.append(f"    elif {known}: {out} = 0")
                lines.append(f"    else: {out} = {absent}")
                return
            other = "r" if ref else f"c{out}"
            if not ref:
                consts[f"c{out}"] = key.value
            infix = _INFIX.get(spec.holds)  # type: ignore[call-overload]
            if infix is None:
                consts[f"h{out}"] = spec.holds
            holds = f"x {infix} {other}" if infix else f"h{out}(x, {other})"
            lines.append(f"    x = known.get({fact!r}, M)")
            lines.append(f"    if x is M: {out} = {'2' if spec.holds_when_unknown else absent}")
            lines.append(f"    elif x is OPEN: {out} = 1")
            if ref:
                lines.append("    else:")
                lines.append(f"        r = known.get({ref!r}, M)")
                lines.append(f"        if r is M: {out} = {absent}")
                lines.append(f"        elif r is OPEN: {out} = 1")
                lines.append(f"        else: {out} = 2 if {holds} else 0")
            else:
                lines.append(f"    else: {out} = 2 if {holds} else 0")

        def node(n: Condition) -> None:
            if id(n) in done:
                return
            done.add(id(n))
            parts = n.all if n.all is not None else n.any
            for child in parts or []:
                node(child)
            out = f"v{self.slots[id(n)]}"
            if n.fact is not None:
                atom(n, out)
                return
            if not parts:
                lines.append(f"    {out} = {2 if n.all is not None else 0}")  # all of nothing holds, any of nothing fails
                return
            first, *rest = (f"v{self.slots[id(c)]}" for c in parts)
            lines.append(f"    {out} = {first}")
            better = "<" if n.all is not None else ">"  # all: the least; any: the greatest
            lines.extend(f"    if {other} {better} {out}: {out} = {other}" for other in rest)

        for fact in self.order:
            conditions = self.concluding[fact]
            for condition in conditions:
                if condition is not None:
                    node(condition)
            truths = ["2" if c is None else f"v{self.slots[id(c)]}" for c in conditions]
            lines.append(f"    d = {truths[0]}")
            lines.extend(f"    if {t} > d: d = {t}" for t in truths[1:])
            lines.append(f"    if d == 2: known[{fact!r}] = True")
            lines.append(f"    elif d == 0: known[{fact!r}] = False")
        for root in self.roots:
            node(root)
        every = ", ".join(f"v{i}" for i in range(len(self._nodes)))
        lines.append(f"    return ({every}{',' if len(self._nodes) == 1 else ''})")
        head = "def evaluate(fired, known):" if not tests_case_atoms else "def evaluate(known):"
        return "\n".join([head, *lines]) + "\n", consts

    def _generate(self, tests_case_atoms: bool) -> Callable[..., Values]:
        text, consts = self.source(tests_case_atoms)
        namespace: dict[str, Any] = dict(consts)
        exec(compile(text, f"<scope evaluation, {'testing' if tests_case_atoms else 'given'} case atoms>", "exec"), namespace)  # noqa: S102 - our own generated source
        return namespace["evaluate"]  # type: ignore[no-any-return]
