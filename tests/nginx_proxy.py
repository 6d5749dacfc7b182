"""The service behind a real nginx, and the slow-client attack: shared by tests/test_nginx_proxy.py and
benchmarks/slow_clients.py, so the figures and the test come from the same code and the same shipped file.

nginx runs as a foreground process with every path under one folder, from the shipped
``deploy/nginx/safeguarding-rules.conf`` with only its two addresses changed, included in the `http`
block of a main config that keeps Debian's defaults (``worker_processes auto``, 768
``worker_connections``), as an operator who copies the file into ``/etc/nginx/conf.d/`` gets; it also
sets ``worker_rlimit_nofile`` to what those connections need, whatever limit the caller runs under.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CONFIG = ROOT / "deploy" / "nginx" / "safeguarding-rules.conf"
CASE = json.loads((ROOT / "api" / "examples" / "assess.json").read_text(encoding="utf-8"))["child_death"]["value"]
API_KEY = "k" * 40
"""The key the service under test is started with: every probe of /v1/assess sends it through nginx."""

PARTIAL_REQUEST = b"GET /healthz HTTP/1.1\r\nHost: safeguarding-rules\r\nX-Slow: "
"""What each slow client sends: a request line and part of its headers, never the blank line ending them."""


def nginx_binary() -> str | None:
    """nginx's path, also where /usr/sbin is not on PATH (Debian installs it there)."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def raise_open_files_limit(needed: int) -> int:
    """Raise this process's soft limit on open files towards ``needed`` (children inherit it); the limit now."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def site_config(listen_port: int, service_port: int) -> str:
    """The shipped server file with its listen address and upstream address changed, nothing else."""
    text = SHIPPED_CONFIG.read_text(encoding="utf-8")
    text, listens = re.subn(
        r"^(\s*)listen\s+80\b([^;]*);", rf"\g<1>listen 127.0.0.1:{listen_port}\g<2>;", text, flags=re.MULTILINE
    )
    text, upstreams = re.subn(
        r"^(\s*)server\s+127\.0\.0\.1:8000;", rf"\g<1>server 127.0.0.1:{service_port};", text, flags=re.MULTILINE
    )
    if (listens, upstreams) != (1, 1):
        raise ValueError(f"{SHIPPED_CONFIG} should have one `listen 80 ...;` and one `server 127.0.0.1:8000;` line")
    return text


def main_config(folder: Path, site: Path, worker_connections: int = 768) -> str:
    """A main nginx.conf as Debian's (its worker and connection defaults), every path under ``folder``."""
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must reach the temp folders under folder
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    temp = "".join(f"    {kind}_temp_path {folder / kind};\n" for kind in kinds)
    return (
        f"{user}daemon off;\npid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'} warn;\n"
        f"worker_processes auto;\nworker_rlimit_nofile {2 * worker_connections + 64};\n"
        f"events {{ worker_connections {worker_connections}; }}\n"
        f"http {{\n    access_log off;\n{temp}    include {site};\n}}\n"
    )


def _wait_for(port: int, process: subprocess.Popen[bytes], what: str, log: IO[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        try:
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        finally:
            connection.close()
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"{what} exited: {log.read().decode(errors='replace')[-4000:]}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not answer /healthz within {seconds} s")
        time.sleep(0.2)


@contextmanager
def service(port: int) -> Iterator[subprocess.Popen[bytes]]:
    """`safeguarding-rules serve` on ``port`` with its default limits (MAX_CONNECTIONS 256) and an API key."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEGUARDING_RULES_")}
    env["SAFEGUARDING_RULES_API_KEYS"] = json.dumps([API_KEY])
    # Its JSON log goes to a file: a pipe that nobody reads fills after a few hundred requests' lines and
    # then blocks the service's event loop (every request after that hangs).
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "safeguarding_rules.cli", "serve", "--port", str(port)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
        )
        try:
            _wait_for(port, process, "serve", log)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                process.kill()
                raise


@contextmanager
def nginx(
    folder: Path, listen_port: int, service_port: int, worker_connections: int = 768
) -> Iterator[subprocess.Popen[bytes]]:
    """nginx in the foreground, serving the shipped config on ``listen_port`` in front of ``service_port``."""
    binary = nginx_binary()
    if binary is None:
        raise RuntimeError("nginx is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    site = folder / "safeguarding-rules.conf"
    site.write_text(site_config(listen_port, service_port), encoding="utf-8")
    main = folder / "nginx.conf"
    main.write_text(main_config(folder, site, worker_connections), encoding="utf-8")
    with open(folder / "stderr.log", "w+b") as log:
        process = subprocess.Popen(
            [binary, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(main)],
            stdout=subprocess.DEVNULL, stderr=log,
        )
        try:
            _wait_for(listen_port, process, "nginx", log, seconds=20)
            yield process
        finally:
            process.terminate()  # SIGTERM: nginx's fast shutdown
            process.wait(timeout=20)


@contextmanager
def slow_clients(port: int, count: int, source: str = "127.0.0.1") -> Iterator[list[socket.socket]]:
    """``count`` connections that each send part of a request's headers and then nothing, held open
    until the block ends (a "slowloris"); ``source`` is the address they come from."""
    sockets: list[socket.socket] = []
    try:
        for _ in range(count):
            sock = socket.socket()
            sock.bind((source, 0))
            sock.connect(("127.0.0.1", port))
            sock.sendall(PARTIAL_REQUEST)
            sockets.append(sock)
        time.sleep(1.0)  # let the server accept every one of them before anyone measures
        yield sockets
    finally:
        for sock in sockets:
            sock.close()


def request(port: int, path: str, timeout: float = 15) -> int | str:
    """One request by a new client (a new connection): the status, or the error's name."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        if path == "/v1/assess":
            connection.request(
                "POST", path, body=json.dumps(CASE), headers={"Content-Type": "application/json", "X-API-Key": API_KEY}
            )
        else:
            connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError as exc:
        return type(exc).__name__
    finally:
        connection.close()


def other_clients(port: int, requests: int = 40, concurrency: int = 8) -> Counter[tuple[str, int | str]]:
    """``requests`` requests from other clients, half `GET /healthz` and half `POST /v1/assess`,
    ``concurrency`` at a time: how many got each status, by path."""
    paths = ["/healthz", "/v1/assess"] * (requests // 2)
    with ThreadPoolExecutor(concurrency) as pool:
        return Counter(zip(paths, pool.map(lambda path: request(port, path), paths)))
