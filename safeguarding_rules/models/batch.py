"""Bulk assessment: many cases in, one result per case out; a bad case fails alone."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

from safeguarding_rules.models.case import Case
from safeguarding_rules.models.decision import Decision

MAX_BATCH = 1_000
"""The most cases one batch may carry. Measured (`python benchmarks/worst_request.py`): 1,000 varied cases
take a worker's peak memory up by about 76 MiB, return about 11 MiB and take about 3.5 s; for more, send
several batches or use the CLI's JSON Lines path, which streams."""

MAX_TRACED_BATCH = 100
"""The most cases one batch may carry with its per-rule trace: the trace is most of a decision's size, and
1,000 traced decisions cost a worker about 290 MiB and 14 s and answer 50 MiB (`benchmarks/worst_request.py`)."""


class CaseError(BaseModel):
    """What is wrong with one case of a batch (never its values: they may be personal data)."""

    model_config = ConfigDict(extra="forbid")
    loc: list[str | int] = Field(
        description=(
            "Path of the field at fault within the case, e.g. `['subject', 'kind']`; empty when the case as "
            "a whole is at fault (facts that contradict each other, or invalid JSON)."
        )
    )
    msg: str = Field(description="What is wrong, in words; submitted values are never echoed.")
    type: str = Field(
        description=(
            "The kind of error, for programs: e.g. `missing`, `extra_forbidden`, `impossible_case`, "
            "`unknown_partnership` or `unsupported_jurisdiction`."
        )
    )


class BatchItem(BaseModel):
    """The decision for the case at ``index``, or the errors that kept it from being assessed."""

    model_config = ConfigDict(extra="forbid")
    index: int = Field(
        description="Position of the case in the request's `cases`, counting from 0; results keep input order."
    )
    case_ref: str | None = Field(
        default=None,
        description=(
            "The `case_ref` of a case that was assessed; null when it has errors (its values are never echoed)."
        ),
    )
    decision: Decision | None = Field(
        default=None, description="The decision, as `POST /v1/assess` returns it; null when the case has `errors`."
    )
    errors: list[CaseError] | None = Field(
        default=None,
        description=(
            "Why the case could not be assessed, one entry per problem; null when it has a `decision` (never both)."
        ),
    )


class _AsCase:
    """A batch's case: read as a JSON object here and validated on its own by the engine, so that one
    bad case fails alone; described as a ``Case`` in the schemas (a reference to it), so that a
    generated client types it."""

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, _handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.dict_schema(core_schema.str_schema(), core_schema.any_schema())

    @classmethod
    def __get_pydantic_json_schema__(cls, _core: core_schema.CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        case = Case.__pydantic_core_schema__
        return handler(core_schema.definitions_schema(core_schema.definition_reference_schema(case["ref"]), [case]))  # type: ignore[typeddict-item]


CaseShaped = Annotated[dict[str, Any], _AsCase]
"""A case as a batch carries it: any JSON object to the parser, a ``Case`` to the schema."""


class BatchRequest(BaseModel):
    """The body of ``POST /assess/batch``: each case is validated on its own."""

    model_config = ConfigDict(extra="forbid")
    cases: list[CaseShaped] = Field(
        min_length=1,
        max_length=MAX_BATCH,  # checked before any case is read; the service answers more with a 413
        description=(
            f"1 to {MAX_BATCH:,} cases, each shaped like the body of `POST /v1/assess`; each is validated on its "
            "own, so an invalid case fails alone and the rest are still assessed."
        ),
    )


class BatchResponse(BaseModel):
    model_config = ConfigDict(extra="forbid")
    assessed: int = Field(description="How many cases were assessed and have a decision.")
    failed: int = Field(description="How many cases had errors and were not assessed.")
    results: list[BatchItem] = Field(description="One result per case, in the order the cases were sent.")
