"""Errors the library raises, each naming what is wrong and where."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def safe_location(loc: Iterable[str | int]) -> list[str | int]:
    """Where a problem is, with any part that does not look like a field name replaced: an unknown
    key may itself be personal data (a name sent as a key), so it is never repeated back."""
    return [part if isinstance(part, int) or _FIELD_NAME.match(part) else "(an unknown field)" for part in loc]


MAX_REPORTED_ERRORS = 20
"""The most problems listed for one case (or one request); a last entry says how many more there are."""


def reported_errors(errors: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A validation's errors as ``{loc, msg, type}``, located safely (``safe_location``), the first
    ``MAX_REPORTED_ERRORS`` of them and then one ``too_many_errors`` entry counting the rest: a body of
    thousands of unknown keys costs a short answer, not one entry per key."""
    errors = located_errors(errors)
    listed = [
        {"loc": safe_location(error["loc"]), "msg": error["msg"], "type": error["type"]}
        for error in errors[:MAX_REPORTED_ERRORS]
    ]
    if len(errors) > MAX_REPORTED_ERRORS:
        more = len(errors) - MAX_REPORTED_ERRORS
        listed.append({"loc": [], "msg": f"and {more:,} more problem(s), not listed: fix these first",
                       "type": "too_many_errors"})
    return listed


def located_errors(errors: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """A validation's errors, an impossible case's split into one per field at fault (``_each_field``)."""
    return [each for error in errors for each in _each_field(error)]


def _each_field(error: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """An impossible case's one error as one entry per contradiction, each located at its field (the
    case model names them in ``ctx["fields"]``); any other error as it is."""
    fields = (error.get("ctx") or {}).get("fields") if error["type"] == "impossible_case" else None
    if not fields:
        return [error]
    words = str(error["ctx"]["problems"]).split("; ")
    if len(words) != len(fields):  # the words do not split as the fields do: keep the one entry
        return [error]
    return [
        {"loc": [*error["loc"], *field.split(".")], "msg": said.removeprefix(f"{field}: "), "type": error["type"]}
        for field, said in zip(fields, words, strict=True)
    ]


@dataclass(frozen=True)
class LoadIssue:
    """One thing wrong in one ruleset file: the file, the line, the rule and the field."""

    file: str
    message: str
    line: int | None = None
    rule: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        parts = [where]
        if self.rule:
            parts.append(f"rule {self.rule}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return ": ".join(parts) + f": {self.message}"


class RulesetError(Exception):
    """One or more ruleset files are invalid; nothing from them is used."""

    def __init__(self, issues: list[LoadIssue]) -> None:
        self.issues = issues
        super().__init__(
            f"{len(issues)} problem(s) in the rulesets:\n" + "\n".join(f"  - {issue}" for issue in issues)
        )


class CaseRefusedError(ValueError):
    """A valid case the loaded rulesets cannot decide; ``field`` names the fact that makes it so."""

    field: str = ""
    type: str = "case_refused"
    known: list[str]


class UnknownPartnershipError(CaseRefusedError):
    """A case names a partnership that no loaded overlay defines."""

    field = "partnership"
    type = "unknown_partnership"

    def __init__(self, partnership: str, known: list[str], jurisdiction: str | None = None) -> None:
        self.partnership = partnership
        self.known = known
        where = f" in {jurisdiction}" if jurisdiction else ""
        listed = ", ".join(known) if known else "none are loaded"
        super().__init__(f"unknown partnership {partnership!r}{where}; known partnerships{where}: {listed}")


class ImpossibleCaseError(CaseRefusedError):
    """A case that contradicts the law its nation's rulesets set (an `adult` younger than the adult
    age of the nation's ruleset): refused like the model's impossible cases, naming the field."""

    type = "impossible_case"

    def __init__(self, field: str, problems: list[str]) -> None:
        self.field = field
        self.known = []
        super().__init__("; ".join(problems))


class UnsupportedJurisdictionError(CaseRefusedError):
    """A case is decided in a jurisdiction for which no national ruleset is loaded.

    Its law differs: deciding it by another nation's rules would be wrong in silence.
    """

    field = "jurisdiction"
    type = "unsupported_jurisdiction"

    def __init__(self, jurisdiction: str, known: list[str]) -> None:
        self.jurisdiction = jurisdiction
        self.known = known
        listed = ", ".join(known) if known else "none"
        super().__init__(
            f"no rulesets are loaded for jurisdiction {jurisdiction!r}, so its cases cannot be assessed "
            f"(its law is not that of another nation); jurisdictions with rulesets: {listed}"
        )
