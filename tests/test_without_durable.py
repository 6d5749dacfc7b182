"""Without durable_rules (not installed on Python 3.13+, or its C extension failing to load), the
package still imports and decides, with the plain-Python matcher, identically, and says which.

Each test runs a fresh interpreter in which durable_rules cannot be imported (``tests/without_durable.py``),
as an install without it is; the oracle test (test_matcher.py) holds the two matchers to each other in
one process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from safeguarding_rules import Engine
from tests.case_corpus import varied_cases

ROOT = Path(__file__).resolve().parent.parent
CASES = 200

CORPUS = f"""
import json
import tests.without_durable
from safeguarding_rules import assess
from tests.case_corpus import varied_cases
decisions = [assess(case, trace=True).model_dump(mode="json") for case in varied_cases({CASES})]
print(json.dumps(decisions))
"""


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_without_durable_rules_the_corpus_is_decided_identically_by_the_python_matcher_and_said_once() -> None:
    run = _python("-c", CORPUS)
    assert run.returncode == 0, run.stderr[-3000:]
    without = json.loads(run.stdout)
    assert {decision["engine"] for decision in without} == {"python"}
    said = [line for line in run.stderr.splitlines() if "durable_rules cannot be imported" in line]
    assert len(said) == 1 and "the plain-Python matcher decides" in said[0], run.stderr[-3000:]
    durable = Engine(matcher="durable")
    try:
        with_durable = [durable.assess(case, trace=True).model_dump(mode="json") for case in varied_cases(CASES)]
    finally:
        durable.close()
    assert {decision["engine"] for decision in with_durable} == {"durable"}
    differ = [i for i, (a, b) in enumerate(zip(with_durable, without, strict=True)) if {**a, "engine": ""} != {**b, "engine": ""}]
    assert not differ, f"{len(differ)} of {CASES} cases decided differently, the first: {differ[0]}"


def test_without_durable_rules_every_feature_and_rule_outcome_passes() -> None:
    run = _python("-m", "pytest", "-p", "no:cacheprovider", "-p", "tests.without_durable",
                  "-o", "addopts=--strict-markers", "tests/test_features.py", "tests/test_rule_outcomes.py")
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "matcher: python (" in run.stdout, run.stdout[:2000]
