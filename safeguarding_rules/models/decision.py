"""A decision: each determination with its status, deadline, deciding rules and quoted law.

Field names and status words are fixed by ``docs/decision-contract.md``; other systems store these
documents, so fields may be added but never renamed or dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    FieldSerializationInfo,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    computed_field,
    field_serializer,
    model_serializer,
    model_validator,
)


class Status(StrEnum):
    """What the case's facts make of a determination."""

    REQUIRED = "required"  # a duty applies ("must")
    CONSIDER = "consider"  # the responsible body must consider and decide
    DISCRETIONARY = "discretionary"  # the body may act
    NOT_REQUIRED = "not_required"  # the facts given rule it out, by the rules named and cited
    UNDETERMINED = "undetermined"  # it turns on unknown facts, named in depends_on
    NOT_ENCODED = "not_encoded"  # the rulesets do not encode its law for the case's dates (see `encoded`)


class Matcher(StrEnum):
    """Which matcher found the rules' tests that hold: both decide identically (a test holds them to it)."""

    DURABLE = "durable"  # durable_rules' C engine, the default wherever it installs and imports
    PYTHON = "python"  # plain Python, where durable_rules cannot be imported (e.g. Python 3.13)


class DeterminationKind(StrEnum):
    """What sort of duty a determination is."""

    REVIEW = "review"
    NOTIFICATION = "notification"
    ENQUIRY = "enquiry"
    ACTION = "action"


class LegalForce(StrEnum):
    """The strongest kind of instrument a determination rests on: a policy lead reads whether it is
    law, statutory guidance, or guidance a body follows by choice (Scotland's learning reviews)."""

    ACT = "act"
    REGULATIONS = "regulations"
    STATUTORY_GUIDANCE = "statutory_guidance"
    GUIDANCE = "guidance"
    LOCAL_GUIDANCE = "local_guidance"


class JointReviewKind(StrEnum):
    """How reviews a case meets together may be run."""

    JOINT_OR_PARALLEL = "joint_or_parallel"  # the bodies may run them jointly or in parallel; none leads by law
    SINGLE_REVIEW = "single_review"  # one review process runs them all (Wales's SUSR)


class TruthValue(StrEnum):
    """A condition's value on the case: three-valued, so unknown is never false."""

    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "unknown"


class VerificationStatus(StrEnum):
    """How far a quote has been checked: against the primary text, a secondary reproduction, or not."""

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Citation(_Out):
    """A provision and a short verbatim quote of it, with how far the quote has been checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str | None = Field(
        default=None,
        description="Title of the instrument, e.g. 'Care Act 2014' (in the full form; the compact form leaves it out).",
    )
    source_id: str = Field(description="Id of the source in the sources registry.")
    provision: str = Field(description="Pinpoint: section, regulation, or chapter and paragraph.")
    quote: str | None = Field(
        default=None,
        description="Verbatim words of legislation or government guidance (Crown copyright, OGL); "
        "null only for a partnership's own page, which is paraphrased instead (in the full form; the compact "
        "form leaves it out).",
    )
    paraphrase: str | None = Field(
        default=None,
        description=(
            "For a partnership's own page (not Crown copyright): what it says, in other words, with `provision` "
            "naming the sentence; null when `quote` is given."
        ),
    )
    url: str | None = Field(default=None, description="Where to read the provision or source online, when known.")
    status: VerificationStatus | None = Field(
        default=None,
        description=(
            "How far the quote is checked: verified against the primary text / secondary reproduction / "
            "unverified (in the full form, with the quote; the compact form leaves it out)."
        ),
    )
    note: str | None = Field(
        default=None,
        description="A caveat on the citation, e.g. what is not yet verified or how the provision is applied.",
    )

    @property
    def key(self) -> str:
        """The citation's key in a decision's ``citations`` table: the same citation has the same key in
        every decision (it is a digest of everything the citation says)."""
        return _key(self)


COMPACT_CITATION = ("source_id", "provision")
"""What the compact form of a decision says of each citation: which provision of which source. Its quote
(or paraphrase), how far that is verified, the source's title, url and note are in the full form."""

