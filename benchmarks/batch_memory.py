"""Peak memory of a worker assessing one batch, by batch size, side by side.

    python benchmarks/batch_memory.py [SIZE ...]

Each size runs in a fresh process (so each peak is its own): the app is built in-process, one
`POST /v1/assess/batch` of that many varied cases is made through TestClient, and the process's
peak RSS before and after is printed with the response size. Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from tests.case_corpus import varied_cases
client = TestClient(create_app())
cases = varied_cases({size})
client.post("/v1/assess/batch", json={{"cases": cases[:10]}})  # warm up
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
response = client.post("/v1/assess/batch", json={{"cases": cases}})
elapsed = time.perf_counter() - started
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"status": response.status_code, "bytes": len(response.content), "before_kb": before,
                  "after_kb": after, "seconds": elapsed}}))
"""


def main(sizes: list[int]) -> None:
    from safeguarding_rules.models.batch import MAX_BATCH

    print(f"largest allowed batch: {MAX_BATCH} cases")
    for size in sizes or [100, 500, MAX_BATCH]:
        out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), size=size)],
                             capture_output=True, text=True, check=True, cwd=ROOT).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(
            f"{size:>6} cases: HTTP {r['status']}, response {r['bytes'] / 2**20:.1f} MiB, "
            f"peak RSS {r['before_kb'] / 1024:.0f} -> {r['after_kb'] / 1024:.0f} MiB "
            f"(+{(r['after_kb'] - r['before_kb']) / 1024:.0f} MiB), {r['seconds']:.1f} s"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]])
