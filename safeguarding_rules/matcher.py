"""The matcher port: which atoms (single tests of one case fact) hold for a case, and its evaluation.

Two matchers sit behind it. ``DurableMatcher`` (``durable_matcher.py``) is the production one: the
case atoms are compiled into a durable_rules ruleset, and its C engine matches the case's facts,
asserted once and drained once. ``PythonMatcher`` (here) needs no C extension: the scope's generated
evaluation tests the case atoms itself, with the same semantics; ``match`` tests them one by one
(``atom_holds``), the oracle a property test holds durable_rules to (identical matches on thousands
of generated cases). Either way the scope's generated evaluation (``evaluate.py``) then settles the
derived facts, in Python, and every condition. The matcher never calls back into the logic: data
flows one way.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from safeguarding_rules.compiler import Atom, CompiledBook
from safeguarding_rules.evaluate import Evaluation, Program
from safeguarding_rules.operators import OPERATORS


class Matcher(Protocol):
    """What the engine needs of a matcher."""

    def match(self, facts: Mapping[str, Any]) -> set[int]:
        """The case atoms (numbers in the compiled book) that hold on the case's facts."""
        ...

    def evaluate(self, program: Program, known: dict[str, Any]) -> Evaluation:
        """The case's evaluation: its atoms matched, its derived facts settled into ``known``."""
        ...

    def live_sessions(self) -> int: ...

    def close(self) -> None: ...


def atom_holds(atom: Atom, facts: Mapping[str, Any]) -> bool:
    """Whether one atom holds on a case's facts: the semantics the durable_rules rules compile to."""
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
        self._atoms = [(index, atom) for index, atom in enumerate(compiled.atoms) if atom.fact not in derived_facts]

    def match(self, facts: Mapping[str, Any]) -> set[int]:
        return {index for index, atom in self._atoms if atom_holds(atom, facts)}

    def evaluate(self, program: Program, known: dict[str, Any]) -> Evaluation:
        return program.evaluation(program.testing(known), known)

    def live_sessions(self) -> int:
        return 0

    def close(self) -> None:
        return None
