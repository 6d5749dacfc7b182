"""Decide: a determination's status from its rules' values, and its deadline. Nothing here words
a reason or cites a law; ``explain`` does that with what is decided here.

Where a status is decided, in one step: ``settle`` takes each rule's three-valued value and the
precedence its ruleset declares (strongest first), and returns the rules that decide and the rules
still pending. A rule still unknown matters only if it could lift the status above what is settled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dateutil.relativedelta import relativedelta

from safeguarding_rules.book import BoundRule, RuleBook
from safeguarding_rules.calendar import WorkingDays
from safeguarding_rules.logic import Truth
from safeguarding_rules.schema import ConcludedStatus, Condition, Deadline

Rank = dict[str, int]
"""A determination's statuses by strength (higher wins), from its ruleset's declared `precedence`."""


@dataclass(frozen=True)
class Settled:
    """What a determination's rules settle: the status, the rules that decide it, those pending, and
    for a "no" that no rule concluded, the rules in force whose conditions the case fails (the claim
    that the duty is not required rests on them)."""

    status: str
    deciding: list[BoundRule]
    pending: list[BoundRule]
    unmet: list[BoundRule] = field(default_factory=list)


def rank_of(book: RuleBook, ruleset_id: str) -> Rank:
    """The precedence the ruleset declares, strongest first, as ranks (cached on the book)."""
    cached = book.rank_cache.get(ruleset_id)
    if cached is None:
        loaded = book.ruleset(ruleset_id)
        order = loaded.spec.precedence if loaded is not None and loaded.spec.precedence else []
        cached = book.rank_cache[ruleset_id] = {status: len(order) - i for i, status in enumerate(order)}
    return cached


def status_of(bound: BoundRule) -> ConcludedStatus:
    return bound.rule.then.status or "not_required"


NOT_ENCODED = "not_encoded"
"""The status of a duty no rule in force speaks for on the case's dates: the rulesets do not encode
its law then, which is never the same as "not required"."""


def settle(
    rules: list[BoundRule],
    value: Callable[[BoundRule], Truth],
    in_force: Callable[[BoundRule], Truth],
    otherwise: str,
    rank: Rank,
    conjuncts_of: Callable[[BoundRule], frozenset[str]],
) -> Settled:
    """The status of one determination: the strongest status among its rules that hold (by ``rank``);
    ``undetermined`` while an unknown rule could give a stronger one. When no rule holds or is
    pending, the ``otherwise`` status stands only on the rules that could have given a duty and are
    in force on the case's dates, each of which the case fails (``unmet``); if no such rule is in
    force, the law for those dates is not encoded (``not_encoded``), never a silent "no"."""
    held = [b for b in rules if value(b) == "true"]
    best = max((rank[status_of(b)] for b in held), default=-1)
    deciding = [b for b in held if rank[status_of(b)] == best]
    floor = best if deciding else rank[otherwise]
    pending = unsubsumed([b for b in rules if value(b) == "unknown" and rank[status_of(b)] > floor], rules, conjuncts_of, rank)
    if pending:
        return Settled("undetermined", deciding, pending)
    if deciding:
        return Settled(status_of(deciding[0]), deciding, [])
    covering = [b for b in rules if status_of(b) != "not_required" and in_force(b) != "false"]
    if not covering:
        return Settled(NOT_ENCODED, [], [])
    return Settled(otherwise, [], [], unmet=covering)


def unsubsumed(
    pending: list[BoundRule], rules: list[BoundRule], conjuncts_of: Callable[[BoundRule], frozenset[str]], rank: Rank
) -> list[BoundRule]:
    """Pending rules less those another rule of the determination subsumes: a rule whose tests
    include every test of a rule with at least its status can never decide more than that rule, so
    the extra facts it reads are not asked (a reg 11 criterion adds nothing while the case may not
    be a serious case at all)."""
    conjuncts = {b.rule.id: conjuncts_of(b) for b in rules}
    return [
        b
        for b in pending
        if not any(
            other is not b
            and rank[status_of(other)] >= rank[status_of(b)]
            and conjuncts[other.rule.id] < conjuncts[b.rule.id]
            for other in rules
        )
    ]


def conjuncts(condition: Condition | None) -> frozenset[str]:
    """The tests a condition requires together (each as canonical JSON), nested ``all`` flattened."""
    if condition is None:
        return frozenset()
    if condition.all is None:
        return frozenset([condition.model_dump_json(exclude_none=True)])
    return frozenset().union(*(conjuncts(child) for child in condition.all))


def due(
    deadline: Deadline | None, known: Mapping[str, Any], settings: Mapping[str, Any], calendar: WorkingDays
) -> tuple[dt.date | None, str | None]:
    """The deadline's date and its basis in words, working days counted in the case's nation's
    ``calendar``; no date while the date it runs from, or a dated parameter it uses, is not known."""
    if deadline is None:
        return None, None
    after = deadline.after
    if after in settings:  # a setting that names the date fact the clock starts from
        after = str(known[after])
    start = known.get(after)
    if not isinstance(start, dt.date):
        return None, f"{deadline.describe()} after {deadline.label} ({after} is not known)"
    unit = deadline.working_days if deadline.working_days is not None else deadline.months
    count = known.get(unit) if isinstance(unit, str) else unit  # a dated parameter, or a number
    words = "working days" if deadline.working_days is not None else "month(s)"
    if not isinstance(count, int):
        return None, f"{deadline.describe()} after {deadline.label} ({unit} is not known on the case's dates)"
    date = calendar.add(start, count) if deadline.working_days is not None else start + relativedelta(months=count)
    source = f", {unit}" if isinstance(unit, str) else ""
    return date, f"{count} {words} after {start.isoformat()} ({deadline.label}: {after}{source})"
