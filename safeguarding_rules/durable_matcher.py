"""Run a case's facts through the compiled durable_rules ruleset, once, and report which atoms fired.

durable_rules keeps its hosts, rulesets and session state process-global and is not thread-safe,
so one ``DurableMatcher`` owns one registered ruleset and serialises every assessment behind a
lock. Each assessment gets its own ``sid`` and its state is deleted afterwards, fired or failed:
durable_rules otherwise keeps every session and raises MemoryError after about a thousand.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import uuid
from collections.abc import Mapping
from typing import Any

import durable.engine
import durable_rules_engine

from safeguarding_rules.compiler import CompiledBook, engine_value, field_name
from safeguarding_rules.evaluate import Evaluation, Program
from safeguarding_rules.schema import FactRef

_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
"""A case's message as JSON, by an encoder built once (``json.dumps`` with options builds one per call)."""
_ACTION_NAME = re.compile(r'\s*\{\s*"a(\d+)"')
"""The atom's number from a pending action, whose JSON starts ``{"a<number>": ...}``."""


class _QuietHost(durable.engine.Host):
    """A durable_rules host without its background timer threads.

    The stock host starts threads that poll every ruleset for queued actions and timers; this
    library uses neither, and those threads would touch the engine outside our lock.
    """

    def _run(self) -> None:
        return None


def _never(_closure: Any) -> None:
    """The action durable_rules registers for each atom; never called (``_assert`` drains the actions itself)."""


class DurableMatcher:
    """One compiled book registered in durable_rules, evaluated one assessment at a time."""

    def __init__(self, compiled: CompiledBook) -> None:
        self._name = f"safeguarding_rules_{uuid.uuid4().hex}"
        self._lock = threading.Lock()
        self._sids = itertools.count()
        self._host = _QuietHost()
        definition = {
            name: {**rule, "run": _never} for name, rule in compiled.definition.items()
        }
        self._host.register_rulesets({self._name: definition})
        self._ruleset = self._host.get_ruleset(self._name)
        read = [compiled.atoms[int(name[1:])] for name in compiled.definition]
        names = dict.fromkeys([a.fact for a in read] + [a.value.fact for a in read if isinstance(a.value, FactRef)])
        self._fields: tuple[tuple[str, str], ...] = tuple((name, field_name(name)) for name in names)
        """The facts some atom reads, with their durable_rules field names: a case's message carries only
        these (a field no rule tests cannot change what fires, and each one costs durable_rules parsing)."""

    def match(self, facts: Mapping[str, Any]) -> set[int]:
        """The case atoms that hold: the case's facts asserted once, in a fresh session (its own
        ``sid``, deleted afterwards whatever happened), its pending actions drained once, behind the lock."""
        with self._lock:
            sid = str(next(self._sids))
            try:
                return self._assert(sid, facts)
            finally:
                self._host.delete_state(self._name, sid)

    def evaluate(self, program: Program, known: dict[str, Any]) -> Evaluation:
        """The case's evaluation from the atoms durable_rules fired (tests of derived facts: in Python)."""
        return program.evaluation(program.given(self.match(known), known), known)

    def message(self, sid: str, facts: Mapping[str, Any]) -> dict[str, Any]:
        """The one durable_rules fact a case is asserted as: the facts some atom reads, dates as ordinals."""
        message: dict[str, Any] = {"sid": sid, "id": "case", "t": "case"}
        for name, field in self._fields:
            if name in facts:
                message[field] = engine_value(facts[name])
        return message

    def _assert(self, sid: str, facts: Mapping[str, Any]) -> set[int]:
        """Assert the case as one fact and return every atom that fires, through durable_rules' C layer:
        its Python host would build a closure, a JSON state and a callback per fired atom, which this
        needs none of (the actions only record the atom's number, read from the action's name)."""
        message = self.message(sid, facts)
        handle = self._ruleset._handle
        fired: set[int] = set()
        result = durable_rules_engine.assert_fact(handle, _ENCODE(message))
        if result[0] != 0:
            return fired  # 1: no atom holds for these facts (every test of them is false); 2, 3: nothing to run
        started = durable_rules_engine.start_action_for_state(handle, result[1])
        if not started:
            return fired
        pending = started[1]  # the session's state is never changed by these actions, so never written back
        while pending:
            fired.add(int(_ACTION_NAME.match(pending).group(1)))  # type: ignore[union-attr]
            pending = durable_rules_engine.complete_and_start_action(handle, result[1])
        return fired

    def live_sessions(self) -> int:
        """How many sessions durable_rules still holds (0 between assessments); for leak tests."""
        with self._lock:
            return sum(1 for sid in range(next(self._sids)) if self._has_state(str(sid)))

    def _has_state(self, sid: str) -> bool:
        try:
            self._host.get_state(self._name, sid)
        except Exception:  # noqa: BLE001 - durable_rules raises a bare Exception for an unknown sid
            return False
        return True

    def close(self) -> None:
        """Free the durable_rules ruleset (its C handle is process-global)."""
        with self._lock:
            durable_rules_engine.delete_ruleset(self._ruleset._handle)
            self._host._ruleset_directory.pop(self._name, None)
