"""The decision record over HTTP (only when ``store_url`` is set): read a recorded decision or a case's
history back, list what is due, see what the loaded rulesets would change, close and erase a case.
Each handler calls the library (``safeguarding_rules.store``) and returns its model; the database work
is blocking, so the handlers are plain functions that FastAPI runs on its thread pool."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, status
from fastapi.responses import Response
from pydantic import BaseModel, Field, TypeAdapter
from safeguarding_rules_api.deps import EngineDep
from safeguarding_rules_api.problems import problem_responses
from safeguarding_rules_api.versions import V1_REF

from safeguarding_rules import Engine
from safeguarding_rules.store import DecisionStore, Duty, ImpactReport, StoredDecision, duties_due, impact

router = APIRouter(tags=["decision record"])
"""Version 2 (``/v2``): each record's decision in version 2's full form."""

router_v1 = APIRouter(tags=["decision record"])
"""Version 1 (``/v1``): the same records, each decision as version 1 wrote it."""

shared = APIRouter(tags=["decision record"])
"""The routes that return no decision (closing, erasing, what is due, impact): the same in both versions."""

_HISTORY: TypeAdapter[list[StoredDecision]] = TypeAdapter(list[StoredDecision])

CaseRef = Annotated[str, Path(max_length=64, pattern=r"^[A-Za-z0-9._/-]+$", description="The case's pseudonymous reference.")]


class Closed(BaseModel):
    case_ref: str
    closed: bool = Field(description="True: the case is closed until it is assessed again.")


class Erased(BaseModel):
    case_ref: str
    erased: int = Field(description="How many recorded decisions were erased (its closures go too).")


def store_of(request: Request) -> DecisionStore:
    store: DecisionStore = request.app.state.store
    return store


def api_key(request: Request) -> str | None:
    """The key that asked (already checked by ``require_api_key``), for the record's ``api_key_id``."""
    return request.headers.get("x-api-key") if request.app.state.api_keys else None


def _not_found(what: str) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"no {what} is recorded under that reference")


@router.get(
    "/decisions/{decision_id}", response_model=StoredDecision, summary="A recorded decision",
    responses={200: {"content": {"text/html": {"schema": {"type": "string"}}},
                     "description": "The record; with `Accept: text/html`, the printable decision."},
               **problem_responses(404)},
)
def get_decision(decision_id: Annotated[str, Path(max_length=36)], request: Request, engine: EngineDep) -> Any:
    """The recorded decision, in full: the case as given, the decision, the rulesets with versions and
    hashes, the package version, the time and which key asked. With `Accept: text/html`, the printable
    decision again (worded by the rulebook now loaded)."""
    return _decision(decision_id, request, engine, None)


@router_v1.get(
    "/decisions/{decision_id}", response_model=None, summary="A recorded decision (version 1)", name="get_decision",
    responses={200: {"content": {"application/json": {"schema": {"$ref": V1_REF.format("StoredDecision")}},
                                 "text/html": {"schema": {"type": "string"}}},
                     "description": "The record, its decision as version 1 wrote it; with `Accept: text/html`, the printable decision."},
               **problem_responses(404)},
)
def get_decision_v1(decision_id: Annotated[str, Path(max_length=36)], request: Request, engine: EngineDep) -> Any:
    """The recorded decision, as version 1 of the contract wrote it (each citation in full where cited)."""
    return _decision(decision_id, request, engine, request.app.state.version_1)


def _decision(decision_id: str, request: Request, engine: Engine, form: dict[str, Any] | None) -> Any:
    stored = store_of(request).get(decision_id)
    if stored is None:
        raise _not_found("decision")
    accept = request.headers.get("accept", "")
    if "text/html" in accept and "application/json" not in accept:
        from safeguarding_rules_api.routers.triage import journey_of, render_decision

        return render_decision(stored.decision, engine.book, journey_of(stored.as_case()))
    return Response(stored.model_dump_json(context=form), media_type="application/json")


@router.get("/cases/{case_ref:path}/decisions", response_model=list[StoredDecision], summary="A case's recorded decisions",
            responses=problem_responses(404))
def case_history(case_ref: CaseRef, request: Request) -> list[StoredDecision]:
    """Every decision recorded for the case, newest first, in full."""
    history = store_of(request).history(case_ref)
    if not history:
        raise _not_found("case")
    return history


@router_v1.get(
    "/cases/{case_ref:path}/decisions", response_model=None, summary="A case's recorded decisions (version 1)",
    name="case_history",
    responses={200: {"description": "The records, newest first, each decision as version 1 wrote it.",
                     "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": V1_REF.format("StoredDecision")}}}}},
               **problem_responses(404)},
)
def case_history_v1(case_ref: CaseRef, request: Request) -> Response:
    """Every decision recorded for the case, newest first, as version 1 of the contract wrote them."""
    history = store_of(request).history(case_ref)
    if not history:
        raise _not_found("case")
    return Response(_HISTORY.dump_json(history, context=request.app.state.version_1), media_type="application/json")


@shared.post("/cases/{case_ref:path}/close", response_model=Closed, summary="Close a case", responses=problem_responses(404))
def close_case(case_ref: CaseRef, request: Request) -> Closed:
    """Close the case: its duties leave the list of what is due and `impact` passes it by, until it is
    assessed again. Its history stays, for the retention period."""
    if not store_of(request).close_case(case_ref, api_key=api_key(request), origin="api"):
        raise _not_found("case")
    return Closed(case_ref=case_ref, closed=True)


@shared.delete("/cases/{case_ref:path}", response_model=Erased, summary="Erase a case's whole history",
               responses=problem_responses(404))
def erase_case(case_ref: CaseRef, request: Request) -> Erased:
    """Erase every record of the case (a data subject's erasure, or a case entered in error). One audit
    log line says which case, how many records and which key asked; it holds no fact of the case."""
    erased = store_of(request).erase_case(case_ref, api_key=api_key(request), origin="api")
    if not erased:
        raise _not_found("case")
    return Erased(case_ref=case_ref, erased=erased)


@shared.get("/duties", response_model=list[Duty], summary="What is due across open cases")
def duties(
    request: Request,
    due_before: Annotated[dt.date | None, Query(description="Only duties due before this date (YYYY-MM-DD).")] = None,
    as_of: Annotated[dt.date | None, Query(description="Count working days from this date (default: today in London).")] = None,
) -> list[Duty]:
    """Every duty the latest decision of each open case holds `required`, soonest deadline first, with
    who acts and the working days remaining. A duty is gone once the case's facts record it done."""
    return duties_due(store_of(request), request.app.state.engine.book, due_before, as_of=as_of)


@shared.get("/impact", response_model=ImpactReport, summary="What the loaded rulesets would change")
def ruleset_impact(request: Request, engine: EngineDep) -> ImpactReport:
    """Re-assess the latest decision of every open case under the rulesets this service has loaded and
    list each determination whose status, deadline or deciding rules would change. Writes nothing
    (`safeguarding-rules impact --write` records the re-assessments)."""
    return impact(store_of(request), engine)
