"""Slow clients: what other clients get while hundreds of connections never finish their headers,
served directly by `safeguarding-rules serve` and behind nginx with the shipped config, side by side.

    python benchmarks/slow_clients.py [COUNT ...] [--worker-connections N]
        (default 200 600 1000 slow connections; nginx's worker_connections 768, Debian's default)

Needs nginx (Debian: `apt-get install nginx`). For each count and each side, a fresh `serve` (default
limits: MAX_CONNECTIONS 256) and, for the nginx side, a fresh nginx running
deploy/nginx/safeguarding-rules.conf with Debian's worker defaults (tests/nginx_proxy.py). The slow
connections each send a request line and part of the headers, then nothing; while they are open, 8
other clients send 100 requests (new connections; half `GET /healthz`, half `POST /v1/assess` with a
key), and the script prints the share answered 200 and what the rest got. Figures only.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import nginx_proxy
from tests.nginx_proxy import free_port, nginx, other_clients, service, slow_clients

REQUESTS = 100


def _measure(count: int, behind_nginx: bool, worker_connections: int) -> tuple[Counter[int | str], float]:
    """Statuses of the other clients' requests (by status or error), and the seconds they took."""
    service_port = free_port()
    with service(service_port), tempfile.TemporaryDirectory() as folder:
        if behind_nginx:
            nginx_port = free_port()
            with nginx(Path(folder), nginx_port, service_port, worker_connections), slow_clients(nginx_port, count):
                started = time.monotonic()
                results = other_clients(nginx_port, REQUESTS)
        else:
            with slow_clients(service_port, count):
                started = time.monotonic()
                results = other_clients(service_port, REQUESTS)
        seconds = time.monotonic() - started
    statuses: Counter[int | str] = Counter()
    for (_path, status), n in results.items():
        statuses[status] += n
    return statuses, seconds


def _cell(statuses: Counter[int | str], seconds: float) -> str:
    ok = statuses[200] / sum(statuses.values())
    rest = ", ".join(f"{n} × {status}" for status, n in statuses.most_common() if status != 200)
    return f"{ok:.0%} ({rest or 'all 200'}; {seconds:.1f} s)"


def main(counts: list[int], worker_connections: int) -> None:
    if nginx_proxy.nginx_binary() is None:
        sys.exit("nginx is not installed (Debian: apt-get install nginx)")
    limit = nginx_proxy.raise_open_files_limit(4 * max(counts) + 1024)
    python = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"{platform.machine()}, {python}, open-files limit {limit}")
    print(f"nginx: worker_processes auto, worker_connections {worker_connections}")
    print(f"other clients' {REQUESTS} requests answered 200 (half /healthz, half /v1/assess), 8 at a time\n")
    print("| slow connections | served directly | behind nginx (deploy/nginx/safeguarding-rules.conf) |")
    print("| ---: | --- | --- |")
    for count in counts:
        direct = _cell(*_measure(count, False, worker_connections))
        proxied = _cell(*_measure(count, True, worker_connections))
        print(f"| {count:,} | {direct} | {proxied} |", flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int, default=[200, 600, 1000])
    parser.add_argument("--worker-connections", type=int, default=768)
    args = parser.parse_args()
    main(args.counts, args.worker_connections)
