"""A ruleset's citations resolved against the sources registry, and the force of law they carry.

Used by the scope (each rule's citations, resolved once at load), by ``explain`` (a decision's
citations and its legal force) and by the rulebook and catalogue pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from safeguarding_rules.book import BoundRule, RuleBook
from safeguarding_rules.models.decision import Citation, LegalForce, VerificationStatus
from safeguarding_rules.schema import CitationRef


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


def rule_citations(book: RuleBook, bound: BoundRule) -> tuple[tuple[tuple[str, str, str], Citation], ...]:
    """A rule's citations, each with the key that makes two citations the same one."""
    return tuple(((ref.source, ref.provision, ref.quote or ref.paraphrase or ""), citation(book, ref)) for ref in bound.rule.citations)


def citations_of(book: RuleBook, rules: Iterable[BoundRule]) -> list[Citation]:
    """The citations of the rules, each once, resolved against the sources registry."""
    seen: dict[tuple[str, str, str], Citation] = {}
    for bound in rules:
        for key, resolved in rule_citations(book, bound):
            seen.setdefault(key, resolved)
    return list(seen.values())


_FORCE_ORDER = [force.value for force in LegalForce]


def legal_force(book: RuleBook, citations: list[Citation]) -> LegalForce | None:
    """The strongest kind of instrument among the citations (commentary carries no force)."""
    kinds = {book.sources[c.source_id].kind for c in citations}
    return next((LegalForce(force) for force in _FORCE_ORDER if force in kinds), None)
