"""Shared fixtures: one engine per test session, and a rule-coverage record across features."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from safeguarding_rules import Decision, Engine, load_rulebook

pytest_plugins = ["tests.steps.case_steps"]


def pytest_configure(config: pytest.Config) -> None:
    """Register every rule id as a marker, so a feature tag naming no rule fails under --strict-markers;
    and make the directory the run's Cucumber JSON (for the rulebook) is written to."""
    Path(config.rootpath, "build").mkdir(exist_ok=True)
    for bound in load_rulebook().rules:
        config.addinivalue_line("markers", f"{bound.rule.id}: scenario exercises rule {bound.rule.id}")


def _service_settings() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name.startswith("SAFEGUARDING_RULES_")}


@pytest.fixture(autouse=True)
def _no_service_setting_leaks() -> Iterator[None]:
    """A test leaves the ``SAFEGUARDING_RULES_*`` environment as it found it (set one with monkeypatch):
    a setting left behind would change what every later test serves, and make tests depend on their order.
    Autouse, so it is set up before and torn down after the test's own monkeypatch."""
    before = _service_settings()
    yield
    after = _service_settings()
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert not changed, f"the test changed the environment and left it so: {changed}"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


class RuleCoverage:
    """Which rules fired, and which were considered without firing, while the features ran."""

    def __init__(self) -> None:
        self.values: dict[str, set[str]] = defaultdict(set)
        self.statuses: dict[str, set[str]] = defaultdict(set)

    def record(self, decision: Decision) -> None:
        for trace in decision.trace or []:
            self.values[trace.rule].add(trace.value)
        for determination in decision.determinations:
            self.statuses[determination.id].add(determination.status)

    def dump(self, path: Path) -> None:
        path.write_text(json.dumps({name: {k: sorted(v) for k, v in getattr(self, name).items()}
                                    for name in ("values", "statuses")}), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> RuleCoverage:
        coverage, data = cls(), json.loads(path.read_text(encoding="utf-8"))
        for name in ("values", "statuses"):
            getattr(coverage, name).update({k: set(v) for k, v in data[name].items()})
        return coverage


_COVERAGE = RuleCoverage()
COVERAGE_FILE = "SAFEGUARDING_TESTS_RULE_COVERAGE_FILE"
"""Where a run of the features writes what they recorded, when test_rule_coverage.py runs them apart."""


@pytest.fixture(scope="session")
def rule_coverage() -> RuleCoverage:
    return _COVERAGE


def pytest_sessionfinish(session: pytest.Session) -> None:
    if os.environ.get(COVERAGE_FILE):
        _COVERAGE.dump(Path(os.environ[COVERAGE_FILE]))


@pytest.fixture(scope="module")
def live_server(engine: Engine) -> Iterator[str]:
    """The app served by uvicorn in a thread of this process, for a real browser; its base URL."""
    from safeguarding_rules_api.main import create_app

    yield from serve_in_thread(create_app(engine=engine))


def serve_in_thread(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread until the generator is closed; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
