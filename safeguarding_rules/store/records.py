"""What the store gives back: a recorded decision, a duty that is due, a change a ruleset would make."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from safeguarding_rules.models.case import Case
from safeguarding_rules.models.decision import Decision, RulesetRef, Status


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class StoredDecision(_Out):
    """One recorded assessment, as it was recorded: never changed afterwards."""

    decision_id: str = Field(description="The record's id (a UUID), returned as `X-Decision-ID` when it was recorded.")
    case_ref: str = Field(description="The case's pseudonymous reference.")
    recorded_at: dt.datetime = Field(description="When it was recorded (UTC).")
    package_version: str = Field(description="The safeguarding-rules version that decided.")
    rulesets: list[RulesetRef] = Field(description="The rulesets that decided, each with its version and SHA-256.")
    api_key_id: str | None = Field(
        description="Which API key asked: `key-` and the first 16 hex digits of the key's SHA-256, never the key; null without keys."
    )
    origin: str = Field(description="What recorded it: `api`, `library` or `impact` (a re-assessment written by `impact --write`).")
    case: dict[str, Any] = Field(description="The case's facts as given (the request body, with its assessment date).")
    decision: Decision = Field(description="The decision, as it was returned (without the trace).")

    def as_case(self) -> Case:
        """The case again, to re-assess or re-render it."""
        return Case.model_validate(self.case)


class Duty(_Out):
    """A duty the latest decision of an open case holds `required` and the case's facts do not record as done."""

    case_ref: str
    decision_id: str = Field(description="The latest recorded decision of the case, which holds the duty.")
    determination: str = Field(description="Id of the determination, e.g. `panel_notification`.")
    title: str
    actor: str | None = Field(description="Who acts.")
    due: dt.date | None = Field(description="The deadline; null while the date it runs from is unknown.")
    due_basis: str | None
    working_days_remaining: int | None = Field(
        description="Working days from the day asked about to the deadline (the deadline counts, that day does not; "
        "negative once it has passed), in the case's nation's bank-holiday calendar; null without a deadline."
    )
    ruleset: str
    ruleset_version: str | None
    done_when: str | None = Field(
        description="The case fact that records the duty done (e.g. `incident.panel_notified_on`); null when no fact "
        "records it, so it stays listed until a later assessment no longer holds it required or the case is closed."
    )


class Outcome(_Out):
    """A determination's status, deadline and deciding rules under one set of rulesets."""

    status: Status | None = Field(description="Null when the determination is not in that decision.")
    due: dt.date | None = None
    rules: list[str] = Field(default_factory=list)
    ruleset_version: str | None = None


class Change(_Out):
    """One determination of an open case whose status, deadline or deciding rules the loaded rulesets change."""

    case_ref: str
    decision_id: str = Field(description="The latest recorded decision of the case, re-assessed.")
    determination: str
    ruleset: str | None
    changed: list[str] = Field(description="What changed: any of `status`, `due`, `rules`.")
    old: Outcome
    new: Outcome


class ImpactReport(_Out):
    """What the rulesets now loaded would change in the open cases' latest decisions."""

    cases: int = Field(description="Open cases re-assessed.")
    changes: list[Change]
    refused: dict[str, str] = Field(
        default_factory=dict,
        description="Cases the loaded rulesets cannot assess (e.g. their partnership is no longer loaded), by reference, with why.",
    )
    recorded: list[str] = Field(default_factory=list, description="Decision ids written (only when asked to write).")
