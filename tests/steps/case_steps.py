"""The step vocabulary of the feature files (documented in features/README.md).

State flows through fixtures: Given steps build ``case``, the When step returns ``decision``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import ValidationError
from pytest_bdd import given, parsers, then, when

from safeguarding_rules import CaseRefusedError, Decision, Determination, Engine
from safeguarding_rules.facts import CASE_FACTS, nest_facts
from safeguarding_rules.decide import UNVERIFIED_COUNT
from safeguarding_rules.plain import glossary


def parse_value(text: str) -> Any:
    """A table cell as a fact value: true/false/unknown, a date, a whole number, or a word."""
    text = text.strip()
    lowered = text.lower()
    if lowered in ("true", "yes"):
        return True
    if lowered in ("false", "no"):
        return False
    if lowered in ("unknown", ""):
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text).isoformat()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return text


def set_fact(case: dict[str, Any], name: str, value: Any) -> None:
    if name not in CASE_FACTS and name != "case_ref":
        raise AssertionError(f"the feature names an unknown fact {name!r}")
    nest_facts({name: value}, into=case, keep_unknown=True)


def _plain_words() -> dict[str, tuple[str, Any]]:
    """Each glossary phrase and the fact (and, for a yes/no phrase, the value) it stands for."""
    phrases: dict[str, tuple[str, Any]] = {}
    for fact, entry in glossary().items():
        if "name" in entry:
            phrases[str(entry["name"]).lower()] = (fact, None)
        else:
            phrases[str(entry[True]).lower()] = (fact, True)
    return phrases


def plain_fact(phrase: str, text: str) -> tuple[str, Any]:
    """A table row in plain words as a fact and its value: "the child normally lives in this area |
    yes", or "where it happened | in this area" (the glossary's words), or a dotted name and value."""
    if phrase in CASE_FACTS or phrase == "case_ref":
        return phrase, parse_value(text)
    found = _plain_words().get(phrase.lower())
    if found is None:
        raise AssertionError(f"the feature names an unknown fact {phrase!r} (see the glossary)")
    fact, _ = found
    lowered = text.strip().lower()
    if lowered in ("not known", "unknown", ""):
        return fact, None
    if CASE_FACTS[fact].type == "bool":
        return fact, {"yes": True, "no": False, "true": True, "false": False}[lowered]
    words = {str(w).lower(): v for v, w in (glossary()[fact].get("values") or {}).items()}
    return fact, words.get(lowered, parse_value(text))


_STATUS_WORDS = {"not required": "not_required", "to be considered": "consider", "not encoded": "not_encoded"}


def status_of(text: str) -> str:
    """A status in plain words ("not required", "to be considered") or as the contract spells it."""
    return _STATUS_WORDS.get(text, text)


def determination_id(engine: Engine, name: str) -> str:
    """A determination named by its title ("Rapid review") or by its id (``rapid_review``)."""
    if name in engine.book.determinations:
        return name
    by_title = {spec.title.lower(): det_id for det_id, (spec, _) in engine.book.determinations.items()}
    if name.lower() not in by_title:
        raise AssertionError(f"the feature names an unknown determination {name!r}")
    return by_title[name.lower()]


def fact_name(phrase: str) -> str:
    """A fact named in the glossary's words or by its dotted name."""
    if phrase in CASE_FACTS:
        return phrase
    found = _plain_words().get(phrase.lower())
    if found is None:
        raise AssertionError(f"the feature names an unknown fact {phrase!r} (see the glossary)")
    return found[0]


SUBJECT = (parsers.parse("an {kind}"), parsers.parse("a {kind}"))
PARTNERSHIP = parsers.parse('the case is for the "{partnership}" partnership')
FACTS = ("the case facts:", "the facts:")
ASSESSED = parsers.parse('the case is assessed on "{day}"')
"""The Given steps that state a case, and the When step that assesses it: the step definitions
below, and ``scenario_case`` (which reads a scenario's case without running it), use these."""