COMPACT_OMITS = ("kind", "ruleset", "actor", "recipients")
"""What the compact form leaves out of each determination: the same for every case (`kind`, `ruleset`),
or the catalogue's (``GET /v2/rulesets/{id}``: each determination's actor and recipients, and those of
a rule that names its own); the full form gives them."""

SHA256_PREFIX = 16
"""Hex digits of each ruleset's SHA-256 the compact form gives: 64 bits tell any two texts of a ruleset
apart; the full form and ``GET /v2/rulesets`` give the whole hash."""

COMPACT: dict[str, str] = {"form": "compact"}
"""Serialisation context for the compact form: ``decision.model_dump_json(context=COMPACT)``."""

VERSION_1: dict[str, str] = {"form": "1"}
"""Serialisation context for version 1 of the contract (what ``/v1`` answers): each citation written out
in full where it is cited, no ``citations`` table, ``schema_version`` "1"; with ``"formerly"`` (id now
-> id in version 1, ``safeguarding_rules.contract.version_1_context``) each ruleset named as version 1
named it. ``safeguarding_rules.contract.version_1_json`` writes it."""

_keys: dict[int, tuple[Citation, str]] = {}
_KEYS_HELD = 4096
"""Keys remembered, by the citation object's identity (each entry holds its citation, so the identity
is not reused while remembered): the rulebook holds a few hundred citations; the bound keeps
decisions read back from elsewhere (a record, a client) from growing the memo without end."""


def _key(citation: Citation) -> str:
    held = _keys.get(id(citation))
    if held is not None and held[0] is citation:
        return held[1]
    said = "\x1f".join(str(value) for value in citation.__dict__.values())
    key = hashlib.sha256(said.encode("utf-8")).hexdigest()[:10]
    if len(_keys) < _KEYS_HELD:
        _keys[id(citation)] = (citation, key)
    return key


CitationKeys = Annotated[
    list[Citation], PlainSerializer(lambda citations: [c.key for c in citations], return_type=list[str])
]
"""Citations held as objects, written as their keys into the decision's ``citations`` table."""


class Period(_Out):
    """A period whose law the rulesets encode for a determination, on one date of the case."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True, frozen=True)  # shared between decisions (explain's memo)

    date_fact: str = Field(description="The case date the period is read on, by dotted name, e.g. `assessment_date`.")
    date: str = Field(description="That date in words, e.g. 'the date of the assessment'.")
    from_date: dt.date | None = Field(default=None, description="First day encoded; null: no start.")
    to_date: dt.date | None = Field(default=None, description="Last day encoded; null: still in force.")
    era: str | None = Field(
        default=None,
        description="Where the period is also an era rather than dates (an area's arrangements), what it is, in words.",
    )


class NotApplicable(_Out):
    """A determination of the case's nation that a stated fact takes out of the law's scope."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True, frozen=True)  # shared between decisions (explain's memo)

    id: str = Field(description="Id of the determination, as it would be listed (its title and ruleset are the rulebook's).")
    reason: str = Field(
        description="The stated fact that takes the case out of its scope, in words; or, for a follow-on duty, the status of the duty it follows."
    )


