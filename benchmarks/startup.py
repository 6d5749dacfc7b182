"""Start-up: loading, checking and compiling every ruleset, and registering it with durable_rules.

    python benchmarks/startup.py [REPEATS]     (default 5)

Prints the median and worst of REPEATS fresh engines (target: at most 1 second). Figures only.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safeguarding_rules import Engine


def main(repeats: int) -> None:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        engine = Engine()
        timings.append(time.perf_counter() - started)
        rules, rulesets = len(engine.book.rules), len(engine.book.rulesets)
        engine.close()
    print(f"{rulesets} rulesets, {rules} rules: start-up median {statistics.median(timings) * 1000:.0f} ms, "
          f"worst {max(timings) * 1000:.0f} ms (target at most 1000 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
