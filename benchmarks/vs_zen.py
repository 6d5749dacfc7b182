"""A peer benchmark: `assess()` against GoRules ZEN on the same rules and the same cases.

    pip install zen-engine        (benchmark only: the `bench` extra)
    python benchmarks/vs_zen.py [COUNT] [--runs 3]

The SAR (Care Act s44), Panel notification (Children Act 2004 s16C) and rapid review rules are
written as a ZEN decision model (JDM; `benchmarks/zen/model.json`, built here). ZEN has no
three-valued logic, so every fact is encoded 0 (false), 1 (unknown), 2 (true), `all` is `min` and
`any` is `max` (strong Kleene logic), and the status is read off as our rules read it. The same
generated cases go to both; every status must agree (a disagreement is printed and counted). Times
are per case: `assess()` (durable_rules, and the plain-Python matcher) against ZEN's fast path
(`ZenEngine` with a loader, `evaluate(key, input, {"trace": True})`, its input encoded in the timed
loop too), interleaved case by case and back to back, in each of ``--runs`` runs (default 3); prints
each run and the median of the runs. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safeguarding_rules import Case, Engine

KNOWN_SUSPECTED = ("known", "suspected")
PANEL_FROM = dt.date(2018, 6, 29).toordinal()
KNOWN_FAMILY_FROM = dt.date(2023, 12, 15).toordinal()


def _tri(value: Any, test: Any = True) -> int:
    """A test of a fact as 0 false, 1 unknown, 2 true."""
    if value is None:
        return 1
    hit = value in test if isinstance(test, tuple) else value == test
    return 2 if hit else 0


def _unless(value: Any, excluded: Any) -> int:
    """Holds unless the fact is known to be ``excluded`` (an unknown fact holds)."""
    return 0 if value == excluded else 2


def encode(case: dict[str, Any]) -> dict[str, Any]:
    """The case as ZEN's input: each test the three rules make, as 0/1/2."""
    subject, incident = case.get("subject", {}), case.get("incident", {})
    aware = incident.get("became_aware_on")
    outcome = incident.get("outcome")
    return {
        "child": int(subject.get("kind") == "child"),
        "aware": dt.date.fromisoformat(aware).toordinal() if aware else -1,
        "died": _tri(outcome, "died"),
        "not_died": 1 if outcome is None else (0 if outcome == "died" else 2),
        "outcome_unless_died": _unless(outcome, "died"),
        "seriously_harmed": _tri(outcome, "seriously_harmed"),
        "harmed": _tri(outcome, "harmed"),
        "harm_listed": _tri(incident.get("harm_kind"), ("potentially_life_threatening_injury", "serious_or_long_term_impairment")),
        "harm_judged": _tri(incident.get("harm_judged_serious")),
        "abuse": _tri(case.get("abuse_or_neglect"), KNOWN_SUSPECTED),
        "abuse_not_suspected": _tri(case.get("abuse_or_neglect"), "not_suspected"),
        "death_resulted": _tri(case.get("death_resulted_from_abuse_or_neglect"), KNOWN_SUSPECTED),
        "serious_ks": _tri(case.get("serious_abuse_or_neglect"), KNOWN_SUSPECTED),
        "at_risk": _tri(case.get("at_risk_of_abuse_or_neglect")),
        "needs": _tri(subject.get("care_and_support_needs")),
        "in_area": _tri(subject.get("in_area")),
        "in_area_unless_false": _unless(subject.get("in_area"), False),
        "located_in_area": _tri(incident.get("location"), "in_area"),
        "located_abroad": _tri(incident.get("location"), "outside_england"),
        "resident": _tri(incident.get("normally_resident_in_area")),
        "concerns": _tri(case.get("concerns", {}).get("agencies_working_together")),
        "known_family": _tri(subject.get("known_to_childrens_social_care")),
    }