class Determination(_Out):
    """One review, enquiry or notification and what the case's facts make of it."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True, frozen=True)  # shared between decisions (explain's memo)

    id: str = Field(
        description=(
            "Stable id of the determination, e.g. `panel_notification` or `sar`; a partnership's local pathways "
            "are prefixed with its id (`derbyshire.silr`). Ids are never renamed or reused."
        )
    )
    title: str = Field(
        description="What is to be done, in words, e.g. 'Notify the Child Safeguarding Practice Review Panel'."
    )
    kind: DeterminationKind | None = Field(
        default=None,
        description=(
            "What sort of duty it is: `review`, `notification`, `enquiry` or `action` (the same for every case: "
            "in the full form and the catalogue; the compact form leaves it out)."
        ),
    )
    status: Status = Field(
        description=(
            "`required` (a duty applies: 'must'), `consider` (the responsible body must consider and decide), "
            "`discretionary` (the body may act), `not_required` (the facts given rule it out: `rules` names the "
            "rules of law that do, and `citations` quotes them), `undetermined` (it turns on unknown facts, named "
            "in `depends_on`) or `not_encoded` (the rulesets do not encode its law for the case's dates: `encoded` "
            "gives the periods they do; never read it as not required)."
        )
    )
    actor: str | None = Field(
        default=None,
        description=(
            "Who must or may act, e.g. 'local authority' or 'safeguarding partners' (in the full form; the compact "
            "form leaves it to the catalogue: the determination's actor, or that of its first rule if it names one)."
        ),
    )
    recipients: list[str] = Field(
        default_factory=list,
        description=(
            "Who is notified or referred to (in the full form; the compact form leaves it to the catalogue: the "
            "determination's recipients, or those of its first rule if it names them)."
        ),
    )
    requirements: list[str] = Field(default_factory=list, description="Conditions attached to how it is done.")
    due: dt.date | None = Field(
        default=None,
        description=(
            "The deadline (YYYY-MM-DD), once the status is settled and the date it runs from is known; "
            "null for a duty without a deadline or while that date is unknown."
        ),
    )
    due_basis: str | None = Field(
        default=None,
        description=(
            "How `due` is worked out, e.g. '5 working days after 2026-11-02 (became aware: "
            "incident.became_aware_on)', or which date is missing while `due` is empty. When the number of days or "
            "months is a parameter whose value is not verified against its source, it ends '; UNVERIFIED: its "
            "source was not found; check the number before relying on the date'."
        ),
    )
    rules: list[str] = Field(
        default_factory=list,
        description=(
            "Ids of the rules that decided the status, then the rules behind the derived facts they read. For a "
            "`not_required` that no rule concluded, the rules in force that could have given a duty, each of whose "
            "conditions the case fails (the reason says which)."
        )
    )
    reason: str = Field(description="Why the facts given lead to this status, in plain words.")
    citations: CitationKeys = Field(
        default_factory=list,
        description=(
            "Keys into the decision's `citations` table: the law the deciding rules quote (each provision "
            "once). The rules behind derived facts quote theirs in the trace and the rulebook."
        )
    )
    depends_on: list[str] = Field(
        default_factory=list, description="Unknown facts that would decide an undetermined status."
    )
    at_least: Status | None = Field(
        default=None,
        description="For an undetermined status: what the known facts already establish, if anything.",
    )
    follows: str | None = Field(
        default=None,
        description=(
            "For a duty that follows another (publication of a review, a briefing after it): the id of the "
            "required determination it follows. Its `due` stays empty until the date it runs from is known."
        ),
    )
    ruleset: str | None = Field(
        default=None,
        description=(
            "Id of the ruleset that holds the determination (one of `rulesets`; the same for every case: in the "
            "full form and the catalogue, the compact form leaves it out)."
        ),
    )
    legal_force: LegalForce | None = Field(
        default=None,
        description=(
            "The strongest kind of instrument its citations come from: `act`, `regulations`, "
            "`statutory_guidance`, `guidance` (non-statutory, e.g. Scotland's learning review guidance) or "
            "`local_guidance`; null when nothing is cited (`not_encoded`)."
        ),
    )
    encoded: list[Period] = Field(
        default_factory=list,
        description="For `not_encoded`: the periods whose law the rulesets encode for it; empty otherwise.",
    )


class JointReview(_Out):
    """Reviews the case meets together, each with its own duty-holder, and how guidance lets them run."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True, frozen=True)  # shared between decisions (explain's memo)

    id: str = Field(description="Stable id, e.g. `sar_and_dhr`.")
    title: str = Field(description="What may be run together, in words.")
    kind: JointReviewKind = Field(
        description=(
            "`joint_or_parallel`: the bodies may run them jointly or in parallel and no body leads by law; "
            "`single_review`: one review process runs them all."
        )
    )
    determinations: list[str] = Field(description="Ids of the determinations in play (any status but not_required).")
    duty_holders: dict[str, str] = Field(description="Each of those determinations' own duty-holder, by id.")
    says: str = Field(description="What is open to the bodies, in plain words.")
    citations: CitationKeys = Field(description="Keys into the decision's `citations` table: the guidance that says so.")
    ruleset: str = Field(description="Id of the ruleset that declares it.")


