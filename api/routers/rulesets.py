"""``GET /rulesets`` and ``GET /rulesets/{id}``: what the service decides with, and the law it quotes."""

from __future__ import annotations

from fastapi import APIRouter, status
from safeguarding_rules_api.bodies import Refused, StrictJSONRoute
from safeguarding_rules_api.deps import EngineDep
from safeguarding_rules_api.problems import problem_responses

from safeguarding_rules.catalogue import detail, summary
from safeguarding_rules.models.catalogue import RulesetDetail, RulesetSummary

router = APIRouter(route_class=StrictJSONRoute, prefix="/rulesets", tags=["rulesets"])


@router.get("", response_model=list[RulesetSummary], summary="List the loaded rulesets")
async def list_rulesets(engine: EngineDep) -> list[RulesetSummary]:
    return [summary(r, engine.book) for r in engine.book.rulesets]


@router.get(
    "/{ruleset_id:path}", response_model=RulesetDetail, summary="One ruleset's rules and citations",
    responses=problem_responses(404),
)
async def get_ruleset(ruleset_id: str, engine: EngineDep) -> RulesetDetail:
    """By its id (its path, ``england/care-act-2014-s44``) or an id it had before (``england.care-act-2014-s44``):
    the answer's ``id`` is the id now."""
    loaded = engine.book.named(ruleset_id)
    if loaded is None:
        known = ", ".join(r.spec.id for r in engine.book.rulesets)
        said = f"no ruleset {ruleset_id!r}; loaded: {known}"
        raise Refused(status.HTTP_404_NOT_FOUND, said, [{"loc": ["path", "ruleset_id"], "msg": said, "type": "not_found"}])
    return detail(loaded, engine.book)
