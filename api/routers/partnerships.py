"""``GET /partnerships``: the partnerships whose local pathways the service knows."""

from __future__ import annotations

from fastapi import APIRouter
from safeguarding_rules_api.bodies import StrictJSONRoute
from safeguarding_rules_api.deps import EngineDep

from safeguarding_rules.catalogue import partnerships
from safeguarding_rules.models.catalogue import PartnershipInfo

router = APIRouter(route_class=StrictJSONRoute, prefix="/partnerships", tags=["partnerships"])


@router.get(
    "", response_model=list[PartnershipInfo], summary="List partnerships and their local pathways",
)
async def list_partnerships(engine: EngineDep) -> list[PartnershipInfo]:
    return partnerships(engine.book)
