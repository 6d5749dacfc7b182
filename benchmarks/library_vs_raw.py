"""Library ``assess()`` against raw durable_rules on the same facts and the same compiled rules.

    python benchmarks/library_vs_raw.py [COUNT]     (default 10,000 cases)

The two are timed case by case, interleaved. The corpus is fixed (seeded): adults and children across every regime's dates and the partnerships,
with unknown facts. "Raw" asserts, for each case, exactly the durable_rules fact the library
asserted for it (the case's facts, once: derived facts are settled in Python by the scope's generated
evaluation, so there are no rounds to replay) through durable_rules' own Python host, on the whole
book's compiled ruleset with actions that do nothing, and deletes the session - durable_rules' cost
as its host drives it, with no evaluation, explanation, decision or validation. The library drives
durable_rules' C layer directly and on its scope's rules only, so it can be the faster of the two on
the matching itself. Prints throughput, p50 and p99 for both, and the ratio
(target: the library at least 50% of raw). Figures only; nothing is asserted.
"""

from __future__ import annotations

import contextlib
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safeguarding_rules import Case, Engine
from safeguarding_rules.durable_matcher import DurableMatcher
from tests.case_corpus import varied_cases


def _messages(engine: Engine, cases: list[Case]) -> list[list[dict[str, Any]]]:
    """The fact messages the library asserts for each case, captured from a library run."""
    captured: list[list[dict[str, Any]]] = []
    original = DurableMatcher._assert

    def capture(self: DurableMatcher, sid: str, facts: dict[str, Any]) -> set[int]:
        captured[-1].append({k: v for k, v in self.message(sid, facts).items() if k != "sid"})
        return original(self, sid, facts)

    DurableMatcher._assert = capture  # type: ignore[method-assign]
    try:
        for case in cases:
            captured.append([])
            engine.assess(case)
    finally:
        DurableMatcher._assert = original  # type: ignore[method-assign]
    return captured


def _summary(name: str, latencies: list[float], elapsed: float) -> float:
    latencies.sort()
    rate = len(latencies) / elapsed
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99)] * 1000
    print(f"{name:<28} {rate:>9.0f}/s   p50 {p50:6.3f} ms   p99 {p99:6.3f} ms")
    return rate


def main(count: int) -> None:
    engine = Engine()
    cases = [Case.model_validate(c) for c in varied_cases(count, seed=10_000)]
    per_case = _messages(engine, cases)
    raw = DurableMatcher(engine.compiled)
    host, name = raw._host, raw._name

    def raw_run(messages: list[dict[str, Any]], sid: str) -> None:
        for message in messages:
            # MessageNotHandled means no atom holds; the library ignores it the same way.
            with contextlib.suppress(Exception):
                host.assert_fact(name, {**message, "sid": sid})
        host.delete_state(name, sid)

    print(f"python {platform.python_version()} on {platform.machine()}; {len(engine.book.rules)} rules, "
          f"{len(engine.compiled.atoms)} atoms; {count} cases, "
          f"{sum(len(m) for m in per_case) / count:.2f} durable_rules facts per case")
    # Interleaved case by case, so that the machine's drift affects both sides alike; the second
    # round is reported (caches warm for both).
    for attempt in range(2):
        lib_lat, raw_lat = [], []
        for i, (case, messages) in enumerate(zip(cases, per_case)):
            t = time.perf_counter()
            engine.assess(case)
            lib_lat.append(time.perf_counter() - t)
            t = time.perf_counter()
            raw_run(messages, f"raw-{attempt}-{i}")
            raw_lat.append(time.perf_counter() - t)
        lib_elapsed, raw_elapsed = sum(lib_lat), sum(raw_lat)
    lib = _summary("library assess()", lib_lat, lib_elapsed)
    base = _summary("raw durable_rules", raw_lat, raw_elapsed)
    print(f"library / raw throughput: {lib / base:.0%} (target at least 50%)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
