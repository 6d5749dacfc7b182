"""``GET /healthz``: the service is up and holds a complete rule set."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field
from safeguarding_rules_api.bodies import StrictJSONRoute
from safeguarding_rules_api.deps import EngineDep

from safeguarding_rules.version import __version__

router = APIRouter(route_class=StrictJSONRoute, tags=["health"])


class Health(BaseModel):
    """The service is up, with what it has loaded."""

    status: str = Field(description="`ok` when the service is up and its rulesets are loaded.")
    version: str = Field(description="The safeguarding-rules package version serving (CHANGELOG.md says what each changed).")
    rulesets: int = Field(description="How many rulesets are loaded, partnership overlays included.")
    rules: int = Field(description="How many rules are loaded, across all rulesets.")


@router.get("/healthz", response_model=Health, summary="Liveness and loaded rule counts", operation_id="healthz")
async def healthz(engine: EngineDep) -> Health:
    return Health(status="ok", version=__version__, rulesets=len(engine.book.rulesets), rules=len(engine.book.rules))
