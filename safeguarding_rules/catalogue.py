"""Describe loaded rulesets for readers: summaries and rule listings with their quoted law."""

from __future__ import annotations

from safeguarding_rules.book import LoadedRuleset, RuleBook
from safeguarding_rules.citations import citations_of
from safeguarding_rules.models.catalogue import (
    DeterminationInfo,
    LocalPathway,
    PartnershipInfo,
    PartnershipSetting,
    RuleInfo,
    RulesetDetail,
    RulesetSummary,
)
from safeguarding_rules.schema import Condition


def describe_condition(condition: Condition | None) -> str:
    """A condition in words, e.g. ``all of (a is true, any of (b is true, c is true))``."""
    if condition is None:
        return "always"
    if condition.fact is not None:
        return condition.describe()
    children = ", ".join(describe_condition(c) for c in condition.all or condition.any or [])
    return f"{condition.describe()} ({children})"


def summary(loaded: LoadedRuleset, book: RuleBook) -> RulesetSummary:
    spec = loaded.spec
    return RulesetSummary(
        id=spec.id,
        formerly=list(spec.formerly),
        title=spec.title,
        version=spec.version,
        jurisdiction=spec.jurisdictions[0],
        jurisdictions=list(spec.jurisdictions),
        partnership=spec.partnership,
        effective_from=spec.effective.from_,
        effective_to=spec.effective.to,
        effective_date_fact=spec.effective.date_fact,
        rule_count=len(spec.rules),
        sha256=loaded.sha256,
    )


def detail(loaded: LoadedRuleset, book: RuleBook) -> RulesetDetail:
    spec = loaded.spec
    bound = [b for b in book.rules if b.ruleset == spec.id]
    return RulesetDetail(
        **summary(loaded, book).model_dump(),
        description=spec.description,
        determinations=[
            DeterminationInfo(
                id=det_id,
                title=det.title,
                kind=det.kind,
                actor=det.actor,
                recipients=list(det.recipients or ()),
                applies_when=describe_condition(det.applies_when),
                otherwise=f"{det.otherwise.status}: {det.otherwise.reason}",
            )
            for det_id, det in spec.determinations.items()
        ],
        rules=[
            RuleInfo(
                id=b.rule.id,
                title=b.rule.title,
                when=describe_condition(b.rule.when),
                concludes=b.rule.then.describe(),
                effective_from=b.effective.from_,
                effective_to=b.effective.to,
                citations=citations_of(book, [b]),
                actor=b.rule.then.actor,
                recipients=list(b.rule.then.recipients) if b.rule.then.recipients else None,
            )
            for b in bound
        ],
    )


def partnerships(book: RuleBook) -> list[PartnershipInfo]:
    """Each partnership with an overlay loaded, its local pathways and its setting values."""
    result = []
    for partnership in book.partnerships:
        overlays = [r.spec for r in book.rulesets if r.spec.partnership == partnership]
        result.append(
            PartnershipInfo(
                id=partnership,
                rulesets=[spec.id for spec in overlays],
                pathways=[
                    LocalPathway(id=det_id, title=det.title, kind=det.kind, actor=det.actor)
                    for spec in overlays
                    for det_id, det in spec.determinations.items()
                ],
                settings=[
                    PartnershipSetting(
                        name=name, value=str(value.value), basis=value.basis, from_partnership_page=value.from_partnership_page
                    )
                    for spec in overlays
                    for name, value in spec.setting_values.items()
                ],
            )
        )
    return result
