"""Errors the library raises, each naming what is wrong and where."""

from __future__ import annotations

from dataclasses import dataclass


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


class UnknownPartnershipError(ValueError):
    """A case names a partnership that no loaded overlay defines."""

    def __init__(self, partnership: str, known: list[str]) -> None:
        self.partnership = partnership
        self.known = known
        listed = ", ".join(known) if known else "none are loaded"
        super().__init__(f"unknown partnership {partnership!r}; known partnerships: {listed}")
