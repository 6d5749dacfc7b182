"""The HTTP service, in-process through TestClient: contract, errors, start-up and logs."""

from __future__ import annotations

import logging
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jsonschema_rs
import pytest
import yaml
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from safeguarding_rules_api.settings import Settings

from safeguarding_rules import Decision, Engine, RulesetError
from safeguarding_rules.contract import version_1_schema
from safeguarding_rules.loader import DEFAULT_RULESETS_DIR
from tests.case_corpus import varied_cases

CASE = {
    "case_ref": "DSP-2026-0142",
    "assessment_date": "2026-11-21",
    "subject": {"kind": "adult", "care_and_support_needs": True, "in_area": True},
    "incident": {"outcome": "died", "occurred_on": "2026-11-01", "became_aware_on": "2026-11-02"},
    "death_resulted_from_abuse_or_neglect": "suspected",
    "concerns": {"agencies_working_together": True},
}


@pytest.fixture(scope="module")
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(engine=engine))


def test_assess_returns_the_decision_contract(client: TestClient) -> None:
    response = client.post("/v2/assess?full=true", json=CASE)
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"case_ref", "assessment_date", "rulesets", "determinations", "questions", "trace", "citations"}
    sar = next(d for d in body["determinations"] if d["id"] == "sar")
    assert set(sar) >= {"id", "title", "kind", "status", "actor", "due", "due_basis", "rules", "reason", "citations", "depends_on", "ruleset"}
    assert sar["status"] == "required" and sar["rules"][0] == "SAR-S44-MANDATORY"
    # The quote is the ruleset file's words, whole: read from the file, not from the answer.
    ruleset = yaml.safe_load((DEFAULT_RULESETS_DIR / "england" / "care-act-2014-s44.yaml").read_text(encoding="utf-8"))
    (rule,) = [r for r in ruleset["rules"] if r["id"] == "SAR-S44-MANDATORY"]
    # Each citation is written once, in the decision's table; the full form gives the quote, the
    # compact form (the default) names the provision.
    key = sar["citations"][0]
    assert body["citations"][key] == {
        "source": "Care Act 2014",
        "source_id": "care-act-2014",
        "provision": "s44(1)",
        "quote": rule["citations"][0]["quote"],
        "paraphrase": None,
        "url": "https://www.legislation.gov.uk/ukpga/2014/23/section/44",
        "status": "verified",
        "note": None,
    }
    assert body["citations"][key]["quote"].startswith("An SAB must arrange") and body["citations"][key]["quote"].endswith("if—")
    compact = client.post("/v2/assess", json=CASE).json()
    assert compact["citations"][key] == {"source_id": "care-act-2014", "provision": "s44(1)"}
    cited = {k for d in body["determinations"] for k in d["citations"]} | {k for j in body["joint_reviews"] for k in j["citations"]}
    assert cited == set(body["citations"]) == set(compact["citations"])  # every key resolves, and nothing else is listed


def test_invalid_case_gets_422_naming_each_bad_field_without_echoing_it(client: TestClient) -> None:
    bad = {**CASE, "subject": {"kind": "toddler", "name": "A Person"}, "abuse_or_neglect": "maybe"}
    response = client.post("/v2/assess", json=bad)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    locations = {tuple(e["loc"]) for e in response.json()["errors"]}
    assert locations == {("body", "subject", "kind"), ("body", "subject", "name"), ("body", "abuse_or_neglect")}
    assert "A Person" not in response.text


