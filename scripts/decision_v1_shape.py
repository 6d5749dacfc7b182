"""Write decisions of schema version 2 in version 1's shape, to compare the two versions' decisions.

    python scripts/decision_v1_shape.py < v2.jsonl > v1-shaped.jsonl

Version 2 writes each citation once, in the decision's ``citations`` table, and the determinations,
joint reviews and trace rules name them by key; version 1 wrote each citation out in full where it
was cited. Each line of JSON read (a decision, or anything else, such as an error, passed through) is
written with each key replaced by its citation, the table dropped and ``schema_version`` "1", so a
``diff`` against version 1's output shows only what the change of format did not explain.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def as_version_1(decision: dict[str, Any]) -> dict[str, Any]:
    """One version 2 decision (as JSON data) in version 1's shape; anything else unchanged."""
    if decision.get("schema_version") != "2":
        return decision
    shaped = dict(decision)
    table = shaped.pop("citations")
    for part in ("determinations", "joint_reviews", "trace"):
        if isinstance(shaped.get(part), list):
            shaped[part] = [{**item, "citations": [table[key] for key in item["citations"]]} for item in shaped[part]]
    shaped["schema_version"] = "1"
    return shaped


def main() -> None:
    for line in sys.stdin:
        sys.stdout.write(json.dumps(as_version_1(json.loads(line)), ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
