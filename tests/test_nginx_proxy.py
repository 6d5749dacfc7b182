"""The service behind a real nginx running the shipped ``deploy/nginx/safeguarding-rules.conf``.

Served directly, 600 connections that never finish their headers make uvicorn refuse everyone else
with 503 (it counts them against MAX_CONNECTIONS, 256, and has no header timeout;
``python benchmarks/slow_clients.py`` measures it). These tests run the same attack against nginx
in front of ``safeguarding-rules serve`` and check what other clients get. They skip if nginx is
not installed (``.ci/run`` installs Debian's package when run as root).
"""

from __future__ import annotations

import http.client
import json
import re
import select
import socket
import time
from collections import Counter
from collections.abc import Iterator

import pytest

from tests import nginx_proxy
from tests.nginx_proxy import API_KEY, CASE, free_port, nginx, other_clients, service, slow_clients

SLOW_CLIENTS = 600
"""More than twice the service's MAX_CONNECTIONS (256): served directly, every other client gets 503."""

pytestmark = pytest.mark.skipif(
    nginx_proxy.nginx_binary() is None,
    reason="nginx is not installed (Debian: apt-get install nginx; .ci/run installs it as root)",
)


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """nginx's port, in front of a `serve` started with an API key."""
    limit = nginx_proxy.raise_open_files_limit(4096)
    if limit < 2 * SLOW_CLIENTS + 256:
        pytest.skip(f"the open-files limit is {limit}: the attack needs about {2 * SLOW_CLIENTS + 256}")
    service_port, nginx_port = free_port(), free_port()
    with service(service_port), nginx(tmp_path_factory.mktemp("nginx"), nginx_port, service_port):
        yield nginx_port


def _closed(sock: socket.socket) -> bool:
    """Whether the server has closed this connection (it becomes readable: end of file or a reset)."""
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


def test_slow_clients_do_not_starve_other_clients_and_are_closed_after_the_header_timeout(proxy: int) -> None:
    with slow_clients(proxy, SLOW_CLIENTS) as attack:
        assert not any(_closed(sock) for sock in attack), "nginx should hold every slow client until its header timeout"
        others = other_clients(proxy, requests=40)
        assert others == Counter({("/healthz", 200): 20, ("/v1/assess", 200): 20})
        # nginx closes each of them after client_header_timeout (10 s; nginx's default would be 60 s).
        deadline = time.monotonic() + 30
        while not all(_closed(sock) for sock in attack):
            still_open = sum(not _closed(sock) for sock in attack)
            assert time.monotonic() < deadline, f"{still_open} slow clients still open after 30 s"
            time.sleep(0.5)


def test_one_address_gets_at_most_32_requests_in_at_once(proxy: int) -> None:
    """Clients that send their headers and then trickle (here: never send) a body are counted per
    address: beyond 32 from one address, nginx refuses at once with a 503 problem and Retry-After;
    others are served, and no body in progress reaches the service."""
    headers = (
        f"POST /v1/assess HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-API-Key: {API_KEY}\r\n"
        "Content-Length: 1000\r\n\r\n{"
    ).encode()
    sockets: list[socket.socket] = []
    try:
        for _ in range(40):
            sock = socket.socket()
            try:
                sock.bind(("127.0.0.2", 0))  # one attacking address; the other clients come from 127.0.0.1
            except OSError as exc:
                pytest.skip(f"cannot send from 127.0.0.2 here: {exc}")
            sock.settimeout(10)
            sock.connect(("127.0.0.1", proxy))
            sock.sendall(headers)
            sockets.append(sock)
        deadline = time.monotonic() + 5  # well within client_body_timeout (10 s), which would close them all
        while len(refused := [sock for sock in sockets if _closed(sock)]) < 8 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(refused) == 8, f"{len(refused)} of 40 were answered at once; 8 (beyond 32) should have been"
        answer = refused[0].recv(65536).decode()
        assert answer.startswith("HTTP/1.1 503"), answer
        assert re.search(r"(?im)^Retry-After: 1\r$", answer) and "application/problem+json" in answer, answer
        assert json.loads(answer.split("\r\n\r\n", 1)[1])["status"] == 503
        assert other_clients(proxy, requests=20) == Counter({("/healthz", 200): 10, ("/v1/assess", 200): 10})
    finally:
        for sock in sockets:
            sock.close()


def _post(port: int, body: bytes, headers: dict[str, str]) -> tuple[http.client.HTTPResponse, bytes]:
    """`POST /v1/assess` from a new client: the response (its status and headers) and its body."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("POST", "/v1/assess", body=body, headers={"Content-Type": "application/json", **headers})
        response = connection.getresponse()
        return response, response.read()
    finally:
        connection.close()


def test_the_proxy_passes_the_api_key_and_request_id_and_keeps_the_body_limit(proxy: int) -> None:
    case = json.dumps(CASE).encode()
    assert _post(proxy, case, {})[0].status == 401
    assert _post(proxy, case, {"X-API-Key": "x" * 40})[0].status == 401
    kept, _ = _post(proxy, case, {"X-API-Key": API_KEY, "X-Request-ID": "case-review-42"})
    assert kept.status == 200 and kept.getheader("X-Request-ID") == "case-review-42"
    # A request id the service would not keep is replaced by nginx's own, which the service keeps.
    replaced, _ = _post(proxy, case, {"X-API-Key": API_KEY, "X-Request-ID": '"><script>'})
    assert replaced.status == 200 and re.fullmatch(r"[0-9a-f]{32}", replaced.getheader("X-Request-ID") or "")
    # The proxy's limit is the service's (8 MiB): a case padded to exactly 8 MiB reaches the service and
    # is assessed; one byte more is refused by nginx, as problem JSON.
    at_limit, _ = _post(proxy, b" " * (8 * 2**20 - len(case)) + case, {"X-API-Key": API_KEY})
    assert at_limit.status == 200
    over_limit = b" " * (8 * 2**20 + 1 - len(case)) + case
    over, problem = _post(proxy, over_limit, {"X-API-Key": API_KEY, "X-Request-ID": "case-review-43"})
    assert over.status == 413 and over.getheader("Content-Type") == "application/problem+json"
    assert over.getheader("X-Request-ID") == "case-review-43"
    assert json.loads(problem)["detail"] == "The limit is 8388608 bytes (client_max_body_size at the proxy).", problem
