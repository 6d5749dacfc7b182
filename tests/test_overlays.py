"""Partnership overlays: layered over the national rules, never changing a statutory outcome,
and usable from an outside directory through the library, the CLI and the service."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from safeguarding_rules_api.settings import Settings
from typer.testing import CliRunner

from safeguarding_rules import Engine, RulesetError, load_rulebook
from safeguarding_rules.cli import app as cli
from safeguarding_rules.loader import DEFAULT_RULESETS_DIR

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "partnership-overlay"
OVERLAY = "example-partnership-pathways.yaml"

BELOW_THRESHOLD = {
    "partnership": "example_partnership",
    "assessment_date": "2026-11-21",
    "subject": {"kind": "child"},
    "incident": {"outcome": "harmed", "harm_kind": "other", "harm_judged_serious": False, "became_aware_on": "2026-11-02"},
    "abuse_or_neglect": "suspected",
    "learning": {"lessons_to_learn": True},
}


@pytest.fixture
def overlay(tmp_path: Path) -> Path:
    """A partnership's own overlay directory, outside the project."""
    target = tmp_path / "example-overlay"
    shutil.copytree(TEMPLATE, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def issues_for(directory: Path) -> list[str]:
    with pytest.raises(RulesetError) as caught:
        load_rulebook([DEFAULT_RULESETS_DIR, directory])
    return [str(issue) for issue in caught.value.issues]


def test_an_overlay_may_not_change_a_statutory_outcome(overlay: Path) -> None:
    edit(overlay / OVERLAY, "determination: example_partnership.learning_review\n      status: consider",
         "determination: local_cspr\n      status: required")
    (issue,) = issues_for(overlay)
    assert "rule EXAMPLE-PARTNERSHIP-LEARNING-REVIEW" in issue
    assert "would change the statutory determination 'local_cspr'" in issue
    assert "example_partnership.local_cspr_local_policy" in issue


def test_local_ids_are_namespaced_by_partnership(overlay: Path) -> None:
    edit(overlay / OVERLAY, "  example_partnership.learning_review:\n", "  learning_review:\n")
    issues = issues_for(overlay)
    assert any("must start with 'example_partnership.'" in i for i in issues)


def test_setting_values_are_checked(overlay: Path) -> None:
    edit(overlay / OVERLAY, "    value: incident.became_aware_on", "    value: incident.occurred_on")
    edit(overlay / OVERLAY, "  partner_arrangements_from:", "  partner_arrangements_start:")
    issues = issues_for(overlay)
    assert any("unknown setting 'partner_arrangements_start'" in i for i in issues)
    assert any("setting 'rapid_review_clock_start' takes one of" in i for i in issues)


def test_local_pages_are_paraphrased_not_quoted(overlay: Path) -> None:
    edit(overlay / OVERLAY, "        paraphrase: The partnership may hold", "        quote: The partnership may hold")
    (issue,) = issues_for(overlay)
    assert "local_guidance source: paraphrase it" in issue


def test_without_a_partnership_the_national_rules_only(engine: Engine) -> None:
    decision = engine.assess({**BELOW_THRESHOLD, "partnership": None})
    assert not [d.id for d in decision.determinations if "." in d.id]
    assert {r.id for r in decision.rulesets}.isdisjoint({"partnerships/derbyshire/derbyshire-silr", "partnerships/darlington/darlington-reviews"})


def test_a_partnership_gets_national_and_its_own_determinations(engine: Engine) -> None:
    decision = engine.assess({**BELOW_THRESHOLD, "partnership": "darlington"})
    ids = {d.id for d in decision.determinations}
    assert {"panel_notification", "darlington.referral"} <= ids
    assert not [i for i in ids if i.startswith(("derbyshire.", "northamptonshire."))]


def test_an_outside_overlay_works_through_the_library(overlay: Path) -> None:
    engine = Engine(extra_dirs=[overlay])
    decision = engine.assess(BELOW_THRESHOLD)
    local = decision.determination("example_partnership.learning_review")
    assert local is not None and local.status == "consider"
    assert local.recipients == ["Example Safeguarding Partnership case review group"]
    assert local.requirements == ["Led by someone independent of the case."]
    assert decision.determination("panel_notification").status == "not_required"  # type: ignore[union-attr]
    engine.close()


def test_an_outside_overlay_works_through_the_cli(overlay: Path, tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(json.dumps(BELOW_THRESHOLD))
    result = CliRunner().invoke(cli, ["assess", str(case), "--json", "--rulesets", str(overlay)])
    assert result.exit_code == 0, result.output
    statuses = {d["id"]: d["status"] for d in json.loads(result.output)["determinations"]}
    assert statuses["example_partnership.learning_review"] == "consider"
    assert CliRunner().invoke(cli, ["validate", str(overlay)]).exit_code == 0


def test_an_outside_overlay_works_through_the_service(overlay: Path) -> None:
    client = TestClient(create_app(Settings(ruleset_dirs=[overlay])))
    listed = {p["id"]: p for p in client.get("/partnerships").json()}
    assert [p["id"] for p in listed["example_partnership"]["pathways"]] == ["example_partnership.learning_review"]
    response = client.post("/v1/assess", json=BELOW_THRESHOLD)
    assert response.status_code == 200
    assert "example_partnership.learning_review" in {d["id"] for d in response.json()["determinations"]}


def test_the_service_lists_the_four_partnerships_with_flagged_settings(engine: Engine) -> None:
    listed = TestClient(create_app(engine=engine)).get("/partnerships").json()
    assert [p["id"] for p in listed] == ["bath_and_north_east_somerset", "darlington", "derbyshire", "northamptonshire"]
    derbyshire = next(p for p in listed if p["id"] == "derbyshire")
    assert {p["id"] for p in derbyshire["pathways"]} == {"derbyshire.silr", "derbyshire.silr_summary_publication"}
    assert derbyshire["settings"][0] == {
        "name": "partner_arrangements_from",
        "value": "2019-09-29",
        "basis": derbyshire["settings"][0]["basis"],
        "from_partnership_page": False,
    }


def test_a_partnership_setting_changes_the_regime_and_the_clock(overlay: Path) -> None:
    edit(overlay / OVERLAY, "    value: 2019-09-29", "    value: 2019-06-01")
    edit(overlay / OVERLAY, "    value: incident.became_aware_on", "    value: incident.panel_notified_on")
    engine = Engine(extra_dirs=[overlay])
    case = {
        "assessment_date": "2019-07-15",
        "subject": {"kind": "child"},
        "incident": {
            "outcome": "died", "location": "in_area", "normally_resident_in_area": True,
            "became_aware_on": "2019-07-01", "panel_notified_on": "2019-07-04",
        },
        "abuse_or_neglect": "suspected",
    }
    national = engine.assess(case)
    local = engine.assess({**case, "partnership": "example_partnership"})
    assert national.determination("scr").status == "required"  # type: ignore[union-attr]
    # every notification is followed by a rapid review, by the LSCB until the area's arrangements operate
    assert national.determination("rapid_review").status == "required"  # type: ignore[union-attr]
    assert local.determination("scr") is None
    rapid = local.determination("rapid_review")
    assert rapid is not None and rapid.status == "required"
    assert rapid.due is not None and rapid.due.isoformat() == "2019-07-25"  # 15 working days after 4 July
    assert "incident.panel_notified_on" in (rapid.due_basis or "")
    engine.close()
