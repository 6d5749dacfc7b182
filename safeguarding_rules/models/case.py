"""A case: the facts a partnership knows when it must decide, and nothing that identifies anyone.

Facts are tri-state: ``True``, ``False`` or unknown (``None`` or absent). Unknown is never read as
false. Every model forbids unknown keys, so a name or an address cannot slip in under a new field.
The field descriptions quote the words of the law each fact stands for; they are also the fact
vocabulary that ruleset conditions are checked against (see ``safeguarding_rules.facts``).
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from enum import StrEnum
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt, model_validator
from pydantic_core import PydanticCustomError

TriState = StrictBool | None
"""True, False, or None for unknown: only JSON's `true` and `false`, never "yes", "off" or 0."""

EARLIEST_DATE = dt.date(1989, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
"""The dates a case may carry: from the year of the Children Act 1989 to the end of 2100. Nothing
encoded starts earlier, and a date beyond is a typing error (or an attack on the date arithmetic)."""


def _iso_date(value: Any) -> Any:
    """Only a `YYYY-MM-DD` string (or a date, from Python) is a date: never "0", a number or a timestamp."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    raise ValueError("a date is a string YYYY-MM-DD")


CaseDate = Annotated[
    dt.date,
    BeforeValidator(_iso_date),
    Field(ge=EARLIEST_DATE, le=LATEST_DATE, json_schema_extra={"format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}),
]
"""A date of the case: `YYYY-MM-DD`, from 1989-01-01 to 2100-12-31."""

class Knowledge(StrEnum):
    """How far a body knows or suspects something ("known or suspected"); null is unknown."""

    KNOWN = "known"
    SUSPECTED = "suspected"
    NOT_SUSPECTED = "not_suspected"


class Jurisdiction(StrEnum):
    """Where the case is decided: each nation has its own law of case reviews."""

    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


class SubjectKind(StrEnum):
    """A child is a person under 18 (Children Act 2004 s65); an adult is 18 or over."""

    CHILD = "child"
    ADULT = "adult"


class Outcome(StrEnum):
    """What happened to the subject."""

    DIED = "died"
    SERIOUSLY_HARMED = "seriously_harmed"
    HARMED = "harmed"
    NONE = "none"


class Location(StrEnum):
    """Where the incident happened, relative to the area of the body assessing (the local authority or
    partnership; in Wales, the regional Safeguarding Board), in whichever nation that area is:
    `in_area`, within that area (a Welsh Board's own area is `in_area`, never `outside_england`);
    `elsewhere_in_england`, in England outside that area; `outside_england`, neither in that area nor in
    England (for a Welsh Board: another Board's area in Wales, Scotland, Northern Ireland or abroad)."""

    IN_AREA = "in_area"
    ELSEWHERE_IN_ENGLAND = "elsewhere_in_england"
    OUTSIDE_ENGLAND = "outside_england"


class HarmKind(StrEnum):
    """Which of Working Together's descriptions of serious harm fits the harm, or `other`."""

    POTENTIALLY_LIFE_THREATENING_INJURY = "potentially_life_threatening_injury"
    SERIOUS_OR_LONG_TERM_IMPAIRMENT = "serious_or_long_term_impairment"
    OTHER = "other"


class Relationship(StrEnum):
    """Who the violence, abuse or neglect a death resulted from was by, as Domestic Violence, Crime and
    Victims Act 2004 s9(1) names them: a relative or (former) intimate partner, a household member, or another."""

    RELATIVE = "relative"
    INTIMATE_PARTNER = "intimate_partner"
    HOUSEHOLD_MEMBER = "household_member"
    OTHER = "other"


class Setting(StrEnum):
    """Where the child was: custody and secure or regulated settings carry duties of their own."""

    CUSTODY = "custody"
    SECURE_CHILDRENS_HOME = "secure_childrens_home"
    CHILDRENS_HOME = "childrens_home"
    MENTAL_HEALTH_DETENTION = "mental_health_detention"
    REGULATED_SETTING = "regulated_setting"
    HOME = "home"
    OTHER = "other"


class SeriousIndicator(StrEnum):
    """The Care and Support Statutory Guidance's examples of 'serious' abuse or neglect, or `other`."""

    LIKELY_DIED_BUT_FOR_INTERVENTION = "likely_died_but_for_intervention"
    PERMANENT_HARM = "permanent_harm"
    REDUCED_CAPACITY_OR_QUALITY_OF_LIFE = "reduced_capacity_or_quality_of_life"
    OTHER = "other"


JURISDICTIONS: tuple[str, ...] = tuple(j.value for j in Jurisdiction)

CHILD_AGE_LIMIT = 18
"""Children Act 2004 s65(1) (and Children Act 1989 s105(1)): "child" means a person under the age of eighteen."""

ADULT_AGE_PARAMETER = "parameter.adult_age"
"""The dated parameter by which a nation's ruleset sets the age from which a person is an `adult`
(Scotland's: 16, Adult Support and Protection (Scotland) Act 2007 s53(1)). Where no ruleset of the
case's nation sets it, an adult is 18 or over, the complement of a child."""

ADULT_AGE_SET_BY_RULESETS: frozenset[str] = frozenset({Jurisdiction.SCOTLAND.value})
"""Nations whose rulesets set their adult age (``ADULT_AGE_PARAMETER``). A case is validated before
any ruleset is known, so for these the model leaves an adult's age to the engine, which reads the
parameter's value on the case's date from the rulesets it loaded."""


LONDON = ZoneInfo("Europe/London")
"""Deadlines and regimes are English: "today" is the date in London, whatever the server's time zone."""


def _today() -> dt.date:
    return dt.datetime.now(LONDON).date()


ACTION: dict[str, Any] = {"x-records-action": True}
"""Marks a fact that records an action already taken (a review commissioned, the Panel notified):
learning it may change a settled status, as the action itself does; any other fact, once known, only
settles what was open (the knowledge monotonicity the property tests hold)."""


class _Facts(BaseModel):
    # Enum fields hold their plain values: facts are compared with ruleset values, which are strings.
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True)


class Subject(_Facts):
    """The child or adult the case is about (never their identity)."""

    kind: SubjectKind = Field(
        description="`child` (under 18) or `adult` (18 or over; in Scotland 16 or over, Adult Support and Protection (Scotland) Act 2007 s53)."
    )
    age: Annotated[StrictInt, Field(ge=0, le=130)] | None = Field(
        default=None,
        description=(
            "Age in whole years when it happened (for a death, the age at death: a domestic homicide review is "
            "for 'a person aged 16 or over', s9(1) of the 2004 Act), for age-bound rules."
        ),
    )
    looked_after: TriState = Field(default=None, description="A child looked after by a local authority.")
    care_leaver: TriState = Field(default=None, description="A care leaver.")
    care_and_support_needs: TriState = Field(
        default=None,
        description=(
            "Care Act 2014 s42(1)(a), s44(1): 'needs for care and support (whether or not the local "
            "authority has been meeting any of those needs)'."
        ),
    )
    in_area: TriState = Field(
        default=None,
        description=(
            "The adult is in the area of the board or local authority assessing: s44(1) 'an adult in its "
            "area'; s42(1) 'an adult in its area (whether or not ordinarily resident there)'."
        ),
    )
    known_to_childrens_social_care: TriState = Field(
        default=None,
        description=(
            "The family is known to children's social care because of a recent incident or current concern "
            "about abuse or neglect."
        ),
    )
    unable_to_protect_self: TriState = Field(
        default=None,
        description=(
            "Care Act 2014 s42(1)(c): 'as a result of those needs is unable to protect himself or herself "
            "against the abuse or neglect or the risk of it'."
        ),
    )
    learning_disability: TriState = Field(
        default=None,
        description=(
            "The person had a learning disability: NHS England's LeDeR programme asks that 'All deaths of "
            "people with a learning disability should be notified'."
        ),
    )
    autistic: TriState = Field(
        default=None,
        description="The person was autistic: LeDeR reviews the deaths of autistic adults too (from 2022).",
    )
    recently_registered_or_looked_after: TriState = Field(
        default=None,
        description=(
            "Wales: the child was on the child protection register or was looked after on any date in the 6 "
            "months before the death or injury (a concise review if not, an extended one if so: S.I. "
            "2015/1466 reg 4). For a person who has turned 18, only having been looked after counts (asked "
            "separately, as whether the person was a looked after child in the 6 months before)."
        ),
    )
    recently_looked_after: TriState = Field(
        default=None,
        description=(
            "Wales: the person was a looked after child on any date in the 6 months before the death or injury. "
            "The extended child practice review reaches 'a person who has turned 18 but was a looked after "
            "child' (S.I. 2015/1466 reg 4(4), as boards restate it); having been on the child protection "
            "register alone does not."
        ),
    )
    recently_protected: TriState = Field(
        default=None,
        description=(
            "Wales: in the 6 months before the event, a local authority decided, after enquiries under the "
            "2014 Act s126(2), to take action to protect the adult (a concise review if not, an extended one "
            "if so: S.I. 2015/1466 reg 4)."
        ),
    )
    adult_support_and_protection: TriState = Field(
        default=None,
        description="Scotland: the adult is, or was, subject to adult support and protection processes.",
    )
    child_or_sibling_registered_or_looked_after: TriState = Field(
        default=None,
        description=(
            "Northern Ireland: the child or a sibling is or has been on a HSC trust's child protection register, "
            "or looked after by an authority (SBNI Regulations 2012 reg 17(2)(b))."
        ),
    )


class Incident(_Facts):
    """What happened, where and when; dates select the regime in force."""

    outcome: Outcome | None = Field(
        default=None,
        description="What happened: `died`, `seriously_harmed`, `harmed` (its seriousness to be judged) or `none`; null if not known.",
    )
    occurred_on: CaseDate | None = Field(default=None, description="Selects the regime in force.")
    became_aware_on: CaseDate | None = Field(
        default=None, description="When the local authority became aware; selects children's regimes and starts deadlines."
    )
    panel_notified_on: CaseDate | None = Field(
        default=None, json_schema_extra=ACTION, description="When the incident was notified to the Child Safeguarding Practice Review Panel."
    )
    location: Location | None = Field(
        default=None,
        description=(
            "Where the incident happened, relative to the area of the body assessing, in any nation: `in_area` "
            "is within that area (for a Welsh Board, its own area in Wales: choose `in_area`, not "
            "`outside_england`), `elsewhere_in_england` is in England outside it, `outside_england` is "
            "neither in it nor in England (for a Welsh Board, another Board's area, Scotland, Northern Ireland "
            "or abroad). Children Act 2004 s16C(1) '(a) ... in the local authority's area, or (b) ... outside "
            "England'."
        ),
    )
    normally_resident_in_area: TriState = Field(
        default=None,
        description=(
            "The person normally lives in the area of the body assessing. Children Act 2004 s16C(1)(b): "
            "'normally resident in the area'; in Wales, harm outside a Board's area to a child or adult who "
            "normally lives in it is the Board's to consider for a practice review (S.I. 2015/1466 reg 4(3))."
        ),
    )
    normally_resident_in_england: TriState = Field(
        default=None,
        description=(
            "The child is normally resident in some local authority area in England (this one or another): "
            "a child harmed outside England is then notified by the home authority (Children Act 2004 "
            "s16C(1)(b)), and the case is one the Panel considers."
        ),
    )
    suspected_suicide: TriState = Field(
        default=None,
        description=(
            "The death is a suspected suicide. For a child, Working Together 2015 'Regulation 5(2)(b)(i) includes "
            "cases where a child died by suspected suicide' (abuse or neglect must still be known or suspected); "
            "for a person of 16 or over, a suicide after domestic abuse may call for a domestic homicide review."
        ),
    )
    harm_judged_serious: TriState = Field(
        default=None,
        description=(
            "For a harmed child whose harm is of no kind Working Together lists: the body judges it serious "
            "harm. Working Together's description 'is not an exhaustive list' and 'even if a child recovers, "
            "serious harm may still have occurred', so other harm is a matter of judgement."
        ),
    )
    responsible_relationship: Relationship | None = Field(
        default=None,
        description=(
            "For a death from violence, abuse or neglect: who it was by, as related to the person who died. "
            "Domestic Violence, Crime and Victims Act 2004 s9(1): '(a) a person to whom he was related or with "
            "whom he was or had been in an intimate personal relationship, or (b) a member of the same household'."
        ),
    )
    domestic_abuse_before_death: TriState = Field(
        default=None,
        description=(
            "For a death by suicide: the person had been subjected to domestic abuse (for example coercive, "
            "controlling behaviour) by a relative, partner or household member, so the circumstances give rise "
            "to concern (the 2016 domestic homicide review guidance, as local guidance restates it)."
        ),
    )
    impairment_permanent: TriState = Field(
        default=None,
        description=(
            "For serious impairment of health or development: it is permanent. Wales's practice reviews need "
            "'serious and permanent impairment' (S.I. 2015/1466 reg 4(3)(a)(iii))."
        ),
    )
    harm_kind: HarmKind | None = Field(
        default=None,
        description=(
            "For a harmed child, which of Working Together's descriptions of serious harm fits: a potentially "
            "life-threatening injury, or serious and/or long-term impairment of health or development."
        ),
    )
    setting: Setting | None = Field(
        default=None,
        description=(
            "Where the child was: Working Together 2015 'an SCR should always be carried out when a child dies "
            "in custody, ... in a secure training centre or a secure children's home, or where the child was "
            "detained under the Mental Health Act'; and deaths in regulated settings are notifiable incidents."
        ),
    )


class Concerns(_Facts):
    """Concerns about how agencies worked together."""

    agencies_working_together: TriState = Field(
        default=None,
        description=(
            "There is cause for concern about how the agencies worked together to safeguard the person. "
            "For an adult, Care Act 2014 s44(1)(a): 'reasonable cause for concern about how the SAB, members "
            "of it or other persons with relevant functions worked together to safeguard the adult'; for a "
            "child, LSCB Regulations 2006 reg 5(2)(b)(ii): 'cause for concern as to the way in which the "
            "authority, their Board partners or other relevant persons have worked together to safeguard the child'."
        ),
    )
    single_agency: TriState = Field(
        default=None,
        description=(
            "There is concern about the actions of a single agency: a circumstance Working Together asks the "
            "safeguarding partners to have regard to in deciding whether to carry out a local review."
        ),
    )
    no_agency_involvement: TriState = Field(
        default=None,
        description=(
            "No agency was involved with the child and family, and that itself gives cause for concern: a "
            "circumstance Working Together asks the safeguarding partners to have regard to in deciding on a "
            "local review."
        ),
    )
    board_member_effectiveness: TriState = Field(
        default=None,
        description=(
            "Northern Ireland: the Safeguarding Board has concerns about how effectively a person or body "
            "represented on it safeguarded and promoted the welfare of children (SBNI Regulations 2012 reg 17(2)(c))."
        ),
    )


class Learning(_Facts):
    """Review criteria of SI 2018/789 regs 3 and 11, Working Together, and local triggers."""

    improvements_needed: TriState = Field(
        default=None,
        description=(
            "SI 2018/789 regs 3(a) and 11(a): the case 'highlights or may highlight improvements needed to "
            "safeguard and promote the welfare of children, including where those improvements have been "
            "previously identified'."
        ),
    )
    recurrent_themes: TriState = Field(
        default=None,
        description=(
            "SI 2018/789 regs 3(c) and 11(b): the case 'highlights or may highlight recurrent themes in the "
            "safeguarding and promotion of the welfare of children'."
        ),
    )
    panel_advised_local_review: TriState = Field(
        default=None,
        description=(
            "SI 2018/789 reg 11(d): the case 'is one which the Child Safeguarding Practice Review Panel have "
            "considered and concluded a local review may be more appropriate'."
        ),
    )
    legislative_or_guidance_change: TriState = Field(
        default=None,
        description=(
            "SI 2018/789 reg 3(b): the case 'raises or may raise issues requiring legislative change or "
            "changes to guidance issued under or further to any enactment'."
        ),
    )
    complex_or_national_importance: TriState = Field(
        default=None,
        description=(
            "Children Act 2004 s16B(1)(a): the case is one of the 'serious child safeguarding cases in England "
            "which raise issues that are complex or of national importance', for which the Panel considers "
            "a national review."
        ),
    )
    multiple_areas: TriState = Field(
        default=None,
        description=(
            "More than one local authority, police area or health area is involved in the case: a circumstance "
            "Working Together asks the safeguarding partners to have regard to in deciding on a local review."
        ),
    )
    institutional_setting: TriState = Field(
        default=None,
        description=(
            "The case raises issues about children in institutional settings: a circumstance Working Together "
            "asks the safeguarding partners to have regard to in deciding on a local review."
        ),
    )
    lessons_to_learn: TriState = Field(
        default=None,
        description=(
            "There are 'lessons to be learnt' from the case for working within or between agencies: a local "
            "trigger some partnerships use (e.g. Derbyshire's Serious Incident Learning Review, Darlington's "
            "referrals); national rules do not read it."
        ),
    )
    effective_practice: TriState = Field(
        default=None,
        description=(
            "The bodies worked effectively together and there is outstanding positive learning from the case "
            "(Northern Ireland's good-practice case management review, SBNI Regulations 2012 reg 17(3))."
        ),
    )


class Review(_Facts):
    """Decisions already taken about reviews, on which follow-on duties (publication, timescales) turn."""

    scr_initiated_on: CaseDate | None = Field(default=None, json_schema_extra=ACTION, description="When the LSCB initiated the Serious Case Review.")
    scr_concluded_on: CaseDate | None = Field(default=None, json_schema_extra=ACTION, description="When the Serious Case Review concluded.")
    local_cspr_commissioned: TriState = Field(
        default=None, json_schema_extra=ACTION, description="The safeguarding partners decided to carry out a local child safeguarding practice review."
    )
    national_review_arranged: TriState = Field(
        default=None, json_schema_extra=ACTION, description="The Panel arranged a national review of the case under s16B."
    )
    csp_told_on: CaseDate | None = Field(
        default=None,
        json_schema_extra=ACTION,
        description=(
            "When the Community Safety Partnership was told of a death that may call for a domestic homicide "
            "review (the police should inform it in writing); its decision runs from this date."
        ),
    )
    dhr_established: TriState = Field(
        default=None,
        json_schema_extra=ACTION,
        description="The Community Safety Partnership has decided to establish a domestic homicide review.",
    )


class Case(_Facts):
    """The request body of ``POST /assess`` and the argument of ``assess()``."""

    case_ref: Annotated[str, Field(max_length=64, pattern=r"^[A-Za-z0-9._/-]+$")] | None = Field(
        default=None, description="A pseudonymous reference; never a name."
    )
    partnership: Annotated[str, Field(max_length=64, pattern=r"^[a-z0-9_-]+$")] | None = Field(
        default=None, description="A known partnership id; adds its local pathways to the national rules."
    )
    assessment_date: CaseDate = Field(
        default_factory=_today,
        description="'Now' for the decision (YYYY-MM-DD); by default today's date in Europe/London, not the server's time zone.",
    )
    subject: Subject = Field(
        description="The child or adult the case is about (never their identity); `subject.kind` is required."
    )
    incident: Incident = Field(
        default_factory=Incident,
        description="What happened, where and when; its dates select the law in force and start the deadlines.",
    )
    abuse_or_neglect: Knowledge | None = Field(
        default=None, description="'abuse or neglect ... is known or suspected'."
    )
    at_risk_of_abuse_or_neglect: TriState = Field(
        default=None,
        description=(
            "The person is experiencing, or is at risk of, abuse or neglect: for an adult, Care Act 2014 s42(1)(b) "
            "'is experiencing, or is at risk of, abuse or neglect'; for a child in Scotland, 'at risk of death or "
            "significant harm' in the learning review guidance's scope."
        ),
    )
    self_neglect: TriState = Field(
        default=None,
        description=(
            "The abuse or neglect known or suspected is self-neglect (Care and Support Statutory Guidance "
            "ch.14: 'self-neglect may not prompt a section 42 enquiry')."
        ),
    )
    death_resulted_from_abuse_or_neglect: Knowledge | None = Field(
        default=None,
        description=(
            "Whether the death resulted from abuse or neglect: Care Act 2014 s44(2)(b) 'the SAB knows or suspects "
            "that the death resulted from abuse or neglect'; for a domestic homicide review, s9(1) of the 2004 Act "
            "'has, or appears to have, resulted from violence, abuse or neglect' (`suspected` where it appears to)."
        ),
    )
    serious_abuse_or_neglect: Knowledge | None = Field(
        default=None,
        description="Care Act 2014 s44(3)(b): 'the SAB knows or suspects that the adult has experienced serious abuse or neglect'.",
    )
    serious_abuse_or_neglect_indicator: SeriousIndicator | None = Field(
        default=None,
        description=(
            "Which of the Care and Support Statutory Guidance examples of 'serious' abuse or neglect "
            "describes the harm; `other` is left to the SAB's judgement."
        ),
    )
    concerns: Concerns = Field(
        default_factory=Concerns,
        description=(
            "Concerns about how agencies acted, or worked together, to safeguard the subject "
            "(or that no agency was involved)."
        ),
    )
    learning: Learning = Field(
        default_factory=Learning,
        description=(
            "What the case may teach: the review criteria of SI 2018/789 regs 3 and 11, the circumstances "
            "Working Together asks partners to have regard to, and partnerships' local triggers."
        ),
    )
    review: Review = Field(
        default_factory=Review,
        description=(
            "Decisions already taken about reviews of this case (an SCR begun or concluded, a local or national "
            "review commissioned); follow-on duties such as publication and their deadlines turn on them."
        ),
    )
    jurisdiction: Jurisdiction = Field(
        default=Jurisdiction.ENGLAND,
        validate_default=True,
        description=(
            "Where the case is decided: `england` (the default), `wales`, `scotland` or `northern_ireland`. "
            "A case is assessed only against rulesets of its own jurisdiction; one with none is refused."
        ),
    )

    @model_validator(mode="after")
    def _possible(self) -> Case:
        """Refuse a case that cannot happen, naming its fields, rather than decide on it."""
        problems = _impossibilities(self)
        if problems:
            # ``fields`` names the field at fault in each problem, so that a refusal lists each one where
            # it is (``safeguarding_rules.errors.reported_errors``), not only in the words.
            raise PydanticCustomError(
                "impossible_case", "{problems}",
                {"problems": "; ".join(problems), "fields": [problem_field(p) for p in problems]},
            )
        return self


def problem_field(problem: str) -> str:
    """The dotted field a contradiction (as ``contradictions`` words it) is about: the field it starts
    with (``subject.age: ...``, or the later date of ``X is before Y``)."""
    return re.split(r"[: ]", problem, maxsplit=1)[0]


def _impossibilities(case: Case) -> list[str]:
    """Each contradiction between the case's facts, in words naming the fields involved."""
    facts = {
        "subject.kind": case.subject.kind,
        "subject.age": case.subject.age,
        "jurisdiction": case.jurisdiction,
        "assessment_date": case.assessment_date,
        "review.csp_told_on": case.review.csp_told_on,
        "incident.occurred_on": case.incident.occurred_on,
        "incident.became_aware_on": case.incident.became_aware_on,
        "incident.panel_notified_on": case.incident.panel_notified_on,
        "review.scr_initiated_on": case.review.scr_initiated_on,
        "review.scr_concluded_on": case.review.scr_concluded_on,
    }
    return contradictions(facts)


def contradictions(facts: typing.Mapping[str, typing.Any]) -> list[str]:
    """Each contradiction between facts given by dotted name (unknown or absent facts contradict
    nothing), in words naming the fields involved. The conflict check uses it too, so a case the
    model would refuse is never offered as a counter-example. An adult's age is checked here only
    where the nation's adult age is not its rulesets' to set (``ADULT_AGE_SET_BY_RULESETS``)."""
    problems: list[str] = []
    kind, age = facts.get("subject.kind"), facts.get("subject.age")
    if not isinstance(age, int) or isinstance(age, bool):
        age = None
    if kind == "child" and age is not None and age >= CHILD_AGE_LIMIT:
        problems.append(
            f"subject.age: a child is a person under the age of {CHILD_AGE_LIMIT} (Children Act 2004 s65), "
            "but subject.kind is child and subject.age is 18 or more"
        )
    if facts.get("jurisdiction") not in ADULT_AGE_SET_BY_RULESETS:
        problems.extend(too_young_for_an_adult(kind, age, CHILD_AGE_LIMIT))
    problems.extend(out_of_order(facts))
    return problems


def too_young_for_an_adult(kind: typing.Any, age: typing.Any, adult_from: int | None) -> list[str]:
    """The contradiction of an `adult` younger than the age from which the nation counts one (none
    while that age is not known, as before the law that sets it)."""
    if kind != "adult" or not isinstance(age, int) or isinstance(age, bool) or adult_from is None or age >= adult_from:
        return []
    return [f"subject.age: an adult is {adult_from} or over, but subject.kind is adult and subject.age is under {adult_from}"]


DATE_ORDER: tuple[tuple[str, str], ...] = (
    ("incident.occurred_on", "incident.became_aware_on"),
    ("incident.became_aware_on", "incident.panel_notified_on"),
    ("incident.occurred_on", "incident.panel_notified_on"),
    ("incident.occurred_on", "review.scr_initiated_on"),
    ("incident.occurred_on", "review.scr_concluded_on"),
    ("review.scr_initiated_on", "review.scr_concluded_on"),
    ("incident.occurred_on", "review.csp_told_on"),
    ("review.csp_told_on", "assessment_date"),
    ("incident.occurred_on", "assessment_date"),
    ("incident.became_aware_on", "assessment_date"),
    ("incident.panel_notified_on", "assessment_date"),
    ("review.scr_initiated_on", "assessment_date"),
    ("review.scr_concluded_on", "assessment_date"),
)
"""Pairs of case dates where the second cannot come before the first: one cannot become aware of an
incident before it happens, notify it before becoming aware, review it before it happens, or record
any of them after the day the case is assessed."""

DATE_BOUNDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "incident.occurred_on": ((), ("incident.became_aware_on", "assessment_date")),
    "incident.became_aware_on": (("incident.occurred_on",), ("assessment_date",)),
}
"""For a date the case leaves unknown but which has certainly passed by the assessment (the incident
happened, and the authority assessing it is aware of it): the dates it lies between. A test of it
that holds, or fails, for every day in between is decided without asking (a case assessed in 2016
was known about before the Panel existed). Notification and review dates are not bounded: unknown,
they may not have happened yet."""


def out_of_order(dates: typing.Mapping[str, typing.Any]) -> list[str]:
    """The pairs of known dates that break ``DATE_ORDER``, in words."""
    return [
        f"{second} is before {first}"
        for first, second in DATE_ORDER
        if isinstance(dates.get(first), dt.date) and isinstance(dates.get(second), dt.date) and dates[second] < dates[first]
    ]
