"""How often explaining a case meets a determination pattern it has worded before: the case for the memo.

    python benchmarks/explain_memo.py [COUNT]

Assesses COUNT varied cases (``tests/case_corpus.varied_cases``) and counts, per scope, the listed
determinations and the distinct patterns ``explain`` words them from (each ``Outcome.key``, which
``decide`` makes: the outcome without its dates), then the memo's hits, misses and size. Prints figures; asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safeguarding_rules import Case, Engine
from safeguarding_rules.decide import decide
from safeguarding_rules.memo import BOUND, cache_info
from tests.case_corpus import varied_cases


def main(count: int = 3000) -> None:
    engine = Engine()
    listed = 0
    patterns: set[tuple[object, ...]] = set()
    for data in varied_cases(count):
        case = Case.model_validate(data)
        engine.assess(case)  # through the memo
        facts = engine.facts_of(case)
        scope, matcher = engine._scope(case.jurisdiction, case.partnership)
        for outcome in decide(scope, matcher.evaluate(scope.program, dict(facts))).listed:  # as assess() does
            listed += 1
            patterns.add((case.jurisdiction, case.partnership, outcome.key))
    info = cache_info()
    print(f"{count} varied cases: {listed} determinations listed, {len(patterns)} distinct patterns "
          f"({100 * len(patterns) / listed:.1f}%)")
    print(f"memo (every part explain remembers): {info.hits} hits, {info.misses} misses "
          f"({100 * info.hits / (info.hits + info.misses):.1f}% hits), {info.currsize} held of at most {BOUND}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
