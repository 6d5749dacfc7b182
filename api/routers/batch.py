"""``POST /v2/assess/batch`` (and ``/v1/assess/batch``, in version 1's shape): up to MAX_BATCH cases; each bad case gets its own errors."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import Response
from safeguarding_rules_api.bodies import Refused, StrictJSONRoute
from safeguarding_rules_api.deps import BatchSlot, EngineDep
from safeguarding_rules_api.problems import problem_responses
from safeguarding_rules_api.versions import V1_REF

from safeguarding_rules import Engine
from safeguarding_rules.models.batch import MAX_TRACED_BATCH, BatchRequest, BatchResponse
from safeguarding_rules.models.decision import COMPACT

router = APIRouter(route_class=StrictJSONRoute, tags=["assess"])  # /v2
router_v1 = APIRouter(route_class=StrictJSONRoute, tags=["assess"])  # /v1 and the unversioned alias


@router.post(
    "/assess/batch", response_model=BatchResponse, summary="Assess many cases", dependencies=[BatchSlot],
    responses=problem_responses(503),
)
def assess_batch(
    batch: BatchRequest,
    engine: EngineDep,
    request: Request,
    trace: Annotated[bool, Query(description=f"Add each decision's per-rule trace (batches of up to {MAX_TRACED_BATCH} cases); each decision is then in full.")] = False,
    full: Annotated[bool, Query(description="Each decision in the full form: every field, and each citation with its quote.")] = False,
) -> Response:
    return _assess_batch(batch, engine, request, trace, None if full or trace else COMPACT)


@router_v1.post(
    "/assess/batch", response_model=None, summary="Assess many cases (version 1)", name="assess_batch",
    dependencies=[BatchSlot],
    responses={200: {"description": "Each case's decision (version 1) or errors.",
                     "content": {"application/json": {"schema": {"$ref": V1_REF.format("BatchResponse")}}}},
               **problem_responses(503)},
)
def assess_batch_v1(
    batch: BatchRequest,
    engine: EngineDep,
    request: Request,
    trace: Annotated[bool, Query(description=f"Add each decision's per-rule trace (batches of up to {MAX_TRACED_BATCH} cases).")] = False,
) -> Response:
    """Version 1 of the contract: each decision as version 1 wrote it. `POST /v2/assess/batch` gives version 2."""
    return _assess_batch(batch, engine, request, trace, request.app.state.version_1)


def _assess_batch(batch: BatchRequest, engine: Engine, request: Request, trace: bool, form: dict[str, Any] | None) -> Response:
    if trace and len(batch.cases) > MAX_TRACED_BATCH:
        said = f"A batch with the trace holds at most {MAX_TRACED_BATCH} cases: send smaller batches, or leave the trace off."
        raise Refused(status.HTTP_413_CONTENT_TOO_LARGE, said, [{"loc": ["query", "trace"], "msg": said, "type": "too_large"}])
    results = list(engine.assess_many(batch.cases, trace=trace))
    for result in results:
        if result.decision is not None:
            request.app.state.metrics.observe(result.decision)
    failed = sum(1 for r in results if r.errors)
    body = BatchResponse(assessed=len(results) - failed, failed=failed, results=results)
    return Response(body.model_dump_json(context=form), media_type="application/json")
