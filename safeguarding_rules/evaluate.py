"""Three-valued evaluation of rule conditions from the atoms durable_rules fired.

Pure functions, no I/O. An atom is true if it fired, false if its fact is known and it did not
fire, unknown if its fact is unknown. ``all``/``any`` combine by Kleene's strong logic, so an
unknown fact leaves a rule unknown only where it could still change the outcome.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from safeguarding_rules.book import BoundRule
from safeguarding_rules.compiler import CompiledBook
from safeguarding_rules.logic import Truth, all_of, any_of
from safeguarding_rules.schema import Condition


@dataclass(frozen=True)
class Evaluation:
    """What durable_rules reported for one case: the atoms that fired and every fact known."""

    compiled: CompiledBook
    fired: frozenset[int]
    known: Mapping[str, Any]
    _memo: dict[int, Truth] = field(default_factory=dict, repr=False, compare=False)

    def condition(self, condition: Condition | None) -> Truth:
        if condition is None:
            return "true"
        key = id(condition)
        value = self._memo.get(key)
        if value is None:  # conditions are shared and immutable: evaluate each node once per case
            value = self._memo[key] = cast(Truth, self.compiled.kleene[key](self.fired, self.known))
        return value

    def rule(self, bound: BoundRule) -> Truth:
        return self.condition(self.compiled.conditions[bound.rule.id])

    def in_force(self, bound: BoundRule) -> Truth:
        """Whether the case falls in the rule's period in force (its dates and era), whatever its ``when``."""
        condition = self.compiled.conditions[bound.rule.id]
        parts = self.compiled.period_parts[bound.rule.id]
        if condition is None or not parts:
            return "true"
        return all_of(self.condition(part) for part in (condition.all or [])[:parts])


def settle_derived(compiled: CompiledBook, fired: set[int], known: dict[str, Any]) -> dict[str, bool]:
    """Derived facts that the atoms fired so far settle: true if a concluding rule holds,
    false once every concluding rule fails; still unknown otherwise (and then not asserted)."""
    settled: dict[str, bool] = {}
    for fact, evaluators in compiled.deriving.items():
        if fact in known:
            continue
        truth = any_of(cast(Truth, evaluate(fired, known)) for evaluate in evaluators)
        if truth != "unknown":
            settled[fact] = truth == "true"
    return settled
