"""What the service publishes about its rulesets: summaries, and each rule with its citations."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from safeguarding_rules.models.decision import Citation


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RulesetSummary(_Out):
    id: str
    title: str
    version: str
    jurisdiction: str
    partnership: str | None
    effective_from: dt.date | None
    effective_to: dt.date | None
    effective_date_fact: str | None
    rule_count: int
    sha256: str


class RuleInfo(_Out):
    id: str
    title: str
    when: str
    concludes: str
    effective_from: dt.date | None
    effective_to: dt.date | None
    citations: list[Citation]


class DeterminationInfo(_Out):
    id: str
    title: str
    kind: str
    actor: str
    applies_when: str
    otherwise: str


class RulesetDetail(RulesetSummary):
    description: str | None
    determinations: list[DeterminationInfo]
    rules: list[RuleInfo]


class LocalPathway(_Out):
    id: str
    title: str
    kind: str
    actor: str


class PartnershipSetting(_Out):
    name: str
    value: str
    basis: str
    from_partnership_page: bool


class PartnershipInfo(_Out):
    """A partnership with an overlay: its local pathways and its settings."""

    id: str
    rulesets: list[str]
    pathways: list[LocalPathway]
    settings: list[PartnershipSetting]
