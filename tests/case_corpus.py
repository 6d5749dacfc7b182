"""Deterministic corpora of varied cases for the load, memory and concurrency tests."""

from __future__ import annotations

import random
from typing import Any

TRI = (True, False, None)
KNOWLEDGE = ("known", "suspected", "not_suspected", None)


def varied_cases(count: int, seed: int = 2026) -> list[dict[str, Any]]:
    """Adults and children with every kind of fact, many of them unknown."""
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        occurred = f"{rng.randint(2013, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        cases.append(
            {
                "case_ref": f"T-{i}",
                "assessment_date": "2026-11-21",
                "subject": {
                    "kind": rng.choice(("adult", "adult", "child")),
                    "care_and_support_needs": rng.choice(TRI),
                    "in_area": rng.choice(TRI),
                    "unable_to_protect_self": rng.choice(TRI),
                },
                "incident": {
                    "outcome": rng.choice(("died", "seriously_harmed", "harmed", "none", None)),
                    "occurred_on": rng.choice((occurred, None)),
                },
                "abuse_or_neglect": rng.choice(KNOWLEDGE),
                "at_risk_of_abuse_or_neglect": rng.choice(TRI),
                "self_neglect": rng.choice(TRI),
                "death_resulted_from_abuse_or_neglect": rng.choice(KNOWLEDGE),
                "serious_abuse_or_neglect": rng.choice(KNOWLEDGE),
                "serious_abuse_or_neglect_indicator": rng.choice(
                    ("likely_died_but_for_intervention", "permanent_harm", "other", None)
                ),
                "concerns": {"agencies_working_together": rng.choice(TRI)},
            }
        )
    return cases
