"""A rolling restart under load: how long a worker takes to start, and whether `SIGHUP` to
`safeguarding-rules serve --workers N` replaces every worker while clients keep posting cases.

    python benchmarks/rolling_restart.py [--clients 16] [--workers 2] [--repeats 9]

Prints, in one run:
- a worker's start-up (a fresh interpreter importing the service and building its app, as a spawned
  uvicorn worker does), stage by stage, with the strict YAML loader on PyYAML's pure-Python parser
  (before) and on libyaml's C parser (after), interleaved, median of REPEATS;
- the restart under load: CLIENTS threads post `/v1/assess` continuously (half with a new connection
  per request, as a load balancer spreads them; half on keep-alive connections, as a client library
  pools them), `SIGHUP` goes to the master, and the script waits until no old worker is left; then
  how long each new worker took to be ready, the restart's duration, requests sent, and requests lost
  (any answer but 200, or no answer: must be 0).
Figures only; the test `tests/test_rolling_restart.py` asserts the behaviour with the same helpers.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CASE = json.loads((ROOT / "api" / "examples" / "assess.json").read_text(encoding="utf-8"))["child_death"]["value"]


def free_port() -> int:
    """A port free now on the loopback interface, below Linux's ephemeral range (32768-60999), so
    that no client's outgoing connection takes it before the server binds it."""
    for _ in range(200):
        port = random.randrange(20_000, 32_000)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port between 20000 and 32000")


@dataclass
class Serve:
    """`safeguarding-rules serve` in a child process, its log in a file."""

    process: subprocess.Popen[bytes]
    port: int
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def events(self, last: int = 30) -> str:
        """The log's last lines but one per request: the master's and workers' start-up and shutdown."""
        return "\n".join([line for line in self.log_text().splitlines() if '"message": "request"' not in line][-last:])

    def workers(self) -> set[int]:
        """The pids of the master's live worker processes (not multiprocessing's resource tracker)."""
        try:
            children = psutil.Process(self.process.pid).children()
        except psutil.NoSuchProcess:
            return set()
        pids = set()
        for child in children:
            try:
                if child.status() != psutil.STATUS_ZOMBIE and any("spawn_main" in part for part in child.cmdline()):
                    pids.add(child.pid)
            except psutil.NoSuchProcess:
                continue
        return pids

    def stop(self) -> None:
        """Stop the master and every worker it started, whatever state they are in."""
        try:
            family = [psutil.Process(self.process.pid), *psutil.Process(self.process.pid).children(recursive=True)]
        except psutil.NoSuchProcess:
            family = []
        for member in family:
            try:
                member.kill()
            except psutil.NoSuchProcess:
                pass
        psutil.wait_procs(family, timeout=10)
        if self.process.poll() is None:
            self.process.wait(timeout=10)


def service_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This environment without any `SAFEGUARDING_RULES_*` setting (an earlier test's `serve --rulesets`
    leaves one behind), plus EXTRA: the service runs on its defaults unless told otherwise."""
    return {k: v for k, v in os.environ.items() if not k.startswith("SAFEGUARDING_RULES_")} | (extra or {})


def start_serve(
    workers: int, port: int | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> Serve:
    """Start `serve`, and return once it answers `/healthz` and all its workers are up."""
    port = port or free_port()
    handle, name = tempfile.mkstemp(prefix="serve-", suffix=".log")
    os.close(handle)
    log = Path(name)
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "safeguarding_rules.cli", "serve", "--port", str(port), "--workers", str(workers)],
            cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT, env=service_env(env),
        )
    serve = Serve(process, port, log)
    deadline = time.monotonic() + timeout
    problem = f"serve did not start within {timeout} s"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            problem = f"serve exited with {process.returncode}"
            break
        if serve.log_text().count("Application startup complete") >= workers and healthy(port):
            return serve
        time.sleep(0.2)
    events = serve.events()
    serve.stop()
    log.unlink(missing_ok=True)
    raise RuntimeError(f"{problem}: {events}")


def healthy(port: int) -> bool:
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except OSError:
        return False


@dataclass
class Load:
    """Client threads posting a case to `/v1/assess` until stopped; every outcome counted. Half the
    clients open a new connection per request (as a load balancer spreads them), half keep one
    connection open as long as the server does (keep-alive, as a client library pools them)."""

    port: int
    clients: int
    outcomes: Counter[str] = field(default_factory=Counter)
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _threads: list[threading.Thread] = field(default_factory=list)

    def _post(self, keep_alive: bool) -> None:
        body = json.dumps(CASE).encode()
        headers = {"Content-Type": "application/json", **({} if keep_alive else {"Connection": "close"})}
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        while not self._stop.is_set():
            try:
                connection.request("POST", "/v1/assess", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                outcome = str(response.status)
                if response.will_close:  # the server said it closes: the next request opens a new connection
                    connection.close()
            except (OSError, http.client.HTTPException) as exc:
                outcome = type(exc).__name__
                connection.close()
            with self._lock:
                self.outcomes[outcome] += 1
        connection.close()

    def __enter__(self) -> Load:
        self._threads = [
            threading.Thread(target=self._post, args=(i % 2 == 1,), daemon=True) for i in range(self.clients)
        ]
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=90)

    @property
    def sent(self) -> int:
        with self._lock:
            return sum(self.outcomes.values())

    @property
    def lost(self) -> int:
        with self._lock:
            return sum(n for outcome, n in self.outcomes.items() if outcome != "200")


@dataclass
class Restart:
    completed: bool
    seconds: float
    old: set[int]
    new: set[int]
    starts: list[float]
    """Seconds each new worker took from its process appearing to its app being ready."""


def rolling_restart(serve: Serve, workers: int, timeout: float = 120) -> Restart:
    """Send SIGHUP to the master; wait until every old worker has exited and as many new ones serve
    (completed), or the master logs that it aborted the restart, or the timeout passes."""
    old = serve.workers()
    log_before = len(serve.log_text())
    appeared: dict[int, float] = {}
    ready: list[float] = []
    started = time.monotonic()
    os.kill(serve.process.pid, signal.SIGHUP)
    completed = False
    while time.monotonic() - started < timeout:
        now = time.monotonic()
        current = serve.workers()
        for pid in current - old - appeared.keys():
            appeared[pid] = now
        log = serve.log_text()[log_before:]
        ready += [now] * (log.count("Application startup complete") - len(ready))
        if len(current) == workers and not current & old:
            completed = True
            break
        if "not ready in time" in log:
            break
        time.sleep(0.05)
    starts = [r - a for a, r in zip(sorted(appeared.values()), ready, strict=False)]
    return Restart(completed, time.monotonic() - started, old, serve.workers(), starts)


_STAGES = """
import json, sys, time
started = time.time()
if sys.argv[1] == "pure":
    import yaml
    import safeguarding_rules.yamlstrict as strict
    strict.COMPOSER = yaml.SafeLoader
