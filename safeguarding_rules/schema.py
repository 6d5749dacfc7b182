"""The schema of ruleset and sources files: what a policy lead writes, checked strictly.

One schema version is pinned (``SCHEMA_RULESET``); every model forbids unknown keys so a misspelt
key is an error, never an ignored line.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from safeguarding_rules.models.decision import DeterminationKind, JointReviewKind, LegalForce, Status
from safeguarding_rules.models.decision import VerificationStatus as _VerificationStatus
from safeguarding_rules.operators import OPERATOR_NAMES, OPERATORS

SCHEMA_RULESET = "safeguarding-rules/ruleset/v1"
SCHEMA_SOURCES = "safeguarding-rules/sources/v1"

# Each set of values is declared once, as an enum of the decision contract (models/decision.py); the
# file format takes the same values as literal strings.
ConcludedStatus = Literal[tuple(s.value for s in Status if s not in (Status.UNDETERMINED, Status.NOT_ENCODED))]  # type: ignore[misc]
"""What a rule may conclude: every status but those only a decision gives (undetermined, not encoded)."""
CONCLUDED_STATUSES: tuple[str, ...] = get_args(ConcludedStatus)
VerificationStatus = Literal[tuple(v.value for v in _VerificationStatus)]  # type: ignore[misc]
Operator = Literal[OPERATOR_NAMES]  # type: ignore[valid-type]  # the names of operators.OPERATORS

RuleId = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", max_length=80)]
Name = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*$", max_length=120)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
RULESET_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*$"
RulesetId = Annotated[str, StringConstraints(pattern=RULESET_ID_PATTERN, max_length=200)]
"""A ruleset's id: its file's path in the folder it is loaded from, without `.yaml` (`england/care-act-2014-s44`)."""
FormerRulesetId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_./-]*$", max_length=200)]
Scalar = bool | int | str | dt.date



class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class FactRef(_Strict):
    """A test value that is another fact of the same case (or a setting), e.g. ``{fact: setting.x}``."""

    fact: Name


class Condition(_Strict):
    """A condition: ``all`` or ``any`` of sub-conditions, or one test of one fact.

    In a file a test is written ``fact: value`` (equality) or ``fact: {operator: value}``,
    e.g. ``abuse_or_neglect: {in: [known, suspected]}``. A value may be another fact or a setting,
    ``{before: {fact: setting.partner_arrangements_from}}``. ``unless_known_to_be`` holds unless the
    fact is known to have that value: it encodes guidance that acts "unless there is definitive
    evidence" of the contrary, so an unknown fact does not hold it up. ``known_to_be`` is its mirror,
    for a record of a decision already taken (a review commissioned): until it is recorded it has
    not been taken, so an unknown fact makes the test false rather than unknown.
    ``unless_known_before`` holds unless a date is known to be before the value: an event not yet
    recorded (a review still to conclude) will happen after the case is assessed.
    """

    all: list[Condition] | None = None
    any: list[Condition] | None = None
    fact: Name | None = None
    op: Operator | None = None
    value: FactRef | Scalar | list[Scalar] | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if not isinstance(data, dict) or len(data) != 1:
            if isinstance(data, dict) and not set(data) & {"all", "any", "fact"}:
                raise ValueError("a condition is one `fact: value`, `all: [...]` or `any: [...]`")
            return data
        key, value = next(iter(data.items()))
        if key in ("all", "any"):
            return data
        if isinstance(value, dict):
            if len(value) != 1:
                raise ValueError(f"the test of {key!r} must be one operator, e.g. {{in: [a, b]}}")
            op, operand = next(iter(value.items()))
            return {"fact": key, "op": op, "value": operand}
        return {"fact": key, "op": "is", "value": value}

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        forms = [self.all is not None, self.any is not None, self.fact is not None]
        if sum(forms) != 1:
            raise ValueError("a condition is exactly one of: a fact test, `all`, `any`")
        if self.fact is not None:
            if self.op is None or self.value is None:
                raise ValueError(f"the test of {self.fact!r} needs a value")
            operator = OPERATORS[self.op]
            if operator.takes_list != isinstance(self.value, list):
                raise ValueError(f"`{self.op}` takes {'a list' if operator.takes_list else 'one value'}")
            if isinstance(self.value, FactRef) and not operator.compares_with_fact:
                raise ValueError(f"`{self.op}` cannot compare with another fact")
        for group in (self.all, self.any):
            if group is not None and not group:
                raise ValueError("`all` and `any` need at least one condition")
        return self

    def describe(self) -> str:
        """The test in words, for traces and features."""
        return self.words

    @cached_property
    def words(self) -> str:
        """Computed once: conditions are immutable."""
        if self.fact is None:
            return "all of" if self.all is not None else "any of"
        values = self.value if isinstance(self.value, list) else [self.value]
        shown = ", ".join(_show(v) for v in values if v is not None)
        return f"{self.fact} {OPERATORS[self.op or 'is'].code_words} {shown}"

    @property
    def ref(self) -> str | None:
        """The other fact a test compares with, if any."""
        return self.value.fact if isinstance(self.value, FactRef) else None

    def facts(self) -> set[str]:
        """Every fact the condition reads."""
        if self.fact is not None:
            return {self.fact} | ({self.ref} if self.ref else set())
        return set().union(*(c.facts() for c in (self.all or self.any or [])))


def _show(value: FactRef | Scalar) -> str:
    if isinstance(value, FactRef):
        return value.fact
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Effective(_Strict):
    """When a rule is in force, judged on one date fact of the case, and within which era.

    ``while`` is the period the ruleset's source describes when it is not a fixed date, e.g. an
    LSCB's page applies ``while: {child.partner_arrangements_in_place: false}``: every rule and
    determination of the ruleset holds only within it, and ``safeguarding-rules check`` reports a
    rule that could conclude a positive status outside it.
    """

    from_: dt.date | None = Field(default=None, alias="from")
    to: dt.date | None = None
    date_fact: Name | None = Field(
        default=None, description="The case date that decides whether the rule is in force."
    )
    while_: Condition | None = Field(
        default=None, alias="while", description="The era the source describes, as a condition on facts."
    )

    @model_validator(mode="after")
    def _ordered(self) -> Effective:
        if self.from_ and self.to and self.to < self.from_:
            raise ValueError("`to` is before `from`")
        return self


class CitationRef(_Strict):
    """A pinpoint in a registered source and the verbatim words of that provision.

    Only legislation and government guidance (Crown copyright, Open Government Licence) are quoted;
    a partnership's own page is cited with a ``paraphrase`` and a ``locator`` naming the sentence.
    """

    source: Name
    provision: NonEmpty
    quote: NonEmpty | None = None
    paraphrase: NonEmpty | None = None
    status: VerificationStatus
    url: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _quote_or_paraphrase(self) -> CitationRef:
        if (self.quote is None) == (self.paraphrase is None):
            raise ValueError("a citation has a verbatim `quote` (legislation, government guidance) or a `paraphrase` (other sources), not both")
        return self


ParameterName = Annotated[str, StringConstraints(pattern=r"^parameter\.[a-z][a-z0-9_]*$", max_length=120)]
"""A dated parameter, referred to by name: ``parameter.panel_notification_working_days``."""


class ParameterValue(_Strict):
    """A parameter's value from a date on (until the next value's date)."""

    from_: dt.date = Field(alias="from")
    value: Annotated[int, Field(ge=0, le=10_000)] | dt.date


class Parameter(_Strict):
    """A number the law sets (a deadline's working days, an age limit), declared once with the dates
    each value applies from and the provision that sets it (as OpenFisca's parameters are)."""

    description: NonEmpty
    date_fact: Name | None = Field(
        default=None, description="The case date that picks the value in force (default: the ruleset's)."
    )
    values: Annotated[list[ParameterValue], Field(min_length=1)] | None = None
    value: Annotated[int, Field(ge=0, le=10_000)] | dt.date | None = Field(
        default=None, description="A value that never changed (a regime's start date), instead of dated `values`."
    )
    citation: CitationRef

    @model_validator(mode="after")
    def _dated_in_order(self) -> Parameter:
        if (self.values is None) == (self.value is None):
            raise ValueError("a parameter has either one `value` or dated `values`")
        if self.values is not None:
            dates = [v.from_ for v in self.values]
            if dates != sorted(set(dates)):
                raise ValueError("a parameter's values are listed by their `from` dates, earliest first, each date once")
            if len({type(v.value) for v in self.values}) > 1:
                raise ValueError("a parameter's values are all numbers or all dates")
        return self

    @property
    def latest(self) -> int | dt.date:
        """The value in force now (the last one declared)."""
        return self.value if self.value is not None else self.values[-1].value  # type: ignore[index]

    @property
    def is_date(self) -> bool:
        return isinstance(self.latest, dt.date)

    def value_on(self, day: dt.date | None) -> int | dt.date | None:
        """The value in force on ``day``; on an unknown day, the value only if every period agrees."""
        if self.value is not None:
            return self.value
        values = self.values or []
        if day is None:
            distinct = {v.value for v in values}
            return distinct.pop() if len(distinct) == 1 else None
        in_force = [v.value for v in values if v.from_ <= day]
        return in_force[-1] if in_force else None


class Deadline(_Strict):
    """A deadline N working days (the date itself is day 0) or N calendar months after a case date.

    ``after`` names a date fact, or a setting whose value names the date fact (so a partnership can
    choose, for example, when the rapid-review clock starts). N is a number, or a dated parameter
    (``parameter.<name>``) declared once with its citation.
    """

    working_days: Annotated[int, Field(ge=1, le=366)] | ParameterName | None = None
    months: Annotated[int, Field(ge=1, le=60)] | ParameterName | None = None
    after: Name
    label: NonEmpty

    @model_validator(mode="after")
    def _one_unit(self) -> Deadline:
        if (self.working_days is None) == (self.months is None):
            raise ValueError("a deadline is either `working_days` or `months`")
        return self

    def describe(self) -> str:
        return f"{self.working_days} working days" if self.working_days else f"{self.months} month(s)"


class Conclusion(_Strict):
    """What a rule concludes: a status for a determination, or a derived fact other rules read."""

    determination: Name | None = None
    status: ConcludedStatus | None = None
    reason: str | None = None
    actor: str | None = None
    recipients: list[NonEmpty] | None = None
    requirements: list[NonEmpty] | None = Field(
        default=None, description="Conditions attached to how the duty is carried out (e.g. a review's principles)."
    )
    due: Deadline | None = None
    fact: Name | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Conclusion:
        if (self.determination is None) == (self.fact is None):
            raise ValueError("a rule concludes either a `determination` (with a `status`) or a `fact`")
        if self.determination is not None and (self.status is None or not self.reason):
            raise ValueError("a determination conclusion needs a `status` and a `reason`")
        if self.fact is not None and any(
            v is not None for v in (self.status, self.due, self.actor, self.recipients, self.requirements)
        ):
            raise ValueError("a fact conclusion takes no status, actor, recipients, requirements or deadline (a `reason` is kept for the record)")
        return self

    def describe(self) -> str:
        return f"{self.determination} is {self.status}" if self.determination else f"{self.fact} is true"


class Rule(_Strict):
    """One rule: conditions over named facts, what they conclude, and the law that says so."""

    id: RuleId
    title: NonEmpty
    when: Condition | None = None
    then: Conclusion
    effective: Effective | None = None
    citations: Annotated[list[CitationRef], Field(min_length=1)]


class Otherwise(_Strict):
    """The status when no rule concludes anything and none turns on an unknown."""

    status: ConcludedStatus = "not_required"
    reason: NonEmpty


class SettingSpec(_Strict):
    """A value a partnership may set, with its default and the law or guidance behind the default."""

    type: Literal["date", "fact"]
    default: dt.date | Name
    choices: list[Name] | None = Field(default=None, description="For a `fact` setting: the date facts it may name.")
    description: NonEmpty
    citation: CitationRef

    @model_validator(mode="after")
    def _default_fits(self) -> SettingSpec:
        if self.type == "date" and not isinstance(self.default, dt.date):
            raise ValueError("a date setting needs a date default (YYYY-MM-DD)")
        if self.type == "fact" and (not self.choices or self.default not in self.choices):
            raise ValueError("a fact setting needs `choices`, and its default must be one of them")
        return self


class DeterminationSpec(_Strict):
    """A review, enquiry or notification that rules decide."""

    title: NonEmpty
    kind: Literal[tuple(k.value for k in DeterminationKind)]  # type: ignore[misc]
    actor: NonEmpty
    recipients: list[NonEmpty] | None = None
    applies_when: Condition | None = Field(
        default=None, description="Listed for a case unless this is false (unknown still lists it)."
    )
    follows: list[Name] | None = Field(
        default=None,
        description=(
            "A follow-on duty (publication of a review, a briefing after it): the determination(s) it follows. "
            "It is listed as soon as one of them is `required`, naming it; its due date stays empty until "
            "the date its deadline runs from is known."
        ),
    )
    otherwise: Otherwise
    done_when: Name | None = Field(
        default=None,
        description=(
            "The case fact that records the duty done (e.g. `incident.panel_notified_on`): the decision record "
            "lists a required duty as due until a later assessment's facts record it."
        ),
    )

    @model_validator(mode="before")
    @classmethod
    def _one_or_more(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("follows"), str):
            return {**data, "follows": [data["follows"]]}
        return data


class SettingValue(_Strict):
    """A partnership's value for a national setting, and where it comes from."""

    value: dt.date | Name
    basis: NonEmpty = Field(description="Where the value comes from, or that it is the flagged national default.")
    from_partnership_page: bool = Field(
        description="False where the partnership's pages do not give the value and the national default stands in."
    )


class Change(_Strict):
    """One change to a ruleset: the version it made, when, and why."""

    version: NonEmpty
    date: dt.date
    reason: NonEmpty


class JointReviewSpec(_Strict):
    """Reviews a case can meet together, and what guidance says about running them as one.

    Each review keeps its own duty-holder: this says only when a joint (or single) review is open to
    them, quoting the guidance. It is listed once every one of ``each_of`` and at least one of
    ``any_of`` (when given) are in play, whatever their status short of not_required."""

    title: NonEmpty
    each_of: list[Name] = Field(default_factory=list, description="Determinations that must all be in play.")
    any_of: list[Name] = Field(default_factory=list, description="Determinations at least one of which must be in play.")
    when: Condition | None = Field(default=None, description="Further conditions on the case (unknown still lists it).")
    kind: Literal[tuple(k.value for k in JointReviewKind)] = Field(  # type: ignore[misc]
        description=(
            "`joint_or_parallel`: the bodies may run them jointly or in parallel, no body leads by law; "
            "`single_review`: one review process runs them all (Wales's Single Unified Safeguarding Review)."
        )
    )
    says: NonEmpty = Field(description="What is open to the bodies, in plain words.")
    citations: Annotated[list[CitationRef], Field(min_length=1)]

    @model_validator(mode="after")
    def _some(self) -> JointReviewSpec:
        if not self.each_of and not self.any_of:
            raise ValueError("a joint review names its determinations in `each_of`, `any_of` or both")
        return self


class RulesetFile(_Strict):
    """A ruleset file: one statutory regime, named for its instrument and commencement."""

    schema_: Literal["safeguarding-rules/ruleset/v1"] = Field(alias="schema")
    id: RulesetId = Field(
        description=(
            "The file's path in the folder it is loaded from, without `.yaml` (`england/care-act-2014-s44`), "
            "set by the loader: a file need not state it, and one that does must state its path."
        )
    )
    formerly: list[FormerRulesetId] = Field(
        default_factory=list,
        description="Ids the ruleset had before (an old `id:`, or its path before a move): still answered where a client names one.",
    )
    title: NonEmpty
    version: NonEmpty
    jurisdiction: Name | list[Name] = Field(
        description=(
            "The jurisdiction(s) whose cases it decides: `england`, or a list where one law runs in "
            "several (a domestic homicide review's s9 in `[england, wales]`)."
        )
    )
    partnership: Name | None = Field(
        default=None, description="Set on a partnership's local overlay: its rules apply only to its cases."
    )
    description: str | None = None
    changelog: list[Change] = Field(
        default_factory=list, description="Each change to the file, newest first; the first names the current `version`."
    )
    effective: Effective
    precedence: list[ConcludedStatus] | None = Field(
        default=None,
        description=(
            "Which status wins when rules of one of this file's determinations hold together, strongest "
            "first (a DMN 'priority' hit policy), e.g. [required, consider, discretionary, not_required]. "
            "Required in a file that declares determinations."
        ),
    )
    determinations: dict[Name, DeterminationSpec] = Field(default_factory=dict)
    parameters: dict[Name, Parameter] = Field(
        default_factory=dict, description="Dated parameters, read by rules as `parameter.<name>`."
    )
    facts: dict[Name, NonEmpty] = Field(
        default_factory=dict, description="Derived facts this ruleset's rules conclude, with their meaning."
    )
    presumptions: dict[Name, NonEmpty] = Field(
        default_factory=dict,
        description=(
            "Case facts this ruleset's conditions presume until the case states otherwise (tested with "
            "`unless_known_to_be` or `unless_known_before`), each with its basis in law: learning such a "
            "fact may change a settled status, and only such a fact (or one recording an action) may."
        ),
    )
    settings: dict[Name, SettingSpec] = Field(
        default_factory=dict, description="Settings, read by rules as `setting.<name>` facts."
    )
    setting_values: dict[Name, SettingValue] = Field(
        default_factory=dict, description="A partnership overlay's values for national settings."
    )
    joint_reviews: dict[Name, JointReviewSpec] = Field(
        default_factory=dict, description="Reviews a case can meet together, and how guidance lets them be run."
    )
    rules: Annotated[list[Rule], Field(min_length=1)]

    @property
    def jurisdictions(self) -> tuple[str, ...]:
        """The jurisdictions it decides for, as a tuple however the file wrote them."""
        return (self.jurisdiction,) if isinstance(self.jurisdiction, str) else tuple(self.jurisdiction)

    @model_validator(mode="after")
    def _date_fact(self) -> RulesetFile:
        if self.effective.date_fact is None:
            raise ValueError("`effective.date_fact` names the case date that selects this regime")
        if self.determinations and self.precedence is None:
            raise ValueError("a file that declares determinations declares `precedence`: which status wins, strongest first")
        if self.changelog and self.changelog[0].version != self.version:
            raise ValueError(f"the newest `changelog` entry names version {self.changelog[0].version!r}, not the file's {self.version!r}")
        if self.precedence is not None and sorted(self.precedence) != sorted(CONCLUDED_STATUSES):
            raise ValueError(f"`precedence` lists each of {', '.join(CONCLUDED_STATUSES)} once")
        return self


class Source(_Strict):
    """An instrument cited by rules: an Act, regulations, statutory guidance or a local page."""

    title: NonEmpty
    url: str | None = None
    kind: Literal[(*(force.value for force in LegalForce), "commentary")]  # type: ignore[misc]  # commentary carries no force
    in_force: Effective | None = None
    note: str | None = None


class SourcesFile(_Strict):
    """The sources registry: each instrument defined once and cited by id."""

    schema_: Literal["safeguarding-rules/sources/v1"] = Field(alias="schema")
    sources: dict[Name, Source]
