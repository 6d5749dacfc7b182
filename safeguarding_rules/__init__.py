"""safeguarding-rules: which statutory case review or notification is due, by when, and why.

    from safeguarding_rules import assess, Case, Decision
    decision = assess({"subject": {"kind": "adult", "care_and_support_needs": True}, ...})

Partnerships add their own ruleset directories with ``Engine(extra_dirs=[...])``.
"""


from safeguarding_rules.book import RuleBook
from safeguarding_rules.engine import Engine, assess, default_engine
from safeguarding_rules.errors import (
    CaseRefusedError,
    ImpossibleCaseError,
    LoadIssue,
    RulesetError,
    UnknownPartnershipError,
    UnsupportedJurisdictionError,
)
from safeguarding_rules.loader import load_rulebook
from safeguarding_rules.models import Case, Citation, Decision, Determination, Question

from safeguarding_rules.version import __version__

__all__ = [
    "Case",
    "CaseRefusedError",
    "Citation",
    "Decision",
    "Determination",
    "Engine",
    "ImpossibleCaseError",
    "LoadIssue",
    "Question",
    "RuleBook",
    "RulesetError",
    "UnknownPartnershipError",
    "UnsupportedJurisdictionError",
    "__version__",
    "assess",
    "default_engine",
    "load_rulebook",
]
