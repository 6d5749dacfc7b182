"""The problem document (RFC 9457) the service answers every refusal with: a model here, so that the
contract's JSON Schemas (``schemas/problem.schema.json``) and the OpenAPI are generated from one place."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class FieldError(BaseModel):
    """One thing wrong with the request, named by where it is; the submitted value is never echoed."""

    loc: list[str | int] = Field(
        description=(
            "Where the problem is: the part of the request (`body`, `query`, `path`, `header`, `method`) then "
            "the field, e.g. `['body', 'subject', 'age']`, `['header', 'X-API-Key']`, `['path', 'ruleset_id']`."
        )
    )
    msg: str = Field(description="What is wrong, in words.")
    type: str = Field(
        description="A stable code for the kind of problem, e.g. `missing`, `extra_forbidden`, `impossible_case`."
    )


class ProblemDetails(BaseModel):
    """RFC 9457 problem details: the one shape of every error response."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(
        description=(
            "A URI reference (RFC 3986) naming the kind of problem: `/problems/<kind>`, a page the service "
            "serves saying what the problem means and what to do (resolved against the request's URI), or "
            "`about:blank` for a bare HTTP status."
        ),
        examples=["/problems/request-validation-failed"],
    )
    title: str = Field(description="A short summary of the kind of problem; the same for every problem of its `type`.")
    status: int = Field(description="The HTTP status code.")
    detail: str | None = Field(default=None, description="What went wrong with this request, in words.")
    instance: str = Field(
        description="A URI reference for this occurrence: the path of the request refused, as received.",
        examples=["/v1/assess"],
    )
    request_id: str = Field(description="The request's id (also in the X-Request-ID header and the logs).")
    errors: list[FieldError] = Field(
        description=(
            "Each part of the request at fault, by location, at most 20 then one `too_many_errors` entry; empty "
            "when nothing in the request is at fault (a 500, or a 503 when the worker is busy)."
        )
    )
    known: list[str] | None = Field(
        default=None, description="For an unknown partnership or jurisdiction: the ones the service knows."
    )
