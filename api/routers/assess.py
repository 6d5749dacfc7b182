"""``POST /assess``: a case in, a decision out."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from api.deps import EngineDep
from safeguarding_rules import Case, Decision, UnknownPartnershipError

router = APIRouter(tags=["assess"])


@router.post("/assess", response_model=Decision, summary="Assess a case")
def assess(case: Case, engine: EngineDep, request: Request) -> Decision:
    """Which statutory reviews and notifications the case's facts call for, by when, and why.

    A plain (sync) handler: FastAPI runs it in its thread pool, and the engine serialises its
    durable_rules work behind its own lock.
    """
    try:
        decision = engine.assess(case)
    except UnknownPartnershipError as exc:
        raise HTTPException(
            status_code=422,
            detail=[{"loc": ["body", "partnership"], "msg": str(exc), "type": "unknown_partnership", "known": exc.known}],
        ) from exc
    request.app.state.metrics.observe(decision)
    return decision