def test_malformed_json_is_a_400_problem_not_a_crash(client: TestClient) -> None:
    response = client.post("/v2/assess", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400
    problem = response.json()
    assert problem["type"] == "/problems/malformed-request" and problem["request_id"] == response.headers["x-request-id"]


def test_unknown_partnership_is_a_422_listing_the_known(client: TestClient) -> None:
    response = client.post("/v2/assess", json={**CASE, "partnership": "atlantis"})
    assert response.status_code == 422
    assert response.json()["known"] == ["bath_and_north_east_somerset", "darlington", "derbyshire", "northamptonshire"]


def test_an_impossible_case_is_a_422_naming_its_fields_never_a_decision(client: TestClient) -> None:
    child_of_18 = {**CASE, "subject": {"kind": "child", "age": 18}}
    aware_first = {**CASE, "incident": {**CASE["incident"], "became_aware_on": "2026-10-31"}}
    for case, words in (
        (child_of_18, "subject.age"),
        (aware_first, "incident.became_aware_on is before incident.occurred_on"),
    ):
        response = client.post("/v2/assess", json=case)
        assert response.status_code == 422, response.text
        assert any(words in error["msg"] for error in response.json()["errors"]), response.text


@pytest.fixture(scope="module")
def england_only(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """A service loaded with England's rulesets alone, as a deployment for one nation would be."""

    from safeguarding_rules.resources import RULESETS_DIR

    root = tmp_path_factory.mktemp("england-only")
    shutil.copy(RULESETS_DIR / "sources.yaml", root / "sources.yaml")
    shutil.copytree(RULESETS_DIR / "england", root / "england")
    return TestClient(create_app(engine=Engine([root], include_national=False)))


def test_a_case_from_a_jurisdiction_without_rulesets_is_a_422_naming_it(england_only: TestClient) -> None:
    response = england_only.post("/v2/assess", json={**CASE, "jurisdiction": "scotland"})
    assert response.status_code == 422
    problem = response.json()
    error = problem["errors"][0]
    assert error["loc"] == ["body", "jurisdiction"] and error["type"] == "unsupported_jurisdiction"
    assert "'scotland'" in error["msg"] and problem["known"] == ["england"]
    assert england_only.post("/v2/assess", json={**CASE, "jurisdiction": "atlantis"}).status_code == 422


def test_each_nation_is_decided_by_its_own_law(client: TestClient) -> None:
    """Every jurisdiction has rulesets, and a case meets only its own nation's (and shared) law."""
    for jurisdiction, own in [
        ("england", "england/"), ("wales", "wales/"), ("scotland", "scotland/"), ("northern_ireland", "northern_ireland/"),
    ]:
        decision = client.post("/v2/assess", json={**CASE, "jurisdiction": jurisdiction}).json()
        ids = [r["id"] for r in decision["rulesets"]]
        assert any(i.startswith(own) for i in ids), (jurisdiction, ids)
        shared = ("england_and_wales/", "england_wales_and_northern_ireland/") if jurisdiction != "scotland" else ()
        others = [i for i in ids if not i.startswith((own, *shared))]
        assert not others, (jurisdiction, others)


def test_a_refused_case_in_a_batch_gets_its_own_error(england_only: TestClient) -> None:
    response = england_only.post("/v2/assess/batch", json={"cases": [CASE, {**CASE, "jurisdiction": "wales"}]})
    assert response.status_code == 200, response.text
    first, second = response.json()["results"]
    assert first["decision"] is not None
    assert second["errors"][0]["type"] == "unsupported_jurisdiction"


def test_rulesets_are_listed_with_versions_dates_and_counts(client: TestClient) -> None:
    listed = {r["id"]: r for r in client.get("/rulesets").json()}
    s44 = listed["england/care-act-2014-s44"]
    assert s44["effective_from"] == "2015-04-01" and s44["version"] and s44["rule_count"] == 10


def test_one_ruleset_shows_its_rules_and_quotes(client: TestClient) -> None:
    detail = client.get("/rulesets/england/care-act-2014-s44").json()
    rule = next(r for r in detail["rules"] if r["id"] == "SAR-S44-DISCRETIONARY")
    assert rule["concludes"] == "sar is discretionary"
    assert rule["citations"][0]["provision"] == "s44(4)"
    assert client.get("/rulesets/nope").status_code == 404


def test_a_ruleset_is_found_by_its_path_and_by_the_id_it_had_before(client: TestClient) -> None:
    """Ids became paths: a client naming an old id still gets the ruleset, which says its id now."""
    listed = {r["id"]: r for r in client.get("/v2/rulesets").json()}
    assert listed["northern_ireland/case-management-reviews-and-dhr"]["formerly"] == ["northern-ireland.case-reviews"]
    for asked in ("northern_ireland/case-management-reviews-and-dhr", "northern_ireland%2Fcase-management-reviews-and-dhr",
                  "northern-ireland.case-reviews"):
        response = client.get(f"/v2/rulesets/{asked}")
        assert response.status_code == 200, (asked, response.text)
        assert response.json()["id"] == "northern_ireland/case-management-reviews-and-dhr"
    assert client.get("/rulesets/england.care-act-2014-s44").json()["id"] == "england/care-act-2014-s44"
    missing = client.get("/v2/rulesets/northern-ireland/case-reviews")
    assert missing.status_code == 404 and "england/care-act-2014-s44" in missing.json()["detail"]


def test_health_and_openapi(client: TestClient) -> None:
    from safeguarding_rules import __version__

    assert client.get("/healthz").json() | {"rulesets": 0, "rules": 0} == {"status": "ok", "version": __version__, "rulesets": 0, "rules": 0}
    assert "/v2/assess" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 200


def test_the_service_refuses_to_start_on_an_invalid_ruleset(tmp_path: Path) -> None:
    broken = tmp_path / "overlay"
    broken.mkdir()
    shutil.copy(DEFAULT_RULESETS_DIR / "england" / "care-act-2014-s44.yaml", broken / "copy.yaml")
    with pytest.raises(RulesetError) as caught:
        create_app(Settings(ruleset_dirs=[broken]))
    assert "determination 'sar' is declared in two rulesets" in str(caught.value)


class _Everything(logging.Handler):
    """Every record of every logger, formatted in full as the service writes it (JSON lines)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        from safeguarding_rules_api.observability import JsonFormatter

        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def test_no_case_fact_or_case_ref_in_any_log_record(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    secrets_ = {"case_ref": "SECRET-REF-4711", "date": "2019-03-14", "name": "Jane Doe", "key": "JaneDoeKey"}
    case = {
        "case_ref": secrets_["case_ref"], "assessment_date": "2026-11-21",
        "subject": {"kind": "adult", "care_and_support_needs": True},
        "incident": {"outcome": "died", "occurred_on": secrets_["date"], "location": "in_area"},
        "death_resulted_from_abuse_or_neglect": "suspected",
    }
    capture = _Everything()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    try:
        client = TestClient(create_app(engine=engine), raise_server_exceptions=False)
        client.post("/v2/assess", json=case, headers={"X-Request-ID": "Jane Doe"})
        client.post("/v2/assess?trace=true", json=case)
        client.post("/v2/assess/batch", json={"cases": [case, {**case, "subject": {"kind": "adult", secrets_["name"]: 1}}]})
        client.post("/v2/assess", json={**case, "subject": {"kind": "adult", secrets_["key"]: True}})
        client.post("/v2/assess", json={**case, "jurisdiction": "wales"})
        monkeypatch.setattr(engine, "assess", lambda *a, **k: (_ for _ in ()).throw(RuntimeError(f"boom {secrets_['case_ref']}")))
        client.post("/v2/assess", json=case)
        # The capture itself can fail: a fact logged anywhere is found.
        logging.getLogger("probe").info("probe %s", "probe-fact-0")
    finally:
        root.removeHandler(capture)
        root.setLevel(previous)
    output = "\n".join(capture.lines)
    assert "probe-fact-0" in output and '"request_id"' in output
    for secret in secrets_.values():
        assert secret not in output, secret


def test_concurrent_requests_get_the_sequential_decisions(engine: Engine) -> None:
    client = TestClient(create_app(Settings(max_concurrent_assessments=32), engine=engine))
    cases = varied_cases(64, seed=7)
    sequential = [client.post("/v2/assess", json=case).json() for case in cases]
    with ThreadPoolExecutor(max_workers=16) as pool:
        concurrent = list(pool.map(lambda case: client.post("/v2/assess", json=case).json(), cases))
    assert concurrent == sequential


def test_the_contract_is_versioned_and_the_unversioned_paths_are_aliases_of_version_1(client: TestClient) -> None:
    version_2 = client.post("/v2/assess", json=CASE).json()
    version_1 = client.post("/v1/assess", json=CASE).json()
    assert version_2["schema_version"] == "2" and version_1["schema_version"] == "1"
    alias = client.post("/assess", json=CASE)
    assert alias.json() == version_1 and alias.headers["deprecation"] and "</v1/assess>" in alias.headers["link"]
    assert client.get("/rulesets").json() == client.get("/v1/rulesets").json() == client.get("/v2/rulesets").json()
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/assess", "/v2/assess", "/v1/assess/batch", "/v2/assess/batch", "/v2/rulesets/{ruleset_id}"} <= set(paths)
    assert "/assess" not in paths
    operations = {op["operationId"] for path in paths.values() for op in path.values()}
    assert {"assess", "assess_batch", "get_ruleset", "list_rulesets", "list_partnerships"} <= operations
    assert {"assess_v1", "assess_batch_v1", "get_ruleset_v1", "list_rulesets_v1", "list_partnerships_v1"} <= operations


CHILD_DEATH = {
    "case_ref": "DSP-2026-0142",
    "assessment_date": "2026-11-21",
    "subject": {"kind": "child", "age": 15},
    "incident": {
        "outcome": "died", "occurred_on": "2026-11-01", "became_aware_on": "2026-11-02",
        "location": "in_area", "normally_resident_in_area": True,
    },
    "abuse_or_neglect": "suspected",
}


def test_a_decision_is_compact_unless_the_trace_is_asked_for_and_gzipped_on_request(client: TestClient) -> None:
    compact = client.post("/v2/assess", json=CHILD_DEATH)
    assert "trace" not in compact.json()
    # 16.7 KB in schema version 1; 10.6 KB in version 2 before the compact form left out null and empty
    # fields, each determination's catalogue fields, ruleset versions and hash tails and citation
    # statuses (7.9 KB measured): issue #24 asks for at most 8 KB.
    assert len(compact.content) <= 8 * 1024, len(compact.content)
    assert all(set(c) == {"source_id", "provision"} for c in compact.json()["citations"].values())
    assert compact.headers["content-encoding"] == "gzip"
    assert int(compact.headers["content-length"]) < len(compact.content) / 3
    plain = client.post("/v2/assess", json=CHILD_DEATH, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    traced = client.post("/v2/assess?trace=true", json=CHILD_DEATH).json()
    full = client.post("/v2/assess?full=true", json=CHILD_DEATH).json()
    assert traced["trace"] and traced["determinations"] == full["determinations"]
    assert {d["id"] for d in full["determinations"]} == {d["id"] for d in compact.json()["determinations"]}


def test_the_compact_form_keeps_the_explanation_and_reads_back_into_the_model(client: TestClient) -> None:
    compact = client.post("/v2/assess", json=CHILD_DEATH).json()
    full = client.post("/v2/assess?full=true", json=CHILD_DEATH).json()
    kept = ("id", "title", "status", "due", "due_basis", "reason", "rules", "citations", "legal_force", "depends_on", "at_least", "follows")
    for said, whole in zip(compact["determinations"], full["determinations"], strict=True):
        assert {k: said.get(k) for k in kept} == {k: whole[k] or None for k in kept}
        assert not {"kind", "ruleset", "actor", "recipients"} & set(said)
    assert compact["not_applicable"] == full["not_applicable"] and compact["questions"] == full["questions"]
    assert [(r["id"], r["sha256"]) for r in compact["rulesets"]] == [(r["id"], r["sha256"][:16]) for r in full["rulesets"]]
    back = Decision.model_validate(compact)  # every field the compact form leaves out has a default
    whole = Decision.model_validate(full)
    assert [(d.id, d.status, d.due, d.rules, d.reason) for d in back.determinations] == [
        (d.id, d.status, d.due, d.rules, d.reason) for d in whole.determinations
    ]
    assert [c.provision for d in back.determinations for c in d.citations] == [c.provision for d in whole.determinations for c in d.citations]
    # what the compact form leaves out of a determination is in the catalogue, by determination
    catalogue = client.get("/v2/rulesets/england/children-act-2004-cspr").json()
    listed = {d["id"]: d for d in catalogue["determinations"]}
    panel = next(d for d in full["determinations"] if d["id"] == "panel_notification")
    assert panel["ruleset"] == catalogue["id"] and listed["panel_notification"]["kind"] == panel["kind"]
    assert listed["panel_notification"]["actor"] == panel["actor"] and listed["panel_notification"]["recipients"] == panel["recipients"]


def test_version_1_answers_as_version_1_did(client: TestClient) -> None:
    schema = version_1_schema()
    # a ruleset first published after version 2 named rulesets by their paths has no former id: its path
    formerly = {r["id"]: (r["formerly"] or [r["id"]])[0] for r in client.get("/v2/rulesets").json()}
    assert formerly["england/care-act-2014-s44"] == "england.care-act-2014-s44"
    for path, same, body in (
        ("/v1/assess", "/v2/assess?full=true", CHILD_DEATH), ("/v1/assess?trace=true", "/v2/assess?trace=true", CASE), ("/assess", "/v2/assess?full=true", CASE),
    ):
        answer = client.post(path, json=body).json()
        jsonschema_rs.validate(schema, answer)
        assert answer["schema_version"] == "1" and "citations" not in answer
        quoted = [c for d in answer["determinations"] for c in d["citations"]] + [c for r in answer["trace"] or [] for c in r["citations"]]
        assert quoted and all(isinstance(c, dict) and (c["quote"] or c["paraphrase"]) for c in quoted)
        v2 = client.post(same, json=body).json()  # /v1 and /v2 decide identically
        assert [(d["id"], d["status"], d["due"], d["rules"], d["reason"], d["citations"]) for d in answer["determinations"]] == [
            (d["id"], d["status"], d["due"], d["rules"], d["reason"], [v2["citations"][k] for k in d["citations"]]) for d in v2["determinations"]
        ]
        # each ruleset by the id it had in version 1, the same text
        assert [(r["id"], r["sha256"]) for r in answer["rulesets"]] == [(formerly[r["id"]], r["sha256"]) for r in v2["rulesets"]]
        assert {d["ruleset"] for d in answer["determinations"]} <= {r["id"] for r in answer["rulesets"]}
    batch = client.post("/v1/assess/batch", json={"cases": [CASE, CHILD_DEATH]}).json()
    for result in batch["results"]:
        jsonschema_rs.validate(schema, result["decision"])
    spec = client.get("/openapi.json").json()
    answered = spec["paths"]["/v1/assess"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert answered == {"$ref": "#/components/schemas/DecisionV1"}
    v1 = spec["components"]["schemas"]["DecisionV1"]
    assert "citations" not in v1["properties"] and v1["properties"]["schema_version"]["const"] == "1"


PROBLEM_KEYS = {"type", "title", "status", "request_id"}


def test_every_refusal_is_a_problem_document_with_the_request_id(engine: Engine) -> None:
    secret = "s" * 40
    keyed = TestClient(create_app(Settings(api_keys=[secret], max_body_bytes=2048), engine=engine), raise_server_exceptions=False)
    key = {"X-API-Key": secret}
    refusals = {
        400: keyed.post("/v2/assess", content=b"{", headers={**key, "content-type": "application/json"}),
        401: keyed.post("/v2/assess", json=CASE),
        404: keyed.get("/v2/rulesets/nope", headers=key),
        413: keyed.post("/v2/assess", content=b"{" + b" " * 4096 + b"}", headers={**key, "content-type": "application/json"}),
        422: keyed.post("/v2/assess", json={"subject": {"kind": "toddler"}}, headers=key),
    }
    for status, response in refusals.items():
        assert response.status_code == status, (status, response.text)
        assert response.headers["content-type"] == "application/problem+json", status
        problem = response.json()
        assert PROBLEM_KEYS <= set(problem) and problem["status"] == status, problem
        assert problem["request_id"] == response.headers["x-request-id"]


def test_an_unexpected_failure_is_a_500_problem_without_a_traceback(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(engine=engine)
    client = TestClient(app, raise_server_exceptions=False)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("secret internals /srv/app.py line 42")

    monkeypatch.setattr(engine, "assess", broken)
    response = client.post("/v2/assess", json=CASE)
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == "/problems/internal-error" and problem["request_id"] == response.headers["x-request-id"]
    assert "secret" not in response.text and "Traceback" not in response.text


def test_the_schema_documents_every_refusal_with_the_problem_shape(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assess = spec["paths"]["/v2/assess"]["post"]["responses"]
    assert "application/problem+json" in spec["paths"]["/v2/rulesets/{ruleset_id}"]["get"]["responses"]["404"]["content"]
    for status in ("400", "401", "413", "422", "500"):
        assert "application/problem+json" in assess[status]["content"], status
        assert assess[status]["content"]["application/problem+json"]["schema"]["$ref"].endswith("/ProblemDetails")


def test_the_documented_examples_are_assessed_as_they_say(client: TestClient) -> None:
    from safeguarding_rules_api.routers.assess import EXAMPLES

    spec = client.get("/openapi.json").json()
    documented = spec["paths"]["/v2/assess"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    assert set(documented) == {"child_death", "sar", "partnership", "unknown_facts", "wales_domestic_homicide"}
    statuses = {}
    for name, example in EXAMPLES.items():
        response = client.post("/v2/assess", json=example["value"])
        assert response.status_code == 200, (name, response.text)
        statuses[name] = {d["id"]: d["status"] for d in response.json()["determinations"]}
    assert statuses["child_death"]["panel_notification"] == "required"
    assert statuses["sar"]["sar"] == "required"
    assert statuses["partnership"]["derbyshire.silr"] == "required"
    assert statuses["unknown_facts"]["panel_notification"] == "undetermined"
    assert statuses["wales_domestic_homicide"] == {"dhr": "consider", "wales.concise_apr": "required", "wales.extended_apr": "not_required"}


def test_a_partnership_of_another_nation_is_refused_naming_the_nation(client: TestClient) -> None:
    response = client.post("/v2/assess", json={**CASE, "jurisdiction": "wales", "partnership": "derbyshire"})
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["type"] == "unknown_partnership" and "in wales" in error["msg"], error


def test_a_duty_whose_law_is_not_encoded_for_the_dates_says_so_in_json_and_on_the_printed_decision(client: TestClient) -> None:
    case = {
        "jurisdiction": "wales", "assessment_date": "2011-11-20", "subject": {"kind": "child"},
        "incident": {"outcome": "died", "location": "in_area", "occurred_on": "2011-11-01"}, "abuse_or_neglect": "suspected",
    }
    decision = client.post("/v2/assess", json=case).json()
    concise = next(d for d in decision["determinations"] if d["id"] == "wales.concise_cpr")
    assert concise["status"] == "not_encoded" and "rules" not in concise  # empty: the compact form leaves it out
    assert [p["from_date"] for p in concise["encoded"]] == ["2013-01-01", "2016-04-06"]
    assert {n["id"] for n in decision["not_applicable"]} >= {"wales.concise_apr", "wales.extended_apr"}
    page = client.post("/v2/assess", json=case, headers={"Accept": "text/html"}).text
    assert "Law for these dates not encoded" in page and "Not applicable to this case" in page


def test_every_decision_says_which_package_version_decided_it(client: TestClient) -> None:
    """Version 2 says the package version in every form; version 1, which never had the field, does not."""
    from safeguarding_rules import __version__

    case = {"subject": {"kind": "adult"}, "incident": {"outcome": "died"}}
    for params in ({}, {"full": "true"}, {"trace": "true"}):
        assert client.post("/v2/assess", params=params, json=case).json()["package_version"] == __version__
    assert "package_version" not in client.post("/v1/assess", json=case).json()
