"""The ``safeguarding-rules`` command."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safeguarding_rules import load_rulebook
from safeguarding_rules.cli import app
from safeguarding_rules.loader import DEFAULT_RULESETS_DIR

runner = CliRunner()

CASE_YAML = """\
case_ref: CLI-1
assessment_date: 2026-11-21
subject: {kind: adult, care_and_support_needs: true, in_area: true}
incident: {outcome: died, occurred_on: 2026-10-01}
death_resulted_from_abuse_or_neglect: suspected
"""


def test_assess_yaml_file_prints_a_table(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(CASE_YAML)
    result = runner.invoke(app, ["assess", str(case)], env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    assert "Safeguarding Adults Review" in result.output
    assert "concerns.agencies_working_together" in result.output


def test_assess_stdin_json_prints_the_decision() -> None:
    case = {"assessment_date": "2026-11-21", "subject": {"kind": "adult", "care_and_support_needs": False}}
    result = runner.invoke(app, ["assess", "-", "--json"], input=json.dumps(case))
    assert result.exit_code == 0, result.output
    decision = json.loads(result.output)
    assert {d["id"]: d["status"] for d in decision["determinations"]} == {
        "s42_enquiry": "not_required", "sar": "not_required",
        "dhr": "undetermined", "leder_notification": "undetermined",  # has the adult died?
    }


def test_assess_rejects_an_invalid_case_one_line_per_problem_without_its_values() -> None:
    bad = {"subject": {"kind": "adult", "name": "Jane Doe", "age": "Jane's age"}, "incident": {"outcome": "Jane Doe"}}
    result = runner.invoke(app, ["assess", "-"], input=json.dumps(bad))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line]
    assert sorted(line.split(":")[1].strip() for line in lines) == ["incident.outcome", "subject.age", "subject.name"]
    assert "Jane" not in result.output


def test_version_is_the_installed_packages() -> None:
    from safeguarding_rules import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"safeguarding-rules {__version__}"


def test_validate_passes_the_national_rulesets() -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0 and result.output.startswith("OK: ")
    counted = dict(re.findall(r"(\d+) (verified|secondary|unverified)", result.output))
    statuses = load_rulebook().citation_statuses()
    assert {status: int(n) for n, status in counted.items()} == statuses and sum(statuses.values()) > 100


def test_validate_names_file_and_rule_for_a_misspelt_fact(tmp_path: Path) -> None:
    target = tmp_path / "rulesets"
    shutil.copytree(DEFAULT_RULESETS_DIR, target)
    path = target / "england" / "care-act-2014-s42.yaml"
    path.write_text(path.read_text().replace("- self_neglect: true", "- self_neglet: true"))
    result = runner.invoke(app, ["validate", str(target), "--no-national"])
    assert result.exit_code == 1
    assert "care-act-2014-s42.yaml" in result.output
    assert "rule S42-SELF-NEGLECT" in result.output
    assert "unknown fact 'self_neglet'" in result.output


def test_serve_refuses_an_invalid_overlay(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("schema: nope\n")
    result = runner.invoke(app, ["serve", "--rulesets", str(tmp_path)])
    assert result.exit_code == 2
    assert "refusing to start" in result.output and "bad.yaml" in result.output


def test_serve_sets_keep_alive_shutdown_and_connection_limits(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import uvicorn

    captured: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: captured.update(kwargs))
    monkeypatch.setenv("SAFEGUARDING_RULES_GRACEFUL_SHUTDOWN_TIMEOUT", "12")
    monkeypatch.delenv("SAFEGUARDING_RULES_RULESET_DIRS", raising=False)  # whatever the shell sets
    result = runner.invoke(app, ["serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert captured["timeout_keep_alive"] == 5 and captured["timeout_graceful_shutdown"] == 12
    assert captured["limit_concurrency"] == 256 and captured["port"] == 8123


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_rulesets_reach_the_app_and_leave_the_environment_as_it_was(
    workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One worker is given the folders directly; several read them from the environment, set only
    while uvicorn runs (a folder left there would be served by whatever the process starts next)."""
    import uvicorn

    served: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.append(
        (app, os.environ.get("SAFEGUARDING_RULES_RULESET_DIRS"))
    ))
    monkeypatch.delenv("SAFEGUARDING_RULES_RULESET_DIRS", raising=False)
    overlay = Path(__file__).resolve().parent.parent / "templates" / "partnership-overlay"
    result = runner.invoke(app, ["serve", "--rulesets", str(overlay), "--workers", str(workers)])
    assert result.exit_code == 0, result.output
    ((application, during),) = served
    if workers == 1:
        assert during is None and "example_partnership" in application.state.engine.partnerships  # type: ignore[attr-defined]
    else:
        assert application == "safeguarding_rules_api.main:create_served_app" and json.loads(during) == [str(overlay)]
    assert "SAFEGUARDING_RULES_RULESET_DIRS" not in os.environ


def test_assess_prints_reviews_that_run_together_and_guidance_that_is_not_statute(tmp_path: Path) -> None:
    case = {
        "assessment_date": "2026-11-21", "jurisdiction": "wales",
        "subject": {"kind": "adult", "recently_protected": False},
        "incident": {"outcome": "died", "occurred_on": "2026-11-01", "location": "in_area", "responsible_relationship": "relative"},
        "abuse_or_neglect": "known", "death_resulted_from_abuse_or_neglect": "known",
    }
    result = runner.invoke(app, ["assess", "-"], input=json.dumps(case), env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    assert "One Single Unified Safeguarding Review runs the reviews in Wales" in result.output
    assert "dhr: Community Safety Partnership" in result.output
    scottish = {"assessment_date": "2026-11-21", "jurisdiction": "scotland", "subject": {"kind": "child"}, "incident": {"outcome": "died"}}
    result = runner.invoke(app, ["assess", "-"], input=json.dumps(scottish), env={"COLUMNS": "240"})
    assert "(guidance, not statute)" in result.output
