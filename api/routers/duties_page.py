"""The partnership business manager's page: what is due across open cases, from the decision record.

It shows what ``GET /v1/duties`` returns (``safeguarding_rules.store.duties_due``), in words, behind the
triage pages' sign-in (a browser cannot send ``X-API-Key``). It decides nothing and stores nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from safeguarding_rules_api.bodies import StrictJSONRoute
from safeguarding_rules_api.routers.triage import refused_page, render_page, signed_in

from safeguarding_rules.models.case import LONDON
from safeguarding_rules.plain import day_words

router = APIRouter(route_class=StrictJSONRoute, tags=["triage"], include_in_schema=False)


def _row(duty: Any) -> list[dict[str, Any]]:
    left = duty.working_days_remaining
    if left is None:
        left_cell: dict[str, Any] = {"text": "No deadline yet"}
    elif left < 0:
        left_cell = {"html": f'<strong class="govuk-tag govuk-tag--red">Overdue by {-left} working day{"s" if left != -1 else ""}</strong>'}
    else:
        left_cell = {"text": f"{left}"}
    return [
        {"text": day_words(duty.due) if duty.due else "No deadline yet"},
        left_cell,
        {"text": duty.case_ref},
        {"text": duty.title},
        {"text": duty.actor or ""},
    ]


@router.get("/triage/duties", response_class=HTMLResponse)
def duties_page(
    request: Request,
    due_before: Annotated[str | None, Query(max_length=10)] = None,
    as_of: Annotated[dt.date | None, Query(description="Count working days from this day (default: today in London).")] = None,
) -> HTMLResponse:
    """Every open case's required duties, soonest deadline first, optionally only those due before a date."""
    refused = refused_page(request)
    if refused is not None:
        return refused
    store = request.app.state.store
    today = as_of or dt.datetime.now(LONDON).date()
    context: dict[str, Any] = {"signed_in": signed_in(request), "as_of_words": day_words(today), "due_before": due_before,
                               "as_of": as_of.isoformat() if as_of else None}
    if store is None:
        return render_page("duties.html", store_off=True, **context)
    before, error = None, None
    if due_before:
        try:
            before = dt.date.fromisoformat(due_before)
        except ValueError:
            error = "Enter a real date, for example 2026-12-31"
    from safeguarding_rules.store import duties_due

    duties = duties_due(store, request.app.state.engine.book, before, as_of=today) if not error else []
    return render_page(
        "duties.html", 422 if error else 200, rows=[_row(d) for d in duties], count=len(duties), error=error,
        due_before_words=day_words(before) if before else None, **context,
    )
