"""``/triage``: a page for the practitioner deciding on the day, and the printable decision.

Plain HTML forms (it works without JavaScript): state what is known, see the pathway so far, and
answer next the question that settles the most open determinations, until nothing is left open.
Answers travel in the form itself: nothing is stored, and nothing a user enters is logged.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader, select_autoescape
from pydantic import ValidationError
from safeguarding_rules_api.bodies import StrictJSONRoute
from safeguarding_rules_api.deps import EngineDep
from safeguarding_rules_api.ical import calendar_response
from safeguarding_rules_api.security import valid_key
from safeguarding_rules_api.sessions import (
    COOKIE,
    SESSION_SECONDS,
    cross_site,
    end_session,
    start_session,
    valid_session,
)
from starlette.datastructures import FormData

from safeguarding_rules import CaseRefusedError, Decision, RuleBook
from safeguarding_rules.errors import safe_location
from safeguarding_rules.facts import CASE_FACTS, nest_facts
from safeguarding_rules.models.case import EARLIEST_DATE, LATEST_DATE
from safeguarding_rules.plain import day_words, fact_name, glossary

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


Problem = tuple[str, str]
"""What is wrong with a case: the fact it is about ("" for the case as a whole), and the message."""

MAX_ANSWER_CHARS = 100
"""The longest answer a field takes (the longest real one, a partnership's id, is at most 64
characters): a longer one is refused without being shown back."""

_WHOLE_NUMBER = re.compile(r"-?[0-9]+", re.ASCII)
"""A whole number as a form sends one: ASCII digits only (``str.isdigit`` also takes "²", which
``int`` refuses)."""


def _words(book: RuleBook, fact: str) -> str:
    """A fact's name in words, as a message starts: "The person's age"."""
    words = fact_name(book, fact) if fact else "the case"
    return words[:1].upper() + words[1:]


def _answers(form: FormData, book: RuleBook) -> tuple[dict[str, str], list[Problem]]:
    """The facts stated so far (only known fact names, only non-empty answers), and what is wrong
    with the form itself: a fact given twice (the API refuses a repeated key too), a file, or an
    answer longer than any real one. Other names are not facts of a case and are ignored."""
    given: dict[str, list[Any]] = {}
    for name, value in form.multi_items():
        if name in CASE_FACTS:
            given.setdefault(name, []).append(value)
    answers: dict[str, str] = {}
    problems: list[Problem] = []
    for name, values in given.items():
        value = values[0]
        if len(values) > 1:
            problems.append((name, f"{_words(book, name)} was given more than once: give one answer"))
        elif not isinstance(value, str):
            problems.append((name, f"{_words(book, name)} must be chosen or typed, not sent as a file"))
        elif len(value) > MAX_ANSWER_CHARS:
            problems.append((name, f"{_words(book, name)} must be {MAX_ANSWER_CHARS} characters or fewer"))
        elif value.strip():
            answers[name] = value.strip()
    return answers, problems


def _case(answers: dict[str, str]) -> dict[str, Any]:
    """The case the answers state, typed as the API's JSON would be: anything that is not a value
    of the fact's type is passed on as text, for the model to refuse as it refuses it from the API."""
    facts: dict[str, Any] = {}
    for name, text in answers.items():
        spec = CASE_FACTS[name]
        if spec.type == "bool":
            facts[name] = {"true": True, "false": False}.get(text, text)
        elif spec.type == "int":
            facts[name] = int(text) if _WHOLE_NUMBER.fullmatch(text) else text
        else:
            facts[name] = text
    return nest_facts(facts)


def _identifiers() -> re.Pattern[str]:
    """Fact names that are identifiers (dotted or with an underscore), as whole words, longest first.
    A name that is a plain word ("partnership") is left alone: it already reads as words, and
    replacing it inside words made "the the partnership" and "known the partnerships"."""
    names = sorted((f for f in CASE_FACTS if "." in f or "_" in f), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, names)) + r")(?![\w.])")


_IDENTIFIER = _identifiers()


def _in_words(book: RuleBook, text: str) -> str:
    """A refusal for a practitioner: each fact's dotted name said in the glossary's words."""
    return _IDENTIFIER.sub(lambda m: fact_name(book, m.group(1)), text)


