"""Record the scenario results the package ships: run every feature, then write
``safeguarding_rules/rulebook_results.json`` (each scenario passed or failed, with the ruleset
versions and hashes, the feature files' hashes, the date and the package version they are of).

Run it from a clone, in its development environment, before building a release and whenever a
ruleset or a feature changes (``tests/test_rulebook.py`` fails until the record matches them):

    .venv/bin/python scripts/record_rulebook_results.py

The served rulebook shows these results, and says so where a loaded ruleset is not the recorded one.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    import safeguarding_rules
    from safeguarding_rules import __version__, load_rulebook
    from safeguarding_rules.features_index import DEFAULT_FEATURES_DIR, RESULTS_FILE, read_features, record_results

    package = Path(safeguarding_rules.__file__).resolve().parent
    if package.parent != ROOT:
        print(f"safeguarding_rules is imported from {package}, not this clone: use its editable install", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "cucumber.json"
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "tests/test_features.py", "-q", "-p", "no:cacheprovider",
             f"--cucumberjson={report}"],
            cwd=ROOT, check=False,
        )
        if not report.is_file():
            print("the feature run wrote no report", file=sys.stderr)
            return 2
        features = read_features([DEFAULT_FEATURES_DIR])
        record = record_results(load_rulebook(), features, report, __version__)
    out = package / RESULTS_FILE
    out.write_text(json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    outcomes = list(record["scenarios"].values())
    counts = {outcome: outcomes.count(outcome) for outcome in sorted(set(outcomes))}
    print(f"wrote {out.relative_to(ROOT)}: {len(outcomes)} scenarios, {counts}, package {__version__}, "
          f"{len(record['rulesets'])} rulesets")
    return 0 if run.returncode == 0 and set(counts) == {"passed"} else 1


if __name__ == "__main__":
    sys.exit(main())
