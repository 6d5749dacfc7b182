"""Every refusal in one shape: RFC 9457 problem details (``application/problem+json``).

Built on ``fastapi-problem``: HTTP errors (401, 404, ...), invalid requests (422), cases the rules
cannot decide (422) and unexpected failures (500, with no traceback or exception text) become problem
documents, each carrying the request id that the logs carry too. A 422 names each bad field and never
echoes the value submitted (it may be personal data).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_problem.error import Problem, ServerProblem
from fastapi_problem.handler import ExceptionHandler, add_exception_handler, new_exception_handler
from pydantic import BaseModel, ConfigDict, Field
from safeguarding_rules_api.bodies import BodyRefused
from safeguarding_rules_api.observability import request_id

from safeguarding_rules import CaseRefusedError
from safeguarding_rules.errors import reported_errors
from safeguarding_rules.models.batch import MAX_BATCH

PROBLEM_JSON = "application/problem+json"


class FieldError(BaseModel):
    """One thing wrong with the request, named by where it is; the submitted value is never echoed."""

    loc: list[str | int] = Field(description="Where the problem is: e.g. ['body', 'subject', 'age'].")
    msg: str = Field(description="What is wrong, in words.")
    type: str = Field(description="A stable code for the kind of problem, e.g. 'missing', 'extra_forbidden'.")


class ProblemDetails(BaseModel):
    """RFC 9457 problem details: the one shape of every error response."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(description="A code for the kind of problem, e.g. 'request-validation-failed', 'not-found'.")
    title: str = Field(description="A short summary of the kind of problem.")
    status: int = Field(description="The HTTP status code.")
    detail: str | None = Field(default=None, description="What went wrong with this request, in words.")
    request_id: str = Field(description="The request's id (also in the X-Request-ID header and the logs).")
    errors: list[FieldError] | None = Field(default=None, description="For a 422: each bad field, by location.")
    known: list[str] | None = Field(
        default=None, description="For an unknown partnership or jurisdiction: the ones the service knows."
    )


class InternalProblem(ServerProblem):
    """An unexpected failure: said plainly, without the exception's text or a traceback."""

    title = "The service could not complete the request."
    type_ = "internal-error"

    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        super().__init__(detail="Quote the request id when reporting this.")


def _invalid_request(_eh: ExceptionHandler, _request: Request, exc: RequestValidationError) -> Problem:
    raw = exc.errors()
    errors = reported_errors(raw)
    if any(error["type"] == "json_invalid" for error in errors):
        return Problem(
            title="The request body could not be read.",
            type_="malformed-request",
            status=400,
            detail="The body is not valid JSON (in UTF-8).",
            errors=jsonable_encoder(errors),
        )
    if [error["type"] for error in errors] == ["too_long"] and errors[0]["loc"] == ["body", "cases"]:
        return Problem(  # a batch is limited like a body: over it, the same 413
            title="The request body is over the size limit.",
            type_="payload-too-large",
            status=413,
            detail=f"A batch holds at most {MAX_BATCH:,} cases: send several batches, "
            "or use `safeguarding-rules assess cases.jsonl`, which streams.",
            errors=jsonable_encoder(errors),
        )
    listed = [e for e in errors if e["type"] != "too_many_errors"]
    return Problem(
        title="The request is not valid.",
        type_="request-validation-failed",
        status=422,
        detail=f"{len(raw):,} problem(s): " + "; ".join(".".join(map(str, e["loc"])) for e in listed)
        + ("" if len(listed) == len(raw) else f"; and {len(raw) - len(listed):,} more"),
        errors=jsonable_encoder(errors),
    )


def _refused_body(_eh: ExceptionHandler, _request: Request, exc: BodyRefused) -> Problem:
    return Problem(title=exc.title, type_=exc.type_, status=exc.status_code, detail=exc.detail, errors=[exc.error])


def _refused_case(_eh: ExceptionHandler, _request: Request, exc: CaseRefusedError) -> Problem:
    return Problem(
        title="The case cannot be assessed.",
        type_=exc.type.replace("_", "-"),
        status=422,
        detail=str(exc),
        errors=[{"loc": ["body", exc.field], "msg": str(exc), "type": exc.type}],
        known=exc.known,
    )


def _with_request_id(content: dict[str, Any], _request: Request, response: JSONResponse) -> tuple[dict[str, Any], JSONResponse]:
    content = {**content, "request_id": request_id.get()}
    response.body = response.render(content)
    return content, response


def add_problem_handlers(app: FastAPI) -> None:
    """Route every error through the problem-details handler."""
    handler = new_exception_handler(
        unhandled_wrappers={"default": InternalProblem},
        handlers={CaseRefusedError: _refused_case, BodyRefused: _refused_body},  # type: ignore[dict-item]
        request_validation_handler=_invalid_request,  # type: ignore[arg-type]
        post_hooks=[_with_request_id],
    )
    add_exception_handler(app, handler, generic_swagger_defaults=False)
    app.add_exception_handler(CaseRefusedError, handler)
    app.add_exception_handler(BodyRefused, handler)
    app.openapi = _problem_media_type(app.openapi)  # type: ignore[method-assign]


def problem_body(status: int, title: str, type_: str, detail: str, rid: str) -> bytes:
    """A problem document for responses sent before the app runs (e.g. a body over the size limit)."""
    return json.dumps({"type": type_, "title": title, "status": status, "detail": detail, "request_id": rid}).encode()


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` documenting each refusal with the problem-details shape."""
    words = {
        400: "The request could not be read.",
        401: "A valid X-API-Key header is required.",
        404: "Not found.",
        413: "The request body is over the size limit (bytes, objects, keys in one object, or cases in a batch).",
        415: "The body is not sent as JSON (Content-Type: application/json).",
        422: "The request or case is not valid, or the case cannot be assessed (each bad field is named).",
        500: "An unexpected failure (the request id identifies it in the logs).",
        503: "The worker is running its maximum of assessments at once: retry after Retry-After seconds.",
    }
    return {status: {"description": words[status], "model": ProblemDetails} for status in statuses}


def _problem_media_type(openapi: Any) -> Any:
    """Wrap ``app.openapi`` so that every 4xx/5xx response is documented as ``application/problem+json``."""

    def wrapper() -> dict[str, Any]:
        spec: dict[str, Any] = openapi()
        for methods in spec.get("paths", {}).values():
            for operation in methods.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if status[:1] in ("4", "5") and "application/json" in content:
                        content[PROBLEM_JSON] = content.pop("application/json")
        components = spec.get("components", {}).get("schemas", {})
        for generic in ("HTTPValidationError", "Problem"):  # fastapi-problem's generic shapes: ProblemDetails is ours
            if f'"#/components/schemas/{generic}"' not in json.dumps(spec.get("paths", {})):
                components.pop(generic, None)
        return spec

    return wrapper
