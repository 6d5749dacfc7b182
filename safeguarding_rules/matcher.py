"""The matcher port: which atoms (single tests of one fact) hold for a case, round by round.

Two matchers sit behind it. ``DurableSession`` (``session.py``) is the production one: the atoms are
compiled into a durable_rules ruleset, and its C engine matches the asserted facts. ``PythonMatcher``
(here) tests the same atoms in plain Python with the same semantics; it is the oracle a property test
holds durable_rules to (identical matches on thousands of generated cases), and needs no C extension.
Both take the case's known facts and a ``derive`` callback that settles derived facts from the atoms
fired so far; each round of derived facts is matched in turn until none more settle.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from safeguarding_rules.compiler import Atom, CompiledBook

Deriver = Callable[[set[int], dict[str, Any]], dict[str, bool]]
"""Given the atoms fired and the facts known so far, the derived facts that can now be settled."""


class Matcher(Protocol):
    """What the engine needs of a matcher."""

    def evaluate(self, facts: dict[str, Any], derive: Deriver) -> tuple[set[int], dict[str, Any]]: ...

    def live_sessions(self) -> int: ...

    def close(self) -> None: ...


_HOLDS_WHEN_UNKNOWN = ("unless_known_to_be", "unless_known_before")


def atom_holds(atom: Atom, facts: Mapping[str, Any]) -> bool:
    """Whether one atom holds on one round's facts: the semantics the durable_rules rules compile to."""
    present = atom.fact in facts
    if atom.op in _HOLDS_WHEN_UNKNOWN and not present:
        return True
    if not present:
        return False
    value = facts[atom.fact]
    ref = getattr(atom.value, "fact", None)
    if ref is not None:
        if ref not in facts:
            return False
        other = facts[ref]
    else:
        other = atom.value
    op = atom.op
    if op in ("is", "known_to_be"):
        return bool(value == other)
    if op == "is_not":
        return bool(value != other)
    if op == "in":
        return value in other
    if op == "not_in":
        return value not in other
    if op == "unless_known_to_be":
        return bool(value != other)
    if op in ("at_least", "on_or_after", "unless_known_before"):
        return bool(value >= other)
    if op in ("at_most", "on_or_before"):
        return bool(value <= other)
    if op == "before":
        return bool(value < other)
    if op in ("after", "over"):
        return bool(value > other)
    raise ValueError(f"unknown operator {op!r}")


class PythonMatcher:
    """Matches atoms in plain Python: no state between assessments, nothing to delete."""

    def __init__(self, compiled: CompiledBook, derived_facts: set[str]) -> None:
        self._atoms = list(enumerate(compiled.atoms))
        self._derived = derived_facts

    def _round(self, facts: Mapping[str, Any], derived: bool) -> set[int]:
        return {
            index
            for index, atom in self._atoms
            if (atom.fact in self._derived) == derived and atom_holds(atom, facts)
        }

    def evaluate(self, facts: dict[str, Any], derive: Deriver) -> tuple[set[int], dict[str, Any]]:
        known = dict(facts)
        fired = self._round(known, derived=False)
        while derived := derive(fired, known):
            known.update(derived)
            fired |= self._round(derived, derived=True)
        return fired, known

    def live_sessions(self) -> int:
        return 0

    def close(self) -> None:
        return None