def model() -> dict[str, Any]:
    """The JDM decision graph: three expression nodes of derived facts, then the statuses."""
    steps = [
        {  # derived facts from case facts
            "adult_in_area": "max([in_area, min([located_in_area, in_area_unless_false])])",
            "cond1": "min([died, death_resulted])",
            "serious": "serious_ks",  # a serious abuse only by the guidance's examples is the SAB's judgement (a discretionary rule)
            "alive": "max([not_died, min([outcome_unless_died, at_risk])])",
            "child_seriously_harmed": "max([seriously_harmed, min([harmed, harm_listed]), min([harmed, harm_judged])])",
            "this_authority": "max([located_in_area, min([located_abroad, resident])])",
        },
        {  # derived facts from derived facts
            "cond2": "min([alive, serious])",
            "serious_case": "min([abuse, max([died, child_seriously_harmed])])",
        },
        {  # the rules that conclude the three determinations
            "duty": "min([needs, adult_in_area, concerns, max([cond1, cond2])])",
            "power": "min([needs, adult_in_area])",
            "notify": "min([serious_case, this_authority])",
            "family": f"aware >= {KNOWN_FAMILY_FROM} ? min([known_family, died, this_authority]) : 0",
            "rapid_family": f"aware >= {KNOWN_FAMILY_FROM} ? min([abuse_not_suspected, known_family, died, this_authority]) : 0",
        },
        {  # statuses, as the rulesets' precedence reads them (required > consider > discretionary)
            "sar": "child == 1 ? 'absent' : (duty == 2 ? 'required' : (power == 2 ? "
                   "(duty == 1 ? 'undetermined' : 'discretionary') : "
                   "(duty == 1 or power == 1 ? 'undetermined' : 'not_required')))",
            "panel_notification": f"child == 0 or aware < {PANEL_FROM} ? 'absent' : (notify == 2 ? 'required' : (family == 2 ? "
                                  "(notify == 1 ? 'undetermined' : 'consider') : "
                                  "(notify == 1 or family == 1 ? 'undetermined' : 'not_required')))",
            "rapid_review": f"child == 0 or aware < {PANEL_FROM} ? 'absent' : (notify == 2 ? 'required' : (rapid_family == 2 ? "
                            "(notify == 1 ? 'undetermined' : 'consider') : "
                            "(notify == 1 or rapid_family == 1 ? 'undetermined' : 'not_required')))",
        },
    ]
    # ZEN's fastest shape: one expression node, each derived fact written out where it is used
    # (chaining nodes would carry every input through each one).
    defined: dict[str, str] = {}
    for step in steps[:-1]:
        for key, value in step.items():
            defined[key] = "(" + _inline(value, defined) + ")"
    expressions = [{"id": f"e-{k}", "key": k, "value": _inline(v, defined)} for k, v in steps[-1].items()]
    nodes = [
        {"id": "in", "type": "inputNode", "name": "case", "position": {"x": 0, "y": 0}, "content": {}},
        {"id": "rules", "type": "expressionNode", "name": "rules", "position": {"x": 100, "y": 0}, "content": {"expressions": expressions}},
        {"id": "out", "type": "outputNode", "name": "decision", "position": {"x": 200, "y": 0}, "content": {}},
    ]
    edges = [{"id": "a", "sourceId": "in", "targetId": "rules", "type": "edge"},
             {"id": "b", "sourceId": "rules", "targetId": "out", "type": "edge"}]
    return {"nodes": nodes, "edges": edges}


def _inline(expression: str, defined: dict[str, str]) -> str:
    """The expression with every derived name replaced by its definition."""
    import re

    parts = re.split(r"('[^']*')", expression)  # never inside a quoted status word
    return "".join(
        part if part.startswith("'") else re.sub(r"\b[a-z_][a-z0-9_]*\b", lambda m: defined.get(m.group(0), m.group(0)), part)
        for part in parts
    )


def cases(count: int, seed: int = 2026) -> list[dict[str, Any]]:
    """Adults and children with every fact the three rules read, each known or not (dates known)."""
    rng = random.Random(seed)
    tri = (True, False, None)
    ks = ("known", "suspected", "not_suspected", None)
    out = []
    for _ in range(count):
        aware = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randint(0, 3200))
        out.append({
            "assessment_date": (aware + dt.timedelta(days=rng.randint(1, 60))).isoformat(),
            "subject": {"kind": rng.choice(("adult", "child")), "care_and_support_needs": rng.choice(tri),
                        "in_area": rng.choice(tri), "known_to_childrens_social_care": rng.choice(tri)},
            "incident": {"outcome": rng.choice(("died", "seriously_harmed", "harmed", "none", None)),
                         "occurred_on": aware.isoformat(), "became_aware_on": aware.isoformat(),
                         "location": rng.choice(("in_area", "elsewhere_in_england", "outside_england", None)),
                         "normally_resident_in_area": rng.choice(tri),
                         "harm_kind": rng.choice(("potentially_life_threatening_injury", "serious_or_long_term_impairment", "other", None)),
                         "harm_judged_serious": rng.choice(tri)},
            "abuse_or_neglect": rng.choice(ks), "death_resulted_from_abuse_or_neglect": rng.choice(ks),
            "serious_abuse_or_neglect": rng.choice(ks),
            "serious_abuse_or_neglect_indicator": rng.choice(("likely_died_but_for_intervention", "permanent_harm", "other", None)),
            "at_risk_of_abuse_or_neglect": rng.choice(tri),
            "concerns": {"agencies_working_together": rng.choice(tri)},
        })
    return out


