"""``/triage``: a page for the practitioner deciding on the day, and the printable decision.

Plain HTML forms (it works without JavaScript): state what is known, see the pathway so far, and
answer next the question that settles the most open determinations, until nothing is left open.
Answers travel in the form itself: nothing is stored, and nothing a user enters is logged.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from pydantic import ValidationError
from safeguarding_rules_api.deps import EngineDep

from safeguarding_rules import CaseRefusedError, Decision
from safeguarding_rules.errors import safe_location
from safeguarding_rules.facts import CASE_FACTS, nest_facts

router = APIRouter(tags=["triage"], include_in_schema=False)

STATUS_WORDS = {
    "required": "Required", "consider": "Consider", "discretionary": "May be done",
    "not_required": "Not required", "undetermined": "Not yet known",
}

LABELS = {
    "subject.kind": "Is this about a child or an adult?",
    "subject.age": "Age in whole years",
    "incident.outcome": "What happened to them?",
    "incident.harm_kind": "If harmed, what kind of harm?",
    "abuse_or_neglect": "Is abuse or neglect known or suspected?",
    "incident.occurred_on": "When did it happen?",
    "incident.became_aware_on": "When did the local authority become aware?",
    "incident.location": "Where did it happen?",
    "incident.normally_resident_in_area": "Does the child normally live in this area?",
    "subject.care_and_support_needs": "Does the adult have needs for care and support?",
    "partnership": "Partnership (for its local pathways)",
}
"""Plain words for the facts the page starts with; any other question uses the fact's description."""

START_FACTS = list(LABELS)

_env = Environment(loader=PackageLoader("safeguarding_rules_api", "templates"), autoescape=select_autoescape())


def label(fact: str) -> str:
    if fact in LABELS:
        return LABELS[fact]
    spec = CASE_FACTS.get(fact)
    return (spec.description or fact) if spec else fact


def _control(fact: str, anchor: str, value: str) -> Markup:
    """The form control for one fact: a choice with "Not known", or a date or number."""
    spec = CASE_FACTS.get(fact)
    name = escape(fact)
    if spec is None or spec.type == "str":
        known: list[str] = list(_env.globals.get("partnerships") or [])  # type: ignore[call-overload]
        options = [("", "Not known")] + [(p, p) for p in known]
        return _select(name, anchor, options, value)
    if spec.type == "bool":
        return _select(name, anchor, [("", "Not known"), ("true", "Yes"), ("false", "No")], value)
    if spec.type == "enum":
        return _select(name, anchor, [("", "Not known")] + [(v, str(v).replace("_", " ").capitalize()) for v in spec.values], value)
    kind = "date" if spec.type == "date" else "number"
    width = "govuk-input--width-10" if kind == "date" else "govuk-input--width-3"
    return Markup(f'<input class="govuk-input {width}" type="{kind}" id="{anchor}" name="{name}" value="{escape(value)}">')


def _select(name: Any, anchor: str, options: list[tuple[Any, str]], value: str) -> Markup:
    items = "".join(
        f'<option value="{escape(v)}"{" selected" if str(v) == value else ""}>{escape(text)}</option>' for v, text in options
    )
    return Markup(f'<select class="govuk-select" id="{anchor}" name="{name}">{items}</select>')


_env.globals.update(STATUS_WORDS=STATUS_WORDS, label=label, control=_control)
_env.filters["label"] = label


def _answers(form: Any) -> dict[str, str]:
    """The facts stated so far: only known fact names, only non-empty answers."""
    return {name: str(value) for name, value in form.items() if (name in CASE_FACTS) and str(value).strip()}


def _case(answers: dict[str, str]) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for name, text in answers.items():
        spec = CASE_FACTS[name]
        if spec.type == "bool":
            facts[name] = {"true": True, "false": False}.get(text, text)
        elif spec.type == "int":
            facts[name] = int(text) if text.isdigit() else text
        else:
            facts[name] = text
    return nest_facts(facts)


def _assess(engine: Any, answers: dict[str, str]) -> tuple[Decision | None, list[dict[str, str]]]:
    try:
        return engine.assess(_case(answers)), []
    except ValidationError as exc:
        errors = []
        for error in exc.errors():
            loc = ".".join(str(p) for p in safe_location(error["loc"]))
            anchor = f"f-{START_FACTS.index(loc) + 1}" if loc in START_FACTS else "main"
            errors.append({"anchor": anchor, "message": f"{label(loc) if loc else 'The case'}: {error['msg']}"})
        return None, errors
    except CaseRefusedError as exc:
        return None, [{"anchor": "main", "message": str(exc)}]


def _render(template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env.get_template(template).render(**context))


@cache
def _stylesheet() -> bytes:
    """GOV.UK Frontend's built CSS, vendored in the package (MIT; see static/LICENSE-govuk-frontend.txt)."""
    return files("safeguarding_rules_api").joinpath("static/govuk-frontend.min.css").read_bytes()


@router.get("/triage/govuk-frontend.css")
def stylesheet() -> Response:
    return Response(_stylesheet(), media_type="text/css")


@router.get("/triage", response_class=HTMLResponse)
def triage_start(engine: EngineDep) -> HTMLResponse:
    _env.globals["partnerships"] = engine.partnerships
    return _render("triage.html", decision=None, answers={}, start_facts=START_FACTS, errors=[])


@router.post("/triage", response_class=HTMLResponse)
async def triage(request: Request, engine: EngineDep) -> HTMLResponse:
    _env.globals["partnerships"] = engine.partnerships
    answers = _answers(await request.form())
    decision, errors = _assess(engine, answers)
    if decision is None:
        return _render("triage.html", decision=None, answers=answers, start_facts=START_FACTS, errors=errors)
    open_questions = [q for q in decision.questions if q.fact in CASE_FACTS and q.fact not in answers]
    next_question = None
    if open_questions:
        q = open_questions[0]
        next_question = {"fact": q.fact, "label": label(q.fact), "settles": len(q.decides), "anchor": "next"}
    return _render("triage.html", decision=decision, answers=answers, next_question=next_question, errors=[])


@router.post("/triage/print", response_class=HTMLResponse)
async def triage_print(request: Request, engine: EngineDep) -> HTMLResponse:
    answers = _answers(await request.form())
    decision, errors = _assess(engine, answers)
    if decision is None:
        return _render("triage.html", decision=None, answers=answers, start_facts=START_FACTS, errors=errors)
    return render_decision(decision)


def render_decision(decision: Decision) -> HTMLResponse:
    """The printable decision: one page for a panel's papers."""
    return _render("decision.html", decision=decision)