class Question(_Out):
    """An unknown fact whose answer would change one or more determinations."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True, frozen=True)  # shared between decisions (explain's memo)

    fact: str = Field(
        description=(
            "The unknown case fact by its dotted path in the request body, e.g. `concerns.agencies_working_together`."
        )
    )
    decides: list[str] = Field(description="Ids of the determinations whose status the answer would settle.")
    description: str | None = Field(
        default=None,
        description="What the fact means, in the words of the law where it stands for a statutory phrase.",
    )


class ConditionTrace(_Out):
    """One condition of a rule and its value on this case."""

    fact: str | None = Field(
        default=None,
        description="The fact tested, by dotted name (a case fact, a derived fact or a `setting.`); null for a group.",
    )
    test: str = Field(
        description="The test in words, e.g. 'incident.outcome is died', or 'all of' / 'any of' for a group."
    )
    value: TruthValue = Field(
        description="The test's value on this case: `true`, `false` or `unknown` (never read as false)."
    )
    actual: bool | int | str | dt.date | None = Field(
        default=None, description="The fact's value on this case, as the rules saw it; null when it is unknown."
    )
    any: list[ConditionTrace] | None = Field(
        default=None, description="For an 'any of' group: each of its conditions and its value; left out otherwise."
    )
    all: list[ConditionTrace] | None = Field(
        default=None, description="For an 'all of' group: each of its conditions and its value; left out otherwise."
    )

    @model_serializer(mode="wrap")
    def _drop_empty_groups(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data: dict[str, object] = handler(self)
        for group in ("any", "all"):
            if data.get(group) is None:
                data.pop(group, None)
        return data


class RuleTrace(_Out):
    """Whether a rule fired, and the value of each of its conditions."""

    rule: str = Field(description="Id of the rule, e.g. `SAR-S44-DISCRETIONARY`.")
    title: str = Field(description="What the rule says, in words.")
    ruleset: str = Field(description="Id of the ruleset the rule belongs to.")
    fired: bool = Field(description="True when all the rule's conditions hold on this case (`value` is `true`).")
    value: TruthValue = Field(
        description=(
            "The rule's value on this case: `true` (it fired), `false`, or `unknown` (it turns on unknown facts)."
        )
    )
    concludes: str = Field(
        description=(
            "What the rule concludes when it fires, e.g. 'sar is discretionary', or a derived fact such as "
            "'adult.in_area is true'."
        )
    )
    conditions: list[ConditionTrace] = Field(
        description=(
            "Each of the rule's conditions, its dates in force included, with its value and the fact's actual value."
        )
    )
    citations: CitationKeys = Field(description="Keys into the decision's `citations` table: the law the rule quotes.")


class RulesetRef(_Out):
    """Which ruleset, in which version, decided: a stored decision can be audited later."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True, frozen=True)  # shared between decisions (explain's memo)

    id: str = Field(description="Id of the ruleset (its file's path), e.g. `england/care-act-2014-s44`.")
    version: str | None = Field(
        default=None,
        description="The ruleset's version, e.g. `2026.1` (in the full form; the compact form's `sha256` names the text, which states it).",
    )
    sha256: str = Field(
        description=(
            "SHA-256 (hex) of the ruleset file as loaded, so an audit can tell exactly which text decided: the "
            "first 16 hex digits in the compact form, all 64 in the full form and `GET /v2/rulesets`."
        )
    )


