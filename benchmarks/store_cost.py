"""The cost of recording an assessment: POST /v1/assess with the decision store on against off.

    python benchmarks/store_cost.py [COUNT] [--postgres]

Each of COUNT varied cases (each with its own case_ref) is posted in-process (TestClient) to the
service with the store off, and again with it on, on an SQLite file (and, with --postgres, on a
PostgreSQL server started from Debian's package as the tests start it). Prints the median and p99
latency per request, the cost of recording, the stored size per decision, and how long `impact`
takes over the open cases recorded. Asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from safeguarding_rules_api.settings import Settings

from safeguarding_rules import Engine
from safeguarding_rules.store import DecisionStore, impact
from tests.case_corpus import varied_cases
from tests.postgres_server import postgres_server, why_unavailable


def _run(client: TestClient, cases: list[dict]) -> list[float]:
    for case in cases[:50]:  # warm up
        client.post("/v1/assess", json={**case, "case_ref": "WARM-" + case["case_ref"]})
    times = []
    for case in cases:
        started = time.perf_counter()
        response = client.post("/v1/assess", json=case)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, response.text
    return times


def _line(label: str, times: list[float], base: list[float] | None = None) -> str:
    median, p99 = statistics.median(times), sorted(times)[int(len(times) * 0.99) - 1]
    extra = f"  (+{(median - statistics.median(base)) * 1000:.2f} ms median to record)" if base else ""
    return f"{label:<22} median {median * 1000:6.2f} ms  p99 {p99 * 1000:6.2f} ms{extra}"


def main(count: int = 500, postgres: bool = False) -> None:
    engine = Engine()
    cases = [{**c, "case_ref": f"B-{n:05d}"} for n, c in enumerate(varied_cases(count))]
    off = _run(TestClient(create_app(Settings(), engine=engine)), cases)
    print(f"{count} assessments through POST /v1/assess (TestClient, in-process)")
    print(_line("store off", off))
    with ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        urls = {"store on, SQLite file": f"sqlite:///{folder}/decisions.db"}
        if postgres:
            reason = why_unavailable()
            if reason:
                print(f"PostgreSQL: not measured ({reason})")
            else:
                urls["store on, PostgreSQL"] = stack.enter_context(postgres_server())
        for label, url in urls.items():
            store = DecisionStore(url)
            store.upgrade()
            times = _run(TestClient(create_app(Settings(store_url=url), engine=engine)), cases)
            print(_line(label, times, off))
            if url.startswith("sqlite"):
                size = Path(url.removeprefix("sqlite:///")).stat().st_size
                print(f"{'':<22} {size / store.count() / 1024:.1f} KiB per recorded decision on disk ({store.count()} records)")
            started = time.perf_counter()
            report = impact(store, engine)
            elapsed = time.perf_counter() - started
            print(f"{'':<22} impact over {report.cases} open cases: {elapsed:.2f} s ({elapsed / report.cases * 1000:.1f} ms a case)")
            store.dispose()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 500, postgres="--postgres" in sys.argv)
