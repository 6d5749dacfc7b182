"""Bulk assessment: many cases in, one result per case out; a bad case fails alone."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from safeguarding_rules.models.decision import Decision

MAX_BATCH = 10_000


class CaseError(BaseModel):
    """What is wrong with one case of a batch (never its values: they may be personal data)."""

    model_config = ConfigDict(extra="forbid")
    loc: list[str | int]
    msg: str
    type: str


class BatchItem(BaseModel):
    """The decision for the case at ``index``, or the errors that kept it from being assessed."""

    model_config = ConfigDict(extra="forbid")
    index: int
    case_ref: str | None = None
    decision: Decision | None = None
    errors: list[CaseError] | None = None


class BatchRequest(BaseModel):
    """The body of ``POST /assess/batch``: each case is validated on its own."""

    model_config = ConfigDict(extra="forbid")
    cases: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_BATCH)


class BatchResponse(BaseModel):
    model_config = ConfigDict(extra="forbid")
    assessed: int
    failed: int
    results: list[BatchItem]
