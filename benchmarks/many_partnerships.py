"""Scale: many partnerships loaded at once. Start-up, and the cost of a case, side by side.

    python benchmarks/many_partnerships.py [PARTNERSHIPS] [RULES_PER_OVERLAY]

Generates PARTNERSHIPS overlays (default 200) from the partnership template, each with
RULES_PER_OVERLAY rules (default 5, so 200 overlays and the national rules are over 1,000 rules),
and compares an engine with the four shipped partnerships against one with them all: start-up time,
and assessments per second for national cases and for cases of one partnership, each case timed on
both engines in turn (interleaved), three passes over 2,000 cases. Each partnership's
overlay is compiled and matched on its own with the national rules, so a case should cost about the
same however many partnerships are loaded (target: at most 10% more). Prints figures; asserts nothing.
"""

from __future__ import annotations

import gc
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safeguarding_rules import Case, Engine
from safeguarding_rules.resources import TEMPLATES_DIR
from tests.case_corpus import varied_cases


def _overlays(directory: Path, count: int, rules_per_overlay: int) -> None:
    template = (TEMPLATES_DIR / "partnership-overlay" / "example-partnership-pathways.yaml").read_text()
    sources = (TEMPLATES_DIR / "partnership-overlay" / "sources.yaml").read_text()
    rules_at = template.index("\nrules:\n") + len("\nrules:\n")
    rule = template[rules_at:]
    for n in range(count):
        name = f"p{n:04d}"
        body = template[:rules_at] + "".join(
            re.sub(r"(\n    title: [^\n]+)", rf"\g<1> (variant {k})", re.sub(r"EXAMPLE-PARTNERSHIP-([A-Z-]+)", rf"P{n:04d}-\g<1>-{k}", rule))
            for k in range(rules_per_overlay)
        )
        folder = directory / name
        folder.mkdir()
        (folder / "pathways.yaml").write_text(body.replace("example_partnership", name).replace("example-partnership", name))
        (folder / "sources.yaml").write_text(sources.replace("example-partnership", name))


def _side_by_side(few: Engine, few_cases: list[Case], many: Engine, many_cases: list[Case], rounds: int = 3) -> tuple[list[float], list[float]]:
    """Each case timed on both engines in turn (interleaved, so that the machine's drift falls on both
    alike), over ROUNDS passes after a warm-up: the per-case seconds of each engine."""
    for a, b in zip(few_cases[:100], many_cases[:100], strict=True):
        few.assess(a)
        many.assess(b)
    timed: tuple[list[float], list[float]] = ([], [])
    clock = time.perf_counter
    for _ in range(rounds):
        for a, b in zip(few_cases, many_cases, strict=True):
            t = clock()
            few.assess(a)
            t1 = clock()
            many.assess(b)
            timed[0].append(t1 - t)
            timed[1].append(clock() - t1)
    return timed


def main(count: int = 200, rules_per_overlay: int = 5) -> None:
    national = [Case.model_validate({**c, "partnership": None}) for c in varied_cases(2000, seed=11)]
    with tempfile.TemporaryDirectory() as tmp:
        _overlays(Path(tmp), count, rules_per_overlay)
        started = time.perf_counter()
        few = Engine()
        few_start = time.perf_counter() - started
        started = time.perf_counter()
        many = Engine(extra_dirs=[tmp])
        many_start = time.perf_counter() - started
        local = [c.model_copy(update={"partnership": "p0042"}) for c in national]
        if "--freeze" in sys.argv:
            gc.freeze()  # as `safeguarding-rules serve` does once the app is built
        print(f"rules: {len(few.book.rules)} with 4 partnerships; {len(many.book.rules)} with {count + 4}")
        print(f"start-up: {few_start * 1000:.0f} ms with 4; {many_start * 1000:.0f} ms with {count + 4}")
        for label, cases in (("national cases", national), ("partnership cases", local)):
            shipped = [c.model_copy(update={"partnership": "derbyshire" if c.partnership else None}) for c in cases]
            base, scaled = _side_by_side(few, shipped, many, cases)
            print(
                f"{label}: {len(base) / sum(base):.0f}/s (p50 {statistics.median(base) * 1000:.2f} ms) with 4; "
                f"{len(scaled) / sum(scaled):.0f}/s (p50 {statistics.median(scaled) * 1000:.2f} ms) with {count + 4}: "
                f"{sum(scaled) / sum(base) - 1:+.0%} per case, p50 {statistics.median(scaled) / statistics.median(base) - 1:+.0%} "
                "(interleaved case by case; target at most +10%)"
            )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3] if a.isdigit()))
