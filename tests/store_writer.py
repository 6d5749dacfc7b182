"""A worker process for the store's tests: records COUNT decisions under PREFIX-0000, PREFIX-0001, ...
and prints each decision id once its commit has returned (so the test knows what was acknowledged).

    python -m tests.store_writer URL PREFIX COUNT

One case, decided beforehand: the worker imports the store and the models only, so its start-up is short.
"""

from __future__ import annotations

import sys

from safeguarding_rules.models.case import Case
from safeguarding_rules.models.decision import Decision
from safeguarding_rules.store import DecisionStore


def main(url: str, prefix: str, count: int) -> None:
    store = DecisionStore(url)
    case = Case.model_validate({"case_ref": "X-1", "assessment_date": "2026-12-07", "subject": {"kind": "child", "age": 2}})
    decision = Decision.model_validate(
        {"case_ref": "X-1", "assessment_date": "2026-12-07", "rulesets": [], "determinations": [], "questions": []}
    )
    for n in range(count):
        stored = store.record(case.model_copy(update={"case_ref": f"{prefix}-{n:04d}"}), decision)
        print(stored.decision_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
