"""Deterministic corpora of varied cases for the load, memory and concurrency tests."""

from __future__ import annotations

import datetime as dt
import random
from functools import cache
from typing import Any

from safeguarding_rules.loader import load_rulebook
from safeguarding_rules.models.case import ADULT_AGE_PARAMETER, CHILD_AGE_LIMIT, DATE_ORDER

TRI = (True, False, None)
KNOWLEDGE = ("known", "suspected", "not_suspected", None)


PARTNERSHIPS = (None, None, None, "derbyshire", "darlington", "bath_and_north_east_somerset", "northamptonshire")


def _date(rng: random.Random, first: int = 2005, last: int = 2026) -> str:
    return f"{rng.randint(first, last)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def possible(flat: dict[str, Any]) -> dict[str, Any]:
    """Facts by dotted name made into a case that can happen: in any nation (English when none is
    given), a partnership only in England, where the overlays are, an age that fits the kind (an adult
    is 16 or over in Scotland), dates in their order (a later date never before an earlier one).
    Generators use it so that a property test explores decisions, not refusals (refusals have tests
    of their own)."""
    jurisdiction = flat.get("jurisdiction") or "england"
    flat = {**flat, "jurisdiction": jurisdiction}
    if jurisdiction != "england":
        flat["partnership"] = None
    adult_from = _scottish_adult_age() if jurisdiction == "scotland" else CHILD_AGE_LIMIT
    age, kind = flat.get("subject.age"), flat.get("subject.kind")
    if isinstance(age, int):
        flat["subject.age"] = min(age, CHILD_AGE_LIMIT - 1) if kind == "child" else max(age, adult_from)
    for first, second in DATE_ORDER:
        a, b = flat.get(first), flat.get(second)
        if a is not None and b is not None and _as_date(b) < _as_date(a):
            flat[second] = a
    return flat


@cache
def _scottish_adult_age() -> int:
    """The youngest adult age Scotland's ruleset has set (its `adult_age` parameter), read from the rulesets."""
    parameter, _ = load_rulebook().parameters[ADULT_AGE_PARAMETER]
    return min(int(v.value) for v in parameter.values or [])  # type: ignore[arg-type]


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _flatten(case: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in case.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def varied_cases(count: int, seed: int = 2026) -> list[dict[str, Any]]:
    """Adults and children across every regime's dates, with every kind of fact, many of them unknown."""
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        occurred = _date(rng)
        cases.append(
            {
                "case_ref": f"T-{i}",
                "assessment_date": "2026-11-21",
                "subject": {
                    "kind": rng.choice(("adult", "adult", "child")),
                    "care_and_support_needs": rng.choice(TRI),
                    "in_area": rng.choice(TRI),
                    "unable_to_protect_self": rng.choice(TRI),
                    "looked_after": rng.choice(TRI),
                    "care_leaver": rng.choice(TRI),
                    "age": rng.choice((None, rng.randint(0, 30))),
                    "known_to_childrens_social_care": rng.choice(TRI),
                },
                "partnership": rng.choice(PARTNERSHIPS),
                "incident": {
                    "outcome": rng.choice(("died", "seriously_harmed", "harmed", "none", None)),
                    "occurred_on": rng.choice((occurred, occurred, None)),
                    "became_aware_on": rng.choice((occurred, occurred, None)),
                    "location": rng.choice(("in_area", "elsewhere_in_england", "outside_england", None)),
                    "normally_resident_in_area": rng.choice(TRI),
                    "suspected_suicide": rng.choice(TRI),
                    "harm_kind": rng.choice(("potentially_life_threatening_injury", "serious_or_long_term_impairment", "other", None)),
                    "setting": rng.choice(("custody", "childrens_home", "home", None)),
                },
                "abuse_or_neglect": rng.choice(KNOWLEDGE),
                "at_risk_of_abuse_or_neglect": rng.choice(TRI),
                "self_neglect": rng.choice(TRI),
                "death_resulted_from_abuse_or_neglect": rng.choice(KNOWLEDGE),
                "serious_abuse_or_neglect": rng.choice(KNOWLEDGE),
                "serious_abuse_or_neglect_indicator": rng.choice(
                    ("likely_died_but_for_intervention", "permanent_harm", "other", None)
                ),
                "concerns": {"agencies_working_together": rng.choice(TRI), "single_agency": rng.choice(TRI)},
                "learning": {"lessons_to_learn": rng.choice(TRI), "improvements_needed": rng.choice(TRI)},
                "review": {"local_cspr_commissioned": rng.choice(TRI), "scr_concluded_on": rng.choice((None, _date(rng, 2014)))},
            }
        )
    from safeguarding_rules.facts import nest_facts

    return [nest_facts(possible(_flatten(case)), keep_unknown=True) for case in cases]
