"""``GET /problems/{kind}``: what each kind of problem means and what to do, the page a problem
document's ``type`` names (``problem_kinds.py`` holds the words)."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from safeguarding_rules_api.bodies import Refused, StrictJSONRoute
from safeguarding_rules_api.problem_kinds import KINDS, PROBLEMS_PATH, Kind

router = APIRouter(route_class=StrictJSONRoute, prefix=PROBLEMS_PATH, tags=["problems"], include_in_schema=False)

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - safeguarding-rules</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto; line-height: 1.5">
{body}
</body></html>
"""


def _kind_page(name: str, kind: Kind) -> str:
    return _PAGE.format(title=escape(kind.title), body=(
        f"<h1>{escape(kind.title)}</h1>"
        f"<p>Problem type <code>{PROBLEMS_PATH}/{escape(name)}</code>, HTTP status {kind.status}.</p>"
        f"<h2>What it means</h2><p>{escape(kind.means)}</p>"
        f"<h2>What to do</h2><p>{escape(kind.todo)}</p>"
        "<p>Every problem document (RFC 9457) carries <code>errors</code>, each part of the request at fault by "
        "<code>loc</code>, and a <code>request_id</code> that the service's logs carry too.</p>"
        f'<p><a href="{PROBLEMS_PATH}">Every kind of problem</a></p>'
    ))


@router.get("", response_class=HTMLResponse)
async def problem_index() -> HTMLResponse:
    items = "".join(
        f'<li><a href="{PROBLEMS_PATH}/{escape(name)}">{escape(name)}</a> ({kind.status}): {escape(kind.title)}</li>'
        for name, kind in KINDS.items()
    )
    return HTMLResponse(_PAGE.format(title="Problems", body=f"<h1>Problems the service answers with</h1><ul>{items}</ul>"))


@router.get("/{kind}", response_class=HTMLResponse)
async def problem_page(kind: str) -> HTMLResponse:
    if kind not in KINDS:
        said = "no such kind of problem"
        raise Refused(404, said, [{"loc": ["path", "kind"], "msg": said, "type": "not_found"}])
    return HTMLResponse(_kind_page(kind, KINDS[kind]))
