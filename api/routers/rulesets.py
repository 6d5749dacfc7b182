"""``GET /rulesets`` and ``GET /rulesets/{id}``: what the service decides with, and the law it quotes."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status
from safeguarding_rules_api.bodies import StrictJSONRoute
from safeguarding_rules_api.deps import EngineDep
from safeguarding_rules_api.problems import problem_responses

from safeguarding_rules.catalogue import detail, summary
from safeguarding_rules.models.catalogue import RulesetDetail, RulesetSummary

router = APIRouter(route_class=StrictJSONRoute, prefix="/rulesets", tags=["rulesets"])


@router.get("", response_model=list[RulesetSummary], summary="List the loaded rulesets")
def list_rulesets(engine: EngineDep) -> list[RulesetSummary]:
    return [summary(r, engine.book) for r in engine.book.rulesets]


@router.get(
    "/{ruleset_id}", response_model=RulesetDetail, summary="One ruleset's rules and citations",
    responses=problem_responses(404),
)
def get_ruleset(ruleset_id: str, engine: EngineDep) -> RulesetDetail:
    loaded = engine.book.ruleset(ruleset_id)
    if loaded is None:
        known = ", ".join(r.spec.id for r in engine.book.rulesets)
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no ruleset {ruleset_id!r}; loaded: {known}")
    return detail(loaded, engine.book)
