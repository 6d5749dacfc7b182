"""`POST /v2/assess` (``--path=/v1/assess`` for version 1) under load against `GET /healthz` and a no-op on the same server, at 4 and 32
concurrent clients, and one worker against two.

    python benchmarks/http_load.py [SECONDS] [--path=/v1/assess]    (default 20 seconds per run)
    python benchmarks/http_load.py --in-process [--path=/v1/assess]  (no server: CPU per request through the app itself)

Starts uvicorn on 127.0.0.1 as `safeguarding-rules serve` runs it (the same HTTP protocol class and
event loop; the project's app plus a benchmark-only `/noop`), drives it with `wrk` (Debian's package)
when installed, else with an asyncio httpx client, and prints throughput, p50 and p99 for each run and
the ratios against the targets, with the server's CPU time per request (psutil; steadier than
requests a second when other work shares the machine). Figures only; nothing is asserted.

With ``--in-process`` it calls the app's ASGI callable directly (no socket, no uvicorn) and prints the
CPU per request of `POST /v1/assess`, of the same with the engine's decisions computed beforehand (what
a request costs around `assess()`: parsing, validation, routing, middleware, serialising), of
`GET /healthz` and of the no-op, the best of 5 rounds each.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.case_corpus import varied_cases

CONCURRENCY = 32
ASSESS = "/v2/assess"
"""The assessment path loaded: version 2's, or version 1's with ``--path=/v1/assess``."""
CLIENTS = (4, 32)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    run = (
        "import uvicorn\n"
        "from safeguarding_rules_api.worker import http_protocol\n"
        f"uvicorn.run('benchmarks.bench_app:create_bench_app', factory=True, host='127.0.0.1', port={port}, "
        f"workers={workers}, log_level='warning', access_log=False, http=http_protocol())\n"
    )
    server = subprocess.Popen([sys.executable, "-c", run], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


def _wrk(url: str, bodies: list[str] | None, seconds: int, close: bool = False, clients: int = CONCURRENCY) -> tuple[float, float, float]:
    """POST each of ``bodies`` in turn, or GET with ``bodies`` None."""
    headers = '{["Content-Type"] = "application/json"' + (', ["Connection"] = "close"' if close else "") + "}"
    script = "bodies = {" + ",".join(json.dumps(b) for b in bodies or [""]) + "}\n" + """
i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format(METHOD, nil, HEADERS, BODY)
end
""".replace("HEADERS", headers).replace("METHOD", '"POST"' if bodies else '"GET"').replace("BODY", "bodies[i]" if bodies else "nil")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    out = subprocess.run(
        ["wrk", f"-t{min(2, clients)}", f"-c{clients}", f"-d{seconds}s", "--latency", "-s", handle.name, url],
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


def _python_client(url: str, bodies: list[str] | None, seconds: int, close: bool = False, clients: int = CONCURRENCY) -> tuple[float, float, float]:
    import httpx

    latencies: list[float] = []

    async def client(index: int, http: httpx.AsyncClient, stop: float) -> None:
        i = index
        while time.perf_counter() < stop:
            started = time.perf_counter()
            headers = {"content-type": "application/json", **({"connection": "close"} if close else {})}
            if bodies:
                await http.post(url, content=bodies[i % len(bodies)], headers=headers)
            else:
                await http.get(url, headers=headers)
            latencies.append(time.perf_counter() - started)
            i += clients

    async def run() -> float:
        async with httpx.AsyncClient(limits=httpx.Limits(max_connections=clients)) as http:
            started = time.perf_counter()
            await asyncio.gather(*(client(i, http, started + seconds) for i in range(clients)))
            return time.perf_counter() - started

    elapsed = asyncio.run(run())
    latencies.sort()
    return len(latencies) / elapsed, statistics.median(latencies) * 1000, latencies[int(len(latencies) * 0.99)] * 1000


async def _call(app: Any, method: str, path: str, body: bytes) -> None:
    """One request through the app's ASGI callable, as uvicorn would make it; it must answer 200."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "path": path,
             "raw_path": path.encode(), "query_string": b"", "scheme": "http", "root_path": "",
             "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1),
             "headers": [(b"host", b"x"), (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]}
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    status: list[int] = []

    async def receive() -> dict[str, object]:
        return messages.pop() if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])  # type: ignore[arg-type]

    await app(scope, receive, send)
    assert status == [200], status


def asgi_cpu(app: Any, method: str, path: str, bodies: list[bytes], requests: int = 1000) -> float:
    """CPU microseconds per request of ``requests`` requests through ``app`` (POSTs cycle through ``bodies``)."""

    async def run() -> None:
        for i in range(requests):
            await _call(app, method, path, bodies[i % len(bodies)] if method == "POST" else b"")

    started = time.process_time()
    asyncio.run(run())
    return (time.process_time() - started) / requests * 1e6


