"""Every refusal in one shape: RFC 9457 problem details (``application/problem+json``).

Built on ``fastapi-problem``: HTTP errors (401, 404, ...), invalid requests (422), cases the rules
cannot decide (422) and unexpected failures (500, with no traceback or exception text) become problem
documents whose ``type`` is the URI of a page the service serves about that kind of problem
(``problem_kinds.py``), whose ``instance`` is the request's path, and which carry the request id that
the logs carry too. ``errors`` names each part of the request at fault (empty when none is), and never
echoes the value submitted (it may be personal data).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_problem.error import Problem, ServerProblem
from fastapi_problem.handler import ExceptionHandler, add_exception_handler, new_exception_handler
from safeguarding_rules_api.bodies import BodyRefused
from safeguarding_rules_api.observability import request_id
from safeguarding_rules_api.problem_kinds import KINDS, STATUS_KINDS, instance, type_uri

from safeguarding_rules import CaseRefusedError
from safeguarding_rules.errors import located_errors, reported_errors
from safeguarding_rules.models.batch import MAX_BATCH
from safeguarding_rules.models.problem import FieldError, ProblemDetails

__all__ = ["PROBLEM_JSON", "FieldError", "ProblemDetails", "add_problem_handlers", "problem_responses"]

PROBLEM_JSON = "application/problem+json"

DEFAULT_ERRORS: dict[int, dict[str, Any]] = {
    404: {"loc": ["path"], "type": "not_found"},
    405: {"loc": ["method"], "type": "method_not_allowed"},
}
"""The part of the request at fault in a bare HTTP error of these statuses (a route's own refusal names
its field itself, with ``bodies.Refused``)."""


class InternalProblem(ServerProblem):
    """An unexpected failure: said plainly, without the exception's text or a traceback."""

    title = KINDS["internal-error"].title
    type_ = "internal-error"

    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        super().__init__(detail="Quote the request id when reporting this.")


def _invalid_request(_eh: ExceptionHandler, _request: Request, exc: RequestValidationError) -> Problem:
    located = located_errors(exc.errors())
    errors = reported_errors(located)
    if any(error["type"] == "json_invalid" for error in errors):
        return _problem("malformed-request", "The body is not valid JSON (in UTF-8).", errors)
    if [error["type"] for error in errors] == ["too_long"] and errors[0]["loc"] == ["body", "cases"]:
        return _problem(  # a batch is limited like a body: over it, the same 413
            "payload-too-large",
            f"A batch holds at most {MAX_BATCH:,} cases: send several batches, "
            "or use `safeguarding-rules assess cases.jsonl`, which streams.",
            errors,
        )
    listed = [e for e in errors if e["type"] != "too_many_errors"]
    return _problem(
        "request-validation-failed",
        f"{len(located):,} problem(s): " + "; ".join(".".join(map(str, e["loc"])) for e in listed)
        + ("" if len(listed) == len(located) else f"; and {len(located) - len(listed):,} more"),
        errors,
    )


def _problem(kind: str, detail: str, errors: list[dict[str, Any]], **extras: Any) -> Problem:
    return Problem(title=KINDS[kind].title, type_=kind, status=KINDS[kind].status, detail=detail,
                   errors=jsonable_encoder(errors), **extras)


def _refused_body(_eh: ExceptionHandler, _request: Request, exc: BodyRefused) -> Problem:
    return _problem(exc.type_, exc.detail, [exc.error])


def _refused_case(_eh: ExceptionHandler, _request: Request, exc: CaseRefusedError) -> Problem:
    # An impossible case the rulesets find (a Scottish adult under its adult age) is refused as the
    # model refuses one: the same kind, the same error type.
    kind = "request-validation-failed" if exc.type == "impossible_case" else exc.type.replace("_", "-")
    return _problem(kind if kind in KINDS else "case-refused", str(exc),
                    [{"loc": ["body", exc.field], "msg": str(exc), "type": exc.type}], known=exc.known)


def _http_refusal(_eh: ExceptionHandler, _request: Request, exc: HTTPException) -> Problem:
    """A route's or Starlette's HTTP error: its kind by status, its field from ``Refused`` or the status."""
    errors = getattr(exc, "errors", None)
    if errors is None:
        default = DEFAULT_ERRORS.get(exc.status_code)
        errors = [{**default, "msg": str(exc.detail)}] if default else []
    kind = STATUS_KINDS.get(exc.status_code)
    if kind is None:  # a bare status with no page of its own: about:blank, titled by the status (RFC 9457 §4.2.1)
        return Problem(title=str(exc.detail), type_="about:blank", status=exc.status_code, detail=str(exc.detail),
                       headers=exc.headers, errors=errors)
    return Problem(title=KINDS[kind].title, type_=kind, status=exc.status_code, detail=str(exc.detail),
                   headers=exc.headers, errors=jsonable_encoder(errors))


def _finish(content: dict[str, Any], request: Request, response: JSONResponse) -> tuple[dict[str, Any], JSONResponse]:
    """The members every problem document has: ``type`` as a URI reference, ``instance``, the request id."""
    kind = content.get("type", "")
    content = {
        **content,
        "type": type_uri(kind),
        "title": KINDS[kind].title if kind in KINDS else content.get("title"),
        "instance": instance(request.scope),
        "request_id": request_id.get(),
        "errors": content.get("errors") or [],
    }
    response.body = response.render(content)
    return content, response


def add_problem_handlers(app: FastAPI) -> None:
    """Route every error through the problem-details handler."""
    handler = new_exception_handler(
        unhandled_wrappers={"default": InternalProblem},
        handlers={CaseRefusedError: _refused_case, BodyRefused: _refused_body},  # type: ignore[dict-item]
        request_validation_handler=_invalid_request,  # type: ignore[arg-type]
        http_exception_handler=_http_refusal,  # type: ignore[arg-type]
        post_hooks=[_finish],
    )
    add_exception_handler(app, handler, generic_swagger_defaults=False)
    app.add_exception_handler(CaseRefusedError, handler)
    app.add_exception_handler(BodyRefused, handler)
    app.openapi = _problem_media_type(app.openapi)  # type: ignore[method-assign]


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
