"""Problem details to the letter (RFC 9457): every refusal the service makes, as a client meets it, is a
problem document whose `type` is a page the service serves, with `instance` and each part of the
request at fault in `errors`; the unversioned paths are deprecated aliases served by the /v1 routes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from safeguarding_rules_api.problem_kinds import KINDS
from safeguarding_rules_api.settings import Settings

from safeguarding_rules import Engine
from safeguarding_rules.models.problem import ProblemDetails

KEY = "k" * 40
H = {"X-API-Key": KEY}
CASE = {
    "assessment_date": "2026-11-21",
    "subject": {"kind": "adult", "care_and_support_needs": True, "in_area": True},
    "incident": {"outcome": "died", "occurred_on": "2026-11-01", "became_aware_on": "2026-11-02"},
}
API = Path(__file__).resolve().parent.parent / "api"


@pytest.fixture(scope="module")
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(Settings(api_keys=[KEY], max_concurrent_assessments=1), engine=engine))


def _refusals(client: TestClient) -> list[tuple[str, object]]:
    """One request for each way the service refuses, with the kind expected."""
    js = {**H, "content-type": "application/json"}
    return [
        ("malformed-request", client.post("/v1/assess", content=b"{", headers=js)),
        ("unauthorized", client.post("/v1/assess", json=CASE)),
        ("unauthorized", client.get("/openapi.json")),
        ("not-found", client.get("/v1/rulesets/nope", headers=H)),
        ("not-found", client.get("/nowhere", headers=H)),
        ("method-not-allowed", client.get("/v1/assess", headers=H)),
        ("method-not-allowed", client.request("BREW", "/v1/assess", headers=H)),
        ("payload-too-large", client.post("/v1/assess", content=b"[" * 20_000_000, headers=js)),
        ("payload-too-large", client.post("/v1/assess/batch?trace=true", json={"cases": [CASE] * 101}, headers=H)),
        ("unsupported-media-type", client.post("/v1/assess", content=json.dumps(CASE), headers={**H, "content-type": "text/plain"})),
        ("request-validation-failed", client.post("/v1/assess", json={**CASE, "subject": {"kind": "child", "age": 18}}, headers=H)),
        ("request-validation-failed", client.post("/v1/assess", json={"subject": {}}, headers=H)),
        ("duplicate-key", client.post("/v1/assess", content=b'{"subject": {}, "subject": {}}', headers=js)),
        ("unknown-partnership", client.post("/v1/assess", json={**CASE, "partnership": "atlantis"}, headers=H)),
    ]


def test_every_refusal_is_a_problem_document_whose_type_is_a_page_the_service_serves(client: TestClient) -> None:
    seen = set()
    for kind, response in _refusals(client):
        problem = response.json()  # type: ignore[attr-defined]
        assert response.headers["content-type"] == "application/problem+json", (kind, problem)  # type: ignore[attr-defined]
        ProblemDetails.model_validate(problem)  # the published schema's members, each of its type
        assert problem["type"] == f"/problems/{kind}" and problem["status"] == response.status_code == KINDS[kind].status, problem  # type: ignore[attr-defined]
        assert problem["title"] == KINDS[kind].title, problem
        assert problem["instance"].startswith("/") and problem["request_id"] == response.headers["x-request-id"]  # type: ignore[attr-defined]
        page = client.get(problem["type"])  # resolvable, without a key
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), problem["type"]
        assert KINDS[kind].title.rstrip(".") in page.text.replace("&#x27;", "'")
        seen.add(kind)
    assert seen == set(KINDS) - {"unsupported-jurisdiction", "case-refused", "internal-error", "service-unavailable"}


def test_every_refusal_names_each_part_of_the_request_at_fault(client: TestClient) -> None:
    for kind, response in _refusals(client):
        errors = response.json()["errors"]  # type: ignore[attr-defined]
        assert errors and all(error["loc"] and error["msg"] and error["type"] for error in errors), (kind, errors)
    missing_key = client.post("/v1/assess", json=CASE).json()["errors"]
    assert [error["loc"] for error in missing_key] == [["header", "X-API-Key"]]
    unknown = client.get("/v1/rulesets/nope", headers=H).json()["errors"]
    assert [error["loc"] for error in unknown] == [["path", "ruleset_id"]]


def test_an_impossible_case_names_each_field_at_fault_in_its_own_entry(client: TestClient) -> None:
    impossible = {**CASE, "subject": {"kind": "child", "age": 18}, "incident": {"occurred_on": "2026-11-01", "became_aware_on": "2026-10-31"}}
    problem = client.post("/v1/assess", json=impossible, headers=H).json()
    assert [(e["loc"], e["type"]) for e in problem["errors"]] == [
        (["body", "subject", "age"], "impossible_case"),
        (["body", "incident", "became_aware_on"], "impossible_case"),
    ]
    assert problem["detail"] == "2 problem(s): body.subject.age; body.incident.became_aware_on"
    batch = client.post("/v1/assess/batch", json={"cases": [impossible, CASE]}, headers=H).json()
    assert [e["loc"] for e in batch["results"][0]["errors"]] == [["subject", "age"], ["incident", "became_aware_on"]]
    assert batch["results"][1]["decision"] is not None


def test_every_kind_the_code_emits_has_a_page() -> None:
    """Each problem type named in api/ (`type_=`, a middleware's `problem(...)`, a refused body or case)."""
    source = "\n".join(path.read_text(encoding="utf-8") for path in API.rglob("*.py"))
    named = set(re.findall(r'(?:type_=|problem\(send, scope, |BodyRefused\(\d+, |_problem\()\s*"([a-z-]+)"', source))
    assert len(named) >= 8 and named <= set(KINDS), named - set(KINDS)
    from safeguarding_rules.errors import UnknownPartnershipError, UnsupportedJurisdictionError

    assert {e.type.replace("_", "-") for e in (UnknownPartnershipError, UnsupportedJurisdictionError)} <= set(KINDS)


def test_the_unversioned_paths_are_served_by_the_v1_routes_once_and_say_they_are_deprecated(engine: Engine) -> None:
    client = TestClient(create_app(engine=engine))
    old = client.post("/assess", json=CASE)
    assert old.status_code == 200 and old.json() == client.post("/v1/assess", json=CASE).json()
    assert old.headers["deprecation"].startswith("@") and old.headers["link"] == '</v1/assess>; rel="successor-version"'
    assert client.get("/rulesets/england/care-act-2014-s44").status_code == 200
    assert "deprecation" not in client.post("/v1/assess", json=CASE).headers
    included = [(id(r.original_router), r.include_context.prefix) for r in client.app.routes if hasattr(r, "original_router")]  # type: ignore[attr-defined]
    assert len(included) == len(set(included))  # each router included once under each version's prefix: the aliases add none
