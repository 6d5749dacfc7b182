"""A decision: each determination with its status, deadline, deciding rules and quoted law.

Field names and status words are fixed by ``docs/decision-contract.md``; other systems store these
documents, so fields may be added but never renamed or dropped.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

class Status(StrEnum):
    """What the case's facts make of a determination."""

    REQUIRED = "required"  # a duty applies ("must")
    CONSIDER = "consider"  # the responsible body must consider and decide
    DISCRETIONARY = "discretionary"  # the body may act
    NOT_REQUIRED = "not_required"  # the facts given rule it out
    UNDETERMINED = "undetermined"  # it turns on unknown facts, named in depends_on


class DeterminationKind(StrEnum):
    """What sort of duty a determination is."""

    REVIEW = "review"
    NOTIFICATION = "notification"
    ENQUIRY = "enquiry"
    ACTION = "action"


class TruthValue(StrEnum):
    """A condition's value on the case: three-valued, so unknown is never false."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"


class VerificationStatus(StrEnum):
    """How far a quote has been checked: against the primary text, a secondary reproduction, or not."""

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Citation(_Out):
    """A provision and a short verbatim quote of it, with how far the quote has been checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = Field(description="Title of the instrument, e.g. 'Care Act 2014'.")
    source_id: str = Field(description="Id of the source in the sources registry.")
    provision: str = Field(description="Pinpoint: section, regulation, or chapter and paragraph.")
    quote: str | None = Field(
        description="Verbatim words of legislation or government guidance (Crown copyright, OGL); "
        "null only for a partnership's own page, which is paraphrased instead."
    )
    paraphrase: str | None = None
    url: str | None = None
    status: VerificationStatus = Field(
        description="verified against the primary text / secondary reproduction / unverified."
    )
    note: str | None = None


class Determination(_Out):
    """One review, enquiry or notification and what the case's facts make of it."""

    id: str
    title: str
    kind: DeterminationKind
    status: Status
    actor: str | None = None
    recipients: list[str] = Field(default_factory=list, description="Who is notified or referred to.")
    requirements: list[str] = Field(default_factory=list, description="Conditions attached to how it is done.")
    due: dt.date | None = None
    due_basis: str | None = None
    rules: list[str] = Field(
        description="Ids of the rules that decided the status, then the rules behind the derived facts they read."
    )
    reason: str
    citations: list[Citation] = Field(
        description=(
            "The law the deciding rules quote (each provision once). The rules behind derived facts quote "
            "theirs in the trace and the rulebook."
        )
    )
    depends_on: list[str] = Field(description="Unknown facts that would decide an undetermined status.")
    at_least: Status | None = Field(
        default=None,
        description="For an undetermined status: what the known facts already establish, if anything.",
    )
    follows: str | None = Field(
        default=None,
        description=(
            "For a duty that follows another (publication of a review, a briefing after it): the id of the "
            "required determination it follows. Its `due` stays empty until the date it runs from is known."
        ),
    )
    ruleset: str


class Question(_Out):
    """An unknown fact whose answer would change one or more determinations."""

    fact: str
    decides: list[str]
    description: str | None = None


class ConditionTrace(_Out):
    """One condition of a rule and its value on this case."""

    fact: str | None = None
    test: str
    value: TruthValue
    actual: bool | int | str | dt.date | None = None
    any: list[ConditionTrace] | None = None
    all: list[ConditionTrace] | None = None

    @model_serializer(mode="wrap")
    def _drop_empty_groups(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data: dict[str, object] = handler(self)
        for group in ("any", "all"):
            if data.get(group) is None:
                data.pop(group, None)
        return data


class RuleTrace(_Out):
    """Whether a rule fired, and the value of each of its conditions."""

    rule: str
    title: str
    ruleset: str
    fired: bool
    value: TruthValue
    concludes: str
    conditions: list[ConditionTrace]
    citations: list[Citation]


class RulesetRef(_Out):
    """Which ruleset, in which version, decided: a stored decision can be audited later."""

    id: str
    version: str
    sha256: str


SCHEMA_VERSION: Literal["1"] = "1"
"""The version of the decision contract (``docs/decision-contract.md``): fields are added, never
renamed or dropped, within a version."""


class Decision(_Out):
    """The response body of ``POST /v1/assess`` and the result of ``assess()``."""

    schema_version: Literal["1"] = Field(default=SCHEMA_VERSION, description="The version of this decision contract.")
    case_ref: str | None
    assessment_date: dt.date
    partnership: str | None = None
    rulesets: list[RulesetRef]
    determinations: list[Determination]
    questions: list[Question]
    trace: list[RuleTrace] | None = Field(
        default=None,
        description=(
            "Every rule considered, whether it fired and the value of each condition: only when asked "
            "(`?trace=true`, `assess(..., trace=True)`), since it is most of a decision's size."
        ),
    )

    def determination(self, determination_id: str) -> Determination | None:
        """The determination with this id, or None if it does not apply to the case."""
        return next((d for d in self.determinations if d.id == determination_id), None)
