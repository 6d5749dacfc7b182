"""A bounded memo of what ``explain`` words, per scope: the same pattern is worded once.

Keys are the patterns ``explain`` words from (see ``explain._pattern``), tagged with the scope they
belong to. A scope is told apart by a token of its own rather than by ``id()``, which a later scope
may reuse once an engine is dropped. The memo is ``functools.lru_cache``, bounded at ``BOUND``
entries across every scope: the patterns that recur are few (``benchmarks/explain_memo.py`` counts
them), but a client can send cases without end, so without a bound the memo would grow with them.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable, Hashable
from functools import lru_cache
from typing import Any, TypeVar

T = TypeVar("T")
A = TypeVar("A")

BOUND = 8192
"""Entries held, across every scope. 3,000 varied cases leave about 3,100 entries holding about 11 MB
(some 3.8 KB each, mostly a worded determination), so the bound keeps a worker's memo near 30 MB
however varied its cases, while holding every pattern the varied corpus recurs on."""

_tokens: dict[int, tuple[weakref.ref[Any], int]] = {}
_count = itertools.count()


def _token(scope: object) -> int:
    entry = _tokens.get(id(scope))
    if entry is None or entry[0]() is not scope:
        key = id(scope)
        entry = _tokens[key] = (weakref.ref(scope, lambda _, key=key: _tokens.pop(key, None)), next(_count))  # type: ignore[misc]
    return entry[1]


class _Asked:
    """A key, hashed and compared by ``key`` alone; what to word on a miss rides along and is dropped
    once worded, so the memo keeps no case, outcome or scope alive."""

    __slots__ = ("key", "hash", "make", "scope", "arg")

    def __init__(self, key: tuple[Any, ...], make: Callable[[Any, Any], Any], scope: object, arg: object) -> None:
        self.key, self.hash, self.make, self.scope, self.arg = key, hash(key), make, scope, arg

    def __hash__(self) -> int:
        return self.hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Asked) and self.key == other.key


@lru_cache(maxsize=BOUND)
def _worded(asked: _Asked) -> Any:
    try:
        return asked.make(asked.scope, asked.arg)
    finally:
        asked.make = asked.scope = asked.arg = None  # type: ignore[assignment]


def remembered(scope: object, key: Hashable, make: Callable[[Any, A], T], arg: A) -> T:
    """``make(scope, arg)``, worded once per (scope, ``make``, ``key``): ``key`` must hold everything
    ``make`` reads from ``arg`` that can differ between cases."""
    result: T = _worded(_Asked((_token(scope), make.__qualname__, key), make, scope, arg))
    return result


def cache_info() -> Any:
    """Hits, misses and size of the memo (for the benchmark)."""
    return _worded.cache_info()