def _plain(fact: str, error: Any) -> str | None:
    """A field's type or range error in GOV.UK's words (after the field's name), or None to keep
    the model's own message (a rule about the case, already in words)."""
    kind, ctx = error["type"], error.get("ctx") or {}
    spec = CASE_FACTS.get(fact)
    if spec is not None and spec.type == "date":
        if kind in ("greater_than_equal", "less_than_equal"):
            return f"must be between {day_words(EARLIEST_DATE)} and {day_words(LATEST_DATE)}"
        if kind.startswith("date") or (kind == "value_error" and "YYYY-MM-DD" in str(error["msg"])):
            return "must be a real date, like 2026-11-01"
    if spec is not None and spec.type == "int":
        if kind in ("int_type", "int_parsing", "int_from_float"):
            return "must be a whole number, like 15"
        if kind == "greater_than_equal":
            return f"must be {ctx.get('ge')} or more"
        if kind == "less_than_equal":
            return f"must be {ctx.get('le')} or less"
    if kind in ("literal_error", "enum", "bool_type", "string_pattern_mismatch", "string_too_long", "string_type"):
        return "must be one of the answers listed"
    return None


def _assess(engine: Any, answers: dict[str, str]) -> tuple[Decision | None, list[Problem]]:
    """The decision, or what is wrong, each problem with the fact it is about so the page can link
    to its field (a whole-case problem such as an impossible age names its facts in the message)."""
    try:
        return engine.assess(_case(answers)), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = ".".join(str(p) for p in safe_location(error["loc"]))
            if loc == "subject" and error["type"] == "missing":
                loc = "subject.kind"  # the person is stated by saying who they are
            if loc == "subject.kind" and error["type"] == "missing":
                problems.append((loc, "Select whether this is about a child or an adult"))
                continue
            plain = _plain(loc, error)
            if plain is not None:
                problems.append((loc, f"{_words(engine.book, loc)} {plain}"))
                continue
            pieces = str(error["msg"]).split("; ") if not loc else [str(error["msg"])]
            for piece in pieces:
                fact, _, message = piece.partition(": ")
                if loc or fact not in CASE_FACTS:
                    named = sorted((piece.find(f), f) for f in CASE_FACTS if f in piece)
                    fact, message = loc or (named[0][1] if named else ""), piece
                problems.append((fact, f"{_words(engine.book, fact)}: {_in_words(engine.book, message)}"))
        return None, problems
    except CaseRefusedError as exc:
        message = _in_words(engine.book, str(exc))
        return None, [(exc.field, message[:1].upper() + message[1:])]


def _render(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env.get_template(template).render(**context), status_code=status_code)


def _start_page(request: Request, answers: dict[str, str], partnerships: list[str], problems: list[Problem]) -> HTMLResponse:
    """The first form, with an error summary linking to each field a problem is about (422 then)."""
    anchors = {fact: f"f-{n}" for n, fact in enumerate(START_FACTS, start=1)}
    errors = [{"text": message, "href": f"#{anchors.get(fact, 'main')}"} for fact, message in problems]
    by_fact = {fact: message for fact, message in problems if fact in anchors}
    return _render(
        "triage.html", 422 if problems else 200, decision=None, errors=errors,
        start_fields=_start_fields(answers, partnerships, by_fact), signed_in=_signed_in(request),
    )


@cache
def _stylesheet() -> bytes:
    """GOV.UK Frontend's built CSS, vendored in the package (MIT; see static/LICENSE-govuk-frontend.txt)."""
    return files("safeguarding_rules_api").joinpath("static/govuk-frontend.min.css").read_bytes()


@router.get("/triage/govuk-frontend.css")
def stylesheet() -> Response:
    """Public, like the package it comes from: the sign-in page needs it before anyone is signed in."""
    return Response(_stylesheet(), media_type="text/css")


def _signed_in(request: Request) -> bool:
    """Whether the page was reached through a sign-in (keys set, no header): it then offers to sign out."""
    keys: frozenset[str] = request.app.state.api_keys
    return bool(keys) and valid_session(request.cookies.get(COOKIE), keys)


