"""Hostile and careless input: refused clearly, never coerced, never counted as a new label."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app

from safeguarding_rules import Engine
from safeguarding_rules.models.case import Case

CASE = {"assessment_date": "2026-11-21", "subject": {"kind": "adult", "care_and_support_needs": True}}


@pytest.fixture(scope="module")
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(engine=engine))


def test_an_unknown_method_is_a_405_and_never_a_metric_label(client: TestClient) -> None:
    for method in ("JANEDOE", "X" * 200, "PROPFIND"):
        response = client.request(method, "/v1/assess")
        assert response.status_code == 405
        assert response.headers["content-type"] == "application/problem+json"
    metrics = client.get("/metrics").text
    assert "JANEDOE" not in metrics and "PROPFIND" not in metrics and "XXXX" not in metrics


def test_metric_routes_are_templates_never_raw_paths(client: TestClient) -> None:
    client.get("/v1/rulesets/jane-doe-1984")
    client.get("/nothing/here/jane")
    metrics = client.get("/metrics").text
    assert "jane" not in metrics.lower()
    assert 'route="/v1/rulesets/{ruleset_id}"' in metrics and 'route="unmatched"' in metrics


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (("subject", "in_area"), "yes"),
        (("subject", "in_area"), "off"),
        (("subject", "in_area"), 0),
        (("subject", "age"), True),
        (("subject", "age"), "1_0"),
        (("subject", "age"), 30.5),
        (("incident", "occurred_on"), "0"),
        (("incident", "occurred_on"), 0),
        (("incident", "occurred_on"), "2026-11-01T10:00:00"),
        (("incident", "occurred_on"), "9999-12-17"),
        (("incident", "occurred_on"), "1988-12-31"),
        (("review", "scr_initiated_on"), "9999-07-01"),
    ],
)
def test_values_are_never_silently_coerced(client: TestClient, field: tuple[str, str], value: object) -> None:
    group, name = field
    case = {**CASE, group: {**CASE.get(group, {}), name: value}}  # type: ignore[dict-item]
    response = client.post("/v1/assess", json=case)
    assert response.status_code == 422, (field, value, response.text)
    assert [group, name] in [error["loc"][1:] for error in response.json()["errors"]]
    with pytest.raises(ValueError):
        Case.model_validate(case)


def test_the_date_range_is_inclusive() -> None:
    assert Case.model_validate({**CASE, "assessment_date": "2100-12-31"}).assessment_date.year == 2100
    assert Case.model_validate({**CASE, "incident": {"occurred_on": "1989-01-01"}}).incident.occurred_on.year == 1989


def test_duplicate_json_keys_are_a_422(client: TestClient) -> None:
    body = b'{"assessment_date": "2026-11-21", "subject": {"kind": "adult", "kind": "child"}}'
    response = client.post("/v1/assess", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["type"] == "/problems/duplicate-key"
    assert "'kind'" in response.json()["detail"]


def test_an_unknown_key_that_is_not_a_field_name_is_not_echoed(client: TestClient) -> None:
    case = {**CASE, "subject": {**CASE["subject"], "Jane Doe": True}, "jane_doe": 1}
    response = client.post("/v1/assess", json=case)
    assert response.status_code == 422
    assert "Jane Doe" not in response.text
    assert ["body", "subject", "(an unknown field)"] in [e["loc"] for e in response.json()["errors"]]
    assert ["body", "jane_doe"] in [e["loc"] for e in response.json()["errors"]]  # looks like a field name


def test_an_unsafe_request_id_is_replaced_and_never_logged(client: TestClient) -> None:
    for unsafe in ("Jane Doe 01/01/2010", "x" * 65, "id;DROP"):
        response = client.post("/v1/assess", json=CASE, headers={"X-Request-ID": unsafe})
        assert response.headers["x-request-id"] != unsafe
    kept = client.post("/v1/assess", json=CASE, headers={"X-Request-ID": "abc-123"})
    assert kept.headers["x-request-id"] == "abc-123"


def test_one_bad_case_never_fails_a_batch(client: TestClient, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    original = engine.assess

    def flaky(case: object, **kwargs: object) -> object:
        if getattr(case, "case_ref", None) == "BOOM":
            raise OverflowError("date value out of range for Jane Doe")
        return original(case, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "assess", flaky)
    cases = [CASE, {**CASE, "case_ref": "BOOM"}, {**CASE, "incident": {"occurred_on": "9999-12-17"}}, CASE]
    response = client.post("/v1/assess/batch", json={"cases": cases})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [bool(r["decision"]) for r in results] == [True, False, False, True]
    assert results[1]["errors"][0]["type"] == "internal_error" and "Jane" not in response.text
    assert json.dumps(results[2]["errors"]).count("occurred_on") == 1


def test_a_batch_over_the_limit_is_a_413_saying_the_limit(client: TestClient) -> None:
    from safeguarding_rules.models.batch import MAX_BATCH

    response = client.post("/v1/assess/batch", json={"cases": [CASE] * (MAX_BATCH + 1)})
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert f"at most {MAX_BATCH:,} cases" in response.json()["detail"]
    assert client.post("/v1/assess/batch", json={"cases": [CASE] * 3}).status_code == 200


def test_beyond_the_workers_concurrent_assessments_a_503_with_retry_after(engine: Engine) -> None:
    from safeguarding_rules_api.settings import Settings

    app = create_app(Settings(max_concurrent_assessments=1, max_concurrent_batches=1), engine=engine)
    client = TestClient(app)
    assert app.state.slots.acquire()  # another request holds the only slot
    try:
        busy = client.post("/v1/assess", json=CASE)
        assert busy.status_code == 503 and busy.headers["retry-after"] == "1"
        assert busy.headers["content-type"] == "application/problem+json"
        assert client.post("/v1/assess/batch", json={"cases": [CASE]}).status_code == 200  # its own pool
    finally:
        app.state.slots.release()
    assert client.post("/v1/assess", json=CASE).status_code == 200
    assert app.state.batch_slots.acquire()
    try:
        assert client.post("/v1/assess/batch", json={"cases": [CASE]}).status_code == 503
    finally:
        app.state.batch_slots.release()


def test_the_cli_streams_json_lines_and_one_bad_line_fails_alone(tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    from typer.testing import CliRunner

    from safeguarding_rules.cli import app

    source = Path(str(tmp_path)) / "cases.jsonl"
    lines = [json.dumps(CASE), '{"subject": {"kind": "adult", "kind": "child"}}', "{not json",
             json.dumps({**CASE, "incident": {"occurred_on": "9999-12-17"}}), json.dumps(CASE)]
    source.write_text("\n".join(lines) + "\n")
    out = Path(str(tmp_path)) / "out.jsonl"
    result = CliRunner().invoke(app, ["assess", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["index"] for r in results] == [0, 1, 2, 3, 4]
    assert [bool(r["decision"]) for r in results] == [True, False, False, False, True]
    assert results[1]["errors"][0]["type"] == "duplicate_key"
    assert "2 assessed, 3 failed" in result.output
