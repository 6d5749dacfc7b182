"""The engine: a checked rule book compiled into durable_rules, and ``assess`` over it.

durable_rules is the default matcher; where it cannot be imported (not installed on Python 3.13+,
where its C extension no longer loads, or a failed build), the plain-Python matcher decides instead,
identically, and each decision names the one used (``engine``)."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from safeguarding_rules.book import LoadedRuleset, RuleBook
from safeguarding_rules.compiler import CompiledBook, compile_book
from safeguarding_rules.errors import (
    CaseRefusedError,
    ImpossibleCaseError,
    UnknownPartnershipError,
    UnsupportedJurisdictionError,
    reported_errors,
)
from safeguarding_rules.decide import decide
from safeguarding_rules.explain import build_decision
from safeguarding_rules.facts import case_facts
from safeguarding_rules.loader import DEFAULT_RULESETS_DIR, load_rulebook
from safeguarding_rules.matcher import Matcher, PythonMatcher
from safeguarding_rules.models.batch import BatchItem, CaseError
from safeguarding_rules.models.case import ADULT_AGE_PARAMETER, CHILD_AGE_LIMIT, Case, too_young_for_an_adult
from safeguarding_rules.models.decision import Decision
from safeguarding_rules.scope import Scope

try:
    from safeguarding_rules.durable_matcher import DurableMatcher
except ImportError as _missing:  # not installed (Python 3.13+), or its C extension does not load
    DurableMatcher = None  # type: ignore[assignment,misc]
    DURABLE_MISSING: str | None = f"{type(_missing).__name__}: {_missing}"
else:
    DURABLE_MISSING = None
DEFAULT_MATCHER = "python" if DURABLE_MISSING else "durable"
"""durable_rules where it imports; the plain-Python matcher, which decides identically, where it cannot."""

_log = logging.getLogger(__name__)
_said_which = False


class Engine:
    """Assesses cases against the national rulesets plus any extra ruleset directories.

    Build one per process and share it: assessments are safe from many threads (durable_rules is
    reached behind one lock) and leave no session state behind.
    """

    def __init__(
        self, extra_dirs: Sequence[Path | str] = (), *, include_national: bool = True, matcher: str | None = None
    ) -> None:
        """``matcher`` is ``durable`` (durable_rules' C engine, the default where it imports) or
        ``python`` (plain Python, the same matches; the default where durable_rules cannot be imported)."""
        global _said_which
        dirs = ([DEFAULT_RULESETS_DIR] if include_national else []) + [Path(d) for d in extra_dirs]
        self.book: RuleBook = load_rulebook(dirs)
        if matcher not in (None, "durable", "python"):
            raise ValueError(f"matcher is 'durable' or 'python', not {matcher!r}")
        if matcher == "durable" and DURABLE_MISSING:
            raise ValueError(f"the durable matcher needs durable_rules, which cannot be imported ({DURABLE_MISSING})")
        self.matcher: str = matcher or DEFAULT_MATCHER
        """The matcher deciding this engine's cases, named in each decision's ``engine``."""
        if matcher is None and DURABLE_MISSING and not _said_which:  # once a process, at start-up
            _said_which = True
            _log.warning("durable_rules cannot be imported (%s): the plain-Python matcher decides, identically", DURABLE_MISSING)
        self.compiled: CompiledBook = compile_book(self.book)
        """Every rule of the book, compiled: for the conflict check and whole-book analysis."""
        self._date_facts = {r.spec.id: r.spec.effective.date_fact or "assessment_date" for r in self.book.rulesets}
        self._settings: dict[str | None, dict[str, Any]] = {}
        """Each partnership's settings (and the national ones, under None), as first asked for."""
        breaks: dict[str, set[dt.date]] = {}
        for parameter, ruleset_id in self.book.parameters.values():
            dates = breaks.setdefault(parameter.date_fact or self._date_facts[ruleset_id], set())
            dates.update(v.from_ for v in parameter.values or ())
        self._parameter_dates = tuple((fact, tuple(sorted(dates))) for fact, dates in breaks.items())
        """Each date fact a dated parameter is read on, with the dates a value of one comes into force."""
        self._parameters: dict[tuple[int, ...], dict[str, Any]] = {}
        """The parameters' values by the period each of those date facts falls in: finitely many."""
        self._scopes: dict[tuple[str, str | None], tuple[Scope, Matcher]] = {}
        self._scopes_lock = threading.Lock()
        self._rulesets_in_scope: dict[tuple[str, str | None], list[LoadedRuleset]] = {}
        # Read once from the loaded (unchanging) book: scanning every ruleset on each case cost a
        # partnership's case about 230 µs with 200 partnerships loaded (+13% a case;
        # `python benchmarks/many_partnerships.py`).
        self._jurisdictions = sorted({j for r in self.book.rulesets if r.spec.partnership is None for j in r.spec.jurisdictions})
        self._local_partnerships: dict[str, list[str]] = {
            j: sorted({r.spec.partnership for r in self.book.rulesets if r.spec.partnership and j in r.spec.jurisdictions})
            for j in {j for r in self.book.rulesets for j in r.spec.jurisdictions}
        }
        if "england" in self.jurisdictions:
            self._scope("england", None)  # England's national rules, built now; any other scope on its first case

    def _scope(self, jurisdiction: str, partnership: str | None) -> tuple[Scope, Matcher]:
        """One jurisdiction's national rules plus one partnership's overlay, compiled, indexed and
        matched on their own: a case touches only its own nation's law and its own partnership's rules."""
        with self._scopes_lock:
            built = self._scopes.get((jurisdiction, partnership))
            if built is None:
                rulesets = self._in_scope(jurisdiction, partnership)
                compiled = compile_book(self.book, {r.spec.id for r in rulesets})
                matcher: Matcher = (
                    DurableMatcher(compiled)
                    if self.matcher == "durable"
                    else PythonMatcher(compiled, set(self.book.derived_facts))
                )
                scope = Scope.build(self.book, rulesets, compiled, jurisdiction)
                _ = scope.program.testing if self.matcher == "python" else scope.program.given  # compiled now, not on a first case
                built = self._scopes[(jurisdiction, partnership)] = (scope, matcher)
            return built

    @property
    def partnerships(self) -> list[str]:
        return self.book.partnerships

    @property
    def jurisdictions(self) -> list[str]:
        """Jurisdictions with at least one national ruleset loaded."""
        return list(self._jurisdictions)

    def _in_scope(self, jurisdiction: str, partnership: str | None) -> list[LoadedRuleset]:
        return [
            r for r in self.book.rulesets
            if jurisdiction in r.spec.jurisdictions and r.spec.partnership in (None, partnership)
        ]

    def rulesets_for(self, case: Case) -> list[LoadedRuleset]:
        """The national rulesets of the case's jurisdiction, plus its partnership's overlay if it names one."""
        if case.jurisdiction not in self._jurisdictions:
            raise UnsupportedJurisdictionError(case.jurisdiction, self.jurisdictions)
        if case.partnership is not None:
            local = self._local_partnerships.get(case.jurisdiction, [])
            if case.partnership not in local:  # a partnership of another nation is not this case's
                raise UnknownPartnershipError(case.partnership, list(local), case.jurisdiction if case.partnership in self.partnerships else None)
        key = (case.jurisdiction, case.partnership)
        scoped = self._rulesets_in_scope.get(key)
        if scoped is None:
            scoped = self._rulesets_in_scope[key] = self._in_scope(case.jurisdiction, case.partnership)
        return scoped

    def settings_for(self, case: Case) -> dict[str, Any]:
        """The settings in force for the case: its partnership's values, else the national defaults."""
        return dict(self._settings_of(case.partnership))

    def _settings_of(self, partnership: str | None) -> dict[str, Any]:
        settings = self._settings.get(partnership)
        if settings is None:
            settings = self._settings[partnership] = self.book.setting_values(partnership)
        return settings

    def facts_of(self, case: Case) -> dict[str, Any]:
        """The facts a case's rules read: its own, its partnership's settings, and each dated parameter's
        value on the case's dates (worked out once per combination of the periods those dates fall in)."""
        facts = case_facts(case)
        facts.update(self._settings_of(case.partnership))
        period = tuple(
            bisect_right(dates, day) if hasattr(day, "toordinal") else -1
            for fact, dates in self._parameter_dates
            for day in (facts.get(fact),)
        )
        parameters = self._parameters.get(period)
        if parameters is None:
            parameters = self._parameters[period] = self.book.parameter_values(facts, self._date_facts)
        facts.update(parameters)
        return facts

    def _adult_age(self, rulesets: list[LoadedRuleset], facts: Mapping[str, Any]) -> int | None:
        """The age from which the case's nation counts a person an adult: the value on the case's
        date of the adult-age parameter where a ruleset in scope declares it (Scotland's), else 18
        (the complement of a child); none while the parameter has no value yet on the case's date."""
        declared = self.book.parameters.get(ADULT_AGE_PARAMETER)
        if declared is None or not any(r.spec.id == declared[1] for r in rulesets):
            return CHILD_AGE_LIMIT
        value = facts.get(ADULT_AGE_PARAMETER)
        return value if isinstance(value, int) else None

    def assess(self, case: Case | Mapping[str, Any], *, trace: bool = False) -> Decision:
        """The decision for a case (a ``Case`` or a plain dict validated into one); with ``trace``,
        every rule considered and the value of each of its conditions."""
        if not isinstance(case, Case):
            case = Case.model_validate(case)
        rulesets = self.rulesets_for(case)  # refuses a jurisdiction or partnership not loaded
        facts = self.facts_of(case)
        subject = case.subject  # the nation's adult age is read only where it matters: a stated adult's age
        if (
            subject.kind == "adult" and subject.age is not None
            and (problems := too_young_for_an_adult(subject.kind, subject.age, self._adult_age(rulesets, facts)))
        ):
            raise ImpossibleCaseError("subject.age", problems)
        scope, matcher = self._scope(case.jurisdiction, case.partnership)
        # The case's facts matched once, then the derived facts settled and every condition evaluated
        # by the scope's generated function: no rounds, no callbacks.
        evaluation = matcher.evaluate(scope.program, dict(facts))
        return build_decision(case, scope, evaluation, decide(scope, evaluation), engine=self.matcher, trace=trace)

    def assess_many(self, cases: Iterable[Case | Mapping[str, Any]], *, trace: bool = False) -> Iterator[BatchItem]:
        """Assess cases one by one; a case that is invalid gets its errors and does not stop the rest."""
        for index, raw in enumerate(cases):
            try:
                case = raw if isinstance(raw, Case) else Case.model_validate(raw)
                yield BatchItem(index=index, case_ref=case.case_ref, decision=self.assess(case, trace=trace))
            except ValidationError as exc:
                errors = [CaseError.model_validate(error) for error in reported_errors(exc.errors())]
                yield BatchItem(index=index, errors=errors)
            except CaseRefusedError as exc:
                yield BatchItem(index=index, errors=[CaseError(loc=[exc.field], msg=str(exc), type=exc.type)])
            except Exception as exc:  # noqa: BLE001 - one case's failure never fails the others
                # Said by type only: an exception's text may carry case facts.
                msg = f"the case could not be assessed ({type(exc).__name__}); the other cases were"
                yield BatchItem(index=index, errors=[CaseError(loc=[], msg=msg, type="internal_error")])

    def live_sessions(self) -> int:
        """Sessions durable_rules still holds: 0 between assessments."""
        return sum(matcher.live_sessions() for _, matcher in self._scopes.values())

    def close(self) -> None:
        for _, matcher in self._scopes.values():
            matcher.close()


_default: Engine | None = None
_default_lock = threading.Lock()


def default_engine() -> Engine:
    """The shared engine over the national rulesets, built on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Engine()
        return _default


def assess(case: Case | Mapping[str, Any], engine: Engine | None = None, *, trace: bool = False) -> Decision:
    """Assess a case against the national rulesets (or the given engine's); ``trace=True`` adds the
    per-rule trace."""
    return (engine or default_engine()).assess(case, trace=trace)