import uvicorn.config, safeguarding_rules.cli
from safeguarding_rules_api.main import create_app
from safeguarding_rules_api.settings import Settings
from safeguarding_rules import Engine
imported = time.time()
settings = Settings()
engine = Engine(extra_dirs=settings.ruleset_dirs)
built = time.time()
create_app(settings, engine)
done = time.time()
print(json.dumps({"started": started, "imports": imported - started, "engine": built - imported, "app": done - built}))
"""


def worker_start(parser: str) -> dict[str, float]:
    """One fresh interpreter's start-up, stage by stage (seconds): the interpreter itself, imports,
    the engine (loading, checking and compiling the rulesets), the app (its routes; the rulebook is
    rendered when first requested)."""
    launched = time.time()
    command = [sys.executable, "-c", _STAGES, parser]
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    stages = json.loads(out)
    stages["interpreter"] = stages.pop("started") - launched
    stages["total"] = stages["interpreter"] + stages["imports"] + stages["engine"] + stages["app"]
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()

    print(f"worker start-up, median of {args.repeats} fresh interpreters, interleaved (seconds; "
          "the best total is the run least disturbed by the machine's other work):")
    runs: dict[str, list[dict[str, float]]] = {"pure": [], "libyaml": []}
    for _ in range(args.repeats):
        for name in runs:
            runs[name].append(worker_start(name))
    stages = ("interpreter", "imports", "engine", "app", "total")
    print("  " + "parser".ljust(30) + "".join(s.rjust(12) for s in stages) + "  best total".rjust(12))
    for name, label in (("pure", "before: PyYAML pure Python"), ("libyaml", "after: libyaml (CSafeLoader)")):
        print("  " + label.ljust(30) + "".join(f"{statistics.median(r[s] for r in runs[name]):12.2f}" for s in stages)
              + f"{min(r['total'] for r in runs[name]):12.2f}")

    serve = start_serve(args.workers)
    try:
        with Load(serve.port, args.clients) as load:
            time.sleep(3)  # the clients' load is steady before the restart
            sent_before = load.sent
            restart = rolling_restart(serve, args.workers)
            time.sleep(2)  # the new workers serve
        print(
            f"rolling restart of {args.workers} workers under {args.clients} clients: "
            + (f"completed in {restart.seconds:.1f} s" if restart.completed
               else f"NOT completed after {restart.seconds:.1f} s")
            + f" (workers {sorted(restart.old)} -> {sorted(restart.new)}); each new worker ready in "
            + ", ".join(f"{s:.1f}" for s in restart.starts) + " s under load"
        )
        print(f"requests sent {load.sent} ({load.sent - sent_before} from SIGHUP to 2 s after), lost {load.lost}; "
              f"outcomes {dict(load.outcomes)}")
    finally:
        serve.stop()
        serve.log.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