IDS = ("sar", "panel_notification", "rapid_review")


def ours(engine: Engine, case: Case) -> dict[str, str]:
    decision = engine.assess(case)
    return {i: (d.status if (d := decision.determination(i)) else "absent") for i in IDS}


def main(count: int = 3000, runs: int = 3) -> None:
    try:
        import zen
    except ImportError:
        print("zen-engine is not installed: pip install zen-engine (a benchmark-only dependency)")
        return
    content = json.dumps(model())
    (ROOT / "benchmarks" / "zen" / "model.json").write_text(json.dumps(model(), indent=1))
    zen_engine = zen.ZenEngine({"loader": lambda key: content})
    raw = cases(count)
    parsed = [Case.model_validate(c) for c in raw]
    durable, python = Engine(), Engine(matcher="python")

    def z(case: dict[str, Any]) -> dict[str, str]:
        result = zen_engine.evaluate("safeguarding", encode(case), {"trace": True})["result"]
        return {i: result[i] for i in IDS}

    disagreements = 0
    for case, model_case in zip(raw, parsed, strict=True):
        a, b = ours(durable, model_case), z(case)
        if a != b:
            disagreements += 1
            if disagreements <= 3:
                print("DISAGREE", json.dumps(case), a, b)
    print(f"{count} cases, 3 determinations each: {disagreements} disagreement(s)")

    runners = {
        "durable_rules": lambda c, m: durable.assess(m),
        "python matcher": lambda c, m: python.assess(m),
        "ZEN (trace)": lambda c, m: z(c),
    }
    interleaved_runs: dict[str, list[float]] = {label: [] for label in runners}
    back_runs: dict[str, list[float]] = {label: [] for label in runners}
    for run in range(1, runs + 1):
        interleaved: dict[str, list[float]] = {label: [] for label in runners}
        for case, model_case in zip(raw, parsed, strict=True):
            for label, assess in runners.items():
                t = time.perf_counter()
                assess(case, model_case)
                interleaved[label].append((time.perf_counter() - t) * 1e6)
        for label, assess in runners.items():
            t = time.perf_counter()
            for case, model_case in zip(raw, parsed, strict=True):
                assess(case, model_case)
            back_runs[label].append((time.perf_counter() - t) / count * 1e6)
        for label, times in interleaved.items():
            interleaved_runs[label].append(statistics.median(times))
        _report(f"run {run}", {k: v[-1] for k, v in interleaved_runs.items()}, {k: v[-1] for k, v in back_runs.items()})
    _report(f"median of {runs}", {k: statistics.median(v) for k, v in interleaved_runs.items()},
            {k: statistics.median(v) for k, v in back_runs.items()})
    print("targets (#23): durable_rules within 3x of ZEN with its trace, the plain-Python matcher within 1.5x")


def _report(title: str, interleaved: dict[str, float], back: dict[str, float]) -> None:
    """Per case: each side's median interleaved, and its mean back to back, as multiples of ZEN's."""
    zen_i, zen_b = interleaved["ZEN (trace)"], back["ZEN (trace)"]
    print(title)
    for label, med in interleaved.items():
        mean = back[label]
        print(f"  {label:16} interleaved p50 {med:8.0f} us ({med / zen_i:5.1f}x ZEN)   "
              f"back to back {mean:8.0f} us/case ({mean / zen_b:5.1f}x ZEN)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=3000, help="cases per run (default 3,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs, each interleaved then back to back; the median is printed (default 3)")
    arguments = parser.parse_args()
    main(arguments.count, arguments.runs)