@given(SUBJECT[0], target_fixture="case")
@given(SUBJECT[1], target_fixture="case")
def a_subject(kind: str) -> dict[str, Any]:
    assert kind in ("adult", "child"), f"a case is about an adult or a child, not {kind!r}"
    return {"subject": {"kind": kind}}


@given(PARTNERSHIP)
def for_partnership(case: dict[str, Any], partnership: str) -> None:
    case["partnership"] = partnership


@given(FACTS[0])
@given(FACTS[1])
def case_facts(case: dict[str, Any], datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert [h.strip() for h in header] == ["fact", "value"], "a facts table has the columns | fact | value |"
    for name, value in rows:
        set_fact(case, *plain_fact(name.strip(), value))


@when(ASSESSED, target_fixture="decision")
def assessed_on(case: dict[str, Any], day: str, engine: Engine, rule_coverage: Any) -> Decision:
    decision = engine.assess({**case, "assessment_date": day}, trace=True)
    rule_coverage.record(decision)
    return decision


@when(parsers.parse('the case is submitted on "{day}"'), target_fixture="refusal")
def submitted_on(case: dict[str, Any], day: str, engine: Engine) -> str:
    """Assess a case expected to be refused: the refusal's message, naming what is wrong."""
    try:
        decision = engine.assess({**case, "assessment_date": day})
    except (ValidationError, CaseRefusedError) as exc:
        return str(exc)
    raise AssertionError(f"the case was not refused: {[(d.id, d.status) for d in decision.determinations]}")


@then(parsers.parse('it is refused, naming "{text}"'))
def refused_naming(refusal: str, text: str) -> None:
    """The refusal names the field by its dotted name (integrators need it); the step may say it in
    the glossary's words ("the person's age"), which are read back to the field's name."""
    for phrase, (fact, _) in sorted(_plain_words().items(), key=lambda item: -len(item[0])):
        text = re.sub(re.escape(phrase), fact, text, flags=re.IGNORECASE)
    assert text in refusal, refusal


def _determination(decision: Decision, name: str) -> Determination:
    """The decision's determination named by its id or title; a name no ruleset knows fails the step."""
    det_id = next((d.id for d in decision.determinations if name in (d.id, d.title)), name)
    det = decision.determination(det_id)
    assert det is not None, f"no {det_id!r} determination; got {[d.id for d in decision.determinations]}"
    return det


@then(parsers.re(r'"(?P<det_id>[^"]+)" is "(?P<status>[\w ]+)"$'))
def determination_is(decision: Decision, det_id: str, status: str) -> None:
    det = _determination(decision, det_id)
    status = status_of(status)
    assert det.status == status, f"{det_id} is {det.status}, not {status}: {det.reason}"
    if status == "not_encoded":
        assert det.encoded and not det.rules, f"{det_id} is not encoded but says neither the period encoded nor nothing else"
    else:  # a "no" is a claim like any other: it names its rules and quotes the law
        assert det.rules, f"{det_id} is {status} with no rule behind it"
        assert any(c.quote for c in det.citations), f"{det_id} carries no quoted citation"
        assert all(c.quote or c.paraphrase for c in det.citations)


@then(parsers.parse('"{det_id}" is "undetermined", depending on {facts}'))
def undetermined_depending_on(decision: Decision, det_id: str, facts: str) -> None:
    det = _determination(decision, det_id)
    expected = sorted(fact_name(f) for f in re.findall(r'"([^"]+)"', facts))
    assert det.status == "undetermined", f"{det_id} is {det.status}: {det.reason}"
    assert sorted(det.depends_on) == expected, f"{det_id} depends on {det.depends_on}"
    for fact in expected:
        question = next((q for q in decision.questions if q.fact == fact), None)
        assert question is not None and det.id in question.decides, f"no question asks for {fact}"


@then(parsers.re(r'"(?P<det_id>[^"]+)" is at least "(?P<status>[\w ]+)"$'))
def at_least(decision: Decision, det_id: str, status: str) -> None:
    det = _determination(decision, det_id)
    assert det.at_least == status_of(status), f"{det_id} is at least {det.at_least}"


@then(parsers.parse('"{det_id}" was decided by the rule "{rule}"'))
@then(parsers.parse('"{det_id}" was decided by rule "{rule}"'))
def decided_by(decision: Decision, engine: Engine, det_id: str, rule: str) -> None:
    det = _determination(decision, det_id)
    assert rule_id(engine, rule) in det.rules, f"{det_id} was decided by {det.rules}"


@then(parsers.parse('"{det_id}" cites {source} "{provision}"'))
def cites(decision: Decision, det_id: str, source: str, provision: str) -> None:
    det = _determination(decision, det_id)
    found = [c for c in det.citations if c.source == source.strip('"') and c.provision == provision]
    assert found, f"{det_id} cites {[(c.source, c.provision) for c in det.citations]}"
    assert all(c.quote or c.paraphrase for c in found)


@then(parsers.parse('"{det_id}" is due on "{day}"'))
def due_on(decision: Decision, det_id: str, day: str) -> None:
    det = _determination(decision, det_id)
    assert det.due is not None and det.due.isoformat() == day, f"{det_id} is due {det.due} ({det.due_basis})"


@then(parsers.parse('"{det_id}" says its deadline\'s number is not yet verified'))
def due_unverified(decision: Decision, det_id: str) -> None:
    det = _determination(decision, det_id)
    assert det.due_basis is not None and det.due_basis.endswith(UNVERIFIED_COUNT), det.due_basis


@then(parsers.parse('"{det_id}" says nothing of its deadline being unverified'))
def due_verified(decision: Decision, det_id: str) -> None:
    det = _determination(decision, det_id)
    assert det.due_basis is not None and "UNVERIFIED" not in det.due_basis, det.due_basis


@then(parsers.parse('no question asks "{fact}"'))
def not_asked(decision: Decision, fact: str) -> None:
    fact = fact_name(fact)
    asked = [q.fact for q in decision.questions]
    assert fact not in asked, f"{fact} is asked: {asked}"


@then(parsers.parse('"{det_id}" follows "{followed}"'))
def follows(decision: Decision, engine: Engine, det_id: str, followed: str) -> None:
    det = _determination(decision, det_id)
    assert det.follows == determination_id(engine, followed), f"{det_id} follows {det.follows!r}"


@then(parsers.parse('"{det_id}" has no due date until "{fact}" is known'))
def no_due_yet(decision: Decision, det_id: str, fact: str) -> None:
    det = _determination(decision, det_id)
    fact = fact_name(fact)
    assert det.due is None and det.due_basis is not None and f"{fact} is not known" in det.due_basis, det.due_basis


@then(parsers.parse('there is no "{det_id}" determination'))
def no_determination(decision: Decision, engine: Engine, det_id: str) -> None:
    """Not listed; and where it is the case's own nation's (or partnership's), named as not applicable
    with a reason: never silently absent."""
    det_id = determination_id(engine, det_id)
    assert decision.determination(det_id) is None
    if engine.book.determinations[det_id][1] in {r.id for r in decision.rulesets}:
        named = {n.id: n.reason for n in decision.not_applicable}
        assert named.get(det_id), f"{det_id} is silently absent: not listed, and not named as not applicable"


@then(parsers.parse('"{det_id}" does not apply, because {words}'))
def not_applicable_because(decision: Decision, engine: Engine, det_id: str, words: str) -> None:
    """Named as not applicable, the reason giving the stated fact in these words."""
    det_id = determination_id(engine, det_id)
    reason = next((n.reason for n in decision.not_applicable if n.id == det_id), None)
    assert reason is not None, f"{det_id} is not named as not applicable"
    assert words.strip('"') in reason, reason


def scenario_case(steps: list[str], tables: list[list[list[str]]]) -> tuple[dict[str, Any], str]:
    """The case a scenario states and the day it is assessed on, read from its steps (its feature's
    Background first) by the same step definitions, without running it: what other tests take from
    a feature instead of copying its facts. Any other step before the assessment fails here, so a
    new way of stating a case is added here too."""
    case: dict[str, Any] = {}
    for step, table in zip(steps, tables, strict=True):
        text = step.partition(" ")[2]
        if ASSESSED.is_matching(text):
            return case, ASSESSED.parse_arguments(text)["day"]  # type: ignore[index]
        if (subject := next((p for p in SUBJECT if p.is_matching(text)), None)) is not None:
            case = a_subject(**subject.parse_arguments(text))  # type: ignore[arg-type]
        elif PARTNERSHIP.is_matching(text):
            for_partnership(case, **PARTNERSHIP.parse_arguments(text))  # type: ignore[arg-type]
        elif text in FACTS:
            case_facts(case, table)
        else:
            raise AssertionError(f"{step!r} does not state a case: scenario_case reads only the Given steps above")
    raise AssertionError("the scenario is never assessed")


def rule_id(engine: Engine, name: str) -> str:
    """A rule named by its title (the words of the rulebook) or by its id."""
    by_title = {b.rule.title.lower(): b.rule.id for b in engine.book.rules}
    ids = {b.rule.id for b in engine.book.rules}
    if name in ids:
        return name
    if name.lower() not in by_title:
        raise AssertionError(f"the feature names an unknown rule {name!r}")
    return by_title[name.lower()]


@then(parsers.parse('"{det_id}" requires "{text}"'))
def requires(decision: Decision, det_id: str, text: str) -> None:
    det = _determination(decision, det_id)
    assert any(text in r for r in det.requirements), f"{det_id} requires {det.requirements}"


@then(parsers.parse('"{det_id}" goes to "{recipient}"'))
def goes_to(decision: Decision, det_id: str, recipient: str) -> None:
    det = _determination(decision, det_id)
    assert recipient in det.recipients, f"{det_id} goes to {det.recipients}"


@then(parsers.parse('no "{partnership}" pathway is listed'))
def no_local_pathway(decision: Decision, partnership: str) -> None:
    local = [d.id for d in decision.determinations if d.id.startswith(f"{partnership}.")]
    assert not local, f"local pathways listed without the partnership: {local}"


def _joint(decision: Decision, engine: Engine, names: str, kind: str) -> None:
    """A joint (or single) review listing every named determination, each with its own duty-holder and
    the guidance quoted."""
    wanted = {determination_id(engine, n) for n in re.findall(r'"([^"]+)"', names)}
    found = [j for j in decision.joint_reviews if j.kind == kind and wanted <= set(j.determinations)]
    listed = [(j.kind, j.determinations) for j in decision.joint_reviews]
    assert found, f"no {kind} review of {sorted(wanted)}; listed: {listed}"
    joint = found[0]
    assert all(joint.duty_holders.get(d) for d in wanted), joint.duty_holders
    assert any(c.quote for c in joint.citations), f"{joint.id} quotes nothing"


@then(parsers.parse("{names} may be run together, each by its own body"))
def run_together(decision: Decision, engine: Engine, names: str) -> None:
    _joint(decision, engine, names, "joint_or_parallel")


@then(parsers.parse("one Single Unified Safeguarding Review runs {names}"))
def one_susr(decision: Decision, engine: Engine, names: str) -> None:
    _joint(decision, engine, names, "single_review")


@then("no reviews are listed to run together")
def none_together(decision: Decision) -> None:
    assert not decision.joint_reviews, [(j.id, j.determinations) for j in decision.joint_reviews]


_FORCE_WORDS = {
    "an Act": "act", "regulations": "regulations", "statutory guidance": "statutory_guidance",
    "guidance, not statute": "guidance", "local guidance": "local_guidance",
}


@then(parsers.parse('"{det_id}" rests on {force}'))
def rests_on(decision: Decision, det_id: str, force: str) -> None:
    """The strongest instrument it cites: whether it is law, or guidance a body follows."""
    det = _determination(decision, det_id)
    assert det.legal_force == _FORCE_WORDS[force], f"{det_id} rests on {det.legal_force}"


@then(parsers.parse('"{det_id}" is for "{actor}" to do'))
def done_by(decision: Decision, det_id: str, actor: str) -> None:
    det = _determination(decision, det_id)
    assert det.actor is not None and actor in det.actor, f"{det_id} is for {det.actor}"
