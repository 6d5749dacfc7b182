"""``GET /rulebook``: the rulebook site, rendered once from the loaded rulesets (when first requested)."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from safeguarding_rules_api.bodies import StrictJSONRoute

router = APIRouter(route_class=StrictJSONRoute, prefix="/rulebook", tags=["rulebook"], include_in_schema=False)


@router.get("")
async def rulebook_root() -> RedirectResponse:
    return RedirectResponse(url="/rulebook/index.html")


@router.get("/{page}", response_class=HTMLResponse)
async def rulebook_page(page: str, request: Request) -> HTMLResponse:
    pages: Mapping[str, str] = request.app.state.rulebook
    if page not in pages:
        raise HTTPException(404, f"no rulebook page {page!r}")
    return HTMLResponse(pages[page])
