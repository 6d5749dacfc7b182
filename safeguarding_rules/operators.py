"""Each operator a ruleset test may use, declared once: its name, the fact types it tests, what it
means (on known facts, and whether it holds while its fact is unknown), how durable_rules tests it,
its negation, and its words in code (traces, features) and in plain English (the rulebook, reasons).

The schema, the compiler, both matchers, the consistency check, validation and the plain-language
renderer all read this table; none keeps an operator list of its own.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class OperatorSpec:
    """One operator. ``holds`` is its meaning on a known fact (``value`` the fact's, ``other`` the test's)."""

    name: str
    types: frozenset[str]
    """The fact types it may test (validation refuses any other)."""
    holds: Callable[[Any, Any], bool]
    durable: str
    """How durable_rules tests it: a comparison (``$gte`` ...), or ``eq``, ``neq``, ``any_of``, ``none_of``,
    ``unless_eq`` / ``unless_before`` (absent, or not equal / not before)."""
    code_words: str
    """In a trace and the features: ``incident.outcome is one of died, seriously_harmed``."""
    plain_words: str
    """In the rulebook and reasons, before values joined by "or": "what happened is died or seriously harmed"."""
    holds_when_unknown: bool = False
    """True for the presumptions (``unless_known_...``): the test holds until the fact is stated."""
    negation: str | None = None
    """The operator whose test holds exactly when this one's fails on a known fact (for the check's eras)."""

    @property
    def takes_list(self) -> bool:
        """Its value is a list of values (``in``, ``not_in``); every other operator's is one value."""
        return self.durable in ("any_of", "none_of")

    @property
    def tests_knowledge(self) -> bool:
        """It tests what is known of a case fact (``known_to_be`` and the presumptions), so only a case
        fact, never a derived fact or a setting, and never against another fact."""
        return self.holds_when_unknown or self.name == "known_to_be"

    @property
    def compares_with_fact(self) -> bool:
        """Its value may be another fact of the case (``{fact: ...}``)."""
        return not (self.takes_list or self.tests_knowledge)

    @property
    def compares_dates(self) -> bool:
        """A plain comparison of dates (which the case's date bounds may settle while a date is unknown)."""
        return self.types == _DATE and not self.holds_when_unknown


_EQUALITY = frozenset({"bool", "enum", "str", "int"})
_CHOICE = frozenset({"enum", "str", "int"})
_PRESUMED = frozenset({"bool", "enum"})
_DATE = frozenset({"date"})
_INT = frozenset({"int"})

OPERATORS: dict[str, OperatorSpec] = {
    spec.name: spec
    for spec in (
        OperatorSpec("is", _EQUALITY, operator.eq, "eq", "is", "is", negation="is_not"),
        OperatorSpec("is_not", _EQUALITY, operator.ne, "neq", "is not", "is not", negation="is"),
        OperatorSpec("in", _CHOICE, lambda value, other: value in other, "any_of", "is one of", "is", negation="not_in"),
        OperatorSpec("not_in", _CHOICE, lambda value, other: value not in other, "none_of", "is none of", "is none of", negation="in"),
        OperatorSpec("at_least", _INT, operator.ge, "$gte", "is at least", "is at least"),
        OperatorSpec("at_most", _INT, operator.le, "$lte", "is at most", "is at most"),
        OperatorSpec("over", _INT, operator.gt, "$gt", "is over", "is over", negation="at_most"),
        OperatorSpec("on_or_after", _DATE, operator.ge, "$gte", "is on or after", "is on or after", negation="before"),
        OperatorSpec("on_or_before", _DATE, operator.le, "$lte", "is on or before", "is on or before", negation="after"),
        OperatorSpec("before", _DATE, operator.lt, "$lt", "is before", "is before", negation="on_or_after"),
        OperatorSpec("after", _DATE, operator.gt, "$gt", "is after", "is after", negation="on_or_before"),
        OperatorSpec("known_to_be", _PRESUMED, operator.eq, "eq", "is known to be", "is recorded as"),
        OperatorSpec("unless_known_to_be", _PRESUMED, operator.ne, "unless_eq", "is not known to be", "is not known to be",
                     holds_when_unknown=True),
        OperatorSpec("unless_known_before", _DATE, operator.ge, "unless_before", "is not known to be before",
                     "is not known to be before", holds_when_unknown=True),
    )
}

OPERATOR_NAMES: tuple[str, ...] = tuple(OPERATORS)


def ops_for(fact_type: str) -> frozenset[str]:
    """The operators that may test a fact of this type."""
    return frozenset(name for name, spec in OPERATORS.items() if fact_type in spec.types)