def in_process(rounds: int = 5, requests: int = 1000, path: str = "/v2/assess") -> None:
    """CPU per request through the app's ASGI callable, without a server (``path``: `/v2/assess`, or
    `--path=/v1/assess` for version 1's answer)."""
    from benchmarks.bench_app import create_bench_app
    from safeguarding_rules import Case

    app = create_bench_app()
    engine = app.state.engine
    bodies = [json.dumps(case).encode() for case in varied_cases(200, seed=32)]

    def cpu(method: str, path: str) -> float:
        return asgi_cpu(app, method, path, bodies, requests)

    assess = engine.assess
    decided = [assess(Case.model_validate(json.loads(body))) for body in bodies]
    served = iter(range(10**9))

    def precomputed(case: Case, trace: bool = False) -> object:
        return decided[next(served) % len(decided)]  # the requests arrive in the corpus's order

    cpu("POST", path)  # warm up
    figures: dict[str, list[float]] = {f"POST {path}": [], f"POST {path}, decisions precomputed": [], "GET /healthz": [], "POST /noop": []}
    for _ in range(rounds):
        engine.assess = assess
        figures[f"POST {path}"].append(cpu("POST", path))
        served = iter(range(10**9))
        engine.assess = precomputed
        figures[f"POST {path}, decisions precomputed"].append(cpu("POST", path))
        figures["GET /healthz"].append(cpu("GET", "/healthz"))
        figures["POST /noop"].append(cpu("POST", "/noop"))
    print(f"in process, CPU per request, best of {rounds} rounds of {requests} (load average {os.getloadavg()[0]:.1f}):")
    for label, values in figures.items():
        print(f"  {label:<40} {min(values):6.0f} us")


def main(seconds: int) -> None:
    """Load the current contract's `POST /v2/assess` (or ``--path=/v1/assess``) against /healthz."""
    bodies = [json.dumps(case) for case in varied_cases(200, seed=32)]
    load = _wrk if shutil.which("wrk") else _python_client
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; "
          f"load from {'wrk' if load is _wrk else 'an asyncio httpx client'}; {seconds} s per run")
    import psutil

    rates: dict[tuple[str, int], float] = {}
    cpus: dict[tuple[str, int], float] = {}  # the server's CPU per request: steadier than req/s on a shared machine
    # One worker, keep-alive: the assessment against /healthz (and the no-op, which reads the body as
    # the assessment does), at each number of clients, interleaved on the same server.
    server, port = _start(1)
    try:
        load(f"http://127.0.0.1:{port}{ASSESS}", bodies, 3)  # warm up on the whole corpus
        worker = psutil.Process(server.pid)
        for clients in CLIENTS:
            for path, posted in ((ASSESS, bodies), ("/healthz", None), ("/noop", bodies)):
                spent = sum(worker.cpu_times()[:2])
                rate, p50, p99 = load(f"http://127.0.0.1:{port}{path}", posted, seconds, clients=clients)
                cpu = (sum(worker.cpu_times()[:2]) - spent) / (rate * seconds) * 1e6
                rates[(path, clients)] = rate
                cpus[(path, clients)] = cpu
                print(f"1 worker  {clients:>2} clients {'POST' if posted else 'GET ':<4} {path:<11} keep-alive "
                      f"{rate:8.0f} req/s   p50 {p50:7.2f} ms   p99 {p99:7.2f} ms   server CPU {cpu:6.0f} us/request")
    finally:
        server.terminate()
        server.wait(timeout=30)
    # One worker against two with a new connection per request, as a load balancer would spread
    # requests (with keep-alive, whichever worker accepted a connection keeps it, so two workers
    # can end up serving the 32 connections unevenly).
    spread = {}
    for workers in (1, 2):
        server, port = _start(workers)
        try:
            load(f"http://127.0.0.1:{port}{ASSESS}", bodies, 3, True)
            spread[workers] = rate, p50, p99 = load(f"http://127.0.0.1:{port}{ASSESS}", bodies, seconds, True)
            print(f"{workers} worker(s) {CONCURRENCY} clients POST {ASSESS}  new connection per request "
                  f"{rate:8.0f} req/s   p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")
        finally:
            server.terminate()
            server.wait(timeout=30)
    for clients in CLIENTS:
        assess, healthz, noop = (rates[(path, clients)] for path in (ASSESS, "/healthz", "/noop"))
        print(f"{clients:>2} clients: {ASSESS} / /healthz throughput {assess / healthz:.0%} (target at least 60%); "
              f"{ASSESS} / no-op {assess / noop:.0%}; by server CPU per request "
              f"{cpus[('/healthz', clients)] / cpus[(ASSESS, clients)]:.0%}")
    print(f"2 workers / 1 worker on {ASSESS}: {spread[2][0] / spread[1][0]:.2f}x (target at least 1.7x)")


if __name__ == "__main__":
    if "--in-process" in sys.argv:
        in_process(path=next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--path=")), "/v2/assess"))
    else:
        ASSESS = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--path=")), "/v2/assess")
        main(int(next((a for a in sys.argv[1:] if a.isdigit()), "20")))
