"""Record each UK nation's bank holidays from the pinned ``holidays`` package into the library.

    python scripts/record_bank_holidays.py

Importing ``holidays`` imports all of its 250 countries (about 0.15 s of a worker's start); the
library reads this table instead for every year a case can name (and a deadline can reach), and
asks the package itself only outside them. A test fails when the table and the installed package
disagree (after the pin in ``pyproject.toml`` moves, run this again).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import holidays

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safeguarding_rules.calendar import RECORDED_FILE, RECORDED_YEARS, SUBDIVISIONS, package_calendar  # noqa: E402


def table() -> dict[str, object]:
    """The recorded table: the package's version, the years covered and each nation's bank holidays."""
    first, last = RECORDED_YEARS
    nations = {}
    for jurisdiction in SUBDIVISIONS:
        calendar = package_calendar(jurisdiction)
        days = [day for year in range(first, last + 1) for day in sorted(calendar.__class__(years=year, subdiv=calendar.subdiv))]
        nations[jurisdiction] = [day.isoformat() for day in days]
    return {"holidays_version": holidays.__version__, "years": [first, last], "bank_holidays": nations}


def main() -> None:
    RECORDED_FILE.write_text(json.dumps(table(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {RECORDED_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
