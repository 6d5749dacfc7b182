"""The three-valued (strong Kleene) logic, once: its truths, and how they are computed.

Unknown is never false: an atom is true if it holds, false if its facts are known and it does not,
and unknown otherwise (``known_to_be`` records a decision: not recorded is not taken, so it is false
rather than unknown). ``all`` is false if any part is false, ``any`` true if any part is true, and
either is unknown while an unknown part could still change it. Computed as ints ordered false <
unknown < true, ``all`` is the least of its parts and ``any`` the greatest: the engine's generated
evaluation (``evaluate.py``), which the conflict check uses too, computes exactly that.
"""

from __future__ import annotations

from typing import Literal

Truth = Literal["true", "false", "unknown"]

WORDS: tuple[Truth, Truth, Truth] = ("false", "unknown", "true")
"""Each truth's word, by its int: 0 false, 1 unknown, 2 true."""
