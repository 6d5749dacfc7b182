"""The decision record (#25): the store on SQLite and on a real PostgreSQL, the API with it on and
off, what is due, what a ruleset change would change, erasure and retention.

Every store test runs on both databases (``store_url``); PostgreSQL is started from Debian's package
by ``tests/postgres_server.py`` and the PostgreSQL runs skip, saying why, where it cannot be.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from safeguarding_rules import Case, Engine, load_rulebook
from safeguarding_rules.loader import DEFAULT_RULESETS_DIR
from safeguarding_rules.store import (
    AppendOnlyError,
    CaseRefRefusedError,
    DecisionStore,
    api_key_id,
    check_case_ref,
    duties_due,
    impact,
    is_nhs_number,
)
from safeguarding_rules.store.migrate import downgrade, head
from safeguarding_rules.store.tables import Base, DecisionRow
from tests.case_corpus import varied_cases
from tests.postgres_server import postgres_server, why_unavailable

ROOT = Path(__file__).resolve().parent.parent
KEY = "k" * 40

CHILD = {
    "case_ref": "CSPR-2026-0042",
    "assessment_date": "2026-12-07",
    "subject": {"kind": "child", "age": 2},
    "incident": {"outcome": "seriously_harmed", "location": "in_area", "became_aware_on": "2026-12-01"},
    "abuse_or_neglect": "suspected",
}
"""A 2-year-old seriously harmed: the Panel notification due 8 December 2026, a rapid review due 22 December."""


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database with the schema at head: an SQLite file, or the PostgreSQL server's database,
    emptied by migrating it down to nothing and up again."""
    url = f"sqlite:///{tmp_path / 'decisions.db'}" if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    store = DecisionStore(url)
    if request.param == "postgresql":
        downgrade(store.engine, "base")
    store.upgrade()
    store.dispose()
    yield url


@pytest.fixture
def store(store_url: str) -> Iterator[DecisionStore]:
    s = DecisionStore(store_url)
    yield s
    s.dispose()


def case(**changes: Any) -> Case:
    data = json.loads(json.dumps(CHILD))
    for key, value in changes.items():
        node = data
        *parents, leaf = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return Case.model_validate(data)


# -- the case reference ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ref, why",
    [
        (None, "required"),
        ("SMITH", "no digit"),
        ("JOHN-SMITH", "no digit"),
        ("Smith-2026-01", "lower-case"),
        ("jsmith01", "lower-case"),
        ("CSPR-2026-Jo", "lower-case"),
        ("9434765919", "NHS"),  # the NHS Data Dictionary's example number
        ("943-476-5919", "NHS"),
        ("REF-943.476.5919", "NHS"),
        ("A/9434765919/B", "NHS"),
    ],
)
def test_a_reference_that_looks_like_a_person_is_refused(ref: str | None, why: str) -> None:
    with pytest.raises(CaseRefRefusedError, match=why) as refused:
        check_case_ref(ref)
    assert ref is None or ref not in str(refused.value)  # never echoed


@pytest.mark.parametrize(
    "ref", ["CSPR-2026-0042", "SAB-2026-0007", "DSCB/2017/0031", "2026a1", "9434765918", "94347659190", "CASE-0001234567"]
)
def test_a_case_number_is_accepted(ref: str) -> None:
    """Ten digits failing the modulus-11 check, eleven digits, and a 10-digit run not grouped 3-3-4 are case numbers."""
    assert check_case_ref(ref) == ref


def test_the_nhs_check_digit() -> None:
    assert is_nhs_number("9434765919") and not is_nhs_number("9434765918")
    assert not is_nhs_number("1000000010")  # a check value of 10 makes no NHS number


# -- the schema -----------------------------------------------------------------------------------


def test_migrations_go_up_and_down_and_match_the_tables(store: DecisionStore) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    assert store.schema_is_current()
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert [d for d in diff if d[0] not in ("add_constraint", "remove_constraint", "add_index", "remove_index")] == []
    downgrade(store.engine, "base")
    assert not {"decisions", "case_closures"} & set(inspect(store.engine).get_table_names())
    assert not store.schema_is_current()
    store.upgrade()
    assert {"decisions", "case_closures"} <= set(inspect(store.engine).get_table_names())
    assert head() == "0001"


