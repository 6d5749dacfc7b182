"""`POST /v2/assess`'s path around the engine, and what a worker does before its first answer.

The handler holds its assessment slot with ``with`` and reads the engine from the app rather than
through FastAPI dependencies, and a worker's start leaves the rulebook and the page-only packages
for later: what a client receives must be what the library decides, and the limits must hold.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from safeguarding_rules_api.settings import Settings

from safeguarding_rules import Case, Engine
from safeguarding_rules.models.decision import COMPACT
from tests.case_corpus import varied_cases

PAGE_ONLY = ("jinja2", "gherkin", "icalendar", "rich", "sqlalchemy", "holidays")
"""Packages only some pages or commands need: the rulebook and triage pages' templates, the feature
files' parser, calendars, the command line's tables, the decision store; and ``holidays``, which the
recorded bank-holiday table stands in for in every year a case can reach."""


@pytest.mark.parametrize("trace", [False, True])
def test_the_answer_is_the_librarys_decision_byte_for_byte(engine: Engine, trace: bool) -> None:
    client = TestClient(create_app(engine=engine))
    for raw in varied_cases(60 if not trace else 15, seed=23):
        response = client.post("/v2/assess", params={"trace": trace}, json=raw)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        decision = engine.assess(Case.model_validate(raw), trace=trace)
        expected = decision.model_dump_json(context=None if trace else COMPACT)  # compact unless traced
        assert response.content == expected.encode()


def test_a_slot_is_given_back_whatever_the_assessment_ends_in(engine: Engine) -> None:
    """One slot: a case the engine refuses while holding it (422), then a case it decides, then a full
    worker (503)."""
    app = create_app(Settings(max_concurrent_assessments=1), engine=engine)
    client = TestClient(app)
    elsewhere = {**varied_cases(1, seed=3)[0], "jurisdiction": "england", "partnership": "no_such_partnership"}
    refused = client.post("/v1/assess", json=elsewhere)  # raised by engine.assess, inside the slot
    assert refused.status_code == 422 and refused.json()["type"] == "/problems/unknown-partnership"
    assert client.post("/v1/assess", json=varied_cases(1, seed=3)[0]).status_code == 200
    assert app.state.slots.acquire()
    try:
        busy = client.post("/v1/assess", json=varied_cases(1, seed=3)[0])
        assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
    finally:
        app.state.slots.release()


def test_a_workers_start_imports_no_page_only_package_and_renders_no_page() -> None:
    """Built as `serve` builds it, in a fresh interpreter: the engine is built (the first case must not
    pay for it), the rulebook is not rendered and no page-only package is imported until a page asks."""
    script = (
        "import sys, json\n"
        "import safeguarding_rules.cli\n"
        "from safeguarding_rules_api.main import create_app\n"
        "app = create_app()\n"
        "started = sorted(m for m in json.loads(sys.argv[1]) if m in sys.modules)\n"
        "built = bool(app.state.engine._scopes)\n"
        "from fastapi.testclient import TestClient\n"
        "page = TestClient(app).get('/rulebook/index.html')\n"
        "print(json.dumps({'started': started, 'engine_built': built, 'rulebook': page.status_code,\n"
        "                  'after_page': sorted(m for m in ('jinja2', 'gherkin') if m in sys.modules)}))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, json.dumps(PAGE_ONLY)], capture_output=True, text=True, check=True)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"started": [], "engine_built": True, "rulebook": 200, "after_page": ["gherkin", "jinja2"]}
