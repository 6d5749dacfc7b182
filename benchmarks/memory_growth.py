"""RSS over many assessments in one process: durable_rules keeps no session state once deleted.

    python benchmarks/memory_growth.py [COUNT]     (default 1,000,000 assessments)

Prints RSS at checkpoints and the growth from the first checkpoint (after warm-up) to the end
(target: at most 10 MB over 1,000,000). Figures only; nothing is asserted.
"""

from __future__ import annotations

import gc
import platform
import sys
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safeguarding_rules import Case, Engine
from tests.case_corpus import varied_cases


def _rss_mb() -> float:
    gc.collect()
    return psutil.Process().memory_info().rss / 2**20


def main(count: int) -> None:
    engine = Engine()
    cases = [Case.model_validate(c) for c in varied_cases(1000, seed=1)]
    for case in cases * 5:  # warm up: every cache the engine keeps is full after this
        engine.assess(case)
    start_rss, started = _rss_mb(), time.perf_counter()
    print(f"python {platform.python_version()} on {platform.machine()}; warm RSS {start_rss:.1f} MB")
    step = max(count // 10, 1)
    for i in range(1, count + 1):
        engine.assess(cases[i % len(cases)])
        if i % step == 0:
            print(f"{i:>9} assessments  RSS {_rss_mb():7.1f} MB  ({i / (time.perf_counter() - started):.0f}/s)", flush=True)
    growth = _rss_mb() - start_rss
    print(f"RSS growth over {count} assessments: {growth:.1f} MB (target at most 10 MB); live sessions {engine.live_sessions()}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