# -- recording and reading back -------------------------------------------------------------------


def test_a_recorded_assessment_holds_what_the_issue_lists(store: DecisionStore, engine: Engine) -> None:
    c = case()
    decision = engine.assess(c, trace=True)
    stored = store.record(c, decision, api_key=KEY)
    back = store.get(stored.decision_id)
    assert back is not None and back == stored
    assert uuid.UUID(back.decision_id)
    assert back.case_ref == "CSPR-2026-0042"
    assert back.case == c.model_dump(mode="json", exclude_none=True)
    assert back.decision == decision.model_copy(update={"trace": None})  # the trace is not stored
    assert back.rulesets == decision.rulesets and all(len(r.sha256) == 64 for r in back.rulesets)
    from safeguarding_rules import __version__

    assert back.package_version == __version__
    assert back.api_key_id == api_key_id(KEY) and KEY not in back.model_dump_json()
    assert abs(back.recorded_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_a_decision_recorded_in_schema_version_1_is_read_as_version_2(store: DecisionStore, engine: Engine) -> None:
    """Version 1 wrote each citation out under every determination citing it; a record written then
    is read as it stands, each citation the same object a version 2 decision's key resolves to."""
    c = case()
    decision = engine.assess(c)
    stored = store.record(c, decision)
    written = decision.model_dump(mode="json", exclude={"trace"})
    table = written.pop("citations")
    version_1 = {
        **written, "schema_version": "1",
        "determinations": [{**d, "citations": [table[k] for k in d["citations"]]} for d in written["determinations"]],
        "joint_reviews": [{**j, "citations": [table[k] for k in j["citations"]]} for j in written["joint_reviews"]],
    }
    with Session(store.engine) as session, session.begin():
        session.execute(update(DecisionRow).where(DecisionRow.decision_id == stored.decision_id).values(decision=version_1))
    back = store.get(stored.decision_id)
    assert back is not None and back.decision == decision
    assert back.decision.schema_version == "2" and back.decision.citations == decision.citations


def test_history_is_newest_first_and_records_are_append_only(store: DecisionStore, engine: Engine) -> None:
    first = store.record(case(), engine.assess(case()))
    later = case(**{"incident.panel_notified_on": "2026-12-03"})
    second = store.record(later, engine.assess(later))
    assert [r.decision_id for r in store.history("CSPR-2026-0042")] == [second.decision_id, first.decision_id]
    assert store.history("CSPR-2026-9999") == []
    with Session(store.engine) as session:
        row = session.scalar(select(DecisionRow).where(DecisionRow.decision_id == first.decision_id))
        assert row is not None
        row.case_ref = "CSPR-2026-0043"
        with pytest.raises(AppendOnlyError):
            session.flush()


def test_recording_refuses_a_reference_that_looks_like_a_name(store: DecisionStore, engine: Engine) -> None:
    c = case(case_ref="Smith-01")
    with pytest.raises(CaseRefRefusedError):
        store.record(c, engine.assess(c))
    assert store.count() == 0


# -- what is due ----------------------------------------------------------------------------------


def test_duties_are_listed_by_deadline_and_dropped_once_the_facts_record_them(store: DecisionStore, engine: Engine) -> None:
    store.record(case(), engine.assess(case()))
    other = case(case_ref="CSPR-2026-0050", **{"incident.became_aware_on": "2026-11-27"})
    store.record(other, engine.assess(other))
    monday = dt.date(2026, 12, 7)
    due = duties_due(store, engine.book, as_of=monday)
    assert [(d.case_ref, d.determination, d.due, d.working_days_remaining) for d in due] == [
        ("CSPR-2026-0050", "panel_notification", dt.date(2026, 12, 4), -1),  # overdue by one working day
        ("CSPR-2026-0042", "panel_notification", dt.date(2026, 12, 8), 1),
        ("CSPR-2026-0050", "rapid_review", dt.date(2026, 12, 18), 9),
        ("CSPR-2026-0042", "rapid_review", dt.date(2026, 12, 22), 11),
    ]
    assert all(d.actor for d in due) and {d.ruleset_version for d in due} == {"2026.5"}
    assert [d.due for d in duties_due(store, engine.book, dt.date(2026, 12, 8), as_of=monday)] == [dt.date(2026, 12, 4)]
    # The Panel is notified: the facts of the case's next assessment say so, and the duty is gone.
    notified = case(**{"incident.panel_notified_on": "2026-12-07"})
    store.record(notified, engine.assess(notified))
    assert ("CSPR-2026-0042", "panel_notification") not in {(d.case_ref, d.determination) for d in duties_due(store, engine.book, as_of=monday)}
    # A closed case has nothing due, until it is assessed again.
    assert store.close_case("CSPR-2026-0050")
    assert {d.case_ref for d in duties_due(store, engine.book, as_of=monday)} == {"CSPR-2026-0042"}
    store.record(other, engine.assess(other))
    assert {d.case_ref for d in duties_due(store, engine.book, as_of=monday)} == {"CSPR-2026-0042", "CSPR-2026-0050"}


def test_working_days_remaining_skip_bank_holidays() -> None:
    from safeguarding_rules.store.duties import working_days_between

    assert working_days_between(dt.date(2026, 12, 24), dt.date(2026, 12, 29)) == 1  # 25, 26 (28: substitute) off
    assert working_days_between(dt.date(2026, 12, 29), dt.date(2026, 12, 24)) == -1
    assert working_days_between(dt.date(2026, 12, 7), dt.date(2026, 12, 7)) == 0


# -- what a ruleset change would change -----------------------------------------------------------


@pytest.fixture(scope="module")
def changed_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The national rulesets with one deliberate change: the Panel is to be notified within 10 working
    days, not 5, in a new version of the CSPR ruleset."""
    folder = tmp_path_factory.mktemp("rulesets") / "rulesets"
    shutil.copytree(DEFAULT_RULESETS_DIR, folder)
    path = folder / "england" / "children-act-2004-cspr.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("- {from: 2018-06-29, value: 5}") == 1 and len(re.findall(r'\nversion: "[0-9.]+"', text)) == 1
    text = text.replace("- {from: 2018-06-29, value: 5}", "- {from: 2018-06-29, value: 10}")
    text = re.sub(r'\nversion: "[0-9.]+"', '\nversion: "2027.1"', text).replace(
        "changelog:\n", 'changelog:\n  - version: "2027.1"\n    date: 2027-01-01\n    reason: A test\'s change.\n', 1
    )
    path.write_text(text, encoding="utf-8")
    return Engine(extra_dirs=[folder], include_national=False)


def test_impact_lists_exactly_the_decisions_a_changed_ruleset_changes(
    store: DecisionStore, engine: Engine, changed_engine: Engine
) -> None:
    cases = [Case.model_validate(c) for c in varied_cases(60, seed=25)]
    children = [case(case_ref=f"CSPR-2026-{n:04d}", **{"incident.became_aware_on": f"2026-11-{n:02d}"}) for n in range(1, 21)]
    stored = [store.record(c, engine.assess(c)) for c in cases + children]
    store.close_case("CSPR-2026-0001")  # a closed case is not re-assessed
    expected = {
        (s.case_ref, d.id) for s in stored if s.case_ref != "CSPR-2026-0001" for d in s.decision.determinations
        if d.due is not None and "parameter.panel_notification_working_days" in (d.due_basis or "")
    }
    assert len(expected) >= 19
    assert impact(store, engine).changes == []  # the same rulesets change nothing
    before = store.count()
    report = impact(store, changed_engine)
    assert report.cases == len(stored) - 1 and report.refused == {}
    assert {(c.case_ref, c.determination) for c in report.changes} == expected
    for change in report.changes:
        assert change.changed == ["due"] and change.new.due > change.old.due  # type: ignore[operator]
        if change.ruleset == "england/children-act-2004-cspr":
            shipped = next(r.spec.version for r in load_rulebook().rulesets if r.spec.id == change.ruleset)
            assert (change.old.ruleset_version, change.new.ruleset_version) == (shipped, "2027.1")
    assert store.count() == before  # nothing written unless asked
    written = impact(store, changed_engine, write=True)
    assert len(written.recorded) == len({c for c, _ in expected}) and store.count() == before + len(written.recorded)
    assert impact(store, changed_engine).changes == []


# -- erasure and retention ------------------------------------------------------------------------


def test_erasing_a_case_removes_its_history_with_an_audit_line_holding_no_fact(
    store: DecisionStore, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    for c in (case(), case(**{"incident.panel_notified_on": "2026-12-03"}), case(case_ref="CSPR-2026-0050")):
        store.record(c, engine.assess(c))
    store.close_case("CSPR-2026-0042")
    with caplog.at_level(logging.INFO, logger="safeguarding_rules"):
        assert store.erase_case("CSPR-2026-0042", api_key=KEY) == 2
    assert store.history("CSPR-2026-0042") == [] and store.close_case("CSPR-2026-0042") is False
    assert [r.case_ref for r in store.latest_of_open_cases()] == ["CSPR-2026-0050"]
    (line,) = [r for r in caplog.records if r.name == "safeguarding_rules.store.audit"]
    fields = line.fields  # type: ignore[attr-defined]
    digest = hashlib.sha256(b"CSPR-2026-0042").hexdigest()[:16]
    assert fields == {"event": "case_erased", "case_ref_sha256": digest, "records": 2, "api_key_id": api_key_id(KEY), "origin": "library"}
    logged = caplog.text + json.dumps(fields)
    assert not any(fact in logged for fact in ("CSPR-2026-0042", "2026-12-01", "2026-12-03", "seriously_harmed", "suspected", KEY))
    assert store.erase_case("CSPR-2026-0042") == 0


def test_the_purge_erases_whole_cases_past_the_retention_period(store: DecisionStore, engine: Engine) -> None:
    store.record(case(), engine.assess(case()))
    store.record(case(case_ref="CSPR-2026-0050"), engine.assess(case()))
    assert store.purge(dt.timedelta(days=30)) == []
    in_a_month = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    store.close_case("CSPR-2026-0050")  # a closure is a record too: the case was touched today
    assert store.purge(dt.timedelta(days=30), now=in_a_month) == ["CSPR-2026-0042", "CSPR-2026-0050"]
    assert store.count() == 0


# -- concurrent writers and a killed writer -------------------------------------------------------


def _writer(url: str, prefix: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store_writer", url, prefix, str(count)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )


def test_two_workers_writing_at_once_lose_nothing(store_url: str) -> None:
    workers = [_writer(store_url, f"W{w}", 60) for w in (1, 2)]
    acked = [line.strip() for w in workers for line in w.communicate(timeout=300)[0].splitlines()]
    assert [w.returncode for w in workers] == [0, 0] and len(set(acked)) == 120
    store = DecisionStore(store_url)
    assert store.count() == 120 and all(store.get(d) is not None for d in acked)
    assert len(store.latest_of_open_cases()) == 120
    store.dispose()


def test_a_worker_killed_mid_write_loses_nothing_it_acknowledged(store_url: str) -> None:
    writer = _writer(store_url, "K", 100_000)
    assert writer.stdout is not None
    acked = []
    deadline = time.monotonic() + 120
    while len(acked) < 25 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        acked.append(line.strip())
    os.kill(writer.pid, signal.SIGKILL)  # wherever it is: mid-commit, or between two
    writer.wait(timeout=30)
    assert len(acked) == 25
    store = DecisionStore(store_url)
    assert all(store.get(d) is not None for d in acked)
    assert store.count() >= len(acked)
    with Session(store.engine) as session:  # the database is usable after the kill
        assert session.execute(update(DecisionRow).where(DecisionRow.id < 0).values(origin="x")).rowcount == 0
    store.record(case(), _decision())  # and writable
    store.dispose()


def _decision() -> Any:
    from safeguarding_rules import Decision

    return Decision.model_validate({"case_ref": "CSPR-2026-0042", "assessment_date": "2026-12-07", "rulesets": [],
                                    "determinations": [], "questions": []})


# -- the API --------------------------------------------------------------------------------------


def _client(store_url: str | None, engine: Engine, **settings: Any) -> TestClient:
    from safeguarding_rules_api.main import create_app
    from safeguarding_rules_api.settings import Settings

    return TestClient(create_app(Settings(store_url=store_url, api_keys=[KEY], **settings), engine=engine), headers={"X-API-Key": KEY})


def test_with_the_store_off_nothing_is_recorded_and_no_record_route_exists(engine: Engine) -> None:
    client = _client(None, engine)
    response = client.post("/v1/assess", json=CHILD)
    assert response.status_code == 200 and "x-decision-id" not in response.headers
    assert client.post("/v1/assess", json={**CHILD, "case_ref": "Smith"}).status_code == 200  # not checked: not recorded
    for path in ("/v1/duties", "/v1/impact", "/v1/cases/CSPR-2026-0042/decisions", f"/v1/decisions/{uuid.uuid4()}"):
        assert client.get(path).status_code == 404
    assert "/v1/duties" not in client.get("/openapi.json").json()["paths"]


def test_the_api_records_an_assessment_and_reads_renders_and_erases_it(
    store_url: str, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    client = _client(store_url, engine)
    with caplog.at_level(logging.INFO, logger="safeguarding_rules"):
        response = client.post("/v2/assess", json=CHILD)
        decision_id = response.headers["x-decision-id"]
        record = client.get(f"/v2/decisions/{decision_id}").json()
        answer, recorded = response.json(), record["decision"]
        # the record keeps the full form (each citation in full: the law as quoted when it decided); the
        # answer is compact, and reads back as the same decision but for what the compact form leaves out
        unrecorded = {**CHILD, "case_ref": None}  # the same case, not recorded again
        assert recorded == client.post("/v2/assess?full=true", json=unrecorded).json() | {"case_ref": CHILD["case_ref"]}
        assert [(d["id"], d["status"], d["rules"]) for d in recorded["determinations"]] == [
            (d["id"], d["status"], d["rules"]) for d in answer["determinations"]
        ]
        assert set(recorded["citations"]) == set(answer["citations"])
        assert all(c["quote"] or c["paraphrase"] for c in recorded["citations"].values())
        # under /v1 the same record, its decision as version 1 wrote it (what /v1/assess answers)
        assert client.get(f"/v1/decisions/{decision_id}").json() == {**record, "decision": client.post("/v1/assess", json=unrecorded).json() | {"case_ref": CHILD["case_ref"]}}
        assert record["case"]["subject"] == {"kind": "child", "age": 2}
        assert record["api_key_id"] == api_key_id(KEY) and record["origin"] == "api"
        page = client.get(f"/v1/decisions/{decision_id}", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "CSPR-2026-0042" in page.text and "Notify the Child Safeguarding Practice Review Panel" in page.text
        second = client.post("/v1/assess", json={**CHILD, "incident": {**CHILD["incident"], "panel_notified_on": "2026-12-02"}})
        history = client.get("/v1/cases/CSPR-2026-0042/decisions").json()
        assert [h["decision_id"] for h in history] == [second.headers["x-decision-id"], decision_id]
        assert history[1]["decision"]["schema_version"] == "1" and "citations" not in history[1]["decision"]
        assert [h["decision"] for h in client.get("/v2/cases/CSPR-2026-0042/decisions").json()][1] == recorded
        for prefix in ("/v1", "/v2"):
            duties = client.get(f"{prefix}/duties", params={"due_before": "2027-01-01", "as_of": "2026-12-07"}).json()
            assert [(d["determination"], d["working_days_remaining"]) for d in duties] == [("rapid_review", 11)]
            assert client.get(f"{prefix}/impact").json() == {"cases": 1, "changes": [], "refused": {}, "recorded": []}
        assert client.post("/v1/cases/CSPR-2026-0042/close").json() == {"case_ref": "CSPR-2026-0042", "closed": True}
        assert client.get("/v2/duties").json() == []
        assert client.delete("/v2/cases/CSPR-2026-0042").json() == {"case_ref": "CSPR-2026-0042", "erased": 2}
        assert client.get(f"/v1/decisions/{decision_id}").status_code == 404
        assert client.delete("/v1/cases/CSPR-2026-0042").status_code == 404
    logged = caplog.text + json.dumps([getattr(r, "fields", None) for r in caplog.records], default=str)
    assert "case_erased" in logged  # the audit line, holding none of these:
    assert not any(word in logged for word in ("2026-12-01", "seriously_harmed", "CSPR-2026-0042", KEY))


def test_the_api_refuses_to_record_under_a_reference_like_a_name_or_nhs_number(store_url: str, engine: Engine) -> None:
    client = _client(store_url, engine)
    for ref in ("JSmith-1", "943-476-5919"):
        response = client.post("/v1/assess", json={**CHILD, "case_ref": ref})
        assert response.status_code == 422 and response.json()["errors"][0]["loc"] == ["body", "case_ref"]
        assert ref not in response.text
    no_ref = client.post("/v1/assess", json={k: v for k, v in CHILD.items() if k != "case_ref"})
    assert no_ref.status_code == 200 and "x-decision-id" not in no_ref.headers
    assert DecisionStore(store_url).count() == 0


def test_the_service_refuses_to_start_on_a_store_whose_schema_is_not_current(tmp_path: Path, engine: Engine) -> None:
    with pytest.raises(RuntimeError, match="db upgrade"):
        _client(str(tmp_path / "new.db"), engine)


def test_a_case_reference_with_a_slash_is_read_and_erased(store_url: str, engine: Engine) -> None:
    client = _client(store_url, engine)
    client.post("/v1/assess", json={**CHILD, "case_ref": "DSCB/2017/0031"})
    assert len(client.get("/v1/cases/DSCB/2017/0031/decisions").json()) == 1
    assert client.delete("/v1/cases/DSCB%2F2017%2F0031").json()["erased"] == 1


# -- the command line -----------------------------------------------------------------------------


def test_the_command_line_upgrades_lists_shows_and_erases(tmp_path: Path, engine: Engine) -> None:
    from typer.testing import CliRunner

    from safeguarding_rules.cli import app

    runner = CliRunner()
    env = {"SAFEGUARDING_RULES_STORE_URL": str(tmp_path / "cli.db")}
    assert runner.invoke(app, ["duties"], env=env).exit_code == 2  # schema not current: says to upgrade
    assert runner.invoke(app, ["db", "upgrade"], env=env).exit_code == 0
    stored = DecisionStore(env["SAFEGUARDING_RULES_STORE_URL"]).record(case(), engine.assess(case()))
    shown = runner.invoke(app, ["decisions", "show", stored.decision_id], env=env)
    assert json.loads(shown.stdout)["decision_id"] == stored.decision_id
    html = tmp_path / "decision.html"
    assert runner.invoke(app, ["decisions", "show", stored.decision_id, "--html", str(html)], env=env).exit_code == 0
    assert "Rapid review" in html.read_text(encoding="utf-8")
    history = json.loads(runner.invoke(app, ["decisions", "history", "CSPR-2026-0042", "--json"], env=env).stdout)
    assert [h["decision_id"] for h in history] == [stored.decision_id]
    duties = json.loads(runner.invoke(app, ["duties", "--due-before", "2026-12-10", "--as-of", "2026-12-07", "--json"], env=env).stdout)
    assert [(d["determination"], d["working_days_remaining"]) for d in duties] == [("panel_notification", 1)]
    assert json.loads(runner.invoke(app, ["impact", "--json"], env=env).stdout)["changes"] == []
    assert runner.invoke(app, ["db", "purge", "--retention-days", "30"], env=env).exit_code == 0
    assert runner.invoke(app, ["cases", "erase", "CSPR-2026-0042"], env=env).exit_code == 0
    assert runner.invoke(app, ["decisions", "show", stored.decision_id], env=env).exit_code == 1


def test_a_duty_is_recorded_done_by_the_fact_its_ruleset_names(engine: Engine) -> None:
    """`done_when` is data in the rulesets, checked at load: a fact that records no action is refused."""
    from safeguarding_rules.store import done_when

    assert done_when(engine.book) == {
        "panel_notification": "incident.panel_notified_on",
        "scr_decision": "review.scr_initiated_on",
        "scr_completion": "review.scr_concluded_on",
    }


def test_a_done_when_fact_that_records_no_action_is_refused_at_load(tmp_path: Path) -> None:
    from safeguarding_rules import load_rulebook
    from safeguarding_rules.errors import RulesetError
    from safeguarding_rules.loader import DEFAULT_RULESETS_DIR

    copied = tmp_path / "rulesets"
    shutil.copytree(DEFAULT_RULESETS_DIR, copied)
    cspr = copied / "england" / "children-act-2004-cspr.yaml"
    cspr.write_text(cspr.read_text().replace("done_when: incident.panel_notified_on", "done_when: incident.occurred_on"))
    with pytest.raises(RulesetError, match="done_when 'incident.occurred_on' is not a case fact that records an action"):
        load_rulebook([copied])
