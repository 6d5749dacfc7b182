"""The matcher port: which atoms (single tests of one fact) hold for a case, round by round.

Two matchers sit behind it. ``DurableMatcher`` (``durable_matcher.py``) is the production one: the atoms are
compiled into a durable_rules ruleset, and its C engine matches the asserted facts. ``PythonMatcher``
(here) tests the same atoms in plain Python with the same semantics; it is the oracle a property test
holds durable_rules to (identical matches on thousands of generated cases), and needs no C extension.
A matcher opens one ``session`` per assessment; the engine matches the case's facts in it, settles
what derived facts it can (``evaluate``), and matches each round of derived facts in turn until none
more settle. The matcher never calls back into the logic: data flows one way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol

from safeguarding_rules.compiler import Atom, CompiledBook
from safeguarding_rules.operators import OPERATORS


class Rounds(Protocol):
    """One assessment's matching: the case's facts, then each round of derived facts."""

    def match(self, facts: Mapping[str, Any], *, derived: bool) -> set[int]:
        """The atoms that hold on these facts (case facts, or one round of derived facts)."""
        ...


class Matcher(Protocol):
    """What the engine needs of a matcher."""

    def session(self) -> AbstractContextManager[Rounds]: ...

    def live_sessions(self) -> int: ...

    def close(self) -> None: ...


def atom_holds(atom: Atom, facts: Mapping[str, Any]) -> bool:
    """Whether one atom holds on one round's facts: the semantics the durable_rules rules compile to."""
    spec = OPERATORS[atom.op]
    present = atom.fact in facts
    if not present:
        return spec.holds_when_unknown
    ref = getattr(atom.value, "fact", None)
    if ref is not None and ref not in facts:
        return False
    return bool(spec.holds(facts[atom.fact], facts[ref] if ref is not None else atom.value))


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

    def match(self, facts: Mapping[str, Any], *, derived: bool) -> set[int]:
        return self._round(facts, derived)

    @contextmanager
    def session(self) -> Iterator[Rounds]:
        yield self  # nothing to hold between rounds, nothing to delete after

    def live_sessions(self) -> int:
        return 0

    def close(self) -> None:
        return None
