"""The README's Quickstart test command is the one CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_quickstart_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", quickstart)
    assert len(commands) == 2, "the Quickstart holds exactly two commands: serve, and test"
    assert commands[0].endswith("safeguarding-rules serve")
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
