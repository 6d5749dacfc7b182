"""The decision record (optional: ``pip install "safeguarding-rules[store]"``).

    from safeguarding_rules.store import DecisionStore
    store = DecisionStore("decisions.db")          # or postgresql+psycopg://... for a shared deployment
    store.upgrade()                                 # the schema, by Alembic
    stored = store.record(case, engine.assess(case))
    store.history("SAB-2026-0007")                  # newest first

What is due across open cases is ``duties_due``; what a ruleset change would change is ``impact``.
"""

from safeguarding_rules.store.caseref import CaseRefRefusedError, check_case_ref, is_nhs_number
from safeguarding_rules.store.duties import done_when, duties_due
from safeguarding_rules.store.impact import impact
from safeguarding_rules.store.records import Change, Duty, ImpactReport, Outcome, StoredDecision
from safeguarding_rules.store.repository import DecisionStore, api_key_id, database_url
from safeguarding_rules.store.tables import AppendOnlyError

__all__ = [
    "AppendOnlyError",
    "CaseRefRefusedError",
    "Change",
    "DecisionStore",
    "Duty",
    "ImpactReport",
    "Outcome",
    "StoredDecision",
    "api_key_id",
    "check_case_ref",
    "database_url",
    "done_when",
    "duties_due",
    "impact",
    "is_nhs_number",
]
