"""``POST /v2/assess`` (and ``/v1/assess``, in version 1's shape): a case in, a decision out."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from safeguarding_rules_api.bodies import StrictJSONRoute
from safeguarding_rules_api.ical import calendar_response
from safeguarding_rules_api.problems import problem_responses
from safeguarding_rules_api.versions import V1_REF

from safeguarding_rules import Case, Decision, Engine
from safeguarding_rules.models.decision import COMPACT

router = APIRouter(route_class=StrictJSONRoute, tags=["assess"])
"""Version 2 of the contract (``/v2``)."""

router_v1 = APIRouter(route_class=StrictJSONRoute, tags=["assess"])
"""Version 1 of the contract (``/v1``, and the deprecated unversioned aliases)."""

EXAMPLES: dict[str, Any] = json.loads(files("safeguarding_rules_api").joinpath("examples/assess.json").read_text("utf-8"))
"""Request examples for the docs: a child's death, a SAR, a partnership case, a case with unknown facts
(each is also assessed by the test suite, so none goes stale)."""


CALENDAR_EXAMPLE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//safeguarding-rules//deadlines//EN
METHOD:PUBLISH
BEGIN:VEVENT
SUMMARY:Notify the Child Safeguarding Practice Review Panel (due)
DTSTART;VALUE=DATE:20261229
DTEND;VALUE=DATE:20261230
UID:f3fb4d0e6817c1cc0d2709db979562d8@safeguarding-rules
DESCRIPTION:Case reference: CSPR-2026-0042\\nDue: 29 December 2026\\n...
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-P4DT15H
END:VALARM
END:VEVENT
END:VCALENDAR
"""

ALTERNATIVES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": (
            "The decision. With `Accept: text/calendar` (and not `application/json`), its deadlines as an "
            "iCalendar file instead (RFC 5545; `Content-Disposition` names it `<case_ref>-deadlines.ics`): one "
            "all-day event per determination with a `due` date, saying who acts, how the deadline is counted, "
            "the deciding rule and the law cited, with a reminder on the working day before; a stable UID per "
            "case and determination, so downloading again updates the events. No event for a determination "
            "without a date, and no case fact but the date a deadline runs from. With `Accept: text/html`, "
            "the printable decision."
        ),
        "headers": {
            "X-Decision-ID": {
                "description": "With the decision store on and a `case_ref` given: the recorded decision's id "
                "(`GET /v1/decisions/{decision_id}`). Absent when nothing was recorded.",
                "schema": {"type": "string", "format": "uuid"},
            }
        },
        "content": {
            "text/calendar": {"schema": {"type": "string"}, "example": CALENDAR_EXAMPLE},
            "text/html": {"schema": {"type": "string"}},
        },
    },
    **problem_responses(503),
}


ALTERNATIVES_V1: dict[int | str, dict[str, Any]] = {
    **ALTERNATIVES,
    200: {**ALTERNATIVES[200], "content": {"application/json": {"schema": {"$ref": V1_REF.format("Decision")}}, **ALTERNATIVES[200]["content"]}},
}
"""Version 1's answers: the decision as version 1 wrote it (``schemas/decision.v1.schema.json``)."""


@router.post("/assess", response_model=Decision, summary="Assess a case", responses=ALTERNATIVES)
async def assess(
    case: Annotated[Case, Body(openapi_examples=EXAMPLES)],
    request: Request,
    trace: Annotated[
        bool, Query(description="Add the per-rule trace (every rule considered and each condition's value); the decision is then in full.")
    ] = False,
    full: Annotated[
        bool,
        Query(
            description=(
                "The full form: every field, and each citation with its quote (or paraphrase), verification, the "
                "source's title, url and note. Without it, the compact form (docs/decision-contract.md)."
            )
        ),
    ] = False,
) -> Response:
    """Which statutory reviews and notifications the case's facts call for, by when, and why.

    Assessment is CPU-bound and the engine serialises durable_rules behind one lock, so the handler
    runs it on the event loop: a thread per request would only queue on that lock and the GIL.
    Throughput scales with worker processes. The decision is built and checked by the library, so
    it is returned already serialised, in the compact form unless `full` (or the trace) is asked for.
    With the decision store on, a case with a `case_ref` is recorded (in full) and the response's
    `X-Decision-ID` header names the record.
    """
    return await _assess(request, case, trace, None if full or trace else COMPACT)


@router_v1.post("/assess", response_model=None, summary="Assess a case (version 1)", name="assess", responses=ALTERNATIVES_V1)
async def assess_v1(
    case: Annotated[Case, Body(openapi_examples=EXAMPLES)],
    request: Request,
    trace: Annotated[
        bool, Query(description="Add the per-rule trace (every rule considered and each condition's value).")
    ] = False,
) -> Response:
    """Version 1 of the contract: the decision as version 1 wrote it, each citation in full where it is
    cited (``schemas/decision.v1.schema.json``). `POST /v2/assess` gives version 2."""
    return await _assess(request, case, trace, request.app.state.version_1)


async def _assess(request: Request, case: Case, trace: bool, form: dict[str, Any] | None) -> Response:
    state = request.app.state  # the engine and slots built at start-up: read here, not solved as dependencies
    engine: Engine = state.engine
    with state.slots:  # one of the worker's assessment slots for the assessment (and its record), or a 503
        store = state.store
        if store is not None and case.case_ref is not None:
            store.check_case_ref(case.case_ref)  # before assessing: a reference that looks like a person is a 422
        decision = engine.assess(case, trace=trace)  # a case the rules cannot decide: a 422 problem
        state.metrics.observe(decision)
        recorded = None
        if store is not None and case.case_ref is not None:
            key = request.headers.get("x-api-key") if state.api_keys else None
            recorded = await run_in_threadpool(store.record, case, decision, api_key=key, origin="api")
    response = _respond(request, engine, case, decision, form)
    if recorded is not None:
        response.headers["X-Decision-ID"] = recorded.decision_id  # read it back: GET /v2/decisions/{id}
    return response


def _respond(request: Request, engine: Engine, case: Case, decision: Decision, form: dict[str, Any] | None) -> Response:
    accept = request.headers.get("accept", "")
    if "text/html" in accept and "application/json" not in accept:
        from safeguarding_rules_api.routers.triage import journey_of, render_decision

        return render_decision(decision, engine.book, journey_of(case))  # the printable decision, for a panel's papers
    if "text/calendar" in accept and "application/json" not in accept:
        return calendar_response(engine.book, decision)  # its deadlines, for a calendar
    return Response(decision.model_dump_json(context=form), media_type="application/json")
