"""``POST /assess``: a case in, a decision out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from safeguarding_rules_api.deps import EngineDep

from safeguarding_rules import Case, Decision

router = APIRouter(tags=["assess"])


@router.post("/assess", response_model=Decision, summary="Assess a case")
async def assess(
    case: Case,
    engine: EngineDep,
    request: Request,
    trace: Annotated[
        bool, Query(description="Add the per-rule trace (every rule considered and each condition's value).")
    ] = False,
) -> Response:
    """Which statutory reviews and notifications the case's facts call for, by when, and why.

    Assessment is CPU-bound and the engine serialises durable_rules behind one lock, so the handler
    runs it on the event loop: a thread per request would only queue on that lock and the GIL.
    Throughput scales with worker processes. The decision is built and checked by the library, so
    it is returned already serialised.
    """
    decision = engine.assess(case, trace=trace)  # a case the rules cannot decide: a 422 problem
    request.app.state.metrics.observe(decision)
    return Response(decision.model_dump_json(), media_type="application/json")