SCHEMA_VERSION: Literal["2"] = "2"
"""The version of the decision contract (``docs/decision-contract.md``): fields are added, never
renamed or dropped, within a version. Version 2 writes each citation once, in the decision's
``citations`` table, and the determinations point into it by key; version 1 repeated each citation
under every determination that cited it (``Decision.model_validate`` still reads a version 1 decision)."""


class Decision(_Out):
    """The response body of ``POST /v1/assess`` and the result of ``assess()``."""

    schema_version: Literal["2"] = Field(default=SCHEMA_VERSION, description="The version of this decision contract.")
    case_ref: str | None = Field(
        default=None, description="The case's pseudonymous `case_ref`, returned as given; null (or absent) if none was given."
    )
    assessment_date: dt.date = Field(
        description=(
            "The date the case was assessed as at: the case's `assessment_date`, or today's date in Europe/London."
        )
    )
    partnership: str | None = Field(
        default=None,
        description="The partnership whose local pathways were added, from the case; null for national rules only.",
    )
    engine: Matcher = Field(
        default=Matcher.DURABLE,
        description=(
            "The matcher that found which of the rules' tests hold: `durable` (durable_rules' C engine, the "
            "default) or `python` (plain Python, used where durable_rules cannot be imported, e.g. on Python "
            "3.13). Both give identical decisions."
        ),
    )
    package_version: str | None = Field(
        default=None,
        description=(
            "The version of the safeguarding-rules package that decided, e.g. `0.3.0` (its changelog says what "
            "each release changed); null in a decision stored before version 2 said it."
        ),
    )
    rulesets: list[RulesetRef] = Field(
        description=(
            "The rulesets the case was assessed against (the national ones of its jurisdiction, plus its "
            "partnership's overlay), each with its version and hash so a stored decision can be audited later."
        )
    )
    determinations: list[Determination] = Field(
        description=(
            "Every review, enquiry, notification or action that applies to the case's subject, dates and era, "
            "`not_required` included, so a reader sees what was considered."
        )
    )
    not_applicable: list[NotApplicable] = Field(
        default_factory=list,
        description=(
            "Determinations of the case's nation that a stated fact takes out of the law's scope (an adult's "
            "review for a child, a duty whose regime had ended by the case's dates), each with that reason: "
            "nothing the case's nation encodes leaves a decision unsaid."
        ),
    )
    joint_reviews: list[JointReview] = Field(
        default_factory=list,
        description=(
            "Where the case meets more than one review: which may be run jointly (or, in Wales, as one "
            "review), quoting the guidance; each review keeps its own duty-holder. Empty if none."
        ),
    )
    questions: list[Question] = Field(
        default_factory=list,
        description=(
            "Each unknown fact whose answer would change a determination, with the ids it decides; empty if none."
        )
    )
    trace: list[RuleTrace] | None = Field(
        default=None,
        description=(
            "Every rule considered, whether it fired and the value of each condition: only when asked "
            "(`?trace=true`, `assess(..., trace=True)`), since it is most of a decision's size."
        ),
    )

    @computed_field(  # type: ignore[prop-decorator]
        description=(
            "Every citation of the decision, once, by key: the determinations, joint reviews and trace point "
            "into it. In the compact form (the default over HTTP) each says its source and provision; in the "
            "full form (`?full=true` or `?trace=true`, the library and the decision record) each also gives the "
            "quote or paraphrase, how far it is verified, the source's title, the url and any note."
        )
    )
    @property
    def citations(self) -> dict[str, Citation]:
        return {c.key: c for c in _cited(self)}

    @field_serializer("citations", mode="wrap")
    def _compact(self, table: dict[str, Citation], handler: SerializerFunctionWrapHandler, info: FieldSerializationInfo):  # type: ignore[no-untyped-def]
        # no return annotation: with one, pydantic would publish the table's schema as that annotation
        if info.context and info.context.get("form") == "compact":  # see COMPACT
            return {key: {name: getattr(c, name) for name in COMPACT_CITATION} for key, c in table.items()}
        return handler(table)

    @model_serializer(mode="wrap")
    def _form(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo):  # type: ignore[no-untyped-def]
        # no return annotation: with one, pydantic would publish the decision's schema as that annotation
        data = handler(self)
        form = info.context.get("form") if isinstance(info.context, dict) else None
        if form == "compact":
            return _compact(data)
        if form == "1":
            return _version_1(data, info.context.get("formerly") or {})
        return data

    @model_validator(mode="before")
    @classmethod
    def _read_keys(cls, data: Any) -> Any:
        """A decision read back from JSON: each key resolved against its ``citations`` table. A version 1
        decision (each citation written out under every determination citing it) is read as it stands."""
        if not isinstance(data, dict):
            return data
        if data.get("schema_version") == "1":
            return {**data, "schema_version": SCHEMA_VERSION}
        if "citations" not in data:
            return data
        data = dict(data)
        table = data.pop("citations")

        def resolved(holder: Any) -> Any:
            if not isinstance(holder, dict) or not isinstance(holder.get("citations"), list):
                return holder
            return {**holder, "citations": [table[c] if isinstance(c, str) else c for c in holder["citations"]]}

        for part in ("determinations", "joint_reviews", "trace"):
            if isinstance(data.get(part), list):
                data[part] = [resolved(item) for item in data[part]]
        return data

    def determination(self, determination_id: str) -> Determination | None:
        """The determination with this id, or None if it does not apply to the case."""
        return next((d for d in self.determinations if d.id == determination_id), None)


