"""An integrator's client, generated from /openapi.json with openapi-python-client and used as they
would: readable operation names, a batch typed as `Case`s, and problem documents for bad input."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app

from safeguarding_rules import Engine

GENERATOR = shutil.which("openapi-python-client") or str(Path(sys.executable).with_name("openapi-python-client"))
pytestmark = pytest.mark.skipif(not Path(GENERATOR).exists(), reason="openapi-python-client is not installed (the test extra)")

CHILD_DEATH = {
    "case_ref": "CSPR-2026-0042",
    "assessment_date": "2026-11-21",
    "subject": {"kind": "child", "age": 15},
    "incident": {"outcome": "died", "occurred_on": "2026-11-01", "became_aware_on": "2026-11-02"},
    "abuse_or_neglect": "suspected",
}


@pytest.fixture(scope="module")
def generated(engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, TestClient]:
    app = create_app(engine=engine)
    root = tmp_path_factory.mktemp("client")
    (root / "openapi.json").write_text(json.dumps(TestClient(app).get("/openapi.json").json()))
    (root / "config.yaml").write_text("package_name_override: sgr_client\npost_hooks: []\n")
    subprocess.run(
        [GENERATOR, "generate", "--path", "openapi.json", "--config", "config.yaml", "--meta", "none", "--output-path", "sgr_client"],
        cwd=root, check=True, capture_output=True, timeout=120,
    )
    sys.path.insert(0, str(root))
    try:
        package = importlib.import_module("sgr_client")
    finally:
        sys.path.remove(str(root))
    return package, TestClient(app)


def test_the_generated_operations_and_models_have_readable_names(generated: tuple[Any, TestClient]) -> None:
    package, _ = generated
    root = Path(package.__file__).parent
    operations = {path.stem for path in (root / "api").rglob("*.py") if path.stem != "__init__"}
    assert operations == {"assess", "assess_batch", "healthz", "get_ruleset", "list_rulesets", "list_partnerships"} | {
        f"{name}_v1" for name in ("assess", "assess_batch", "get_ruleset", "list_rulesets", "list_partnerships")
    }
    models = {path.stem for path in (root / "models").glob("*.py")}
    assert {"case", "decision", "batch_request", "batch_response", "problem_details", "field_error", "health"} <= models
    assert not any(name.startswith("batch_request_cases") for name in models), models  # no untyped item


def test_a_generated_client_assesses_a_case_a_batch_and_reads_a_problem(generated: tuple[Any, TestClient]) -> None:
    package, http = generated
    from sgr_client.api.assess import assess, assess_batch
    from sgr_client.api.health import healthz
    from sgr_client.models import BatchRequest, Case, Decision, ProblemDetails

    client = package.Client(base_url="http://testserver").set_httpx_client(http)
    assert healthz.sync(client=client).status == "ok"

    decision = assess.sync(client=client, body=Case.from_dict(CHILD_DEATH))
    assert isinstance(decision, Decision) and decision.case_ref == "CSPR-2026-0042"
    assert {d.id for d in decision.determinations} >= {"panel_notification"}
    panel = next(d for d in decision.determinations if d.id == "panel_notification")
    cited = [decision.citations[key] for key in panel.citations]  # each key resolves in the decision's table
    assert cited and {c.source_id for c in cited} >= {"children-act-2004"} and all(c.provision for c in cited)
    quoted = assess.sync(client=client, body=Case.from_dict(CHILD_DEATH), full=True)
    assert all(isinstance(quoted.citations[key].quote, str) for key in panel.citations)

    adult = Case.from_dict({**CHILD_DEATH, "subject": {"kind": "adult", "care_and_support_needs": True, "in_area": True}})
    batch = assess_batch.sync(client=client, body=BatchRequest(cases=[Case.from_dict(CHILD_DEATH), adult]))
    assert batch.assessed == 2 and [r.index for r in batch.results] == [0, 1]

    impossible = Case.from_dict({**CHILD_DEATH, "subject": {"kind": "child", "age": 18}})
    refused = assess.sync_detailed(client=client, body=impossible)
    assert refused.status_code == 422 and isinstance(refused.parsed, ProblemDetails), refused.content
    assert refused.parsed.type_ == "/problems/request-validation-failed"
    assert [e.loc for e in refused.parsed.errors] == [["body", "subject", "age"]]
