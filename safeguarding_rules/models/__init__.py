"""The pydantic models that are the contract of both the library and the HTTP API."""

from safeguarding_rules.models.case import Case
from safeguarding_rules.models.decision import (
    Citation,
    ConditionTrace,
    Decision,
    Determination,
    Question,
    RulesetRef,
    RuleTrace,
    Status,
)

__all__ = [
    "Case",
    "Citation",
    "ConditionTrace",
    "Decision",
    "Determination",
    "Question",
    "RuleTrace",
    "RulesetRef",
    "Status",
]
