"""The three-valued (strong Kleene) logic, once: how an atom's truth is read, and how ``all`` and
``any`` combine truths. The engine's compiled evaluators and the conflict check both use it, so the
logic a decision is made with is the logic the check searches.

Unknown is never false: an atom is true if it holds, false if its facts are known and it does not,
and unknown otherwise; ``all`` is false if any part is false, ``any`` true if any part is true, and
either is unknown while an unknown part could still change it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

Truth = Literal["true", "false", "unknown"]


def atom_truth(holds: bool, known: bool, op: str | None) -> Truth:
    """An atom's truth from whether it holds and whether its facts are known. ``known_to_be`` records
    a decision: not recorded is not taken, so it is false rather than unknown."""
    if holds:
        return "true"
    if known or op == "known_to_be":
        return "false"
    return "unknown"


def all_of(truths: Iterable[Truth]) -> Truth:
    """Strong Kleene conjunction, stopping at the first false."""
    unknown = False
    for truth in truths:
        if truth == "false":
            return "false"
        unknown = unknown or truth == "unknown"
    return "unknown" if unknown else "true"


def any_of(truths: Iterable[Truth]) -> Truth:
    """Strong Kleene disjunction, stopping at the first true."""
    unknown = False
    for truth in truths:
        if truth == "true":
            return "true"
        unknown = unknown or truth == "unknown"
    return "unknown" if unknown else "false"
