"""Start-up: building the engine, and `safeguarding-rules serve` from spawn to its first answer.

    python benchmarks/startup.py [REPEATS]     (default 5)

Prints, for REPEATS runs each (targets: at most 1 second):
- the engine: loading, checking and compiling every ruleset and registering it with durable_rules,
  in this process (median and worst of REPEATS fresh engines);
- serve to first answer: from spawning `safeguarding-rules serve` (one worker, its defaults) to the
  first 200 answer to `POST /v1/assess`, polled every 5 ms on new connections, median, best and worst;
  with the CPU time the service had used by then (psutil), which other work on a shared machine
  stretches far less than the wall-clock time.
Figures only; nothing is asserted.
"""

from __future__ import annotations

import http.client
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.rolling_restart import free_port, service_env
from safeguarding_rules import Engine

CASE = json.dumps(json.loads((ROOT / "api" / "examples" / "assess.json").read_text(encoding="utf-8"))["child_death"]["value"]).encode()


def _engine_startup(repeats: int) -> None:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        engine = Engine()
        timings.append(time.perf_counter() - started)
        rules, rulesets = len(engine.book.rules), len(engine.book.rulesets)
        engine.close()
    print(f"engine: {rulesets} rulesets, {rules} rules: start-up median {statistics.median(timings) * 1000:.0f} ms, "
          f"worst {max(timings) * 1000:.0f} ms (target at most 1000 ms)")


def _answers(port: int, method: str, path: str) -> bool:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request(method, path, body=CASE if method == "POST" else None,
                           headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        connection.close()
        return response.status == 200
    except OSError:
        return False


def serve_to_first_answer(cwd: Path = ROOT, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Seconds from spawning `serve` (in ``cwd``) to its first 200 to `POST /v1/assess`, and the CPU
    seconds it had used by then."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "safeguarding_rules.cli", "serve", "--port", str(port)],
        cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=service_env(env),
    )
    try:
        watched = psutil.Process(process.pid)
        while not _answers(port, "POST", "/v1/assess"):
            if process.poll() is not None or time.perf_counter() - started > 60:
                raise RuntimeError("serve did not answer")
            time.sleep(0.005)
        elapsed = time.perf_counter() - started
        return elapsed, sum(watched.cpu_times()[:2])
    finally:
        process.terminate()
        process.wait(timeout=30)


def main(repeats: int) -> None:
    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores")
    _engine_startup(repeats)
    serve_to_first_answer()  # warm the page cache: every run after it reads the same files
    runs = [serve_to_first_answer() for _ in range(repeats)]
    timings, cpu = [r[0] for r in runs], [r[1] for r in runs]
    print(f"serve to first POST /v1/assess 200: median {statistics.median(timings) * 1000:.0f} ms, "
          f"best {min(timings) * 1000:.0f} ms, worst {max(timings) * 1000:.0f} ms (target at most 1000 ms); "
          f"CPU used by then: median {statistics.median(cpu) * 1000:.0f} ms")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
