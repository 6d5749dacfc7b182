"""``/triage``: a page for the practitioner deciding on the day, and the printable decision.

Plain HTML forms (it works without JavaScript): state what is known, see the pathway so far, and
answer next the question that settles the most open determinations, until nothing is left open.
Answers travel in the form itself: nothing is stored, and nothing a user enters is logged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
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

from safeguarding_rules import Citation, CaseRefusedError, Decision, Determination, RuleBook
from safeguarding_rules.errors import safe_location
from safeguarding_rules.facts import CASE_FACTS, nest_facts
from safeguarding_rules.models.case import EARLIEST_DATE, LATEST_DATE
from safeguarding_rules.plain import STATUS_LABELS, day_words, fact_name, in_words, open_fact
from safeguarding_rules_api.triage_words import (
    NOT_KNOWN,
    UNCHECKED,
    UNCHECKED_MEANS,
    CitationWords,
    answer_words,
    citation_words,
    due_words,
    question,
    sentence,
)

if TYPE_CHECKING:
    from jinja2 import Environment

router = APIRouter(route_class=StrictJSONRoute, tags=["triage"], include_in_schema=False)

TAGS = {
    "required": "govuk-tag--red", "consider": "govuk-tag--blue", "discretionary": "govuk-tag--blue",
    "undetermined": "govuk-tag--orange", "not_required": "govuk-tag--grey", "not_encoded": "govuk-tag--yellow",
}
DUE = ("required", "consider", "discretionary")
"""Statuses the answer panel lists: something a body must do, must consider, or may do."""

START_FACTS = [
    "jurisdiction", "subject.kind", "subject.age", "incident.outcome", "incident.harm_kind", "abuse_or_neglect",
    "incident.occurred_on", "incident.became_aware_on", "incident.location", "incident.normally_resident_in_area",
    "subject.care_and_support_needs", "partnership",
]
"""The questions the first page asks, in order (their fields are ``f-1`` to ``f-12``)."""

START_HINTS = {
    "jurisdiction": "Each nation has its own reviews and notifications.",
    "subject.kind": "Children's and adults' reviews rest on different law.",
    "subject.age": "Some duties turn on age: a domestic homicide review from 16, a care leaver's death up to 24.",
    "incident.outcome": "A death or serious harm is what brings a notification to the Panel, a rapid review or a Safeguarding Adults Review.",
    "incident.harm_kind": "For a child, serious harm includes a potentially life-threatening injury: it settles the notification to the Panel.",
    "abuse_or_neglect": "Abuse or neglect known or suspected is what makes a serious incident notifiable, and a review due.",
    "incident.occurred_on": "The date picks the law in force: the rules for children's reviews changed in 2018, for adults' in 2015.",
    "incident.became_aware_on": "Deadlines run from this date: the Panel must be notified within 5 working days of it.",
    "incident.location": "The local authority for the area where it happened notifies the Panel.",
    "incident.normally_resident_in_area": "A child death review is for the area where the child normally lives.",
    "subject.care_and_support_needs": "A Safeguarding Adults Review and a section 42 enquiry are for adults with needs for care and support.",
    "partnership": "Adds your partnership's own local pathways to the national rules.",
}
"""Why each first question matters: which duties it settles."""

CASE_REF = re.compile(r"[A-Za-z0-9._/-]{1,64}", re.ASCII)
"""The API's ``case_ref``: a pseudonymous reference, never a name."""

def open_words(fact: str) -> str:
    """An open question in the glossary's words: "where it happened", "whether the child normally
    lives in this area"."""
    return open_fact(None, fact)


def _options(fact: str, partnerships: list[str]) -> list[tuple[str, str]]:
    spec = CASE_FACTS[fact]
    if spec.type == "str":
        return [(p, p) for p in partnerships]
    if spec.type == "bool":
        return [("true", "Yes"), ("false", "No")]
    return [(str(v), answer_words(fact, str(v))) for v in spec.values]


