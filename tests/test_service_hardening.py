"""Security and observability of the service: API keys, body limits, CORS, headers, metrics, logs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from safeguarding_rules_api.observability import JsonFormatter
from safeguarding_rules_api.settings import Settings

from safeguarding_rules import Engine

CASE = {
    "case_ref": "SECRET-REF-77",
    "assessment_date": "2026-11-21",
    "subject": {"kind": "adult", "care_and_support_needs": True, "in_area": True},
    "incident": {"outcome": "died", "occurred_on": "2026-11-01"},
    "death_resulted_from_abuse_or_neglect": "suspected",
}


KEY = "k" * 16 + "-partnership-key-one"
FILE_KEY = "f" * 16 + "-partnership-key-two"


@pytest.fixture(scope="module")
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(engine=engine))


def test_api_keys_guard_every_endpoint_but_healthz(engine: Engine, tmp_path: Path) -> None:
    keys_file = tmp_path / "keys"
    keys_file.write_text("# partnership keys\n\n   # an indented comment is a comment too\n" + FILE_KEY + "\n")
    client = TestClient(create_app(Settings(api_keys=[KEY], api_keys_file=keys_file), engine=engine))
    assert client.get("/healthz").status_code == 200
    assert client.get("/rulebook/index.html").status_code == 200  # public law, public by default
    protected = TestClient(create_app(Settings(api_keys=[KEY], protect_rulebook=True), engine=engine))
    assert protected.get("/rulebook/index.html").status_code == 401
    for path in ("/rulesets", "/partnerships", "/metrics"):
        assert client.get(path).status_code == 401
    assert client.post("/v1/assess", json=CASE).status_code == 401
    assert client.post("/v1/assess", json=CASE, headers={"X-API-Key": "wrong"}).status_code == 401
    assert client.post("/v1/assess", json=CASE, headers={"X-API-Key": KEY}).status_code == 200
    assert client.get("/rulesets", headers={"X-API-Key": FILE_KEY}).status_code == 200
    assert client.post("/v1/assess", json=CASE, headers={"X-API-Key": "# an indented comment is a comment too"}).status_code == 401
    for docs in ("/docs", "/redoc", "/openapi.json", "/static-offline-docs/swagger-ui.css"):
        refused = client.get(docs)
        assert refused.status_code == 401 and refused.headers["content-type"] == "application/problem+json", docs
        assert client.get(docs, headers={"X-API-Key": KEY}).status_code == 200, docs
    public = TestClient(create_app(Settings(api_keys=[KEY], public_docs=True), engine=engine))
    assert public.get("/openapi.json").status_code == 200 and public.get("/v1/rulesets").status_code == 401


def test_a_short_api_key_refuses_start_up(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="shorter than 32 characters"):
        create_app(Settings(api_keys=["key-one"]), engine=engine)
    keys_file = tmp_path / "keys"
    keys_file.write_text(KEY + "\nshort\n")
    with pytest.raises(ValueError, match="1 API key"):
        create_app(Settings(api_keys_file=keys_file), engine=engine)


def test_without_keys_the_service_is_open(client: TestClient) -> None:
    assert client.post("/v1/assess", json=CASE).status_code == 200


def test_a_body_over_the_limit_is_refused(engine: Engine) -> None:
    client = TestClient(create_app(Settings(max_body_bytes=2048), engine=engine))
    big = {**CASE, "case_ref": "X", "subject": {"kind": "adult"}, "padding": "x" * 4096}
    response = client.post("/v1/assess", content=json.dumps(big), headers={"content-type": "application/json"})
    assert response.status_code == 413

    def chunks():
        yield b'{"subject": {"kind": "adult"}, "case_ref": "'
        for _ in range(10):
            yield b"a" * 1000
        yield b'"}'

    streamed = client.post("/v1/assess", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_malformed_deep_and_huge_bodies_are_4xx(client: TestClient) -> None:
    assert client.post("/v1/assess", content=b"{not json", headers={"content-type": "application/json"}).status_code == 400
    deep = '{"subject": ' * 5000 + "{}" + "}" * 5000
    assert 400 <= client.post("/v1/assess", content=deep, headers={"content-type": "application/json"}).status_code < 500
    huge = json.dumps({"cases": [CASE] * 10_001})
    assert client.post("/v1/assess/batch", content=huge, headers={"content-type": "application/json"}).status_code in (413, 422)
    assert client.post("/v1/assess", content=b"\xff\xfe", headers={"content-type": "application/json"}).status_code in (400, 422)


def test_cors_is_closed_unless_configured(engine: Engine) -> None:
    closed = TestClient(create_app(engine=engine))
    preflight = {"Origin": "https://cms.example", "Access-Control-Request-Method": "POST"}
    assert "access-control-allow-origin" not in closed.options("/v1/assess", headers=preflight).headers
    opened = TestClient(create_app(Settings(cors_origins=["https://cms.example"]), engine=engine))
    assert opened.options("/v1/assess", headers=preflight).headers["access-control-allow-origin"] == "https://cms.example"
    with pytest.raises(ValueError):
        Settings(cors_origins=["*"])


def test_security_headers_request_id_and_ruleset_versions(client: TestClient) -> None:
    response = client.post("/v1/assess", json=CASE, headers={"X-Request-ID": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "england/care-act-2014-s44@2026.4#" in response.headers["x-rulesets"]
    assert client.get("/healthz").headers["x-request-id"]


def test_metrics_count_requests_and_determinations_without_case_data(client: TestClient) -> None:
    client.post("/v1/assess", json=CASE)
    client.post("/v1/assess/batch", json={"cases": [CASE, {"subject": {"kind": "nobody"}}]})
    text = client.get("/metrics").text
    assert 'safeguarding_determinations_total{determination="sar",status="undetermined"}' in text
    assert 'safeguarding_requests_total{method="POST",route="/v1/assess",status="200"}' in text
    assert "safeguarding_request_seconds_bucket" in text
    assert "SECRET-REF-77" not in text and "2026-11-01" not in text


def test_structured_logs_carry_a_request_id_and_no_case_data(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client.post("/v1/assess", json=CASE, headers={"X-Request-ID": "req-42"})
    client.post("/v1/assess", json={**CASE, "subject": {"kind": "adult", "name": "A Person"}})
    client.post("/v1/assess/batch", json={"cases": [CASE]})
    records = [r for r in caplog.records if r.name == "safeguarding_rules.api"]
    assert records, "the service logged no request"
    lines = [JsonFormatter().format(r) for r in caplog.records]
    assert any('"request_id": "req-42"' in line and '"route": "/v1/assess"' in line for line in lines)
    everything = "\n".join(lines + [r.getMessage() for r in caplog.records])
    for secret in ("SECRET-REF-77", "A Person", "suspected", "2026-11-01"):
        assert secret not in everything
