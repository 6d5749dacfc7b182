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
from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader, select_autoescape
from pydantic import ValidationError
from safeguarding_rules_api.bodies import StrictJSONRoute
from safeguarding_rules_api.deps import EngineDep

from safeguarding_rules import CaseRefusedError, Decision
from safeguarding_rules.errors import safe_location
from safeguarding_rules.facts import CASE_FACTS, nest_facts
from safeguarding_rules.plain import fact_name, glossary

router = APIRouter(route_class=StrictJSONRoute, tags=["triage"], include_in_schema=False)

STATUS_WORDS = {
    "required": "Required", "consider": "Consider", "discretionary": "May be done",
    "not_required": "Not required", "undetermined": "Not yet known",
    "not_encoded": "Law for these dates not encoded",
}

LABELS = {
    "jurisdiction": "Which nation's law decides the case?",
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

_env = Environment(
    loader=ChoiceLoader([
        PackageLoader("safeguarding_rules_api", "templates"),
        # GOV.UK Frontend's components as Jinja macros, as that package's README sets them up.
        PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
    ]),
    autoescape=select_autoescape(),
)


def open_words(fact: str) -> str:
    """An open question in the glossary's words: "where it happened", "whether the child normally
    lives in this area" (the fact's legal description goes beside it as a hint)."""
    entry = glossary().get(fact, {})
    if "name" in entry:
        return str(entry["name"])
    return f"whether {entry[True]}" if True in entry else fact


def label(fact: str) -> str:
    if fact in LABELS:
        return LABELS[fact]
    spec = CASE_FACTS.get(fact)
    return (spec.description or fact) if spec else fact


def _sentence(words: str) -> str:
    """Words as an option reads: a capital first letter, the rest as written ("Northern Ireland")."""
    return words[:1].upper() + words[1:]


def _field(fact: str, anchor: str, value: str, partnerships: list[str], *, text: str | None = None,
           hint: str | None = None, error: str | None = None) -> dict[str, Any]:
    """One fact's form field as the parameters of a GOV.UK Frontend macro: a choice with "Not known",
    or a date or number. ``text`` and ``hint`` override the label; ``error`` shows beside the field."""
    spec = CASE_FACTS.get(fact)
    params: dict[str, Any] = {
        "id": anchor, "name": fact, "value": value,
        "label": {"text": text or label(fact), "classes": "govuk-label--m" if text else "govuk-label--s"},
    }
    if hint:
        params["hint"] = {"text": hint}
    if error:
        params["errorMessage"] = {"text": error}
    if spec is None or spec.type in ("str", "bool", "enum"):
        if spec is None or spec.type == "str":
            options = [(p, p) for p in partnerships]
        elif spec.type == "bool":
            options = [("true", "Yes"), ("false", "No")]
        else:
            words = glossary().get(fact, {}).get("values") or {}
            options = [(str(v), _sentence(str(words.get(v, str(v).replace("_", " "))))) for v in spec.values]
        params["items"] = [{"value": v, "text": words, "selected": v == value} for v, words in [("", "Not known"), *options]]
        return {"component": "select", "params": params}
    params["type"] = "date" if spec.type == "date" else "number"
    params["classes"] = "govuk-input--width-10" if spec.type == "date" else "govuk-input--width-3"
    return {"component": "input", "params": params}


_env.globals.update(STATUS_WORDS=STATUS_WORDS, label=label, open_words=open_words)
_env.filters["label"] = label


def _start_fields(answers: dict[str, str], partnerships: list[str], errors: dict[str, str]) -> list[dict[str, Any]]:
    return [
        _field(fact, f"f-{n}", answers.get(fact, ""), partnerships, error=errors.get(fact))
        for n, fact in enumerate(START_FACTS, start=1)
    ]


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


Problem = tuple[str, str]
"""What is wrong with a case: the fact it is about ("" for the case as a whole), and the message."""


def _in_words(book: Any, text: str) -> str:
    """A refusal for a practitioner: each fact's dotted name said in the glossary's words."""
    for fact in sorted(CASE_FACTS, key=len, reverse=True):
        if fact in text:
            text = text.replace(fact, fact_name(book, fact))
    return text


def _assess(engine: Any, answers: dict[str, str]) -> tuple[Decision | None, list[Problem]]:
    """The decision, or what is wrong, each problem with the fact it is about so the page can link
    to its field (a whole-case problem such as an impossible age names its facts in the message)."""
    try:
        return engine.assess(_case(answers)), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = ".".join(str(p) for p in safe_location(error["loc"]))
            pieces = str(error["msg"]).split("; ") if not loc else [str(error["msg"])]
            for piece in pieces:
                fact, _, message = piece.partition(": ")
                if loc or fact not in CASE_FACTS:
                    named = sorted((piece.find(f), f) for f in CASE_FACTS if f in piece)
                    fact, message = loc or (named[0][1] if named else ""), piece
                words = fact_name(engine.book, fact) if fact else "the case"
                problems.append((fact, _in_words(engine.book, f"{words[0].upper()}{words[1:]}: {message}")))
        return None, problems
    except CaseRefusedError as exc:
        return None, [(exc.field, _in_words(engine.book, str(exc)))]


def _render(template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env.get_template(template).render(**context))


def _start_page(answers: dict[str, str], partnerships: list[str], problems: list[Problem]) -> HTMLResponse:
    """The first form, with an error summary linking to each field a problem is about."""
    anchors = {fact: f"f-{n}" for n, fact in enumerate(START_FACTS, start=1)}
    errors = [{"text": message, "href": f"#{anchors.get(fact, 'main')}"} for fact, message in problems]
    by_fact = {fact: message for fact, message in problems if fact in anchors}
    return _render("triage.html", decision=None, errors=errors, start_fields=_start_fields(answers, partnerships, by_fact))


@cache
def _stylesheet() -> bytes:
    """GOV.UK Frontend's built CSS, vendored in the package (MIT; see static/LICENSE-govuk-frontend.txt)."""
    return files("safeguarding_rules_api").joinpath("static/govuk-frontend.min.css").read_bytes()


@router.get("/triage/govuk-frontend.css")
def stylesheet() -> Response:
    return Response(_stylesheet(), media_type="text/css")


@router.get("/triage", response_class=HTMLResponse)
def triage_start(engine: EngineDep) -> HTMLResponse:
    return _start_page({}, engine.partnerships, [])


async def _posted(request: Request, engine: Any) -> tuple[dict[str, str], Decision | HTMLResponse]:
    """The answers a form posted, and their decision, or the start page naming what is wrong."""
    answers = _answers(await request.form())
    decision, problems = _assess(engine, answers)
    return answers, decision if decision is not None else _start_page(answers, engine.partnerships, problems)


@router.post("/triage", response_class=HTMLResponse)
async def triage(request: Request, engine: EngineDep) -> HTMLResponse:
    answers, decision = await _posted(request, engine)
    if isinstance(decision, HTMLResponse):
        return decision
    open_questions = [q for q in decision.questions if q.fact in CASE_FACTS and q.fact not in answers]
    next_question = None
    if open_questions:
        q = open_questions[0]
        next_question = _field(
            q.fact, "next", "", engine.partnerships,
            text=f"Next question: {LABELS.get(q.fact) or _sentence(open_words(q.fact))}",
            hint=f"{q.description or ''} Answering this could settle {len(q.decides)} open item(s).".strip(),
        )
    return _render("triage.html", decision=decision, answers=answers, next_question=next_question, errors=[])


@router.post("/triage/print", response_class=HTMLResponse)
async def triage_print(request: Request, engine: EngineDep) -> HTMLResponse:
    _, decision = await _posted(request, engine)
    return decision if isinstance(decision, HTMLResponse) else render_decision(decision)


def render_decision(decision: Decision) -> HTMLResponse:
    """The printable decision: one page for a panel's papers."""
    return _render("decision.html", decision=decision)

