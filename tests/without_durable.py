"""A pytest plugin (``-p tests.without_durable``) that makes durable_rules unimportable before anything
imports safeguarding_rules: the run decides as an install without durable_rules does (Python 3.13+)."""

from __future__ import annotations

import sys

import pytest

sys.modules["durable"] = None  # type: ignore[assignment]  # `import durable...` now raises ImportError
sys.modules["durable_rules_engine"] = None  # type: ignore[assignment]


def pytest_report_header() -> str:
    from safeguarding_rules.engine import DEFAULT_MATCHER, DURABLE_MISSING

    return f"matcher: {DEFAULT_MATCHER} ({DURABLE_MISSING})"


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    from safeguarding_rules.engine import default_engine

    if default_engine().matcher != "python":  # never a pass that durable_rules made
        session.exitstatus = pytest.ExitCode.INTERNAL_ERROR