def _field(fact: str, anchor: str, value: str, partnerships: list[str], *, heading: bool = False,
           hint: str | None = None, error: str | None = None, not_known: bool = False) -> dict[str, Any]:
    """One fact's question as the parameters of a GOV.UK Frontend macro: radios for a choice (with
    "Not known" after an "or" when ``not_known``), a select for the partnership, an input for a date
    or number. ``heading`` makes the question the page's next question (larger, medium size)."""
    spec = CASE_FACTS[fact]
    size = "govuk-label--m" if heading else "govuk-label--s"
    text = question(fact)
    common: dict[str, Any] = {"name": fact}
    if hint:
        common["hint"] = {"text": hint}
    if error:
        common["errorMessage"] = {"text": error}
    if spec.type in ("bool", "enum"):
        items: list[dict[str, Any]] = [{"value": v, "text": words} for v, words in _options(fact, partnerships)]
        if not_known:
            items += [{"divider": "or"}, {"value": NOT_KNOWN, "text": "Not known"}]
        return {"component": "radios", "params": {
            **common, "idPrefix": anchor, "value": value, "items": items,
            "classes": "govuk-radios--inline" if len(items) == 2 else "",
            "fieldset": {"legend": {"text": text, "classes": size.replace("label", "fieldset__legend")}},
        }}
    params = {**common, "id": anchor, "value": value, "label": {"text": text, "classes": size}}
    if spec.type == "str":
        params["items"] = [{"value": v, "text": words, "selected": v == value}
                           for v, words in [("", "None: national rules only"), *_options(fact, partnerships)]]
        return {"component": "select", "params": params}
    params["type"] = "date" if spec.type == "date" else "number"
    params["classes"] = "govuk-input--width-10" if spec.type == "date" else "govuk-input--width-3"
    return {"component": "input", "params": params}


@cache
def _templates() -> Environment:
    """The pages' templates, set up on the first page served: a worker's start need not import Jinja
    (about 20-50 ms of it), since most workers answer only the API."""
    from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader, select_autoescape

    env = Environment(
        loader=ChoiceLoader([
            PackageLoader("safeguarding_rules_api", "templates"),
            # GOV.UK Frontend's components as Jinja macros, as that package's README sets them up.
            PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
        ]),
        autoescape=select_autoescape(),
    )
    env.filters["capitalize_first"] = lambda text: sentence(str(text or ""))
    env.globals.update(STATUS_WORDS=STATUS_LABELS, TAGS=TAGS, open_words=open_words, UNCHECKED=UNCHECKED,
                       UNCHECKED_MEANS=UNCHECKED_MEANS)
    return env


def _choice(fact: str) -> bool:
    """Whether the fact is asked with radios (so "Not known" is one of them)."""
    return CASE_FACTS[fact].type in ("bool", "enum")


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


@dataclass
class Journey:
    """What the forms carry from page to page (nothing is stored on the server): the answers given,
    the questions answered "Not known" (so none is asked again), and the case reference."""

    answers: dict[str, str] = field(default_factory=dict)
    not_known: list[str] = field(default_factory=list)
    case_ref: str = ""
    asked: list[str] = field(default_factory=list)
    """The questions the posted form showed."""
    first_page: bool = False
    """Posted from the first page (or the page to change answers), where a question may be left
    unanswered (it is asked again, one at a time, if it could change the answer); the next
    question needs an answer, "Not known" included."""


