"""The installed package is the product: build the wheel, install it outside the checkout, use it.

Builds the wheel from this checkout, installs it with the ``api`` extra into a fresh virtual
environment in a temporary directory, and from there (never from the checkout) assesses a case with
the library, prints the CLI's version, validates the shipped rulesets, and starts ``serve`` and
calls ``/assess``. Slow-ish (one install), but it is the only test of what users get.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CASE = {
    "assessment_date": "2026-11-21",
    "subject": {"kind": "child"},
    "incident": {
        "outcome": "harmed", "harm_kind": "potentially_life_threatening_injury", "location": "in_area",
        "occurred_on": "2026-11-01", "became_aware_on": "2026-11-02",
    },
    "abuse_or_neglect": "suspected",
}


def source_tree(into: Path) -> Path:
    """The checkout's files as a release would have them: what git tracks (and new files it does not
    ignore), without the ``build/`` directory setuptools leaves behind. Built in place, a checkout's
    stale ``build/lib`` would put files since renamed or removed (a ruleset's old folder) into the wheel."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT, capture_output=True, check=False,
    )
    if listed.returncode != 0:  # not a git checkout (an unpacked sdist): it is already a clean tree
        return ROOT
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            (into / name).write_bytes(source.read_bytes())
    return into


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    tree = source_tree(tmp_path_factory.mktemp("source"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(tree)],
        check=True, cwd=out,
    )
    (built,) = out.glob("safeguarding_rules-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment outside the checkout with the wheel and its api extra; its python."""
    home = tmp_path_factory.mktemp("user")
    venv.create(home / "venv", with_pip=True)
    python = home / "venv" / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", f"{wheel}[api]"], check=True, cwd=home)
    return python


def _clean_env() -> dict[str, str]:
    """The environment of a new user: nothing pointing into the checkout, no service settings."""
    return {
        k: v for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("SAFEGUARDING_RULES_")
    }


def _run(python: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(python), *args], cwd=python.parent.parent.parent, env=_clean_env(), text=True,
                          capture_output=True, check=False)


def test_the_wheel_carries_its_rulesets_features_and_templates_and_no_top_level_api(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "safeguarding_rules/rulesets/sources.yaml" in names
    assert "safeguarding_rules/rulesets/england/care-act-2014-s44.yaml" in names
    assert any(n.startswith("safeguarding_rules/rulesets/partnerships/derbyshire/") for n in names)
    assert any(n.startswith("safeguarding_rules/features/england/") and n.endswith(".feature") for n in names)
    assert "safeguarding_rules/templates/partnership-overlay/example-partnership-pathways.yaml" in names
    assert "safeguarding_rules/rulebook_results.json" in names  # the scenario results the rulebook shows
    assert "safeguarding_rules/rulebook_templates/feature.html" in names
    # The decision store's migrations, so `safeguarding-rules db upgrade` works from the wheel.
    assert "safeguarding_rules/store/migrations/env.py" in names
    assert "safeguarding_rules/store/migrations/script.py.mako" in names
    assert "safeguarding_rules/store/migrations/versions/0001_decision_record.py" in names
    assert "safeguarding_rules_api/main.py" in names
    assert "safeguarding_rules_api/static/govuk-frontend.min.css" in names
    assert "safeguarding_rules_api/static/LICENSE-govuk-frontend.txt" in names
    assert not [n for n in names if n.startswith("api/")]


def test_installed_outside_the_checkout_the_library_assesses(installed: Path) -> None:
    script = (
        "import json, safeguarding_rules as s; "
        f"d = s.assess(json.loads({json.dumps(json.dumps(CASE))})); "
        "print(json.dumps({'file': s.__file__, 'version': s.__version__, "
        "'panel': d.determination('panel_notification').status, "
        "'nations': sorted(s.Engine().jurisdictions), "
        "'ni': s.load_rulebook().named('northern-ireland.case-reviews').spec.id}))"
    )
    result = _run(installed, "-c", script)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["panel"] == "required"
    assert out["nations"] == ["england", "northern_ireland", "scotland", "wales"]  # every nation's rulesets ship
    assert out["ni"] == "northern_ireland/case-management-reviews-and-dhr"  # ids are paths in the installed package too
    assert str(ROOT) not in out["file"] and "site-packages" in out["file"]
    assert out["version"] != "0+unknown"


def test_installed_cli_prints_its_version_and_validates_the_shipped_rulesets(installed: Path) -> None:
    cli = installed.parent / "safeguarding-rules"
    version = subprocess.run([str(cli), "--version"], text=True, capture_output=True, check=True, env=_clean_env())
    assert version.stdout.startswith("safeguarding-rules ")
    validate = subprocess.run([str(cli), "validate"], text=True, capture_output=True, check=False, env=_clean_env())
    assert validate.returncode == 0 and validate.stdout.startswith("OK:"), validate.stdout + validate.stderr


def test_installed_serve_answers_assess(installed: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cli = installed.parent / "safeguarding-rules"
    server = subprocess.Popen(
        [str(cli), "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env=_clean_env(), cwd=installed.parent.parent.parent,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.3)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/assess", data=json.dumps(CASE).encode(), headers={"Content-Type": "application/json"}
        )
        decision = json.loads(urllib.request.urlopen(request, timeout=30).read())
        statuses = {d["id"]: d["status"] for d in decision["determinations"]}
        assert statuses["panel_notification"] == "required"
        # The rulebook shows the results recorded for these rulesets, as installed: same versions and hashes.
        def page(name: str) -> str:
            return urllib.request.urlopen(f"http://127.0.0.1:{port}/rulebook/{name}", timeout=30).read().decode()

        assert "Every loaded ruleset is the version, and the file (by its SHA-256 hash), these results were recorded for." in page("scenarios.html")
        sar = page("scenarios-england-care-act-2014-s44-sar.html")
        assert "(passed)" in sar and "(not run)" not in sar
        assert "with this ruleset as loaded" in page("ruleset-england.care-act-2014-s44.html")
        for asked in ("england/care-act-2014-s44", "england.care-act-2014-s44"):  # its id, and the id it had before
            ruleset = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/rulesets/{asked}", timeout=30).read())
            assert ruleset["id"] == "england/care-act-2014-s44"
    finally:
        server.terminate()
        server.wait(timeout=30)
