"""What the service publishes about its rulesets: summaries, and each rule with its citations."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from safeguarding_rules.models.decision import Citation


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RulesetSummary(_Out):
    id: str = Field(
        description=(
            "Id of the ruleset: its file's path in the folder it was loaded from, without `.yaml`, e.g. "
            "`england/care-act-2014-s44` (a partnership's own folder gives, e.g., `pathways`)."
        )
    )
    formerly: list[str] = Field(
        description="Ids it had before, e.g. `england.care-act-2014-s44`: `GET /v1/rulesets/{id}` answers to them too."
    )
    title: str = Field(description="The regime the ruleset encodes, in words.")
    version: str = Field(description="The ruleset's version, e.g. `2026.1`, as recorded in each decision's `rulesets`.")
    jurisdiction: str = Field(description="The (first) jurisdiction whose cases it decides, e.g. `england`; all of them are in `jurisdictions`.")
    jurisdictions: list[str] = Field(
        description="Every jurisdiction whose cases it decides, e.g. `[england, wales]` for domestic homicide reviews."
    )
    partnership: str | None = Field(
        description=(
            "For a partnership's local overlay, the partnership id whose cases it applies to; null for national rules."
        )
    )
    effective_from: dt.date | None = Field(
        description="First day the ruleset is in force, judged on `effective_date_fact`; null for no start date."
    )
    effective_to: dt.date | None = Field(
        description=(
            "Last day the ruleset is in force (inclusive), judged on `effective_date_fact`; null while still in force."
        )
    )
    effective_date_fact: str | None = Field(
        description="The case date that decides whether the ruleset is in force, e.g. `incident.became_aware_on`."
    )
    rule_count: int = Field(description="How many rules the ruleset holds.")
    sha256: str = Field(description="SHA-256 (hex) of the ruleset file as loaded, the same hash decisions record.")


class RuleInfo(_Out):
    id: str = Field(description="Id of the rule, unique across all rulesets, e.g. `SAR-S44-DISCRETIONARY`.")
    title: str = Field(description="What the rule says, in words.")
    when: str = Field(
        description=(
            "The rule's conditions in words, e.g. 'all of (subject.care_and_support_needs is true, ...)'; "
            "'always' if it has none."
        )
    )
    concludes: str = Field(
        description=(
            "What the rule concludes when its conditions hold, e.g. 'sar is discretionary', or a derived fact "
            "'adult.in_area is true'."
        )
    )
    effective_from: dt.date | None = Field(
        description=(
            "First day the rule is in force, judged on the ruleset's `effective_date_fact`; null for no start date."
        )
    )
    effective_to: dt.date | None = Field(
        description=(
            "Last day the rule is in force (inclusive), judged on the ruleset's `effective_date_fact`; "
            "null while still in force."
        )
    )
    citations: list[Citation] = Field(
        description="The law the rule quotes, each with its provision and verification status."
    )
    actor: str | None = Field(
        default=None,
        description=(
            "Who acts when this rule decides its determination, where the rule names its own; null: the "
            "determination's `actor`."
        ),
    )
    recipients: list[str] | None = Field(
        default=None,
        description=(
            "Who is notified when this rule decides its determination, where the rule names them; null: the "
            "determination's `recipients`."
        ),
    )


class DeterminationInfo(_Out):
    id: str = Field(description="Stable id of the determination, as it appears in decisions, e.g. `sar`.")
    title: str = Field(description="What is to be done, in words.")
    kind: str = Field(description="What sort of duty it is: `review`, `notification`, `enquiry` or `action`.")
    actor: str = Field(
        description=(
            "Who must or may act, e.g. 'local authority' or 'Safeguarding Adults Board' (a decision's `actor`, "
            "unless the first of its `rules` names its own: see that rule's `actor`)."
        )
    )
    recipients: list[str] = Field(
        default_factory=list,
        description=(
            "Who is notified or referred to (a decision's `recipients`, unless the first of its `rules` names "
            "its own: see that rule's `recipients`)."
        ),
    )
    applies_when: str = Field(
        description=(
            "When it is listed for a case, in words ('always' if always): it is left out only where this is false."
        )
    )
    otherwise: str = Field(
        description=(
            "Its status when no rule concludes anything and none turns on an unknown fact, with the reason, "
            "e.g. 'not_required: ...'."
        )
    )


class RulesetDetail(RulesetSummary):
    description: str | None = Field(
        description="What the ruleset covers and how it reads its sources; null if it says nothing."
    )
    determinations: list[DeterminationInfo] = Field(description="The determinations the ruleset's rules decide.")
    rules: list[RuleInfo] = Field(
        description="Every rule in the ruleset, with its conditions in words and its quoted law."
    )


class LocalPathway(_Out):
    id: str = Field(
        description="Id of the local determination, prefixed with the partnership id, e.g. `derbyshire.silr`."
    )
    title: str = Field(description="What is to be done, in words.")
    kind: str = Field(description="What sort of duty it is: `review`, `notification`, `enquiry` or `action`.")
    actor: str = Field(description="Who must or may act.")


class PartnershipSetting(_Out):
    name: str = Field(
        description="The national setting, e.g. `partner_arrangements_from` or `rapid_review_clock_start`."
    )
    value: str = Field(
        description="The partnership's value, as text: a date (YYYY-MM-DD) or the name of a case date fact."
    )
    basis: str = Field(description="Where the value comes from, or that it is the flagged national default.")
    from_partnership_page: bool = Field(
        description="False where the partnership's pages do not give the value and the national default stands in."
    )


class PartnershipInfo(_Out):
    """A partnership with an overlay: its local pathways and its settings."""

    id: str = Field(description="The partnership id, to give as a case's `partnership`, e.g. `derbyshire`.")
    rulesets: list[str] = Field(description="Ids of the partnership's overlay rulesets.")
    pathways: list[LocalPathway] = Field(
        description="Its local pathways: the determinations its overlays add to the national ones for its cases."
    )
    settings: list[PartnershipSetting] = Field(
        description="Its values for national settings, and where each comes from."
    )
