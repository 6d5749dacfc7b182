"""Scale: many partnerships loaded at once. Start-up, and the cost of a case, side by side.

    python benchmarks/many_partnerships.py [PARTNERSHIPS] [RULES_PER_OVERLAY]

Generates PARTNERSHIPS overlays (default 200) from the partnership template, each with
RULES_PER_OVERLAY rules (default 5, so 200 overlays and the national rules are over 1,000 rules),
and compares an engine with the four shipped partnerships against one with them all: start-up time,
and assessments per second for national cases and for cases of one partnership. Each partnership's
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


def _rate(engine: Engine, cases: list[Case]) -> tuple[float, float]:
    for case in cases[:100]:
        engine.assess(case)
    latencies = []
    started = time.perf_counter()
    for case in cases:
        t = time.perf_counter()
        engine.assess(case)
        latencies.append(time.perf_counter() - t)
    return len(cases) / (time.perf_counter() - started), statistics.median(latencies) * 1000


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
            base, base_p50 = _rate(few, [c.model_copy(update={"partnership": "derbyshire" if c.partnership else None}) for c in cases])
            scaled, scaled_p50 = _rate(many, cases)
            print(
                f"{label}: {base:.0f}/s (p50 {base_p50:.2f} ms) with 4; {scaled:.0f}/s (p50 {scaled_p50:.2f} ms) "
                f"with {count + 4}: {base / scaled - 1:+.0%} per case (target at most +10%)"
            )


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3] if a.isdigit()))
