"""Assessments per second in a simple loop, with p50 and p99 latency, on a fixed varied corpus.

    python benchmarks/assess_loop.py [COUNT]

Prints figures; asserts nothing (performance is measured here, never in timed tests).
"""

from __future__ import annotations

import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safeguarding_rules import Case, Engine
from tests.case_corpus import varied_cases


def main(count: int = 5000) -> None:
    started = time.perf_counter()
    engine = Engine()
    startup = time.perf_counter() - started
    cases = [Case.model_validate(c) for c in varied_cases(count)]
    for case in cases[:200]:
        engine.assess(case)
    print(f"python {platform.python_version()} on {platform.machine()}, {len(engine.book.rules)} rules, {len(engine.compiled.atoms)} atoms")
    print(f"engine start-up (load, check, compile, register): {startup * 1000:.0f} ms")
    python = Engine(matcher="python")
    for label, runner, trace in (  # side by side: compact (the default), with the trace, the Python matcher
        ("compact            ", engine, False),
        ("with trace         ", engine, True),
        ("python matcher     ", python, False),
    ):
        for case in cases[:200]:
            runner.assess(case, trace=trace)
        latencies = []
        loop_start = time.perf_counter()
        for case in cases:
            t = time.perf_counter()
            runner.assess(case, trace=trace)
            latencies.append(time.perf_counter() - t)
        elapsed = time.perf_counter() - loop_start
        latencies.sort()
        print(
            f"{label}: {count} in {elapsed:.2f} s = {count / elapsed:.0f} per second; "
            f"p50 {statistics.median(latencies) * 1000:.2f} ms, p99 {latencies[int(len(latencies) * 0.99)] * 1000:.2f} ms"
        )

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
