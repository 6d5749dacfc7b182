"""What `assess()` costs, stage by stage, in microseconds per case: the pipeline's profile table.

    python benchmarks/stages.py [COUNT]

Runs the stages one after another on the same fixed varied cases, for each matcher side by side:
validate the case, read its facts (and settings and parameters), match the case's facts (durable_rules:
one assert and one drain; the plain-Python matcher has no such stage, its generated evaluation tests
the case atoms itself), evaluate (the scope's generated function: derived facts in dependency order,
then every condition), decide and explain (statuses, deadlines, reasons, citations, questions), and
serialise the decision to JSON. Prints figures; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safeguarding_rules import Case, Engine
from safeguarding_rules.decide import decide
from safeguarding_rules.explain import build_decision
from safeguarding_rules.matcher import PythonMatcher
from tests.case_corpus import varied_cases


def _profile(engine: Engine, raw: list[dict], trace: bool) -> dict[str, float]:
    stages: dict[str, list[float]] = {
        "validate": [], "facts": [], "match": [], "evaluate": [], "decide": [], "explain": [], "serialise": [],
    }
    for data in raw:
        t0 = time.perf_counter()
        case = Case.model_validate(data)
        t1 = time.perf_counter()
        engine.rulesets_for(case)
        facts = engine.facts_of(case)
        t2 = time.perf_counter()
        scope, matcher = engine._scope(case.jurisdiction, case.partnership)
        program, known = scope.program, dict(facts)
        if isinstance(matcher, PythonMatcher):
            t3 = time.perf_counter()
            values = program.testing(known)
        else:
            fired = matcher.match(known)
            t3 = time.perf_counter()
            values = program.given(fired, known)
        evaluation = program.evaluation(values, known)
        t4 = time.perf_counter()
        outcomes = decide(scope, evaluation)
        t5 = time.perf_counter()
        decision = build_decision(case, scope, evaluation, outcomes, engine=engine.matcher, trace=trace)
        t6 = time.perf_counter()
        decision.model_dump_json()
        t7 = time.perf_counter()
        spans = ((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6), (t6, t7))
        for name, (a, b) in zip(stages, spans, strict=True):
            stages[name].append((b - a) * 1e6)
    return {name: statistics.median(values) for name, values in stages.items()}


def main(count: int = 3000) -> None:
    raw = varied_cases(count)
    rows = []
    for label, matcher, trace in (
        ("durable_rules, compact", "durable", False),
        ("durable_rules, traced", "durable", True),
        ("Python matcher, compact", "python", False),
    ):
        engine = Engine(matcher=matcher)  # one at a time, as a worker holds one (its memos share one budget)
        _profile(engine, raw[:200], trace)  # warm up
        rows.append((label, _profile(engine, raw, trace)))
        engine.close()
        del engine
    names = list(rows[0][1])
    print(f"median microseconds per case over {count} varied cases")
    print(f"{'':26}" + "".join(f"{n:>11}" for n in [*names, "total"]))
    for label, stages in rows:
        print(f"{label:26}" + "".join(f"{stages[n]:>11.0f}" for n in names) + f"{sum(stages.values()):>11.0f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