def _journey(form: FormData, book: RuleBook) -> tuple[Journey, list[Problem]]:
    """The journey a form posted (only known fact names; other names are ignored), and what is
    wrong with the form itself: a fact given twice (the API refuses a repeated key too), a file, an
    answer longer than any real one, or a case reference that is not one."""
    given: dict[str, list[Any]] = {}
    for name, value in form.multi_items():
        if name in CASE_FACTS:
            given.setdefault(name, []).append(value)
    journey = Journey(first_page=form.get("page") == "first")
    problems: list[Problem] = []
    for name, values in given.items():
        value = values[0]
        if len(values) > 1:
            problems.append((name, f"{_words(book, name)} was given more than once: give one answer"))
        elif not isinstance(value, str):
            problems.append((name, f"{_words(book, name)} must be chosen or typed, not sent as a file"))
        elif len(value) > MAX_ANSWER_CHARS:
            problems.append((name, f"{_words(book, name)} must be {MAX_ANSWER_CHARS} characters or fewer"))
        elif value.strip() == NOT_KNOWN:
            journey.not_known.append(name)
        elif value.strip():
            journey.answers[name] = value.strip()
    journey.asked = [name for name in _names(form, "asked") if name in CASE_FACTS]
    for name in _names(form, "not_known"):
        if name in CASE_FACTS and name not in journey.answers and name not in journey.not_known:
            journey.not_known.append(name)
    refs = form.getlist("case_ref")
    ref = refs[0] if len(refs) == 1 and isinstance(refs[0], str) else ""
    if len(refs) > 1 or not isinstance(ref, str):
        problems.append(("case_ref", "Give one case reference"))
    elif ref.strip() and not CASE_REF.fullmatch(ref.strip()):
        problems.append(("case_ref", "The case reference must be 64 characters or fewer, using only letters, "
                                     "numbers and . _ / - (not a name)"))
    else:
        journey.case_ref = ref.strip()
    return journey, problems


def _names(form: FormData, key: str) -> list[str]:
    """The fact names a list field carries (each at most once, only text, at most one per fact)."""
    names: list[str] = []
    for value in form.getlist(key)[: len(CASE_FACTS) * 2]:
        if isinstance(value, str) and value in CASE_FACTS and value not in names:
            names.append(value)
    return names


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


def _assess(engine: Any, journey: Journey) -> tuple[Decision | None, list[Problem]]:
    """The decision, or what is wrong, each problem with the fact it is about so the page can link
    to its field (a whole-case problem such as an impossible age names its facts in the message)."""
    try:
        return engine.assess({**_case(journey.answers), "case_ref": journey.case_ref or None}), []
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
                problems.append((fact, f"{_words(engine.book, fact)}: {in_words(engine.book, message)}"))
        return None, problems
    except CaseRefusedError as exc:
        message = in_words(engine.book, str(exc))
        return None, [(exc.field, message[:1].upper() + message[1:])]


def render_page(template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_templates().get_template(template).render(**context), status_code=status_code)


def _start_page(request: Request, journey: Journey, partnerships: list[str], problems: list[Problem]) -> HTMLResponse:
    """The first form (also the page to change answers: any later question answered or left not
    known is asked there too), with an error summary linking to each field a problem is about (422)."""
    facts = START_FACTS + [f for f in [*journey.answers, *journey.not_known] if f not in START_FACTS]
    anchors = {fact: f"f-{n}" for n, fact in enumerate(facts, start=1)} | {"case_ref": "case-ref"}
    errors = [{"text": message, "href": f"#{anchors.get(fact, 'main')}"} for fact, message in problems]
    by_fact = {fact: message for fact, message in problems if fact in anchors}
    fields = [
        _field(fact, anchors[fact], journey.answers.get(fact, NOT_KNOWN if _choice(fact) and fact in journey.not_known else ""),
               partnerships, error=by_fact.get(fact), hint=START_HINTS.get(fact), not_known=fact in journey.not_known)
        for fact in facts
    ]
    # A date or number answered "Not known" stays so unless one is typed (its field cannot show it).
    kept = [f for f in journey.not_known if not _choice(f)]
    return render_page(
        "triage.html", 422 if problems else 200, decision=None, errors=errors, start_fields=fields, kept_not_known=kept,
        journey=journey, case_ref_error=by_fact.get("case_ref"), signed_in=signed_in(request),
    )


