"""`POST /assess` under load: 32 concurrent clients, against a no-op endpoint on the same server,
and one worker against two.

    python benchmarks/http_load.py [SECONDS]     (default 20 seconds per run)

Starts uvicorn on 127.0.0.1 (the project's app plus a benchmark-only `/noop`), drives it with `wrk`
(Debian's package) when installed, else with an asyncio httpx client, and prints throughput, p50
and p99 for each run and the ratios against the targets. Figures only; nothing is asserted.
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.case_corpus import varied_cases

CONCURRENCY = 32


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "benchmarks.bench_app:create_bench_app", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                time.sleep(1.0 + workers)  # let every worker finish loading the rulesets
                return server, port
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("the server did not start")


def _wrk(url: str, bodies: list[str], seconds: int, close: bool = False) -> tuple[float, float, float]:
    headers = '{["Content-Type"] = "application/json"' + (', ["Connection"] = "close"' if close else "") + "}"
    script = "bodies = {" + ",".join(json.dumps(b) for b in bodies) + "}\n" + """
i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", nil, HEADERS, bodies[i])
end
""".replace("HEADERS", headers)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONCURRENCY}", f"-d{seconds}s", "--latency", "-s", handle.name, url],
        capture_output=True, text=True, check=True,
    ).stdout
    os.unlink(handle.name)

    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        print(f"  warning: {errors.group(1)} non-2xx responses")
    return rate, ms("50%"), ms("99%")


def _python_client(url: str, bodies: list[str], seconds: int, close: bool = False) -> tuple[float, float, float]:
    import httpx

    latencies: list[float] = []

    async def client(index: int, http: httpx.AsyncClient, stop: float) -> None:
        i = index
        while time.perf_counter() < stop:
            started = time.perf_counter()
            headers = {"content-type": "application/json", **({"connection": "close"} if close else {})}
            await http.post(url, content=bodies[i % len(bodies)], headers=headers)
            latencies.append(time.perf_counter() - started)
            i += CONCURRENCY

    async def run() -> float:
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=CONCURRENCY)) as http:
            started = time.perf_counter()
            await asyncio.gather(*(client(i, http, started + seconds) for i in range(CONCURRENCY)))
            return time.perf_counter() - started

    elapsed = asyncio.run(run())
    latencies.sort()
    return len(latencies) / elapsed, statistics.median(latencies) * 1000, latencies[int(len(latencies) * 0.99)] * 1000


def main(seconds: int) -> None:
    bodies = [json.dumps(case) for case in varied_cases(200, seed=32)]
    load = _wrk if shutil.which("wrk") else _python_client
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; "
          f"load from {'wrk' if load is _wrk else 'an asyncio httpx client'}; {CONCURRENCY} concurrent clients, {seconds} s per run")
    results = {}
    # Keep-alive for /assess against the no-op; for one worker against two, a new connection per
    # request, as a load balancer would spread requests (with keep-alive, whichever worker accepted
    # a connection keeps it, so two workers can end up serving the 32 connections unevenly).
    runs = ((1, "/assess", False), (1, "/noop", False), (1, "/assess", True), (2, "/assess", True))
    for workers, path, close in runs:
        server, port = _start(workers)
        try:
            load(f"http://127.0.0.1:{port}{path}", bodies, 3, close)  # warm up every worker on the whole corpus
            results[(workers, path, close)] = rate, p50, p99 = load(f"http://127.0.0.1:{port}{path}", bodies, seconds, close)
            mode = "new connection per request" if close else "keep-alive"
            print(f"{workers} worker(s) POST {path:<8} {mode:<27} {rate:8.0f} req/s   p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")
        finally:
            server.terminate()
            server.wait(timeout=30)
    assess, noop = results[(1, "/assess", False)], results[(1, "/noop", False)]
    one, two = results[(1, "/assess", True)], results[(2, "/assess", True)]
    print(f"/assess / no-op throughput: {assess[0] / noop[0]:.0%} (target at least 60%)")
    print(f"/assess p99 with 1 worker: {assess[2]:.1f} ms (target at most 20 ms)")
    print(f"2 workers / 1 worker on /assess: {two[0] / one[0]:.2f}x (target at least 1.7x)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
