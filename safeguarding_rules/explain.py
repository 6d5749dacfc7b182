"""Explain: turn what ``decide`` settles into a ``Decision``, with reasons, quotes, questions and
the trace.

Statuses and deadlines are decided in ``decide`` (by the precedence each ruleset declares); here an
undetermined status gets ``depends_on``, the unknown facts under the pending rules, followed through
derived facts to the case facts that settle them, and every status its reason and citations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from safeguarding_rules.book import BoundRule, LoadedRuleset, RuleBook
from safeguarding_rules.calendar import working_days
from safeguarding_rules.compiler import fact_nodes
from safeguarding_rules.decide import NOT_ENCODED, conjuncts, rank_of, settle, status_of
from safeguarding_rules.decide import due as due_of
from safeguarding_rules.evaluate import Evaluation, Truth
from safeguarding_rules.facts import CASE_FACTS
from safeguarding_rules.models.case import Case
from safeguarding_rules.models.decision import (
    Citation,
    Decision,
    Determination,
    DeterminationKind,
    JointReview,
    JointReviewKind,
    LegalForce,
    NotApplicable,
    Period,
    Question,
    RulesetRef,
    Status,
    VerificationStatus,
)
from safeguarding_rules.plain import day_words, fact_name, open_fact, plain
from safeguarding_rules.schema import CitationRef, Condition, DeterminationSpec

_IN_WORDS = {"consider": "for consideration", "not_required": "not required"}
"""A status as a reason says it: "It could be required or for consideration, depending on ..."."""

@dataclass(frozen=True)
class ScopeIndex:
    """The rules and determinations of one set of rulesets (the national ones and at most one
    partnership's), indexed once: explaining a case is then linear in its own rules, however many
    partnerships are loaded."""

    rules: list[BoundRule]
    by_id: dict[str, BoundRule]
    by_determination: dict[str, list[BoundRule]]
    by_fact: dict[str, list[BoundRule]]
    determinations: list[tuple[str, DeterminationSpec, str]]
    eras: dict[str, Condition | None]

    @staticmethod
    def of(book: RuleBook, rulesets: list[LoadedRuleset]) -> ScopeIndex:
        key = tuple(r.spec.id for r in rulesets)
        cached = book.scope_cache.get(key)
        if cached is None:
            in_scope = set(key)
            rules = [b for b in book.rules if b.ruleset in in_scope]
            by_determination: dict[str, list[BoundRule]] = {}
            by_fact: dict[str, list[BoundRule]] = {}
            for b in rules:
                if b.rule.then.determination:
                    by_determination.setdefault(b.rule.then.determination, []).append(b)
                if b.rule.then.fact:
                    by_fact.setdefault(b.rule.then.fact, []).append(b)
            determinations = [(d, spec, r) for d, (spec, r) in book.determinations.items() if r in in_scope]
            eras = {r.spec.id: r.spec.effective.while_ for r in rulesets}
            cached = book.scope_cache[key] = ScopeIndex(
                rules, {b.rule.id: b for b in rules}, by_determination, by_fact, determinations, eras
            )
        return cached  # type: ignore[no-any-return]


class Explainer:
    """Builds the decision for one case from one evaluation."""

    def __init__(self, book: RuleBook, evaluation: Evaluation, rulesets: list[LoadedRuleset]) -> None:
        self.book = book
        self.ev = evaluation
        self.rulesets = rulesets
        self.index = ScopeIndex.of(book, rulesets)
        self.rules = self.index.rules
        self.values = _RuleValues(evaluation, self.index.by_id)

    # -- unknown facts -------------------------------------------------------------------

    def unknown_facts(self, condition: Condition | None) -> list[str]:
        """The unknown case facts that an unknown condition turns on.

        Only unknown parts are followed (a part already true or false decides nothing more), and a
        derived fact is followed to the unknown facts of the rules that could still conclude it.
        """
        if condition is None or self.ev.condition(condition) != "unknown":
            return []
        if condition.fact is not None:
            facts = [f for f in (condition.fact, condition.ref) if f and f not in self.ev.known]
            if condition.fact in self.book.derived_facts:
                return self._derived_unknowns(condition.fact)
            return facts
        return _unique(f for child in condition.all or condition.any or [] for f in self.unknown_facts(child))

    def _derived_unknowns(self, fact: str) -> list[str]:
        return _unique(
            f
            for b in self.index.by_fact.get(fact, [])
            if self.values[b.rule.id] == "unknown"
            for f in self.unknown_facts(self.ev.compiled.conditions[b.rule.id])
        )

    def _conjuncts(self, bound: BoundRule) -> frozenset[str]:
        """The tests a rule's condition requires together (cached per rule: conditions never change)."""
        cached = self.book.conjunct_cache.get(bound.rule.id)
        if cached is None:
            cached = self.book.conjunct_cache[bound.rule.id] = conjuncts(self.ev.compiled.conditions[bound.rule.id])
        return cached

    def with_support(self, rules: list[BoundRule], value: Truth) -> list[BoundRule]:
        """The rules plus the derived-fact rules behind them that have the same value (for the record)."""
        result: dict[str, BoundRule] = {b.rule.id: b for b in rules}
        stack = list(rules)
        while stack:
            condition = self.ev.compiled.conditions[stack.pop().rule.id]
            for node in fact_nodes(condition):
                if node.fact in self.book.derived_facts and self.ev.condition(node) == value:
                    for b in self.index.by_fact.get(node.fact or "", []):
                        if self.values[b.rule.id] == value and b.rule.id not in result:
                            result[b.rule.id] = b
                            stack.append(b)
        return list(result.values())

    # -- determinations ------------------------------------------------------------------

    def applicable(self) -> tuple[list[str], list[NotApplicable]]:
        """Determinations that apply to the case's subject, dates and era (``applies_when`` and the
        ruleset's ``effective.while`` not false), and those a stated fact takes out of scope, each
        with the fact that does (the false parts of its scope, in words)."""
        eras = self.index.eras
        listed: list[str] = []
        out: list[NotApplicable] = []
        for det_id, spec, ruleset_id in self.index.determinations:
            outside = self.failed(spec.applies_when) + self.failed(eras[ruleset_id])
            if not outside:
                listed.append(det_id)
                continue
            needs = "; and ".join(plain(self.book, part) for part in outside)
            out.append(NotApplicable(id=det_id, reason=f"Only where {needs}."))
        return listed, out

    def failed(self, condition: Condition | None, value: Truth = "false") -> list[Condition]:
        """The parts that give a condition its value (false, or unknown): each such part of an
        ``all`` (followed into nested ``all``), or the condition itself; nothing if it has another value."""
        if condition is None or self.ev.condition(condition) != value:
            return []
        if condition.all is not None:
            return [part for child in condition.all for part in self.failed(child, value)]
        return [condition]

    def determinations(self, applicable: list[str]) -> tuple[list[Determination], list[NotApplicable]]:
        """The applicable determinations; a follow-on duty only once a duty it follows is required
        (until then it is named as not applicable, with the status of the duty it follows)."""
        decided: dict[str, Determination] = {}
        waiting: list[NotApplicable] = []
        for det_id in applicable:
            spec, ruleset_id = self.book.determinations[det_id]
            if spec.follows is None:
                decided[det_id] = self._in_scope(self._determine(det_id, spec, ruleset_id, self._rules_of(det_id)), spec, ruleset_id)
        for det_id in applicable:
            spec, ruleset_id = self.book.determinations[det_id]
            followed = next((f for f in spec.follows or [] if f in decided and decided[f].status == "required"), None)
            if followed is not None:
                follow_on = self._determine(det_id, spec, ruleset_id, self._rules_of(det_id))
                decided[det_id] = follow_on.model_copy(update={"follows": followed})
            elif spec.follows is not None:
                states = " or ".join(f"{f} ({decided[f].status})" for f in spec.follows if f in decided)
                waiting.append(NotApplicable(id=det_id, reason=f"Follows {states or ' or '.join(spec.follows)} once required."))
        return [decided[det_id] for det_id in applicable if det_id in decided], waiting

    def _in_scope(self, det: Determination, spec: DeterminationSpec, ruleset_id: str) -> Determination:
        """A duty found while it is not yet known whether the case is within the law's scope (its
        ``applies_when`` or era turns on unknown facts) is only a duty if it is: undetermined, naming
        those facts. A "no" stays a "no" (out of scope is no duty either)."""
        if det.status in (Status.NOT_REQUIRED, Status.UNDETERMINED, NOT_ENCODED):
            return det
        open_ = self.failed(spec.applies_when, "unknown") + self.failed(self.index.eras[ruleset_id], "unknown")
        if not open_:
            return det
        facts = _unique(f for c in open_ for f in self.unknown_facts(c))
        words = _IN_WORDS.get(det.status, det.status)
        reason = (
            f"It would be {words} if {'; and '.join(plain(self.book, c) for c in open_)}: that depends on "
            f"{'; '.join(open_fact(self.book, f) for f in facts)}. {det.reason}"
        )
        return det.model_copy(update={"status": Status.UNDETERMINED, "depends_on": _unique([*det.depends_on, *facts]),
                                      "at_least": None, "reason": reason, "due": None})

    def joint_reviews(self, determinations: list[Determination]) -> list[JointReview]:
        """Where the case meets several reviews: what guidance opens to their bodies (listed once the
        reviews it names are in play, whatever their status short of not_required)."""
        in_play = {d.id: d for d in determinations if d.status not in ("not_required", NOT_ENCODED)}
        joint = []
        for loaded in self.rulesets:
            for joint_id, spec in loaded.spec.joint_reviews.items():
                met = [det_id for det_id in spec.each_of + spec.any_of if det_id in in_play]
                complete = set(spec.each_of) <= in_play.keys() and (not spec.any_of or set(spec.any_of) & in_play.keys())
                if not complete or (spec.when is not None and self.ev.condition(spec.when) == "false"):
                    continue
                joint.append(JointReview(
                    id=joint_id, title=spec.title, kind=JointReviewKind(spec.kind), determinations=met,
                    duty_holders={det_id: in_play[det_id].actor or "" for det_id in met},
                    says=spec.says.strip(), citations=[citation(self.book, ref) for ref in spec.citations],
                    ruleset=loaded.spec.id,
                ))
        return joint

    def _rules_of(self, det_id: str) -> list[BoundRule]:
        return self.index.by_determination.get(det_id, [])

    def _determine(self, det_id: str, spec: DeterminationSpec, ruleset_id: str, rules: list[BoundRule]) -> Determination:
        settled = settle(
            rules, lambda b: self.values[b.rule.id], self.ev.in_force, spec.otherwise.status,
            rank_of(self.book, ruleset_id), self._conjuncts,
        )
        deciding, pending = settled.deciding, settled.pending

        def make(status: str, rules_: list[BoundRule], reason: str, cited: list[BoundRule], **extra: Any) -> Determination:
            return Determination(
                id=det_id,
                title=spec.title,
                kind=DeterminationKind(spec.kind),
                ruleset=ruleset_id,
                actor=extra.pop("actor", None) or spec.actor,
                recipients=extra.pop("recipients", None) or spec.recipients or [],
                status=Status(status),
                rules=[b.rule.id for b in rules_],
                reason=reason,
                citations=(citations := citations_of(self.book, cited)),
                legal_force=legal_force(self.book, citations),
                **{"depends_on": [], **extra},
            )

        if pending:
            depends_on = _unique(f for b in pending for f in self.unknown_facts(self.ev.compiled.conditions[b.rule.id]))
            reason = (
                f"It could be {' or '.join(_unique(_IN_WORDS.get(status_of(b), status_of(b)) for b in pending))}, "
                f"depending on {'; '.join(open_fact(self.book, f) for f in depends_on)}."
            )
            at_least = status_of(deciding[0]) if deciding else None
            if deciding:
                least = status_of(deciding[0])
                reason += f" On the facts given it is at least {_IN_WORDS.get(least, least)}: {(deciding[0].rule.then.reason or '').strip()}"
            supporting = self.with_support(pending, "unknown") + self.with_support(deciding, "true")
            return make("undetermined", supporting, reason, pending + deciding, depends_on=depends_on, at_least=at_least)
        if deciding:
            deadline = next((b.rule.then.due for b in deciding if b.rule.then.due), None)
            due, due_basis = due_of(deadline, self.ev.known, self.book.settings, working_days(self.ev.known["jurisdiction"]))
            supporting = self.with_support(deciding, "true")
            reason = " ".join((b.rule.then.reason or "").strip() for b in supporting if b.rule.then.reason)
            then = deciding[0].rule.then
            requirements = _unique(r for b in deciding for r in b.rule.then.requirements or [])
            return make(
                settled.status, supporting, reason, deciding, due=due, due_basis=due_basis,
                actor=then.actor, recipients=then.recipients, requirements=requirements,
            )
        if settled.status == NOT_ENCODED:
            periods = encoded_periods(self.book, rules)
            reason = (
                "The rulesets do not encode this duty's law for the case's dates: they encode it "
                f"{'; and '.join(period_words(p) for p in periods) or 'for no period'}. Whether it is due "
                "must be decided on the law in force then; this is not a decision that it is not required."
            )
            return make(NOT_ENCODED, [], reason, [], encoded=periods)
        unmet = "; ".join(
            f"“{b.rule.title}” needs {' and '.join(plain(self.book, part) for part in self.failed(self.ev.compiled.conditions[b.rule.id]))}"
            for b in settled.unmet
        )
        reason = f"{spec.otherwise.reason.strip()} No rule that could make it due applies: {unmet}."
        return make(settled.status, settled.unmet, reason, settled.unmet)

    # -- questions and trace --------------------------------------------------------------

    def questions(self, determinations: list[Determination]) -> list[Question]:
        decides: dict[str, list[str]] = {}
        for det in determinations:
            for fact in det.depends_on:
                decides.setdefault(fact, []).append(det.id)
        # The question that could settle the most open determinations first (ties in the order met).
        ordered = sorted(decides.items(), key=lambda item: -len(item[1]))
        return [
            Question(fact=fact, decides=ids, description=CASE_FACTS[fact].description if fact in CASE_FACTS else None)
            for fact, ids in ordered
        ]

    def relevant(self, applicable: list[str]) -> list[BoundRule]:
        """The rules behind the applicable determinations, and the derived-fact rules they read
        (the same for every case with the same applicable determinations and rulesets, so cached)."""
        key = (tuple(applicable), tuple(r.spec.id for r in self.rulesets))
        cached = self.book.relevance_cache.get(key)
        if cached is None:
            cached = self.book.relevance_cache[key] = self._relevant(applicable)
        return cached

    def _relevant(self, applicable: list[str]) -> list[BoundRule]:
        listed = set(applicable)
        keep = {b.rule.id for b in self.rules if b.rule.then.determination in listed}
        facts = {node.fact for det_id in listed for node in fact_nodes(self.book.determinations[det_id][0].applies_when)}
        stack = [b for b in self.rules if b.rule.id in keep]
        while stack or facts:
            if stack:
                facts.update(node.fact or "" for node in fact_nodes(self.ev.compiled.conditions[stack.pop().rule.id]))
            for fact in [f for f in facts if f in self.book.derived_facts]:
                for b in self.rules:
                    if b.rule.then.fact == fact and b.rule.id not in keep:
                        keep.add(b.rule.id)
                        stack.append(b)
            facts = set()
        return [b for b in self.rules if b.rule.id in keep]

    def trace(self, rules: list[BoundRule]) -> list[dict[str, Any]]:
        """The trace as plain data: the decision validates it in one pass (much faster than one
        model per condition)."""
        return [
            {
                "rule": b.rule.id,
                "title": b.rule.title,
                "ruleset": b.ruleset,
                "fired": self.values[b.rule.id] == "true",
                "value": self.values[b.rule.id],
                "concludes": b.rule.then.describe(),
                "conditions": self._condition_trace(self.ev.compiled.conditions[b.rule.id]),
                "citations": citations_of(self.book, [b]),
            }
            for b in rules
        ]

    def _condition_trace(self, condition: Condition | None) -> list[dict[str, Any]]:
        if condition is None:
            return []
        return [self._node(child) for child in condition.all or []]

    def _node(self, condition: Condition) -> dict[str, Any]:
        value = self.ev.condition(condition)
        if condition.fact is not None:
            return {"fact": condition.fact, "test": condition.describe(), "value": value, "actual": self.ev.known.get(condition.fact)}
        group = "all" if condition.all is not None else "any"
        return {"test": condition.describe(), "value": value, group: [self._node(c) for c in condition.all or condition.any or []]}


def build_decision(
    case: Case, book: RuleBook, evaluation: Evaluation, rulesets: list[LoadedRuleset], *, trace: bool = False
) -> Decision:
    """The decision for one case; the per-rule trace (most of a decision's size) only when asked."""
    explainer = Explainer(book, evaluation, rulesets)
    applicable, out_of_scope = explainer.applicable()
    determinations, waiting = explainer.determinations(applicable)
    return Decision(
        not_applicable=out_of_scope + waiting,
        joint_reviews=explainer.joint_reviews(determinations),
        case_ref=case.case_ref,
        assessment_date=case.assessment_date,
        partnership=case.partnership,
        rulesets=[RulesetRef(id=r.spec.id, version=r.spec.version, sha256=r.sha256) for r in rulesets],
        determinations=determinations,
        questions=explainer.questions(determinations),
        trace=explainer.trace(explainer.relevant(applicable)) if trace else None,  # type: ignore[arg-type]
    )


def encoded_periods(book: RuleBook, rules: list[BoundRule]) -> list[Period]:
    """The periods in force of the rules that could give a duty: what the rulesets encode for it."""
    seen: dict[tuple[Any, ...], Period] = {}
    for b in rules:
        if status_of(b) == "not_required":
            continue
        eff = b.effective
        key = (eff.date_fact, eff.from_, eff.to, eff.while_.words if eff.while_ else None)
        if key not in seen:
            seen[key] = Period(
                date_fact=eff.date_fact or "", date=fact_name(book, eff.date_fact or ""), from_date=eff.from_,
                to_date=eff.to, era=plain(book, eff.while_) if eff.while_ is not None else None,
            )
    return list(seen.values())


def period_words(period: Period) -> str:
    """A period in words: "for the date of the assessment from 6 April 2016"."""
    span = (
        f"from {day_words(period.from_date)} to {day_words(period.to_date)}" if period.from_date and period.to_date
        else f"from {day_words(period.from_date)}" if period.from_date
        else f"up to {day_words(period.to_date)}" if period.to_date else "at any date"
    )
    era = f", while {period.era}" if period.era else ""
    return f"for {period.date} {span}{era}"


def citation(book: RuleBook, ref: CitationRef) -> Citation:
    """A ruleset's citation resolved against the sources registry."""
    return Citation(
        source=book.sources[ref.source].title,
        source_id=ref.source,
        provision=ref.provision,
        quote=ref.quote,
        paraphrase=ref.paraphrase,
        url=ref.url or book.sources[ref.source].url,
        status=VerificationStatus(ref.status),
        note=ref.note,
    )


_FORCE_ORDER = [force.value for force in LegalForce]


def legal_force(book: RuleBook, citations: list[Citation]) -> LegalForce | None:
    """The strongest kind of instrument among the citations (commentary carries no force)."""
    kinds = {book.sources[c.source_id].kind for c in citations}
    return next((LegalForce(force) for force in _FORCE_ORDER if force in kinds), None)


def citations_of(book: RuleBook, rules: Iterable[BoundRule]) -> list[Citation]:
    """The citations of the rules, each once, resolved against the sources registry (cached per rule)."""
    seen: dict[tuple[str, str, str], Citation] = {}
    for bound in rules:
        cached = book.citation_cache.get(bound.rule.id)
        if cached is None:
            cached = book.citation_cache[bound.rule.id] = [
                ((ref.source, ref.provision, ref.quote or ref.paraphrase or ""), citation(book, ref))
                for ref in bound.rule.citations
            ]
        for key, resolved in cached:
            seen.setdefault(key, resolved)
    return list(seen.values())


class _RuleValues(dict[str, Truth]):
    """Each rule's value, evaluated the first time it is asked for (most cases need few rules)."""

    def __init__(self, evaluation: Evaluation, rules: dict[str, BoundRule]) -> None:
        super().__init__()
        self.evaluation = evaluation
        self.rules = rules

    def __missing__(self, rule_id: str) -> Truth:
        value = self[rule_id] = self.evaluation.rule(self.rules[rule_id])
        return value


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