def _sign_in_page(error: str | None = None) -> HTMLResponse:
    """The key prompt: 401, as any request to the triage pages without a key or session gets."""
    response = _render("sign_in.html", 401, error=error, hours=SESSION_SECONDS // 3600)
    response.headers["WWW-Authenticate"] = "ApiKey"
    return response


def _refused(request: Request) -> HTMLResponse | None:
    """The page to answer instead, if the request may not use the triage pages: a form posted from
    another site (403), or no valid key or session while keys are set (the key prompt)."""
    if request.method == "POST" and cross_site(request):
        return _render("refused.html", 403)
    keys: frozenset[str] = request.app.state.api_keys
    if not keys or valid_key(request.headers.get("x-api-key"), keys) or valid_session(request.cookies.get(COOKIE), keys):
        return None
    return _sign_in_page()


@router.get("/triage", response_class=HTMLResponse)
def triage_start(request: Request, engine: EngineDep) -> HTMLResponse:
    return _refused(request) or _start_page(request, {}, engine.partnerships, [])


@router.post("/triage/sign-in", response_class=HTMLResponse)
async def sign_in(request: Request) -> Response:
    """The key typed on the prompt: right, a session cookie and on to the page; wrong, the prompt again (401)."""
    if cross_site(request):
        return _render("refused.html", 403)
    keys: frozenset[str] = request.app.state.api_keys
    if not keys:
        return RedirectResponse("/triage", status_code=303)
    values = (await request.form()).getlist("key")
    key = values[0] if len(values) == 1 and isinstance(values[0], str) else None
    if not key or not key.strip():
        return _sign_in_page("Enter your partnership's access key")
    if not valid_key(key.strip(), keys):
        return _sign_in_page("That access key is not right: check it with whoever runs this service for your partnership")
    response = RedirectResponse("/triage", status_code=303)
    start_session(response, request, key.strip())
    return response


@router.get("/triage/sign-out")
def sign_out(request: Request) -> Response:
    """Clears the session cookie (nothing is kept on the server to forget) and shows the prompt."""
    response = RedirectResponse("/triage", status_code=303)
    end_session(response, request)
    return response


async def _posted(request: Request, engine: Any) -> tuple[dict[str, str], Decision | HTMLResponse]:
    """The answers a form posted, and their decision, or the start page naming what is wrong."""
    answers, problems = _answers(await request.form(), engine.book)
    if problems:
        return answers, _start_page(request, answers, engine.partnerships, problems)
    decision, problems = _assess(engine, answers)
    return answers, decision if decision is not None else _start_page(request, answers, engine.partnerships, problems)


@router.post("/triage", response_class=HTMLResponse)
async def triage(request: Request, engine: EngineDep) -> HTMLResponse:
    refused = _refused(request)
    if refused is not None:
        return refused
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
    return _render("triage.html", decision=decision, answers=answers, next_question=next_question, errors=[],
                   signed_in=_signed_in(request))


@router.post("/triage/print", response_class=HTMLResponse)
async def triage_print(request: Request, engine: EngineDep) -> HTMLResponse:
    refused = _refused(request)
    if refused is not None:
        return refused
    _, decision = await _posted(request, engine)
    return decision if isinstance(decision, HTMLResponse) else render_decision(decision)


@router.post("/triage/calendar")
async def triage_calendar(request: Request, engine: EngineDep) -> Response:
    """The answers' deadlines as an .ics download: all of them, or the one duty a ``duty`` field names
    ("Add to calendar" beside it). A form post like the page's own, so no answer goes in a URL."""
    refused = _refused(request)
    if refused is not None:
        return refused
    _, decision = await _posted(request, engine)
    if isinstance(decision, HTMLResponse):
        return decision
    duties = (await request.form()).getlist("duty")
    if not duties:
        return calendar_response(decision)
    duty = duties[0] if len(duties) == 1 and isinstance(duties[0], str) else None
    determination = decision.determination(duty) if duty else None
    if determination is None or determination.due is None:
        return _render("no_deadline.html", 404, signed_in=_signed_in(request))
    return calendar_response(decision, only=determination.id)


def render_decision(decision: Decision) -> HTMLResponse:
    """The printable decision: one page for a panel's papers."""
    return _render("decision.html", decision=decision)