def _cited(decision: Decision) -> Iterable[Citation]:
    for det in decision.determinations:
        yield from det.citations
    for joint in decision.joint_reviews:
        yield from joint.citations
    for rule in decision.trace or ():
        yield from rule.citations


_DEFAULTED: dict[str, frozenset[str]] = {}


def _defaulted(model: type[BaseModel]) -> frozenset[str]:
    """The fields of ``model`` that have a default: the compact form leaves them out when null or empty."""
    name = model.__name__
    if name not in _DEFAULTED:
        _DEFAULTED[name] = frozenset(n for n, f in model.model_fields.items() if not f.is_required())
    return _DEFAULTED[name]


def _pruned(item: dict[str, Any], model: type[BaseModel], omit: tuple[str, ...] = ()) -> dict[str, Any]:
    defaulted = _defaulted(model)
    return {k: v for k, v in item.items() if k not in omit and not (k in defaulted and (v is None or v == [] or v == {}))}


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """The compact form of a decision written as JSON data (see ``COMPACT``): what was decided and why
    (each determination's id, title, status, due date and basis, reason, rules, citation keys and legal
    force; what is not applicable and why; the questions; the rulesets by id and hash prefix), without
    null or empty fields; the full form gives the rest."""
    out = _pruned(data, Decision)
    out["rulesets"] = [{"id": r["id"], "sha256": r["sha256"][:SHA256_PREFIX]} for r in data["rulesets"]]
    out["determinations"] = [_pruned(d, Determination, COMPACT_OMITS) for d in data["determinations"]]
    if "questions" in out:
        out["questions"] = [_pruned(q, Question) for q in out["questions"]]
    return out


def _version_1(data: dict[str, Any], formerly: dict[str, str]) -> dict[str, Any]:
    """Version 1 of the contract from the full form of version 2 (see ``VERSION_1``): each citation key
    replaced by its citation, the table dropped, and each ruleset named by the id it had in version 1
    (``formerly``: id now -> id then; a ruleset added since keeps its id)."""
    table = data.pop("citations")
    for part in ("determinations", "joint_reviews", "trace"):
        if isinstance(data.get(part), list):
            data[part] = [
                {**item, "citations": [table[key] for key in item["citations"]], "ruleset": formerly.get(item["ruleset"], item["ruleset"])}
                for item in data[part]
            ]
    data["rulesets"] = [{**r, "id": formerly.get(r["id"], r["id"])} for r in data["rulesets"]]
    data["schema_version"] = "1"
    data.pop("package_version", None)  # said since version 2 only
    return data
