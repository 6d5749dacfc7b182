"""What the worst requests within the limits cost one worker: time, peak memory, memory kept, response size.

    python benchmarks/worst_request.py [NAME ...]

Each request runs in a fresh process (so each peak is its own): the app is built in-process, warmed up
with one assessment, the body is built, and then one request is made through TestClient. Printed side
by side: HTTP status, seconds, the process's peak RSS before and after (``ru_maxrss``), its RSS after
the request once garbage is collected (memory the worker keeps), the same after five more of the same
request (kept memory is reused, not added to), and the response's size. Every body
is within the default 8 MiB body limit. Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BODIES = {
    # One object as wide as 8 MiB allows: refused by the parser's keys-per-object limit.
    "560k unknown keys": ("/v1/assess", 'b"{" + b",".join(b\'"k%d":0\' % i for i in range(560_000)) + b"}"'),
    # As many empty objects as 8 MiB holds: refused at the 10,001st object.
    "2.7M empty objects": ("/v1/assess/batch", 'b\'{"cases":[\' + b"{}," * 2_700_000 + b"{}]}"'),
    # Millions of items where cases go: refused by the batch's length before any case is read.
    "4M numbers as cases": ("/v1/assess/batch", 'b\'{"cases":[\' + b"0," * 4_000_000 + b"0]}"'),
    # Nesting 8 MiB deep.
    "8 MiB of nesting": ("/v1/assess", 'b"[" * (8 * 2**20 - 16)'),
    # One 8 MiB string.
    "8 MiB case_ref": ("/v1/assess", 'b\'{"case_ref":"\' + b"a" * (8 * 2**20 - 64) + b\'"}\''),
    # The widest case the parser accepts: 64 unknown keys in every object.
    "1 case, 64 keys x 6 objects": ("/v1/assess", "wide_case(1)"),
    # A full batch of the widest cases: every case fails validation with its errors capped.
    "1,000 cases, 64 keys x 6 objects": ("/v1/assess/batch", "wide_case(1_000)"),
    # A full batch of real cases, with and without the per-rule trace.
    "1,000 varied cases": ("/v1/assess/batch", 'json.dumps({"cases": varied_cases(1_000)}).encode()'),
    "1,000 varied cases, trace (refused)": ("/v1/assess/batch?trace=true", 'json.dumps({"cases": varied_cases(1_000)}).encode()'),
    "100 varied cases, trace": ("/v1/assess/batch?trace=true", 'json.dumps({"cases": varied_cases(100)}).encode()'),
}

CHILD = """
import gc, json, resource, sys, time
sys.path.insert(0, {root!r})
import psutil
from fastapi.testclient import TestClient
from safeguarding_rules_api.main import create_app
from tests.case_corpus import varied_cases

def wide_case(count):
    keys = {{f"unknown_{{i}}": 0 for i in range(64)}}
    case = {{"case_ref": "R1", **dict(list(keys.items())[:50]), "subject": dict(keys), "incident": dict(keys),
             "concerns": dict(keys), "learning": dict(keys), "review": dict(keys)}}
    return json.dumps(case if count == 1 else {{"cases": [case] * count}}).encode()

client = TestClient(create_app())
client.post("/v1/assess", json=varied_cases(1)[0])  # warm up
body = {body}
assert len(body) <= 8 * 2**20, len(body)
gc.collect()
rss_before = psutil.Process().memory_info().rss
peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
response = client.post({path!r}, content=body, headers={{"content-type": "application/json"}})
elapsed = time.perf_counter() - started
peak_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
code, size = response.status_code, len(response.content)
del response
gc.collect()
rss_after = psutil.Process().memory_info().rss
for _ in range(5):  # the same request again: memory a worker keeps is reused, not added to
    client.post({path!r}, content=body, headers={{"content-type": "application/json"}})
gc.collect()
rss_repeated = psutil.Process().memory_info().rss
print(json.dumps({{"rss_repeated": rss_repeated, "code": code, "body": len(body), "seconds": elapsed, "peak_before": peak_before,
                  "peak_after": peak_after, "rss_before": rss_before, "rss_after": rss_after, "bytes": size}}))
"""


def run(name: str) -> dict[str, float]:
    path, body = BODIES[name]
    script = CHILD.format(root=str(ROOT), body=body, path=path)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def main(names: list[str]) -> None:
    print(f"{date.today()} on {platform.machine()}, Python {platform.python_version()}, {sys.platform}; "
          "each request in a fresh process, through TestClient")
    print(f"{'request':<34} {'body':>8} {'HTTP':>4} {'seconds':>8} {'peak +MiB':>9} {'kept +MiB':>9} {'after 6':>8} {'response':>10}")
    for name in names or list(BODIES):
        r = run(name)
        print(
            f"{name:<34} {r['body'] / 2**20:>6.1f}Mi {int(r['code']):>4} {r['seconds']:>8.2f} "
            f"{(r['peak_after'] - r['peak_before']) / 1024:>9.0f} {(r['rss_after'] - r['rss_before']) / 2**20:>9.0f} "
            f"{(r['rss_repeated'] - r['rss_before']) / 2**20:>8.0f} "
            f"{r['bytes'] / 1024:>8.0f}Ki"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
