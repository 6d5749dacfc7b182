"""Install the wheel with another Python (3.13 by default) and check it decides as this checkout does.

durable_rules 2.0.28 builds on Python 3.13 but does not import there (``undefined symbol:
PyEval_CallObject``), so the package's dependency on it carries ``python_version < '3.13'`` and the
engine falls back to the plain-Python matcher. This script shows both halves on a real 3.13:

1. the wheel (with the ``api`` extra) installs into a fresh virtual environment, without durable_rules;
2. there, a corpus of varied cases gets the decisions this checkout's durable_rules gives (the
   ``engine`` field aside, which says ``python``), and the CLI answers;
3. where a C compiler is found, durable_rules is then installed by hand, as a user might: pip
   succeeds, the import fails, and the same decisions come from the plain-Python matcher, said once.

Slow (a virtual environment and an install from the package index), so not part of CI; run it from
a clone, in its development environment:

    .venv/bin/python scripts/check_install.py [--python PATH] [--cases N]

With no Python 3.13 found (``python3.13`` on PATH, or pyenv's ``~/.pyenv/versions/3.13*``), it says so
and exits 0.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ASSESS = """
import json, sys
from safeguarding_rules import assess
cases = json.load(sys.stdin)
print(json.dumps([assess(case, trace=True).model_dump(mode="json") for case in cases]))
"""


def find_python() -> str | None:
    """A Python 3.13 that runs (a pyenv shim on PATH may not): on PATH, else pyenv's newest 3.13."""
    candidates = [shutil.which("python3.13"), *sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.13*/bin/python3")), reverse=True)]
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2] == (3, 13))"],
                               text=True, capture_output=True, check=False)
        if probe.stdout.strip() == "True":
            return candidate
    return None


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("SAFEGUARDING_RULES_")}


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, text=True, capture_output=True, env=_clean_env(), check=False, **kwargs)  # type: ignore[call-overload, no-any-return]


def compare(python: Path, cases: list[dict[str, object]], expected: list[dict[str, object]], home: Path) -> tuple[int, str]:
    """Cases the environment decides differently (engine aside), and the warning it logged."""
    run = _run([str(python), "-c", ASSESS], input=json.dumps(cases), cwd=home)
    if run.returncode != 0:
        raise SystemExit(f"assessing in {python} failed:\n{run.stderr[-3000:]}")
    got = json.loads(run.stdout)
    engines = {d["engine"] for d in got}
    if engines != {"python"}:
        raise SystemExit(f"expected the plain-Python matcher there, got {engines}")
    differ = sum({**a, "engine": ""} != {**b, "engine": ""} for a, b in zip(expected, got, strict=True))
    said = [line for line in run.stderr.splitlines() if "durable_rules cannot be imported" in line]
    return differ, " | ".join(said)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", help="the interpreter to install with (default: a Python 3.13)")
    parser.add_argument("--cases", type=int, default=300, help="cases of the varied corpus to compare")
    args = parser.parse_args()
    target = args.python or find_python()
    if not target:
        print("skipped: no Python 3.13 found (python3.13 on PATH, or ~/.pyenv/versions/3.13*); pass --python")
        return 0
    version = _run([target, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"]).stdout.strip()
    print(f"target: {target} (Python {version}); this checkout: Python {sys.version.split()[0]}")

    from safeguarding_rules import Engine
    from tests.case_corpus import varied_cases

    cases = varied_cases(args.cases)
    engine = Engine(matcher="durable")
    expected = [engine.assess(case, trace=True).model_dump(mode="json") for case in cases]
    engine.close()

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(home), str(ROOT)],
                       check=True, cwd=home)
        (wheel,) = home.glob("safeguarding_rules-*.whl")
        subprocess.run([target, "-m", "venv", str(home / "venv")], check=True)
        python = home / "venv" / "bin" / "python"
        started = time.perf_counter()
        install = _run([str(python), "-m", "pip", "install", "--quiet", f"{wheel}[api]"], cwd=home)
        if install.returncode != 0:
            print(install.stdout[-2000:], install.stderr[-3000:], file=sys.stderr)
            return 1
        print(f"installed {wheel.name}[api] in {time.perf_counter() - started:.1f} s")
        has_durable = _run([str(python), "-m", "pip", "show", "durable-rules"]).returncode == 0
        print(f"durable_rules installed with it: {'yes' if has_durable else 'no'}")
        cli = _run([str(home / "venv" / "bin" / "safeguarding-rules"), "validate"], cwd=home)
        print(f"safeguarding-rules validate: {cli.stdout.strip().splitlines()[0] if cli.returncode == 0 else 'FAILED ' + cli.stderr[-500:]}")
        differ, said = compare(python, cases, expected, home)
        print(f"without durable_rules: {len(cases) - differ} of {len(cases)} cases decided as durable_rules decides here")
        print(f"  logged: {said or '(nothing)'}")
        failed = differ > 0 or cli.returncode != 0 or has_durable
        if shutil.which("cc") is None:
            print("skipped the by-hand durable_rules install: no C compiler (cc) found")
            return int(failed)
        started = time.perf_counter()
        by_hand = _run([str(python), "-m", "pip", "install", "--quiet", "durable-rules==2.0.28"], cwd=home)
        print(f"pip install durable-rules==2.0.28 by hand: exit {by_hand.returncode} in {time.perf_counter() - started:.1f} s")
        if by_hand.returncode == 0:
            imported = _run([str(python), "-c", "import durable.engine"], cwd=home)
            print(f"  import durable.engine: {'ok' if imported.returncode == 0 else imported.stderr.strip().splitlines()[-1]}")
            differ, said = compare(python, cases, expected, home)
            print(f"with durable_rules installed but not importable: {len(cases) - differ} of {len(cases)} cases decided as here")
            print(f"  logged: {said or '(nothing)'}")
            failed = failed or differ > 0
        return int(failed)


if __name__ == "__main__":
    raise SystemExit(main())
