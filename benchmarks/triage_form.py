"""The cost of the worst triage form a client can post within the limits: time, memory, status.

    python benchmarks/triage_form.py

Each body goes through the app in-process (TestClient) after a warm-up post; memory is what
tracemalloc sees allocated at the request's peak. The limits: the 8 MiB body limit, and Starlette's
form parser's own (1,000 fields, 1 MiB a value; beyond, 400). Prints figures; asserts nothing.
"""

from __future__ import annotations

import time
import tracemalloc
from urllib.parse import urlencode

from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app

from safeguarding_rules.facts import CASE_FACTS

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def bodies() -> dict[str, bytes]:
    facts = list(CASE_FACTS)
    return {
        "999 repeats of one fact": urlencode([("subject.kind", "child")] * 999).encode(),
        "every fact twice": urlencode([(f, "x") for f in facts] * 2).encode(),
        "7 facts of 1 MiB each": urlencode([(f, "x" * (2**20 - 64)) for f in facts[:7]]).encode(),
        "999 unknown names of 8 KiB": urlencode([(f"n{i}", "x" * 8300) for i in range(999)]).encode(),
        "every fact once, each '²'": urlencode([(f, "²") for f in facts]).encode(),
        "1,001 fields (over Starlette's limit)": urlencode([("a", "")] * 1001).encode(),
        "one value of 2 MiB (over Starlette's limit)": urlencode([("partnership", "x" * 2 * 2**20)]).encode(),
    }


def main() -> None:
    client = TestClient(create_app(), raise_server_exceptions=False)
    client.post("/triage", data={"subject.kind": "child"})
    for name, body in bodies().items():
        tracemalloc.start()
        start = time.perf_counter()
        response = client.post("/triage", content=body, headers=FORM)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"{name}: {len(body) / 2**20:.2f} MiB posted -> {response.status_code} in {elapsed:.2f} s, "
              f"peak allocated {peak / 2**20:.1f} MiB, response {len(response.content) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
