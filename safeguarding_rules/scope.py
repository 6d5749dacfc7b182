"""A scope: the national rulesets of one nation and at most one partnership's overlay, indexed once.

Built when the engine first meets the (nation, partnership) pair and never changed after: its rules
by id, by the determination they conclude and by the derived fact they establish; its derived facts
in dependency order; its determinations; each ruleset's era and precedence; each rule's conjuncts
and resolved citations; the working days of its nation; and its three-valued evaluation, generated
and compiled once (``evaluate.Program``).
Deciding and explaining a case then read it and write nothing, so the rule book stays as loaded and
a case's cost is linear in its own scope's rules, however many partnerships are loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from safeguarding_rules.book import BoundRule, LoadedRuleset, RuleBook
from safeguarding_rules.calendar import WorkingDays, working_days
from safeguarding_rules.citations import rule_citations
from safeguarding_rules.compiler import CompiledBook
from safeguarding_rules.evaluate import Program
from safeguarding_rules.models.decision import Citation
from safeguarding_rules.plan import Plan
from safeguarding_rules.schema import Condition, DeterminationSpec

Rank = Mapping[str, int]
"""A determination's statuses by strength (higher wins), from its ruleset's declared `precedence`."""


@dataclass(frozen=True)
class Scope:
    """One nation's rules and one partnership's, indexed: read by ``decide`` and ``explain``, written by neither."""

    book: RuleBook
    compiled: CompiledBook
    rulesets: tuple[LoadedRuleset, ...]
    rules: tuple[BoundRule, ...]
    by_id: Mapping[str, BoundRule]
    by_determination: Mapping[str, tuple[BoundRule, ...]]
    by_fact: Mapping[str, tuple[BoundRule, ...]]
    determinations: tuple[tuple[str, DeterminationSpec, str], ...]
    """Each determination in scope: its id, its declaration and the ruleset declaring it, in load order."""
    eras: Mapping[str, Condition | None]
    """Each ruleset's era (``effective.while``), by ruleset id."""
    ranks: Mapping[str, Rank]
    """Each ruleset's precedence as ranks, by ruleset id."""
    conjuncts: Mapping[str, frozenset[str]]
    """The tests each rule's condition requires together, by rule id."""
    citations: Mapping[str, tuple[tuple[tuple[str, str, str], Citation], ...]]
    """Each rule's citations, resolved against the sources registry, by rule id."""
    calendar: WorkingDays
    """The working days of the scope's nation (its bank holidays), for deadlines."""
    unverified: frozenset[str]
    """The parameters whose value is not verified against its source: a deadline counted with one says so."""
    program: Program
    """The scope's three-valued evaluation, generated once: every condition node, derived facts first."""
    plan: Plan
    """What ``decide`` reads, indexed by the evaluation's slots (``plan.py``): per case it only looks truths up."""
    relevance_memo: dict[tuple[str, ...], tuple[BoundRule, ...]] = field(default_factory=dict, repr=False, compare=False)
    """A memo, not state: the rules to trace for a set of listed determinations (the same for every case)."""

    @staticmethod
    def build(book: RuleBook, rulesets: list[LoadedRuleset], compiled: CompiledBook, jurisdiction: str) -> Scope:
        in_scope = {r.spec.id for r in rulesets}
        rules = tuple(b for b in book.rules if b.ruleset in in_scope)
        by_determination: dict[str, list[BoundRule]] = {}
        by_fact: dict[str, list[BoundRule]] = {}
        for b in rules:
            if b.rule.then.determination:
                by_determination.setdefault(b.rule.then.determination, []).append(b)
            if b.rule.then.fact:
                by_fact.setdefault(b.rule.then.fact, []).append(b)
        program = Program(
            compiled,
            compiled.roots,
            {fact: tuple(compiled.conditions[b.rule.id] for b in bounds) for fact, bounds in by_fact.items()},
            book.derived_facts.keys(),
        )
        ranks = {}
        for r in rulesets:
            order = r.spec.precedence or []
            ranks[r.spec.id] = MappingProxyType({status: len(order) - i for i, status in enumerate(order)})
        determinations = tuple((d, spec, r) for d, (spec, r) in book.determinations.items() if r in in_scope)
        eras = MappingProxyType({r.spec.id: r.spec.effective.while_ for r in rulesets})
        rule_conjuncts = MappingProxyType({b.rule.id: conjuncts(compiled.conditions[b.rule.id]) for b in rules})
        by_determination_ = MappingProxyType({k: tuple(v) for k, v in by_determination.items()})
        by_fact_ = MappingProxyType({k: tuple(v) for k, v in by_fact.items()})
        return Scope(
            book=book,
            compiled=compiled,
            rulesets=tuple(rulesets),
            rules=rules,
            by_id=MappingProxyType({b.rule.id: b for b in rules}),
            by_determination=by_determination_,
            by_fact=by_fact_,
            determinations=determinations,
            eras=eras,
            ranks=MappingProxyType(ranks),
            conjuncts=rule_conjuncts,
            citations=MappingProxyType({b.rule.id: rule_citations(book, b) for b in rules}),
            calendar=working_days(jurisdiction),
            unverified=frozenset(name for name, (p, _) in book.parameters.items() if p.citation and p.citation.status == "unverified"),
            program=program,
            plan=Plan.build(program, determinations, tuple(rulesets), rules, by_determination_, by_fact_, ranks,
                            rule_conjuncts, eras, book.derived_facts),
        )

    @property
    def derived_order(self) -> tuple[str, ...]:
        """The derived facts concluded in scope, each after those it reads (as they are settled)."""
        return self.program.order

    def rules_of(self, determination: str) -> tuple[BoundRule, ...]:
        return self.by_determination.get(determination, ())

    def cited(self, rules: Any) -> list[Citation]:
        """The citations of the rules, each once (resolved when the scope was built)."""
        seen: dict[tuple[str, str, str], Citation] = {}
        for bound in rules:
            for key, resolved in self.citations[bound.rule.id]:
                seen.setdefault(key, resolved)
        return list(seen.values())


def conjuncts(condition: Condition | None) -> frozenset[str]:
    """The tests a condition requires together (each as canonical JSON), nested ``all`` flattened."""
    if condition is None:
        return frozenset()
    if condition.all is None:
        return frozenset([condition.model_dump_json(exclude_none=True)])
    return frozenset().union(*(conjuncts(child) for child in condition.all))
