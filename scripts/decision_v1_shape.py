"""Write decisions of schema version 2 in version 1's shape, to compare the two versions' decisions.

    python scripts/decision_v1_shape.py < v2.jsonl > v1-shaped.jsonl

Each line of JSON read that is a version 2 decision in the full form (``decision.model_dump_json()``,
``?full=true``) is written as version 1 wrote it, by ``safeguarding_rules.contract.version_1_json``,
the function ``/v1`` answers with (rulesets named by their version 1 ids, as the
shipped rulesets' ``formerly`` gives them); anything else (an error, a version 1 decision) is passed through.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from safeguarding_rules import Engine
from safeguarding_rules.contract import version_1_context, version_1_json
from safeguarding_rules.models.decision import Decision


def as_version_1(data: dict[str, Any], context: dict[str, Any]) -> dict[str, Any]:
    """One version 2 decision (as JSON data) in version 1's shape; anything else unchanged."""
    if data.get("schema_version") != "2":
        return data
    return json.loads(version_1_json(Decision.model_validate(data), context))  # type: ignore[no-any-return]


def main() -> None:
    context = version_1_context(Engine().book)  # the shipped rulesets' ids in version 1
    for line in sys.stdin:
        sys.stdout.write(json.dumps(as_version_1(json.loads(line), context), ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