@cache
def _stylesheet() -> bytes:
    """GOV.UK Frontend's built CSS, vendored in the package (MIT; see static/LICENSE-govuk-frontend.txt)."""
    return files("safeguarding_rules_api").joinpath("static/govuk-frontend.min.css").read_bytes()


@cache
def _app_stylesheet() -> bytes:
    """The pages' own few styles (the answer panel, quoted law, print layout of the decision)."""
    return files("safeguarding_rules_api").joinpath("static/triage.css").read_bytes()


@router.get("/triage/triage.css")
def app_stylesheet() -> Response:
    return Response(_app_stylesheet(), media_type="text/css")


@router.get("/triage/govuk-frontend.css")
def stylesheet() -> Response:
    """Public, like the package it comes from: the sign-in page needs it before anyone is signed in."""
    return Response(_stylesheet(), media_type="text/css")


def signed_in(request: Request) -> bool:
    """Whether the page was reached through a sign-in (keys set, no header): it then offers to sign out."""
    keys: frozenset[str] = request.app.state.api_keys
    return bool(keys) and valid_session(request.cookies.get(COOKIE), keys)


def _sign_in_page(error: str | None = None) -> HTMLResponse:
    """The key prompt: 401, as any request to the triage pages without a key or session gets."""
    response = render_page("sign_in.html", 401, error=error, hours=SESSION_SECONDS // 3600)
    response.headers["WWW-Authenticate"] = "ApiKey"
    return response


def refused_page(request: Request) -> HTMLResponse | None:
    """The page to answer instead, if the request may not use the triage pages: a form posted from
    another site (403), or no valid key or session while keys are set (the key prompt)."""
    if request.method == "POST" and cross_site(request):
        return render_page("refused.html", 403)
    keys: frozenset[str] = request.app.state.api_keys
    if not keys or valid_key(request.headers.get("x-api-key"), keys) or valid_session(request.cookies.get(COOKIE), keys):
        return None
    return _sign_in_page()


@router.get("/triage", response_class=HTMLResponse)
def triage_start(request: Request, engine: EngineDep) -> HTMLResponse:
    return refused_page(request) or _start_page(request, Journey(), engine.partnerships, [])


@router.post("/triage/sign-in", response_class=HTMLResponse)
async def sign_in(request: Request) -> Response:
    """The key typed on the prompt: right, a session cookie and on to the page; wrong, the prompt again (401)."""
    if cross_site(request):
        return render_page("refused.html", 403)
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


async def _posted(request: Request, engine: Any) -> tuple[Journey, Decision] | HTMLResponse:
    """The journey a form posted and its decision; or the page to show instead: sign-in or a refused
    cross-site post, or the first page naming what is wrong with the answers."""
    refused = refused_page(request)
    if refused is not None:
        return refused
    journey, problems = _journey(await request.form(), engine.book)
    if problems:
        return _start_page(request, journey, engine.partnerships, problems)
    decision, problems = _assess(engine, journey)
    return (journey, decision) if decision is not None else _start_page(request, journey, engine.partnerships, problems)


@router.post("/triage", response_class=HTMLResponse)
async def triage(request: Request, engine: EngineDep) -> HTMLResponse:
    """The answer so far, and the next question that could settle what is still open."""
    posted = await _posted(request, engine)
    if isinstance(posted, HTMLResponse):
        return posted
    journey, decision = posted
    unanswered = [] if journey.first_page else [
        f for f in journey.asked if f not in journey.answers and f not in journey.not_known
    ]
    asking = unanswered[0] if unanswered else next(
        (q.fact for q in decision.questions if q.fact in CASE_FACTS and q.fact not in journey.answers
         and q.fact not in journey.not_known), None)
    error = "Select an answer, or \u201cNot known\u201d if it is not known yet" if unanswered else None
    next_question = _next_question(engine.book, decision, asking, engine.partnerships, error) if asking else None
    return render_page(
        "triage.html", 422 if error else 200, decision=decision, journey=journey, next_question=next_question,
        errors=[{"text": error, "href": "#next"}] if error else [], signed_in=signed_in(request),
        view=decision_view(engine.book, decision, journey),
    )


def _next_question(book: RuleBook, decision: Decision, fact: str, partnerships: list[str],
                   error: str | None) -> dict[str, Any]:
    """The question, with a hint saying which duties it settles (and who decides them), and the
    law's words for it behind a details component."""
    q = next((q for q in decision.questions if q.fact == fact), None)
    settles = [d for d in decision.determinations if q and d.id in q.decides]
    hint = (f"Why we ask: the answer settles {'this' if len(settles) == 1 else 'these'}, still open: "
            + "; ".join(in_words(book, d.title) for d in settles) + ".") if settles else None
    params = _field(fact, "next", "", partnerships, heading=True, hint=hint, error=error, not_known=True)
    params["law"] = in_words(book, q.description) if q else ""
    params["fact"] = fact
    return params


def _note_numbers(notes: dict[tuple[str, str, str], int], book: RuleBook, citations: list[Citation],
                  words: list[CitationWords]) -> list[int]:
    """Each citation's number among the decision's notes, numbering a new one as it first appears."""
    numbers = []
    for citation in citations:
        key = (citation.source_id, citation.provision, citation.quote or citation.paraphrase or "")
        if key not in notes:
            notes[key] = len(notes) + 1
            words.append(citation_words(book, citation))
        numbers.append(notes[key])
    return numbers


def decision_view(book: RuleBook, decision: Decision, journey: Journey) -> dict[str, Any]:
    """The decision as a practitioner reads it: what is due (who acts, by when), what is open and
    who decides it, the facts relied on and those not known, and the law quoted as numbered notes.
    Every text from the rulesets is said in words (``plain.in_words``); the decision itself is unchanged."""
    notes: dict[tuple[str, str, str], int] = {}
    law: list[CitationWords] = []
    order = {status: n for n, status in enumerate([*DUE, "undetermined", "not_encoded", "not_required"])}
    duties = []
    for d in sorted(decision.determinations, key=lambda d: order.get(str(d.status), 9)):
        followed = decision.determination(d.follows) if d.follows else None
        duties.append({
            "id": d.id, "title": in_words(book, d.title), "status": d.status, "status_words": STATUS_LABELS[d.status],
            "tag": TAGS[d.status], "actor": in_words(book, d.actor), "recipients": [in_words(book, r) for r in d.recipients],
            "due": day_words(d.due) if d.due else None, "due_words": due_words(book, d),
            "follows": in_words(book, followed.title) if followed else None,
            "reason": in_words(book, d.reason), "requirements": [in_words(book, r) for r in d.requirements],
            "at_least": STATUS_LABELS.get(str(d.at_least)) if d.at_least else None,
            "depends_on": [{"words": open_words(f), "not_known": f in journey.not_known} for f in d.depends_on],
            "guidance": d.legal_force in ("guidance", "local_guidance"),
            "notes": _note_numbers(notes, book, d.citations, law),
        })
    joint = [{
        "id": j.id, "title": in_words(book, j.title), "says": in_words(book, j.says),
        "holders": [(in_words(book, (decision.determination(i) or d).title), in_words(book, actor)) for i, actor in j.duty_holders.items()],
        "notes": _note_numbers(notes, book, j.citations, law),
    } for j in decision.joint_reviews]
    titles = {d.id: d.title for d in decision.determinations}
    questions = [{
        "question": question(q.fact), "words": open_words(q.fact), "not_known": q.fact in journey.not_known,
        "settles": [in_words(book, titles.get(i, i)) for i in q.decides],
        "deciders": _unique(in_words(book, d.actor) for d in decision.determinations if d.id in q.decides and d.actor),
    } for q in decision.questions if q.fact in CASE_FACTS]
    waiting = {f for d in decision.determinations for f in [*d.depends_on, *_missing_dates(d)]}
    spec = book.determinations
    return {
        "due": [d for d in duties if d["status"] in DUE],
        "duties": duties,
        "open": [d for d in duties if d["status"] in ("undetermined", "not_encoded")],
        "not_required": [d for d in duties if d["status"] == "not_required"],
        "joint": joint, "law": law, "questions": questions,
        "facts": [{"fact": f, "question": question(f), "words": sentence(open_words(f)), "answer": answer_words(f, v)}
                  for f, v in journey.answers.items()],
        "not_known": [{"question": question(f), "words": open_words(f)} for f in journey.not_known if f in waiting],
        "not_applicable": [(in_words(book, spec[n.id][0].title if n.id in spec else n.id), in_words(book, n.reason))
                           for n in decision.not_applicable],
        "hidden": _hidden(journey),
        "assessed_on": day_words(decision.assessment_date),
    }


def _missing_dates(d: Determination) -> list[str]:
    """The date facts a deadline waits for (named in its basis while its date is empty)."""
    if d.due is not None or not d.due_basis:
        return []
    return [f for f in CASE_FACTS if f"({f} is not known)" in d.due_basis]


def _unique(items: Any) -> list[str]:
    return list(dict.fromkeys(items))


def _hidden(journey: Journey) -> list[tuple[str, str]]:
    """The journey as hidden form fields, for the next form to carry on."""
    fields = list(journey.answers.items()) + [("not_known", f) for f in journey.not_known]
    return fields + ([("case_ref", journey.case_ref)] if journey.case_ref else [])


def journey_of(case: Any) -> Journey:
    """The facts a case sent to the API states, as the form would carry them (for its printed decision)."""
    flat: dict[str, str] = {}

    def walk(data: dict[str, Any], prefix: str = "") -> None:
        for key, value in data.items():
            if isinstance(value, dict):
                walk(value, f"{prefix}{key}.")
            elif f"{prefix}{key}" in CASE_FACTS and value is not None and f"{prefix}{key}" != "assessment_date":
                flat[f"{prefix}{key}"] = "true" if value is True else "false" if value is False else str(value)

    walk(case.model_dump(mode="json", exclude_none=True))
    return Journey(answers=flat, case_ref=case.case_ref or "")


@router.post("/triage/change", response_class=HTMLResponse)
async def triage_change(request: Request, engine: EngineDep) -> HTMLResponse:
    """Check your answers, then change them: the first page again, with every answer so far."""
    refused = refused_page(request)
    if refused is not None:
        return refused
    journey, problems = _journey(await request.form(), engine.book)
    return _start_page(request, journey, engine.partnerships, problems)


@router.post("/triage/print", response_class=HTMLResponse)
async def triage_print(request: Request, engine: EngineDep) -> HTMLResponse:
    posted = await _posted(request, engine)
    if isinstance(posted, HTMLResponse):
        return posted
    journey, decision = posted
    return render_decision(decision, engine.book, journey)


@router.post("/triage/calendar")
async def triage_calendar(request: Request, engine: EngineDep) -> Response:
    """The answers' deadlines as an .ics download: all of them, or the one duty a ``duty`` field names
    ("Add to calendar" beside it). A form post like the page's own, so no answer goes in a URL."""
    posted = await _posted(request, engine)
    if isinstance(posted, HTMLResponse):
        return posted
    _, decision = posted
    duties = (await request.form()).getlist("duty")
    if not duties:
        return calendar_response(engine.book, decision)
    duty = duties[0] if len(duties) == 1 and isinstance(duties[0], str) else None
    determination = decision.determination(duty) if duty else None
    if determination is None or determination.due is None:
        return render_page("no_deadline.html", 404, signed_in=signed_in(request))
    return calendar_response(engine.book, decision, only=determination.id)


def render_decision(decision: Decision, book: RuleBook, journey: Journey | None = None) -> HTMLResponse:
    """The decision for a panel's papers: one A4 page for a simple case (the page's print styles)."""
    return render_page("decision.html", decision=decision, view=decision_view(book, decision, journey or Journey()))
