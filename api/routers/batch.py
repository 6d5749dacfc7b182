"""``POST /v1/assess/batch``: up to MAX_BATCH cases; each bad case gets its own errors."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import Response
from safeguarding_rules_api.bodies import Refused, StrictJSONRoute
from safeguarding_rules_api.deps import BatchSlot, EngineDep
from safeguarding_rules_api.problems import problem_responses

from safeguarding_rules.models.batch import MAX_TRACED_BATCH, BatchRequest, BatchResponse
from safeguarding_rules.models.decision import COMPACT

router = APIRouter(route_class=StrictJSONRoute, tags=["assess"])


@router.post(
    "/assess/batch", response_model=BatchResponse, summary="Assess many cases", operation_id="assess_batch",
    dependencies=[BatchSlot],
    responses=problem_responses(503),
)
def assess_batch(
    batch: BatchRequest,
    engine: EngineDep,
    request: Request,
    trace: Annotated[bool, Query(description=f"Add each decision's per-rule trace (batches of up to {MAX_TRACED_BATCH} cases).")] = False,
    quotes: Annotated[bool, Query(description="Give each citation in full: its quote, the source's title, url and note.")] = False,
) -> Response:
    if trace and len(batch.cases) > MAX_TRACED_BATCH:
        said = f"A batch with the trace holds at most {MAX_TRACED_BATCH} cases: send smaller batches, or leave the trace off."
        raise Refused(status.HTTP_413_CONTENT_TOO_LARGE, said, [{"loc": ["query", "trace"], "msg": said, "type": "too_large"}])
    results = list(engine.assess_many(batch.cases, trace=trace))
    for result in results:
        if result.decision is not None:
            request.app.state.metrics.observe(result.decision)
    failed = sum(1 for r in results if r.errors)
    body = BatchResponse(assessed=len(results) - failed, failed=failed, results=results)
    return Response(body.model_dump_json(context=None if quotes or trace else COMPACT), media_type="application/json")
